import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd510 } from '../../../src/rules/modules/gd510-vcs-missing.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

const noGit = { git: { path: null, insteadOf: [], credentialHelpers: [] } };

test('GD510 reports direct-only modules without git, and hg paths without hg', () => {
  const f = check(gd510, facts({ env: { GOPRIVATE: 'corp.example.com' }, requires: ['corp.example.com/a', 'corp.example.com/b.hg/x', 'rsc.io/quote'], host: noGit }));
  assert.deepEqual(f.map((x) => [x.data.vcs, x.data.count]), [['git', 1], ['hg', 1]]);
  assert.deepEqual(ids(gd510, facts({ env: { GOPROXY: 'direct' }, requires: ['rsc.io/quote'], host: noGit })), ['missing']);
});

test('GD510 passes with git present or when a proxy serves the modules', () => {
  assert.deepEqual(ids(gd510, facts({ env: { GOPRIVATE: 'corp.example.com' }, requires: ['corp.example.com/a'] })), []);
  assert.deepEqual(ids(gd510, facts({ requires: ['rsc.io/quote'], host: noGit })), []);
});
