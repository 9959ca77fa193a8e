import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd403 } from '../../../src/rules/system/gd403-goamd64-above-cpu.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('GOAMD64=v4 on a v3 CPU', () => {
  const f = check(gd403, sys((s) => { s.go.env.GOAMD64 = 'v4'; s.go.env.GOAMD64Source = 'user-file'; }));
  assert.deepEqual(f.map((x) => x.messageId), ['above']);
  assert.match(f[0]!.message, /avx512f/);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'go env -u GOAMD64');
});

test('GOAMD64 at or below the CPU level, or unknown CPU', () => {
  assert.deepEqual(ids(gd403, sys((s) => { s.go.env.GOAMD64 = 'v3'; })), []);
  assert.deepEqual(ids(gd403, sys((s) => { s.go.env.GOAMD64 = 'v1'; })), []);
  assert.deepEqual(ids(gd403, sys((s) => { s.go.env.GOAMD64 = 'v4'; s.arch.amd64Level = null; })), []);
});
