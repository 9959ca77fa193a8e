import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd901 } from '../../../src/rules/runtime/gd901-runtime-build-failed.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok, GO_ERRORS } from './fixture.js';

test('GD901 reports a failing hello build, and names an invalid GOFLAGS', () => {
  assert.deepEqual(ids(gd901, facts([failed('hello', 'package fmt is not in std (/opt/go/src/fmt)')])), ['build']);
  const f = check(gd901, facts([failed('hello', GO_ERRORS.goflags)]));
  assert.deepEqual(f.map((x) => x.messageId), ['goflags']);
  assert.match(f[0]!.message, /unknown flag -notaflag/);
});

test('GD901 passes a working build and leaves noexec to GD902', () => {
  assert.deepEqual(ids(gd901, facts([ok('hello')])), []);
  assert.deepEqual(ids(gd901, facts([failed('hello', GO_ERRORS.noexec)])), []);
});
