import { parseArgs, type ParseArgsConfig } from 'node:util';
import { redactDeep } from '../engine/redact.js';
import { visibleDeep } from '../report/escape.js';
import { severityRank, type Finding, type Severity } from '../engine/types.js';
import { REPORTERS, type ReportModel } from '../report/index.js';
import { decideColor } from '../report/style.js';
import { UsageError, type CliIO } from './io.js';

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

/** Redact once, render with the chosen reporter, write to stdout. */
export function emit(io: CliIO, model: ReportModel, format: string, allowed: readonly string[], flags: { noColor?: boolean; verbose?: boolean }) {
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(', ')} (got ${JSON.stringify(format)})`);
  const reporter = REPORTERS[format];
  if (!reporter) throw new UsageError(`unknown format ${format}`);
  // Only the JSON reporter prints facts (lint's run to megabytes): the others skip copying them.
  const redacted = redactDeep(format === 'json' ? model : { ...model, facts: {} });
  // Formats for people (and GitHub's workflow commands) show analysed names and text as visible
  // escapes, cut to a length; JSON and SARIF carry values exactly, escaped by their own syntax.
  const safe = HUMAN_FORMATS.has(format) ? visibleDeep(redacted) : redacted;
  const color = format === 'text' && decideColor(io.env, io.isTTY, !!flags.noColor);
  io.stdout(reporter(safe, { color, verbose: !!flags.verbose, pretty: io.isTTY }));
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
  help: { type: 'boolean', short: 'h', default: false },
} as const;
