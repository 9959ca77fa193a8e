import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd813 } from '../../../src/rules/artifact/gd813-no-ca-certificates-in-image.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

test('GD813 hints at CA certificates for scratch and Debian base images', () => {
  assert.deepEqual(ids(gd813, artifactsFacts([bin(), bin({ path: '/out/b' })], null, 'scratch')), ['noCerts']);
  assert.deepEqual(ids(gd813, artifactsFacts([bin()], null, 'debian:12')), ['noCerts']);
});

test('GD813 passes images with a CA bundle, and non-Go files', () => {
  assert.deepEqual(ids(gd813, artifactsFacts([bin()], null, 'distroless-static')), []);
  assert.deepEqual(ids(gd813, artifactsFacts([bin()], null, 'alpine')), []);
  assert.deepEqual(ids(gd813, artifactsFacts([bin({ isGo: false })], null, 'scratch')), []);
  assert.deepEqual(ids(gd813, artifactsFacts([bin()])), []);
});
