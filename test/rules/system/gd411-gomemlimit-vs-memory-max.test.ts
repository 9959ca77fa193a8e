import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd411, parseGomemlimit } from '../../../src/rules/system/gd411-gomemlimit-vs-memory-max.js';
import { check, ids } from '../../helpers/rules.js';
import type { SystemFacts } from '../../../src/facts/schema/system.js';
import { sys } from './system-facts.js';

const limit512 = (s: SystemFacts) => { s.cgroup.memory = { maxBytes: 512 * 2 ** 20, source: '/sys/fs/cgroup/memory.max' }; };

test('GOMEMLIMIT parsing follows runtime/debug', () => {
  assert.equal(parseGomemlimit('1GiB'), 2 ** 30);
  assert.equal(parseGomemlimit('1000'), 1000);
  assert.equal(parseGomemlimit('off'), 'off');
  assert.equal(parseGomemlimit('1G'), null);
});

test('memory.max without GOMEMLIMIT: info with a 90% suggestion', () => {
  const f = check(gd411, sys(limit512));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['unset', 'info']]);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'export GOMEMLIMIT=460MiB');
});

test('GOMEMLIMIT at or above memory.max; invalid value', () => {
  assert.deepEqual(ids(gd411, sys((s) => { limit512(s); s.go.env.GOMEMLIMIT = '1GiB'; })), ['above']);
  assert.deepEqual(ids(gd411, sys((s) => { s.go.env.GOMEMLIMIT = '1G'; })), ['invalid']);
});

test('GOMEMLIMIT below the limit, or no limit: nothing', () => {
  assert.deepEqual(ids(gd411, sys((s) => { limit512(s); s.go.env.GOMEMLIMIT = '400MiB'; })), []);
  assert.deepEqual(ids(gd411, sys()), []);
});
