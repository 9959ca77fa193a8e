import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd415 } from '../../../src/rules/system/gd415-go-cache-on-network-fs.js';
import { check, ids } from '../../helpers/rules.js';
import { dir, sys } from './system-facts.js';

test('GOCACHE on an NFS home', () => {
  const f = check(gd415, sys((s) => { s.dirs[1] = dir('GOCACHE', '/home/dev/.cache/go-build', { mount: { mountPoint: '/home', fsType: 'nfs4', source: 'files:/export/home', options: ['rw'] } }); }));
  assert.deepEqual(f.map((x) => x.messageId), ['network']);
  assert.match(f[0]!.message, /nfs4 \(files:\/export\/home at \/home\)/);
});

test('local disk, or a WSL drive (GD404 covers it): nothing', () => {
  assert.deepEqual(ids(gd415, sys()), []);
  assert.deepEqual(ids(gd415, sys((s) => {
    s.wsl = { isWsl: true, version: 2, evidence: null };
    s.dirs[3] = dir('GOPATH', '/mnt/c/go', { mount: { mountPoint: '/mnt/c', fsType: '9p', source: 'C:\\', options: ['rw'] } });
  })), []);
});
