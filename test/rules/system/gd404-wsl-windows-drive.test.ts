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
});

test('Linux filesystem in WSL, or /mnt/c outside WSL: nothing', () => {
  assert.deepEqual(ids(gd404, sys((s) => { s.wsl = { isWsl: true, version: 2, evidence: null }; })), []);
  assert.deepEqual(ids(gd404, sys((s) => { s.dirs.push(dir('GOPATH', '/mnt/c/go')); })), []);
});
