import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDirectives } from '../../src/engine/ignores.js';
import type { Finding } from '../../src/facts/findings.js';
import type { Directive } from '../../src/facts/schema/files.js';

const f = (ruleId: string, file: string, line: number): Finding => ({
  ruleId, ruleName: `name-${ruleId}`, category: 'dockerfile', severity: 'warning', messageId: 'm', data: {}, message: 'm',
  evidence: {}, fixes: [], sources: [], location: { file, line, column: 1 },
});
const d = (p: Partial<Directive>): Directive => ({ file: 'Dockerfile', line: 1, target: 2, kind: 'ignore', rules: ['GD601'], reason: 'r', severity: null, problem: null, ...p });

test('ignore: only its target line, its rules and its file; names work as ids', () => {
  const r = applyDirectives([f('GD601', 'Dockerfile', 2), f('GD601', 'Dockerfile', 3), f('GD602', 'Dockerfile', 2), f('GD601', 'other/Dockerfile', 2), f('GD603', 'Dockerfile', 2)],
    [d({}), d({ rules: ['name-GD603'] })]);
  assert.deepEqual(r.findings.map((x) => `${x.location!.file}:${x.location!.line} ${x.ruleId}`), ['Dockerfile:3 GD601', 'Dockerfile:2 GD602', 'other/Dockerfile:2 GD601']);
  assert.equal(r.suppressed.length, 2);
});

test('ignore-file, severity and off; malformed directives are not applied', () => {
  const r = applyDirectives([f('GD601', 'Dockerfile', 9), f('GD602', 'Dockerfile', 9), f('GD603', 'Dockerfile', 9), f('GD604', 'Dockerfile', 2)], [
    d({ kind: 'ignore-file' }),
    d({ kind: 'severity', rules: ['GD602'], severity: 'error', reason: null }),
    d({ kind: 'severity', rules: ['GD603'], severity: 'off', reason: null }),
    d({ rules: ['GD604'], reason: null, problem: 'an ignore needs a reason' }),
  ]);
  assert.deepEqual(r.findings.map((x) => `${x.ruleId}:${x.severity}`), ['GD602:error', 'GD604:warning']);
  assert.equal(r.problems.length, 1);
});
