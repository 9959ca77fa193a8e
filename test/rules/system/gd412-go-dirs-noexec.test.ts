import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd412 } from '../../../src/rules/system/gd412-go-dirs-noexec.js';
import { check, ids } from '../../helpers/rules.js';
import { dir, sys } from './system-facts.js';

const noexecTmp = { mountPoint: '/tmp', fsType: 'tmpfs', source: 'tmpfs', options: ['rw', 'nosuid', 'nodev', 'noexec'] };

test('/tmp noexec and no GOTMPDIR: go test/go run fail', () => {
  const f = check(gd412, sys((s) => { s.dirs[0] = dir('TMPDIR', '/tmp', { mount: noexecTmp }); }));
  assert.deepEqual(f.map((x) => x.messageId), ['work']);
  assert.match(f[0]!.fixes[0]!.kind === 'command' ? f[0]!.fixes[0]!.command : '', /go env -w GOTMPDIR=/);
});

test('GOTMPDIR elsewhere makes a noexec /tmp harmless; a noexec GOTMPDIR is not', () => {
  assert.deepEqual(ids(gd412, sys((s) => { s.dirs[0] = dir('TMPDIR', '/tmp', { mount: noexecTmp }); s.dirs.push(dir('GOTMPDIR', '/home/dev/tmp')); })), []);
  assert.deepEqual(ids(gd412, sys((s) => { s.dirs.push(dir('GOTMPDIR', '/tmp/gowork', { mount: noexecTmp })); })), ['work']);
});

test('GOCACHE on noexec (Go 1.24+ runs cached go run binaries from it)', () => {
  assert.deepEqual(ids(gd412, sys((s) => { s.dirs[1] = dir('GOCACHE', '/tmp/cache', { mount: noexecTmp }); })), ['cache']);
});

test('nothing noexec: nothing', () => {
  assert.deepEqual(ids(gd412, sys()), []);
});
