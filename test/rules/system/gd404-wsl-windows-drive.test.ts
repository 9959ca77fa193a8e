import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd404 } from '../../../src/rules/system/gd404-wsl-windows-drive.js';
import { check, ids } from '../../helpers/rules.js';
import { dir, sys } from './system-facts.js';

test('GOPATH on /mnt/c under WSL 2', () => {
  const f = check(gd404, sys((s) => {
    s.wsl = { isWsl: true, version: 2, evidence: 'kernel 5.15.153.1-microsoft-standard-WSL2' };
    s.dirs.push(dir('GOPATH', '/mnt/c/Users/dev/go', { mount: { mountPoint: '/mnt/c', fsType: '9p', source: 'C:\\', options: ['rw', 'noatime'] } }));
  }));
  assert.deepEqual(f.map((x) => x.messageId), ['onDrive']);
  assert.match(f[0]!.message, /WSL 2/);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'go env -w GOPATH=$HOME/go');
});

test('a GOPATH exported in the environment is fixed where it is exported (env beats go env -w)', () => {
  const f = check(gd404, sys((s) => {
    s.wsl = { isWsl: true, version: 2, evidence: null };
    s.dirs.push(dir('GOPATH', '/mnt/c/Users/dev/go', { source: 'env' }));
  }));
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'export GOPATH=$HOME/go');
});

test('Linux filesystem in WSL, or /mnt/c outside WSL: nothing', () => {
  assert.deepEqual(ids(gd404, sys((s) => { s.wsl = { isWsl: true, version: 2, evidence: null }; })), []);
  assert.deepEqual(ids(gd404, sys((s) => { s.dirs.push(dir('GOPATH', '/mnt/c/go')); })), []);
});

test('a default GOMODCACHE inside a flagged GOPATH is not reported twice; an explicit one is', () => {
  const onC = (s: import('../../../src/facts/schema/system.js').SystemFacts, modSource: string) => {
    s.wsl = { isWsl: true, version: 2, evidence: null };
    s.dirs = [dir('GOPATH', '/mnt/c/go'), dir('GOMODCACHE', '/mnt/c/go/pkg/mod', { source: modSource })];
  };
  assert.deepEqual(ids(gd404, sys((s) => onC(s, 'default'))), ['onDrive']);
  assert.deepEqual(ids(gd404, sys((s) => onC(s, 'user-file'))), ['onDrive', 'onDrive']);
});
