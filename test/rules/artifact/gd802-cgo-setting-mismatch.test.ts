import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd802 } from '../../../src/rules/artifact/gd802-cgo-setting-mismatch.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, cgoBin } from '../../helpers/artifacts.js';

test('GD802 reports cgo on when off is expected, and the reverse', () => {
  assert.deepEqual(ids(gd802, artifactsFacts([cgoBin()], { cgo: false })), ['mismatch']);
  assert.deepEqual(ids(gd802, artifactsFacts([bin()], { cgo: true })), ['mismatch']);
});

test('GD802 passes matching settings and binaries without build info', () => {
  assert.deepEqual(ids(gd802, artifactsFacts([bin()], { cgo: false })), []);
  assert.deepEqual(ids(gd802, artifactsFacts([cgoBin()], { cgo: true })), []);
  assert.deepEqual(ids(gd802, artifactsFacts([bin({ buildInfo: null })], { cgo: false })), []);
});
