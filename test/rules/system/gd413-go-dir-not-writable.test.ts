import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd413 } from '../../../src/rules/system/gd413-go-dir-not-writable.js';
import { check, ids } from '../../helpers/rules.js';
import { dir, sys } from './system-facts.js';

test('root-owned GOCACHE after sudo go build', () => {
  const f = check(gd413, sys((s) => { s.dirs[1] = dir('GOCACHE', '/home/dev/.cache/go-build', { ownerUid: 0, writable: false }); }));
  assert.deepEqual(f.map((x) => x.messageId), ['foreignOwner']);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'sudo chown -R "$(id -u):$(id -g)" /home/dev/.cache/go-build');
});

test('read-only mount', () => {
  const f = check(gd413, sys((s) => { s.dirs[2] = dir('GOMODCACHE', '/home/dev/go/pkg/mod', { writable: false, mount: { mountPoint: '/home', fsType: 'ext4', source: '/dev/sdb', options: ['ro'] } }); }));
  assert.deepEqual(f.map((x) => x.messageId), ['readOnly']);
  assert.match(f[0]!.message, /mounted read-only/);
});

test('writable, unknown, or GOROOT owned by root: nothing', () => {
  assert.deepEqual(ids(gd413, sys()), []);
  assert.deepEqual(ids(gd413, sys((s) => { s.dirs[4] = dir('GOROOT', '/usr/local/go', { ownerUid: 0, writable: false }); })), []);
  assert.deepEqual(ids(gd413, sys((s) => { s.dirs[1]!.writable = null; })), []);
});
