import type { Facts } from '../facts/schema.js';
import type { GodiagConfig } from '../engine/config.js';
import type { AnyRule } from '../engine/define-rule.js';
import { TOOLCHAIN_RULES } from '../rules/toolchain/index.js';
import { SETTINGS_RULES } from '../rules/settings/index.js';
import { SHELL_RULES } from '../rules/shell/index.js';
import { SYSTEM_RULES } from '../rules/system/index.js';
import { MODULES_RULES } from '../rules/modules/index.js';
import { RUNTIME_RULES } from '../rules/runtime/index.js';
import type { ReportModel } from '../report/model.js';
import { reportModel } from './pipeline.js';
import { VERIFY_RULES } from '../rules/toolchain/verify.js';
import { REMOTE_RULES } from '../rules/remote/index.js';
import { compareText } from '../facts/order.js';
import { doctorSections, hostSummary } from '../report/sections/doctor.js';

/**
 * Doctor's rules, in id order: its areas' own lists rather than the whole registry, so the
 * Dockerfile, CI, go.mod, artifact and hang rules are not loaded. Runtime probes only when asked,
 * the remote session's rules only for facts of a remote target.
 */
const DOCTOR_RULES: readonly AnyRule[] = [...TOOLCHAIN_RULES, ...SETTINGS_RULES, ...SHELL_RULES, ...SYSTEM_RULES, ...MODULES_RULES];

export function doctorRules(opts: { runtime?: boolean; verify?: boolean; remote?: boolean }): readonly AnyRule[] {
  const rules = [...DOCTOR_RULES, ...(opts.verify ? VERIFY_RULES : []), ...(opts.runtime ? RUNTIME_RULES : []), ...(opts.remote ? REMOTE_RULES : [])];
  return opts.verify ? rules.sort((a, b) => compareText(a.id, b.id)) : rules;
}

/** Run doctor's rules over facts (fresh or from a snapshot) into a report model. */
export function doctorReport(facts: Facts, config: GodiagConfig, opts: { command: string; format: string; timings: Record<string, number>; runtime?: boolean; verify?: boolean }): ReportModel {
  // A snapshot taken with --verify-toolchain carries the verify area: its rules run on it too.
  return reportModel({
    command: opts.command, facts, rules: doctorRules({ ...opts, verify: opts.verify ?? !!facts.verify, remote: facts.host.kind === 'remote' }), config, timings: opts.timings,
    sections: doctorSections(facts, opts.format), summary: hostSummary(facts),
  });
}
