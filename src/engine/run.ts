import type { Facts, FactArea } from '../facts/schema.js';
import { reportFixes, reportMessage, type AnyRule } from './define-rule.js';
import type { Finding, Severity, Skipped } from '../facts/findings.js';
import type { RuleConfig } from './config.js';

export interface RunResult {
  findings: Finding[];
  skipped: Skipped[];
  /** Rules that ran and found nothing. */
  passed: string[];
}

/** Why a required area is unusable, or null when every required area was collected. */
function missingReason(facts: Facts, requires: readonly FactArea[]): string | null {
  for (const area of requires) {
    const c = facts[area];
    if (c === undefined) return `${area} facts were not collected`;
    if (!c.ok) return `${area} facts failed: ${c.error}`;
  }
  return null;
}

/** Run rules over facts. Rules are pure; a throwing rule becomes a skipped entry, never a crash. */
export function runRules(rules: readonly AnyRule[], facts: Facts, config: RuleConfig = {}): RunResult {
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  const passed: string[] = [];
  for (const rule of rules) {
    const override = config[rule.id] ?? config[rule.name];
    if (override === 'off') continue;
    const reason = missingReason(facts, rule.requires);
    if (reason) {
      skipped.push({ ruleId: rule.id, reason });
      continue;
    }
    const input: Record<string, unknown> = { all: facts };
    for (const area of rule.requires) {
      const c = facts[area as FactArea];
      if (c && c.ok) input[area] = c.value;
    }
    let reports;
    try {
      reports = rule.check(input as never);
    } catch (err) {
      skipped.push({ ruleId: rule.id, reason: `rule failed: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    let rendered;
    try {
      rendered = reports.map((r) => ({ r, message: reportMessage(rule, r), fixes: reportFixes(rule, r) }));
    } catch (err) {
      skipped.push({ ruleId: rule.id, reason: `rule failed: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    if (reports.length === 0) passed.push(rule.id);
    // The same words at the same place once: a line shared by several jobs (a GitLab template
    // that jobs extend, a composite action) is one finding, however many paths reach it.
    const said = new Set<string>();
    for (const { r, message, fixes } of rendered) {
      if (r.location) {
        const key = `${r.location.file}\0${r.location.line ?? ''}\0${r.location.column ?? ''}\0${message}`;
        if (said.has(key)) continue;
        said.add(key);
      }
      const severity: Severity = override ?? r.severity ?? rule.severity;
      findings.push({
        ruleId: rule.id,
        ruleName: rule.name,
        category: rule.category,
        severity,
        messageId: r.messageId,
        data: r.data ?? {},
        message,
        evidence: r.evidence ?? {},
        fixes,
        sources: [...rule.sources],
        ...(r.location ? { location: r.location } : {}),
        ...(r.related?.length ? { related: r.related } : {}),
      });
    }
  }
  return { findings, skipped, passed };
}
