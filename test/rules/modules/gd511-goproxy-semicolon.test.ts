import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd511 } from '../../../src/rules/modules/gd511-goproxy-semicolon.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

// The real go's verdict on the same values: test/cli/doctor-modules-advice.test.ts.
test('GD511 names the fused host and offers the comma-separated list', () => {
  const [f] = check(gd511, facts({ env: { GOPROXY: 'https://goproxy.io; https://proxy.golang.org,direct' } }));
  assert.equal(f!.data.host, 'goproxy.io; https:');
  assert.match(JSON.stringify(f!.fixes), /https:\/\/goproxy\.io,https:\/\/proxy\.golang\.org,direct/);
  assert.deepEqual(ids(gd511, facts({ env: { GOPROXY: 'https://proxy.golang.org|direct' } })), []);
  assert.deepEqual(ids(gd511, facts()), []);
});
