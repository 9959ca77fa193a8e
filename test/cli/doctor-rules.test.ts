import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doctorRules } from '../../src/cli/doctor-report.js';
import { RULES, rulesIn } from '../../src/rules/index.js';

test('doctor runs every rule of its areas, in id order, runtime rules only with --runtime, remote ones only for a target', () => {
  const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
  const areas = ['toolchain', 'settings', 'shell', 'system', 'modules'] as const;
  assert.deepEqual(ids(doctorRules({})), ids(rulesIn([...areas])));
  assert.deepEqual(ids(doctorRules({ runtime: true })), ids(rulesIn([...areas, 'runtime'])));
  assert.deepEqual(ids(doctorRules({ remote: true })), ids(rulesIn([...areas, 'remote'])));
  // Every rule belongs to doctor, to --runtime, or to a command of its own.
  const elsewhere = new Set(['dockerfile', 'ci', 'gomod', 'artifact', 'hang']);
  const covered = new Set(ids(doctorRules({ runtime: true, remote: true })));
  assert.deepEqual(RULES.filter((r) => !covered.has(r.id) && !elsewhere.has(r.category)).map((r) => r.id), []);
});
