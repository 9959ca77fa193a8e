import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd103 } from '../../../src/rules/toolchain/gd103-version-file-mismatch.js';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

test('GD103 flags a VERSION file of another release', () => {
  const [f] = check(gd103, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go', versionFile: 'go1.22.0', reportedVersion: 'go1.26.8' })]) }));
  assert.equal(f!.messageId, 'mismatch');
  assert.equal(f!.severity, 'error');
});

test('GD103 ignores matching, missing and devel VERSION files', () => {
  for (const versionFile of ['go1.26.8', null, 'devel go1.27-abcdef']) {
    assert.deepEqual(ids(gd103, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go', versionFile })]) })), []);
  }
});
