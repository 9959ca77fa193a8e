import type { Facts } from '../facts/schema.js';
import { SCHEMA_VERSION } from '../facts/schema-version.js';
import { runRules } from '../engine/run.js';
import type { GodiagConfig } from '../engine/config.js';
import type { AnyRule } from '../engine/define-rule.js';
import { TOOLCHAIN_RULES } from '../rules/toolchain/index.js';
import { SETTINGS_RULES } from '../rules/settings/index.js';
import { SHELL_RULES } from '../rules/shell/index.js';
import { SYSTEM_RULES } from '../rules/system/index.js';
import { MODULES_RULES } from '../rules/modules/index.js';
import { RUNTIME_RULES } from '../rules/runtime/index.js';
import { REMOTE_RULES } from '../rules/remote/index.js';
import { summarizeRule, type ReportModel } from '../report/model.js';
import { VERSION } from '../report/version.js';
import { doctorSections, hostSummary } from '../report/sections/doctor.js';

/**
 * Doctor's rules, in id order: its areas' own lists rather than the whole registry, so the
 * Dockerfile, CI, go.mod, artifact and hang rules are not loaded. Runtime probes only when asked,
 * the remote session's rules only for facts of a remote target.
 */
const DOCTOR_RULES: readonly AnyRule[] = [...TOOLCHAIN_RULES, ...SETTINGS_RULES, ...SHELL_RULES, ...SYSTEM_RULES, ...MODULES_RULES];

export function doctorRules(opts: { runtime?: boolean; remote?: boolean }): readonly AnyRule[] {
  return [...DOCTOR_RULES, ...(opts.runtime ? RUNTIME_RULES : []), ...(opts.remote ? REMOTE_RULES : [])];
}

/** Run doctor's rules over facts (fresh or from a snapshot) into a report model. */
export function doctorReport(facts: Facts, config: GodiagConfig, opts: { command: string; format: string; timings: Record<string, number>; runtime?: boolean }): ReportModel {
  const rules = doctorRules({ ...opts, remote: facts.host.kind === 'remote' });
  const result = runRules(rules, facts, config.rules);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'godiag', version: VERSION },
    command: opts.command,
    facts,
    ...result,
    rules: rules.map(summarizeRule),
    timings: opts.timings,
    sections: doctorSections(facts, opts.format),
    summary: hostSummary(facts),
  };
}
