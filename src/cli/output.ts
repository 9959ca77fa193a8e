import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { redactDeep } from '../engine/redact.js';
import { visibleDeep } from '../report/escape.js';
import { severityRank, type Finding, type Severity } from '../facts/findings.js';
import { REPORTERS, type ReportModel } from '../report/index.js';
import { decideColor } from '../report/style.js';
import { causeLocation } from '../report/cause-location.js';
import { fingerprints } from '../report/fingerprint.js';
import { sitePath, siteText, type ReportSite } from '../report/site.js';
import { UsageError, type CliIO } from './io.js';
import { findRepoRoot } from './repo-root.js';
import { applyBaseline } from './baseline.js';
import { isHostError, statLocalWhy } from '../collectors/host.js';

export type FailOn = Severity | 'never';

export function parseFailOn(v: string | undefined): FailOn {
  const val = v ?? 'error';
  if (val === 'error' || val === 'warning' || val === 'info' || val === 'never') return val;
  throw new UsageError(`--fail-on must be error, warning, info or never (got ${JSON.stringify(val)})`);
}

export function exitCodeFor(findings: Finding[], failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const bar = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= bar) ? 1 : 0;
}

const HUMAN_FORMATS = new Set(['text', 'markdown', 'github']);

/** The format, when the command offers it: checked before the work, since text output streams. */
export function checkFormat(format: string, allowed: readonly string[]): string {
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')} (got ${JSON.stringify(format)})`);
  return format;
}

export interface EmitFlags {
  noColor?: boolean;
  verbose?: boolean;
  /** --baseline FILE: findings recorded there are not reported and do not fail the run. */
  baseline?: string;
  /** --update-baseline: record the current findings in the baseline file instead. */
  updateBaseline?: boolean;
}

/** Formats read by code hosts: every finding needs a file there, and paths are repository-relative. */
const HOST_FORMATS = new Set(['sarif', 'github']);

/**
 * Redact once, render with the chosen reporter, write to stdout. Returns the findings reported,
 * which decide the exit code (a baseline hides the known ones).
 */
export async function emit(io: CliIO, model: ReportModel, format: string, allowed: readonly string[], flags: EmitFlags): Promise<Finding[]> {
  checkFormat(format, allowed);
  const reporter = REPORTERS[format];
  if (!reporter) throw new UsageError(`unknown format ${format}`);
  if (flags.updateBaseline && !flags.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  const base = typeof model.facts.host === 'object' && model.facts.host && 'cwd' in model.facts.host ? String(model.facts.host.cwd) : io.cwd;
  const site: ReportSite = { base, repoRoot: findRepoRoot(base), ...(io.env.HOME ? { home: io.env.HOME } : {}) };
  const located = redactDeep(model.findings.map((f) => (f.location ? f : { ...f, location: causeLocation(f, model.facts, site) })));
  const fileOf = (f: Finding) => siteText(sitePath(f.location!.file, site));
  const prints = fingerprints(located, fileOf);
  const sections = [...(model.sections ?? [])];
  const keep = flags.baseline ? applyBaseline(io, { file: flags.baseline, update: !!flags.updateBaseline, command: model.command }, located, prints, fileOf, sections) : located.map(() => true);
  const shown = model.findings.filter((_, i) => keep[i]);
  // Only the JSON reporter prints facts (lint's run to megabytes): the others skip copying them.
  const redacted = redactDeep({ ...model, findings: shown, sections, site, facts: format === 'json' ? model.facts : {} });
  if (HOST_FORMATS.has(format)) {
    redacted.findings = located.filter((_, i) => keep[i]);
    redacted.fingerprints = prints.filter((_, i) => keep[i]);
  }
  // Formats for people (and GitHub's workflow commands) show analysed names and text as visible
  // escapes, cut to a length; JSON and SARIF carry values exactly, escaped by their own syntax.
  const safe = HUMAN_FORMATS.has(format) ? visibleDeep(redacted) : redacted;
  const color = format === 'text' && decideColor(io.env, io.isTTY, !!flags.noColor);
  const columns = Number(io.env.COLUMNS);
  const document = reporter(safe, { color, verbose: !!flags.verbose, pretty: io.isTTY, ...(Number.isInteger(columns) && columns > 0 ? { columns } : {}) });
  if (typeof document === 'string') io.stdout(document);
  else for (const piece of document) if (io.stdout(piece) === false) await io.drain?.();
  return shown;
}

/** The project directory a command diagnoses: --cwd must name an existing directory. */
export function projectDir(io: CliIO, value: string | undefined): string {
  const dir = path.resolve(io.cwd, value ?? '.');
  const st = statLocalWhy(dir);
  if (isHostError(st)) throw new UsageError(`--cwd ${JSON.stringify(value ?? dir)}: ${st.code === 'ENOENT' ? 'no such directory' : st.message}`);
  if (!st.isDir) throw new UsageError(`--cwd ${JSON.stringify(value ?? dir)}: not a directory`);
  return dir;
}

/** node:util parseArgs with usage errors instead of TypeErrors. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Flags every reporting subcommand shares. */
export const COMMON_FLAGS = {
  format: { type: 'string', short: 'f', default: 'text' },
  'fail-on': { type: 'string' },
  verbose: { type: 'boolean', short: 'v', default: false },
  config: { type: 'string' },
  cwd: { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean', default: false },
  'no-progress': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Every command that reports findings offers these formats. */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
