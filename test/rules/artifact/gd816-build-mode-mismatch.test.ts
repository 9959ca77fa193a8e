import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd816 } from '../../../src/rules/artifact/gd816-build-mode-mismatch.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

test('GD816 reports a race build where none was expected, and the reverse', () => {
  const race = bin({ buildInfo: buildInfo({ '-race': 'true', CGO_ENABLED: '1' }) });
  const f = check(gd816, artifactsFacts([race], { race: false }));
  assert.deepEqual(f.map((x) => x.messageId), ['race']);
  assert.match(f[0]!.message, /built with -race, expected without -race/);
  assert.deepEqual(ids(gd816, artifactsFacts([bin()], { race: true })), ['race']);
  assert.deepEqual(ids(gd816, artifactsFacts([bin()], { race: false })), []);
});

test('GD816 compares -buildmode; "default" is recorded as exe', () => {
  assert.deepEqual(ids(gd816, artifactsFacts([bin()], { buildmode: 'pie' })), ['buildmode']);
  assert.deepEqual(ids(gd816, artifactsFacts([bin({ buildInfo: buildInfo({ '-buildmode': 'pie' }) })], { buildmode: 'pie' })), []);
  assert.deepEqual(ids(gd816, artifactsFacts([bin()], { buildmode: 'default' })), []);
  assert.deepEqual(ids(gd816, artifactsFacts([bin({ buildInfo: null })], { buildmode: 'pie' })), []);
});
