import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd902 } from '../../../src/rules/runtime/gd902-runtime-noexec-temp.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok, GO_ERRORS } from './fixture.js';

test('GD902 reports permission denied when running a built program', () => {
  const f = check(gd902, facts([failed('hello', GO_ERRORS.noexec)], { tempDir: '/tmp/noexec/godiag-runtime-abc' }));
  assert.deepEqual(f.map((x) => x.messageId), ['noexec']);
  assert.equal(f[0]!.data.tmp, '/tmp/noexec');
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command.includes('GOTMPDIR')));
});

test('GD902 passes when programs run', () => {
  assert.deepEqual(ids(gd902, facts([ok('hello'), failed('download', GO_ERRORS.refused)])), []);
});
