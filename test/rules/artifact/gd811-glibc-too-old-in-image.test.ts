import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd811 } from '../../../src/rules/artifact/gd811-glibc-too-old-in-image.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, cgoBin } from '../../helpers/artifacts.js';

test('GD811 reports GLIBC_2.34 needed on Debian 11 (2.31) and UBI 8 (2.28)', () => {
  const f = check(gd811, artifactsFacts([cgoBin()], null, 'debian:bullseye'));
  assert.deepEqual(f.map((x) => x.messageId), ['tooOld']);
  assert.match(f[0]!.message, /GLIBC_2\.34.*glibc 2\.31/);
  assert.deepEqual(ids(gd811, artifactsFacts([cgoBin()], null, 'ubi8')), ['tooOld']);
});

test('GD811 compares numerically (2.9 < 2.28) and passes new enough images', () => {
  assert.deepEqual(ids(gd811, artifactsFacts([cgoBin({ glibcRequired: '2.9' })], null, 'ubi8')), []);
  assert.deepEqual(ids(gd811, artifactsFacts([cgoBin()], null, 'debian:12')), []);
  assert.deepEqual(ids(gd811, artifactsFacts([cgoBin()], null, 'alpine')), []);
});
