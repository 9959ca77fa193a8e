import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd104 } from '../../../src/rules/toolchain/gd104-go-probe-failed.js';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

test('GD104 reports a go that did not answer: error for the winner, warning for others', () => {
  const hung = install({ path: '/opt/bad/go', reportedVersion: null, probeError: '`/opt/bad/go version` did not answer within 8000 ms (killed)' });
  const other = install({ path: '/opt/other/go', reportedVersion: null, pathIndex: 1, probeError: 'exited with status 2' });
  const fs = check(gd104, factsWith({ toolchains: toolchains([hung, other]) }));
  assert.deepEqual(fs.map((f) => f.severity), ['error', 'warning']);
  assert.match(fs[0]!.message, /did not answer/);
});

test('GD104 is quiet for working installs', () => {
  assert.deepEqual(ids(gd104, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go' })]) })), []);
});
