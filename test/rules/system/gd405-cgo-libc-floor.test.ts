import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd405 } from '../../../src/rules/system/gd405-cgo-libc-floor.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('glibc floor with cgo on', () => {
  const f = check(gd405, sys());
  assert.deepEqual(f.map((x) => x.messageId), ['glibc']);
  assert.match(f[0]!.message, /GLIBC_2\.36/);
});

test('musl with cgo on; race detector on glibc 2.12', () => {
  assert.deepEqual(ids(gd405, sys((s) => { s.libc = { kind: 'musl', version: '1.2.5', source: '/lib/apk/db/installed' }; })), ['musl']);
  assert.deepEqual(ids(gd405, sys((s) => { s.libc.version = '2.12'; s.cgo.enabled = false; })), ['raceGlibc']);
});

test('cgo off: nothing to say', () => {
  assert.deepEqual(ids(gd405, sys((s) => { s.cgo.enabled = false; })), []);
});
