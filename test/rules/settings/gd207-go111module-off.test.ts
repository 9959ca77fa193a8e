import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd207 } from '../../../src/rules/settings/gd207-go111module-off.js';

test('GD207 flags GO111MODULE=off', () => {
  assert.deepEqual(ids(gd207, factsWith({ goenv: goenv([setting('GO111MODULE', 'off', 'env')]) })), ['off']);
});
test('GD207 is quiet for on, auto and unset', () => {
  for (const v of ['on', 'auto', '']) assert.deepEqual(ids(gd207, factsWith({ goenv: goenv([setting('GO111MODULE', v, v ? 'env' : 'default')]) })), []);
});
