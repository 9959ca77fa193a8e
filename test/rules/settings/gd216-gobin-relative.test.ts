import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd216 } from '../../../src/rules/settings/gd216-gobin-relative.js';
import { factsWith, ids } from '../../helpers/rules.js';
import { goenv, setting } from '../../helpers/builders.js';

// The real go's verdict: test/cli/doctor-cli-advice.test.ts.
test('GD216 reports a relative GOBIN and passes an absolute one', () => {
  assert.deepEqual(ids(gd216, factsWith({ goenv: goenv([setting('GOBIN', 'bin', 'user-file')]) })), ['relative']);
  assert.deepEqual(ids(gd216, factsWith({ goenv: goenv([setting('GOBIN', '/home/u/bin', 'env')]) })), []);
  assert.deepEqual(ids(gd216, factsWith({ goenv: goenv([]) })), []);
});
