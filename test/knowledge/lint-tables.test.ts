import { test } from 'node:test';
import assert from 'node:assert/strict';
import { golangciSupports, golangciFor, GOLANGCI_GO_SUPPORT } from '../../src/knowledge/golangci-lint.js';
import { parseGolangImage, runtimeLibc, isGolangImage } from '../../src/knowledge/docker-images.js';
import { compareGoVersions } from '../../src/knowledge/goversion.js';

test('golangci-lint table: ordered by Go version and by release', () => {
  for (let i = 1; i < GOLANGCI_GO_SUPPORT.length; i++) {
    assert.ok(compareGoVersions(`go${GOLANGCI_GO_SUPPORT[i - 1]!.go}`, `go${GOLANGCI_GO_SUPPORT[i]!.go}`) < 0);
    assert.equal(golangciSupports(GOLANGCI_GO_SUPPORT[i]!.since, `${GOLANGCI_GO_SUPPORT[i - 1]!.go}.0`)?.ok, true);
  }
  assert.equal(golangciFor('1.23.1')?.since, 'v1.60.1');
  assert.equal(golangciFor('1.99'), null);
});

test('golangciSupports: full and partial pins, majors, unknowns', () => {
  assert.deepEqual(golangciSupports('v1.60.0', '1.23.0')?.ok, false);
  assert.deepEqual(golangciSupports('v1.60.1', '1.23.0')?.ok, true);
  assert.deepEqual(golangciSupports('v1.60', '1.23.0')?.ok, true); // newest v1.60.x
  assert.deepEqual(golangciSupports('v1.64.8', '1.25.0')?.ok, false);
  assert.deepEqual(golangciSupports('v2', '1.25')?.ok, true);
  assert.equal(golangciSupports('latest', '1.25'), null);
  assert.equal(golangciSupports('v1.50.0', '1.17'), null);
});

test('golang image tags: version, variant, gcc, pinning', () => {
  const cases: Array<[string, string | null, string, boolean, string]> = [
    ['golang', null, 'debian', true, 'untagged'],
    ['golang:latest', null, 'debian', true, 'latest'],
    ['golang:alpine', null, 'alpine', false, 'latest'],
    ['golang:1', '1', 'debian', true, 'major'],
    ['golang:1.22-alpine3.20', '1.22', 'alpine', false, 'minor'],
    ['docker.io/library/golang:1.22.3-bookworm', '1.22.3', 'debian', true, 'patch'],
    ['golang:1.23rc2', '1.23rc2', 'debian', true, 'minor'],
    ['golang:1.22@sha256:abc', '1.22', 'debian', true, 'digest'],
    ['golang:${GO}', null, 'debian', true, 'variable'],
  ];
  for (const [img, v, variant, gcc, pin] of cases) {
    const p = parseGolangImage(img)!;
    assert.deepEqual([p.goVersion, p.variant, p.hasGcc, p.pinning], [v, variant, gcc, pin], img);
  }
  assert.equal(isGolangImage('golangci/golangci-lint:v1.60'), false);
  assert.equal(isGolangImage('mirror.gcr.io/library/golang:1.22'), true);
  assert.deepEqual(['scratch', 'gcr.io/distroless/static-debian12', 'alpine:3.20', 'gcr.io/distroless/base', 'busybox'].map(runtimeLibc), ['none', 'none', 'musl', 'glibc', 'unknown']);
});
