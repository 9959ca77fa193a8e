import type { Facts } from '../facts/schema.js';
import { SCHEMA_VERSION } from '../facts/schema-version.js';
import { runRules } from '../engine/run.js';
import type { GodiagConfig } from '../engine/config.js';
import type { Category } from '../engine/types.js';
import { rulesIn } from '../rules/index.js';
import { summarizeRule, type ReportModel } from '../report/model.js';
import { VERSION } from './version.js';
import { doctorSections } from './doctor-sections.js';

/** The areas doctor checks; runtime probes only when asked. */
export const DOCTOR_AREAS: Category[] = ['toolchain', 'settings', 'shell', 'system', 'modules'];

export function doctorAreas(opts: { runtime?: boolean }): Category[] {
  return opts.runtime ? [...DOCTOR_AREAS, 'runtime'] : DOCTOR_AREAS;
}

/** Run doctor's rules over facts (fresh or from a snapshot) into a report model. */
export function doctorReport(facts: Facts, config: GodiagConfig, opts: { command: string; format: string; timings: Record<string, number>; runtime?: boolean }): ReportModel {
  const rules = rulesIn(doctorAreas(opts));
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
  };
}
