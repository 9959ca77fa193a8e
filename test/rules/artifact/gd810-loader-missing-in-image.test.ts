import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd810 } from '../../../src/rules/artifact/gd810-loader-missing-in-image.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, cgoBin } from '../../helpers/artifacts.js';

test('GD810 reports a glibc binary headed for scratch, distroless/static or Alpine', () => {
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin()], null, 'scratch')), ['noLibc']);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin()], null, 'gcr.io/distroless/static-debian12')), ['noLibc']);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin()], null, 'alpine:3.22')), ['wrongLibc']);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin({ interpreter: '/lib/ld-musl-x86_64.so.1' })], null, 'debian:12')), ['wrongLibc']);
  // Another OS is GD801's: the image's OS is checked first.
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin({ goos: 'freebsd' })], null, 'alpine')), []);
});

test('GD810 passes static binaries anywhere and matching loaders', () => {
  assert.deepEqual(ids(gd810, artifactsFacts([bin()], null, 'scratch')), []);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin()], null, 'debian:12')), []);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin({ interpreter: '/lib/ld-musl-aarch64.so.1' })], null, 'alpine')), []);
  assert.deepEqual(ids(gd810, artifactsFacts([cgoBin()])), []);
});
