import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd806 } from '../../../src/rules/artifact/gd806-vcs-stamp-mismatch.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

const stamped = () => bin({ buildInfo: buildInfo({ vcs: 'git', 'vcs.revision': '1a2b3c4d5e6f', 'vcs.modified': 'false' }) });

test('GD806 reports a missing stamp, another revision, or an unexpected stamp', () => {
  assert.deepEqual(ids(gd806, artifactsFacts([bin()], { vcs: true })), ['missing']);
  assert.deepEqual(ids(gd806, artifactsFacts([stamped()], { vcs: 'ffff' })), ['different']);
  assert.deepEqual(ids(gd806, artifactsFacts([stamped()], { vcs: false })), ['unexpected']);
});

test('GD806 passes a stamped binary with the right revision prefix', () => {
  assert.deepEqual(ids(gd806, artifactsFacts([stamped()], { vcs: true })), []);
  assert.deepEqual(ids(gd806, artifactsFacts([stamped()], { vcs: '1a2b3c' })), []);
  assert.deepEqual(ids(gd806, artifactsFacts([bin()], { vcs: false })), []);
});
