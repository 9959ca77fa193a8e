// --baseline FILE: findings recorded in FILE are known and do not fail the run, so a team can adopt
// a gate on an old repository and fail only on new findings (like golangci-lint's new-from-rev).
// --update-baseline writes the current findings to FILE. Findings are matched by fingerprint
// (rule, message, repository-relative file, message data; not line numbers), see fingerprint.ts.
import * as path from 'node:path';
import { isHostError, readCappedText, statLocalWhy } from '../collectors/host.js';
import { writeFile } from '../collectors/host-write.js';
import type { Finding } from '../facts/findings.js';
import type { ReportSection } from '../report/model.js';
import { UsageError, type CliIO } from './io.js';

export const BASELINE_VERSION = 1;

export interface BaselineFile {
  baselineVersion: number;
  tool: 'godiag';
  command: string;
  findings: Array<{ fingerprint: string; ruleId: string; file: string; message: string }>;
}

/** A baseline lists every finding of a large repository once; beyond this it is no baseline. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

export function readBaseline(file: string): Set<string> {
  const st = statLocalWhy(file);
  if (isHostError(st)) throw new UsageError(st.code === 'ENOENT' ? `baseline ${file} does not exist: record one with --update-baseline` : `cannot read baseline ${file}: ${st.message}`);
  const text = st.isFile ? readCappedText(file, MAX_BASELINE_BYTES) : null;
  if (text === null) throw new UsageError(`cannot read baseline ${file}: ${st.isDir ? 'it is a directory' : 'not a readable regular file'}`);
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(text) as Partial<BaselineFile>;
  } catch (e) {
    throw new UsageError(`baseline ${file} is not JSON: ${(e as Error).message}`);
  }
  if (doc.baselineVersion !== BASELINE_VERSION || !Array.isArray(doc.findings) || doc.findings.some((f) => typeof f?.fingerprint !== 'string')) {
    throw new UsageError(`baseline ${file} is not a godiag baseline (version ${BASELINE_VERSION} with a findings list)`);
  }
  return new Set(doc.findings.map((f) => f.fingerprint));
}

export function writeBaseline(file: string, command: string, entries: Array<{ finding: Finding; fingerprint: string; file: string }>): void {
  const doc: BaselineFile = {
    baselineVersion: BASELINE_VERSION,
    tool: 'godiag',
    command,
    findings: entries.map((e) => ({ fingerprint: e.fingerprint, ruleId: e.finding.ruleId, file: e.file, message: e.finding.message })),
  };
  try {
    writeFile(file, JSON.stringify(doc, null, 2) + '\n');
  } catch (e) {
    throw new UsageError(`cannot write baseline ${file}: ${(e as Error).message}`);
  }
}

/**
 * Record the findings (--update-baseline) or compare them with the baseline: which to report
 * (true) and a section saying how many known ones were left out.
 */
export function applyBaseline(io: CliIO, opts: { file: string; update: boolean; command: string }, findings: Finding[], prints: string[], fileOf: (f: Finding) => string, sections: ReportSection[]): boolean[] {
  const file = path.resolve(io.cwd, opts.file);
  if (opts.update) {
    writeBaseline(file, opts.command, findings.map((f, i) => ({ finding: f, fingerprint: prints[i]!, file: fileOf(f) })));
    io.stderr(`godiag: recorded ${findings.length} finding(s) in baseline ${opts.file}\n`);
    return findings.map(() => true);
  }
  const known = readBaseline(file);
  const keep = prints.map((p) => !known.has(p));
  const hidden = keep.filter((k) => !k).length;
  sections.push({ title: 'Baseline', lines: [`${hidden} known finding(s) recorded in ${opts.file} are not reported; ${findings.length - hidden} new`] });
  return keep;
}
