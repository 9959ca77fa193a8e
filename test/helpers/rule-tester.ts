// Valid/invalid tables per rule, in the spirit of ESLint's RuleTester: a valid case yields no
// finding, an invalid case yields exactly the listed findings. Every report a case produces is
// also checked against the rule's metadata: its message id and fix title ids exist, and every
// `{placeholder}` of the message and of the fix titles has a value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportFixes, reportMessage, type AnyRule, type Report } from '../../src/engine/define-rule.js';
import type { Facts, FactArea } from '../../src/facts/schema.js';
import type { Finding } from '../../src/facts/findings.js';
import { check } from './rules.js';

export interface ValidCase {
  name: string;
  facts: Facts;
}

export interface ExpectedFinding {
  messageId: string;
  /** Compared with the finding's data key by key (keys not listed are not compared). */
  data?: Record<string, string | number | boolean>;
  severity?: Finding['severity'];
  /** The rendered fix titles, in order. */
  fixTitles?: string[];
  /** Matched against the rendered message. */
  message?: RegExp;
}

export interface InvalidCase {
  name: string;
  facts: Facts;
  errors: ExpectedFinding[];
}

/** The reports of a rule on facts, straight from check(), as the engine would see them. */
function rawReports(rule: AnyRule, facts: Facts): Report<string>[] {
  const input: Record<string, unknown> = { all: facts };
  for (const area of rule.requires as FactArea[]) {
    const c = facts[area];
    if (!c || !c.ok) throw new Error(`${rule.id}: case facts lack the required area ${area}`);
    input[area] = c.value;
  }
  return rule.check(input as never);
}

/** Problems of one report against the rule's metadata; empty when it renders cleanly. */
export function reportProblems(rule: AnyRule, r: Report<string>): string[] {
  const problems: string[] = [];
  try {
    reportMessage(rule, r, true);
  } catch (e) {
    problems.push((e as Error).message);
  }
  try {
    reportFixes(rule, r, true);
  } catch (e) {
    problems.push((e as Error).message);
  }
  return problems;
}

export function assertReportsRender(rule: AnyRule, facts: Facts): void {
  for (const r of rawReports(rule, facts)) assert.deepEqual(reportProblems(rule, r), [], `${rule.id} ${r.messageId}`);
}

export function runRuleTester(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    test(`${rule.id} valid: ${c.name}`, () => {
      assertReportsRender(rule, c.facts);
      assert.deepEqual(check(rule, c.facts).map((f) => f.messageId), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.id} invalid: ${c.name}`, () => {
      assert.ok(c.errors.length > 0, 'an invalid case lists the findings it expects');
      assertReportsRender(rule, c.facts);
      const got = check(rule, c.facts);
      assert.deepEqual(got.map((f) => f.messageId), c.errors.map((e) => e.messageId), 'message ids');
      c.errors.forEach((e, i) => {
        const f = got[i]!;
        for (const [k, v] of Object.entries(e.data ?? {})) assert.equal(f.data[k], v, `finding ${i} data.${k}`);
        if (e.severity) assert.equal(f.severity, e.severity, `finding ${i} severity`);
        if (e.fixTitles) assert.deepEqual(f.fixes.map((x) => x.title), e.fixTitles, `finding ${i} fix titles`);
        if (e.message) assert.match(f.message, e.message);
      });
    });
  }
}
