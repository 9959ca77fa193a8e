import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd812 } from '../../../src/rules/artifact/gd812-library-missing-in-image.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, cgoBin } from '../../helpers/artifacts.js';

test('GD812 reports libraries a minimal image lacks as errors, installable ones as warnings', () => {
  const f = check(gd812, artifactsFacts([cgoBin({ libraries: ['libc.so.6', 'libstdc++.so.6'] })], null, 'distroless-base'));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['missing', 'error']]);
  assert.match(f[0]!.message, /libstdc\+\+\.so\.6/);
  const g = check(gd812, artifactsFacts([cgoBin({ libraries: ['libc.so.6', 'libsqlite3.so.0'] })], null, 'debian:12'));
  assert.deepEqual(g.map((x) => [x.messageId, x.severity]), [['installable', 'warning']]);
});

test('GD812 passes libraries the image has, and leaves loader mismatches to GD810', () => {
  assert.deepEqual(ids(gd812, artifactsFacts([cgoBin({ libraries: ['libc.so.6', 'libstdc++.so.6'] })], null, 'distroless-cc')), []);
  assert.deepEqual(ids(gd812, artifactsFacts([cgoBin()], null, 'alpine')), []);
  assert.deepEqual(ids(gd812, artifactsFacts([cgoBin()], null, 'scratch')), []);
});
