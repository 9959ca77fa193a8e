import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd805 } from '../../../src/rules/artifact/gd805-trimpath-mismatch.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

test('GD805 reports a missing or unexpected -trimpath', () => {
  assert.deepEqual(ids(gd805, artifactsFacts([bin()], { trimpath: true })), ['missing']);
  assert.deepEqual(ids(gd805, artifactsFacts([bin({ buildInfo: buildInfo({ '-trimpath': 'true' }) })], { trimpath: false })), ['unexpected']);
});

test('GD805 passes matching builds and binaries without build info', () => {
  assert.deepEqual(ids(gd805, artifactsFacts([bin({ buildInfo: buildInfo({ '-trimpath': 'true' }) })], { trimpath: true })), []);
  assert.deepEqual(ids(gd805, artifactsFacts([bin()], { trimpath: false })), []);
  assert.deepEqual(ids(gd805, artifactsFacts([bin({ buildInfo: null })], { trimpath: true })), []);
});
