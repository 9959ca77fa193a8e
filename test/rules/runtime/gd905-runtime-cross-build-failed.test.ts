import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd905 } from '../../../src/rules/runtime/gd905-runtime-cross-build-failed.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok } from './fixture.js';

test('GD905 reports failed cross builds and wrong outputs', () => {
  assert.deepEqual(ids(gd905, facts([failed('cross', 'go: -race requires cgo; enable cgo by setting CGO_ENABLED=1', 'linux/arm64')])), ['failed']);
  const wrong = { ...ok('cross', 'linux/amd64'), status: 'failed' as const, problems: ['linkage dynamic (interpreter /lib64/ld-linux-x86-64.so.2), expected static with CGO_ENABLED=0'] };
  const f = check(gd905, facts([wrong]));
  assert.deepEqual(f.map((x) => x.messageId), ['wrongOutput']);
  assert.match(f[0]!.message, /linux\/amd64.*dynamic/);
});

test('GD905 passes good cross builds', () => {
  assert.deepEqual(ids(gd905, facts([ok('cross', 'linux/amd64'), ok('cross', 'windows/amd64')])), []);
});
