import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd906 } from '../../../src/rules/runtime/gd906-runtime-toolchain-switch-needed.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok, GO_ERRORS } from './fixture.js';

test('GD906 reports a go line newer than the toolchain, by the user GOTOOLCHAIN', () => {
  const local = check(gd906, facts([failed('project', GO_ERRORS.toolchain)], { gotoolchain: 'local' }));
  assert.deepEqual(local.map((x) => [x.messageId, x.severity]), [['local', 'error']]);
  const auto = check(gd906, facts([failed('project', GO_ERRORS.toolchain)], { gotoolchain: 'auto' }));
  assert.deepEqual(auto.map((x) => [x.messageId, x.severity]), [['download', 'warning']]);
  assert.deepEqual(ids(gd906, facts([failed('project', GO_ERRORS.toolchain)], { gotoolchain: 'go1.22.0+path' })), ['local']);
});

test('GD906 passes a project the toolchain can build', () => {
  assert.deepEqual(ids(gd906, facts([ok('project')])), []);
});
