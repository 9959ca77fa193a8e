import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd211 } from '../../../src/rules/settings/gd211-module-needs-newer-go.js';

test('GD211: fail-local is an error, download a warning, use-path info', () => {
  assert.deepEqual(check(gd211, factsWith({ project: project({ action: 'fail-local', gotoolchain: 'local' }) })).map((f) => f.severity), ['error']);
  const [d] = check(gd211, factsWith({ project: project({ action: 'download', target: 'go1.99.0', downloadModule: 'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64' }) }));
  assert.equal(d!.severity, 'warning');
  assert.match(d!.message, /golang.org\/toolchain@v0.0.1-go1.99.0.linux-amd64/);
  assert.deepEqual(ids(gd211, factsWith({ project: project({ action: 'use-path', target: 'go1.99.0' }) })), ['usePath']);
  assert.deepEqual(ids(gd211, factsWith({ project: project({ action: 'fail-path', target: 'go1.99.0' }) })), ['failPath']);
});
test('GD211 is quiet when the local go is new enough or there is no module', () => {
  assert.deepEqual(ids(gd211, factsWith({ project: project({ action: 'local' }) })), []);
  assert.deepEqual(ids(gd211, factsWith({ project: project(null) })), []);
});
