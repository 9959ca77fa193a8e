import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd406 } from '../../../src/rules/system/gd406-cgo-compiler-missing.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('CGO_ENABLED=1 explicitly with no gcc on Alpine: apk fix', () => {
  const f = check(gd406, sys((s) => {
    s.os.family = 'alpine'; s.os.packageManager = 'apk';
    s.cgo.cc!.path = null; s.cgo.reason = 'explicit'; s.cgo.enabledSource = 'env';
  }));
  assert.deepEqual(f.map((x) => x.messageId), ['explicit']);
  assert.equal(f[0]!.severity, 'error');
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command === 'apk add --no-cache gcc musl-dev'));
});

test('no compiler, cgo defaulted off (Go 1.20+): info', () => {
  const f = check(gd406, sys((s) => { s.cgo.cc!.path = null; s.cgo.reason = 'no-compiler'; s.cgo.enabled = false; }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['defaultOff', 'info']]);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command.startsWith('sudo apt-get install -y gcc')));
});

test('compiler present, or cgo off for a cross-compile: nothing', () => {
  assert.deepEqual(ids(gd406, sys()), []);
  assert.deepEqual(ids(gd406, sys((s) => { s.cgo.cc!.path = null; s.cgo.reason = 'cross-compile'; s.cgo.enabled = false; })), []);
});
