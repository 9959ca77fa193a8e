import { SCHEMA_VERSION, type Facts, type FactArea, type FactValue } from '../../src/facts/schema.js';
import type { AnyRule } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/run.js';
import type { Finding } from '../../src/facts/findings.js';

export type AreaValues = { [K in FactArea]?: FactValue<K> };

/** Build a Facts object from plain area values (all collected ok). */
export function factsWith(areas: AreaValues, failed: Partial<Record<FactArea, string>> = {}): Facts {
  const facts: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: '2026-01-01T00:00:00.000Z',
    host: { kind: 'recorded', platform: 'linux', arch: 'x64', cwd: '/work' },
  };
  for (const [k, v] of Object.entries(areas)) facts[k] = { ok: true, value: v };
  for (const [k, e] of Object.entries(failed)) facts[k] = { ok: false, error: e };
  return facts as Facts;
}

/** Run one rule; returns its findings (throws if the rule was skipped). */
export function check(rule: AnyRule, facts: Facts): Finding[] {
  const r = runRules([rule], facts);
  if (r.skipped.length) throw new Error(`rule skipped: ${r.skipped[0]!.reason}`);
  return r.findings;
}

/** Message ids of the findings, for compact table assertions. */
export function ids(rule: AnyRule, facts: Facts): string[] {
  return check(rule, facts).map((f) => f.messageId);
}
