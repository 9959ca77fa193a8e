import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd420 } from '../../../src/rules/system/gd420-helper-program-hangs.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('GD420: a C compiler that hangs', () => {
  const f = check(gd420, sys((s) => { s.hung = [{ command: '/usr/bin/gcc --version', program: '/usr/bin/gcc', timeoutMs: 3000 }]; }));
  assert.deepEqual(f.map((x) => x.messageId), ['hangs']);
  assert.match(f[0]!.message, /`\/usr\/bin\/gcc --version` did not answer within 3 s.*every cgo build/);
});

test('GD420 is quiet when every program answered', () => {
  assert.deepEqual(ids(gd420, sys()), []);
});
