import * as path from 'node:path';
import { LocalHost, type Host } from '../facts/host.js';
import { runCollectors, type CollectOptions } from '../facts/collector.js';
import { DOCTOR_COLLECTORS } from '../facts/collectors/index.js';
import type { Facts } from '../facts/schema.js';
import { SCHEMA_VERSION } from '../facts/schema-version.js';
import { runRules } from '../engine/run.js';
import { findConfig, loadConfig, ConfigError, type GodiagConfig } from '../engine/config.js';
import { rulesIn } from '../rules/index.js';
import { summarizeRule, type ReportModel } from '../report/model.js';
import type { Category } from '../engine/types.js';
import { UsageError } from './io.js';
import { VERSION } from './version.js';
import { doctorSections } from './doctor-sections.js';

/** The areas doctor checks; runtime probes only when asked. */
export const DOCTOR_AREAS: Category[] = ['toolchain', 'settings', 'shell', 'system', 'modules'];

export function doctorAreas(opts: { runtime?: boolean }): Category[] {
  return opts.runtime ? [...DOCTOR_AREAS, 'runtime'] : DOCTOR_AREAS;
}

export async function loadUserConfig(explicit: string | undefined, cwd: string): Promise<GodiagConfig> {
  try {
    const file = explicit ? path.resolve(cwd, explicit) : await findConfig(cwd);
    if (!file) return { rules: {}, privateHosts: [] };
    return await loadConfig(file);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

export function parseTimeout(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new UsageError(`--timeout must be a number of seconds between 0 and 3600 (got ${JSON.stringify(v)})`);
  return Math.round(n * 1000);
}

/** Collect everything doctor looks at, on the local machine (or a given host). */
export async function collectDoctorFacts(opts: CollectOptions, host: Host): Promise<{ facts: Facts; timings: Record<string, number> }> {
  const { facts: partial, timings } = await runCollectors(DOCTOR_COLLECTORS, host, opts);
  const facts: Facts = {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    host: { kind: host.kind, platform: host.platform, arch: host.kind === 'local' ? process.arch : 'unknown', cwd: opts.cwd },
    ...partial,
  };
  return { facts, timings };
}

export function localHost(env: Record<string, string | undefined>): Host {
  return new LocalHost(env);
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
