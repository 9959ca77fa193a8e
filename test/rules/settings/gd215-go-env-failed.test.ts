import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd215 } from '../../../src/rules/settings/gd215-go-env-failed.js';

test('GD215 reports a failing go env with its error', () => {
  const [f] = check(gd215, factsWith({ goenv: goenv([], { probeError: '`go env -json` exited with status 2: go: cannot find GOROOT directory: /nope' }) }));
  assert.match(f!.message, /cannot find GOROOT directory/);
});
test('GD215 is quiet when go env works', () => {
  assert.deepEqual(ids(gd215, factsWith({ goenv: goenv() })), []);
});
