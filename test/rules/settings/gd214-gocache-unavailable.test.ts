import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd214 } from '../../../src/rules/settings/gd214-gocache-unavailable.js';

test('GD214: no HOME and no GOCACHE; GOCACHE=off', () => {
  assert.deepEqual(ids(gd214, factsWith({ goenv: goenv([setting('GOCACHE', '')], { osEnv: { PATH: '/usr/bin' } }) })), ['noHome']);
  assert.deepEqual(ids(gd214, factsWith({ goenv: goenv([setting('GOCACHE', 'off', 'env')]) })), ['off']);
});
test('GD214 is quiet with a cache', () => {
  assert.deepEqual(ids(gd214, factsWith({ goenv: goenv() })), []);
});
