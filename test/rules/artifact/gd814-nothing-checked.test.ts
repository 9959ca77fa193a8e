import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd814 } from '../../../src/rules/artifact/gd814-nothing-checked.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

test('GD814: with --expect, a path that yielded no binary is an error, with the reason', () => {
  const f = check(gd814, artifactsFacts([], { cgo: false }, null, {
    inputs: [{ path: 'dist', binaries: 0, files: 13 }, { path: 'app', binaries: 0, files: 1 }],
    problems: [{ path: 'app', message: 'permission denied', kind: 'unreadable' }],
  }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity, x.location?.file]), [['noBinary', 'error', 'dist'], ['noBinary', 'error', 'app']]);
  assert.match(f[0]!.message, /13 file\(s\), none a Go binary/);
  assert.match(f[1]!.message, /permission denied/);
});

test('GD814: --require N counts binaries', () => {
  const two = [bin(), bin({ path: '/out/b' })];
  assert.deepEqual(ids(gd814, artifactsFacts(two, null, null, { require: 3 })), ['tooFew']);
  assert.deepEqual(ids(gd814, artifactsFacts(two, null, null, { require: 2 })), []);
});

test('GD814 is silent without a gate, and when every path yielded a binary', () => {
  assert.deepEqual(ids(gd814, artifactsFacts([], null, null, { inputs: [{ path: 'dist', binaries: 0, files: 3 }] })), []);
  assert.deepEqual(ids(gd814, artifactsFacts([bin()], { cgo: false })), []);
});
