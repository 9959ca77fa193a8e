// The pipeline every diagnosing command runs once its facts are collected:
// facts envelope → rules (config severities) → directives/selection → report model → reporter → exit code.
// A command declares what differs (its rules, sections, summary); the order is written only here.
import * as path from 'node:path';
import type { Host } from '../collectors/host.js';
import type { Facts } from '../facts/schema.js';
import { SCHEMA_VERSION } from '../facts/schema-version.js';
import type { Finding } from '../facts/findings.js';
import { runRules, type RunResult } from '../engine/run.js';
import { findConfig, loadConfig, ConfigError, type GodiagConfig } from '../engine/config.js';
import type { AnyRule } from '../engine/define-rule.js';
import { summarizeRule, type ReportModel, type ReportSection } from '../report/model.js';
import { VERSION } from '../report/version.js';
import { emit, exitCodeFor, parseFailOn, REPORT_FORMATS } from './output.js';
import { UsageError, type CliIO } from './io.js';

/** The configuration file every command reads the same way: --config, else looked up from the directory upward. */
export async function loadUserConfig(explicit: string | undefined, cwd: string, host?: Host): Promise<GodiagConfig> {
  try {
    const file = explicit ? path.resolve(cwd, explicit) : await findConfig(cwd, host);
    if (!file) return { rules: {}, privateHosts: [] };
    return await loadConfig(file, host);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

/** The envelope around the collected areas: schema version, time, which machine and directory. */
export function factsOf(host: Pick<Host, 'kind' | 'platform'>, cwd: string, areas: Omit<Facts, 'schemaVersion' | 'collectedAt' | 'host'>): Facts {
  return {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    host: { kind: host.kind, platform: host.platform, arch: host.kind === 'local' ? process.arch : 'unknown', cwd },
    ...areas,
  };
}

export interface CommandSpec {
  /** As the report names it: 'doctor', 'hang run' ... */
  command: string;
  facts: Facts;
  rules: readonly AnyRule[];
  config: Pick<GodiagConfig, 'rules'>;
  timings: Record<string, number>;
  /** A function when the sections show what the selection set aside (lint's suppressed findings). */
  sections: ReportSection[] | (() => ReportSection[]);
  summary?: string[];
  /** After the rules, before the report: which findings the command reports (lint: directives, context files). */
  select?: (result: RunResult) => RunResult;
}

/** Rules over the facts, into the model every reporter renders. */
export function reportModel(spec: CommandSpec): ReportModel {
  const ran = runRules(spec.rules, spec.facts, spec.config.rules);
  const result = spec.select ? spec.select(ran) : ran;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'godiag', version: VERSION },
    command: spec.command,
    facts: spec.facts,
    ...result,
    rules: spec.rules.map(summarizeRule),
    timings: spec.timings,
    sections: typeof spec.sections === 'function' ? spec.sections() : spec.sections,
    ...(spec.summary ? { summary: spec.summary } : {}),
  };
}

/** The report flags every diagnosing command takes (COMMON_FLAGS). */
export interface ReportFlags {
  format?: string;
  'fail-on'?: string;
  verbose?: boolean;
  'no-color'?: boolean;
  baseline?: string;
  'update-baseline'?: boolean;
}

/** Render through the reporter map and turn the reported findings into the exit code. */
export async function finish(io: CliIO, model: ReportModel, flags: ReportFlags): Promise<number> {
  const reported: Finding[] = await emit(io, model, flags.format ?? 'text', REPORT_FORMATS, {
    noColor: flags['no-color'], verbose: flags.verbose, baseline: flags.baseline, updateBaseline: flags['update-baseline'],
  });
  return exitCodeFor(reported, parseFailOn(flags['fail-on']));
}

/** reportModel then finish: the whole tail of a command. */
export function runCommand(io: CliIO, spec: CommandSpec, flags: ReportFlags): Promise<number> {
  return finish(io, reportModel(spec), flags);
}
