import * as path from 'node:path';
import { LocalHost } from '../../facts/host.js';
import { runCollectors, type CollectOptions } from '../../facts/collector.js';
import { DOCTOR_COLLECTORS } from '../../facts/collectors/index.js';
import { SCHEMA_VERSION, type Facts } from '../../facts/schema.js';
import { runRules } from '../../engine/run.js';
import { findConfig, loadConfig, ConfigError, type GodiagConfig } from '../../engine/config.js';
import { rulesIn } from '../../rules/index.js';
import { summarizeRule, type ReportModel } from '../../report/model.js';
import type { Category } from '../../engine/types.js';
import { COMMON_FLAGS, emit, exitCodeFor, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { doctorSections } from '../doctor-sections.js';

const HELP = `usage: godiag doctor [flags]

Diagnose Go on this machine: every go on PATH, where each Go setting comes from,
and what is wrong. Makes no network request and downloads nothing.

flags:
  -f, --format text|json|markdown|sarif   output format (default text)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
  -v, --verbose                           evidence, sources, skipped rules and timings
      --config FILE                       .godiag.yaml/.json (default: looked up from --cwd upward)
      --cwd DIR                           the project directory to diagnose (default: current)
      --timeout SECONDS                   limit for each command godiag runs (default 8)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
`;

export const DOCTOR_AREAS: Category[] = ['toolchain', 'settings', 'shell', 'system', 'modules'];

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

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { ...COMMON_FLAGS, timeout: { type: 'string' } }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const failOn = parseFailOn(values['fail-on']);
  const cwd = path.resolve(io.cwd, values.cwd ?? '.');
  const config = await loadUserConfig(values.config, cwd);
  const timeoutMs = parseTimeout(values.timeout);
  const opts: CollectOptions = { cwd, privateHosts: config.privateHosts, ...(timeoutMs ? { timeoutMs } : {}) };
  const host = new LocalHost(io.env);
  const { facts: partial, timings } = await runCollectors(DOCTOR_COLLECTORS, host, opts);
  const facts: Facts = {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    host: { kind: 'local', platform: process.platform, arch: process.arch, cwd },
    ...partial,
  };
  const rules = rulesIn(DOCTOR_AREAS);
  const result = runRules(rules, facts, config.rules);
  const model: ReportModel = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'godiag', version: VERSION },
    command: 'doctor',
    facts,
    ...result,
    rules: rules.map(summarizeRule),
    timings,
    sections: doctorSections(facts, values.format ?? 'text'),
  };
  emit(io, model, values.format ?? 'text', ['text', 'json', 'markdown', 'sarif'], { noColor: values['no-color'], verbose: values.verbose });
  return exitCodeFor(result.findings, failOn);
}

function parseTimeout(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 3600) throw new UsageError(`--timeout must be a number of seconds between 0 and 3600 (got ${JSON.stringify(v)})`);
  return Math.round(n * 1000);
}
