import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd102 } from '../../../src/rules/toolchain/gd102-first-go-not-newest.js';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

const debian = install({ path: '/usr/bin/go', realPath: '/usr/lib/go-1.19/bin/go', reportedVersion: 'go1.19.8', installKind: 'debian-package', pathIndex: 0 });
const tarball = install({ path: '/usr/local/go/bin/go', reportedVersion: 'go1.26.8', pathIndex: 1 });

test('GD102 flags an older go ahead of a newer one on PATH', () => {
  const [f] = check(gd102, factsWith({ toolchains: toolchains([debian, tarball]) }));
  assert.equal(f!.messageId, 'shadowedNewer');
  assert.equal(f!.data.newerVersion, 'go1.26.8');
  assert.equal(f!.severity, 'warning');
});

test('GD102 mentions a newer install off PATH as info', () => {
  const [f] = check(gd102, factsWith({ toolchains: toolchains([debian, { ...tarball, onPath: false, pathIndex: null }]) }));
  assert.equal(f!.messageId, 'newerOffPath');
  assert.equal(f!.severity, 'info');
});

test('GD102 is quiet when the newest runs first, and for the same file twice on PATH', () => {
  assert.deepEqual(ids(gd102, factsWith({ toolchains: toolchains([{ ...tarball, pathIndex: 0 }, { ...debian, pathIndex: 1 }]) })), []);
  assert.deepEqual(ids(gd102, factsWith({ toolchains: toolchains([tarball, { ...tarball, path: '/usr/local/bin/go', realPath: tarball.realPath }]) })), []);
});
