import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd903 } from '../../../src/rules/runtime/gd903-runtime-cgo-broken.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok, GO_ERRORS } from './fixture.js';

test('GD903 reports an explicit CC that does not exist', () => {
  const f = check(gd903, facts([failed('cgo', GO_ERRORS.noCC)], { cc: { value: '/nonexistent/cc', explicit: true, found: null } }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['missingCC', 'error']]);
});

test('GD903 reports other cgo failures, and no compiler at all as info', () => {
  assert.deepEqual(ids(gd903, facts([failed('cgo', '/usr/bin/ld: cannot find -lc')])), ['failed']);
  const skipped = { ...ok('cgo'), status: 'skipped' as const, skipped: 'no C compiler' };
  const f = check(gd903, facts([skipped], { cc: { value: 'gcc', explicit: false, found: null } }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['noCompiler', 'info']]);
});

test('GD903 passes a working cgo build', () => {
  assert.deepEqual(ids(gd903, facts([ok('cgo')])), []);
});
