import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VERIFY_RULES } from '../../src/rules/toolchain/verify.js';
import { doctorRules } from '../../src/cli/doctor-report.js';
import { RULES, rulesIn } from '../../src/rules/index.js';

test('doctor runs every rule of its areas, in id order, runtime rules only with --runtime, integrity rules only with --verify-toolchain, remote ones only for a target', () => {
  const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
  const areas = ['toolchain', 'settings', 'shell', 'system', 'modules'] as const;
  const verify = new Set(ids(VERIFY_RULES));
  assert.deepEqual(ids(doctorRules({})), ids(rulesIn([...areas])).filter((id) => !verify.has(id)));
  assert.deepEqual(ids(doctorRules({ runtime: true })), ids(rulesIn([...areas, 'runtime'])).filter((id) => !verify.has(id)));
  assert.deepEqual(ids(doctorRules({ verify: true })), ids(rulesIn([...areas])));
  assert.deepEqual(ids(doctorRules({ remote: true })), ids(rulesIn([...areas, 'remote'])).filter((id) => !verify.has(id)));
  // Every rule belongs to doctor, to --runtime, to --verify-toolchain, to a remote target, or to a command of its own.
  const elsewhere = new Set(['dockerfile', 'ci', 'gomod', 'deploy', 'artifact', 'hang']);
  const covered = new Set(ids(doctorRules({ runtime: true, verify: true, remote: true })));
  assert.deepEqual(RULES.filter((r) => !covered.has(r.id) && !elsewhere.has(r.category)).map((r) => r.id), []);
});
