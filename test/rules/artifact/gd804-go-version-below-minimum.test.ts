import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd804 } from '../../../src/rules/artifact/gd804-go-version-below-minimum.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

test('GD804 compares with Go version ordering, not strings', () => {
  const f = check(gd804, artifactsFacts([bin({ goVersion: 'go1.9.7' })], { minGo: 'go1.22.5' }));
  assert.deepEqual(f.map((x) => x.messageId), ['older']);
  assert.deepEqual(ids(gd804, artifactsFacts([bin({ goVersion: 'go1.22.4' })], { minGo: 'go1.22.5' })), ['older']);
  assert.deepEqual(ids(gd804, artifactsFacts([bin({ goVersion: 'go1.22rc1' })], { minGo: 'go1.22.0' })), ['older']);
});

test('GD804 passes new enough binaries, including suffixed versions', () => {
  assert.deepEqual(ids(gd804, artifactsFacts([bin({ goVersion: 'go1.22.10' })], { minGo: 'go1.22.5' })), []);
  assert.deepEqual(ids(gd804, artifactsFacts([bin({ goVersion: 'go1.23.1 X:boringcrypto', buildInfo: buildInfo() })], { minGo: 'go1.22.5' })), []);
  assert.deepEqual(ids(gd804, artifactsFacts([bin({ isGo: false, goVersion: null })], { minGo: 'go1.22.5' })), []);
});

test('GD804 warns when a Go binary\'s version cannot be found', () => {
  const f = check(gd804, artifactsFacts([bin({ goVersion: null, buildInfo: null })], { minGo: 'go1.22.5' }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['unknown', 'warning']]);
});
