import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd105 } from '../../../src/rules/toolchain/gd105-broken-go-on-path.js';
import { factsWith, ids } from '../../helpers/rules.js';
import { toolchains } from '../../helpers/builders.js';

test('GD105 reports broken go entries on PATH', () => {
  const facts = factsWith({ toolchains: toolchains([], { brokenOnPath: [{ path: '/usr/local/bin/go', problem: 'symlink whose target is missing or loops' }] }) });
  assert.deepEqual(ids(gd105, facts), ['broken']);
});

test('GD105 is quiet without broken entries', () => {
  assert.deepEqual(ids(gd105, factsWith({ toolchains: toolchains([]) })), []);
});
