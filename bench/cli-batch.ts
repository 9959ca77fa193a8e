// Run the built CLI (dist/godiag.js) over a batch of fuzz cases written to disk, as a user would:
// the fuzzers check what reaches the process boundary (exit code, stderr, JSON, control bytes),
// not only the in-process pipeline. Build first: npm run build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(process.cwd(), 'dist', 'godiag.js');

export interface CliBatch { code: number | null; stdout: string; stderr: string; ms: number; problems: string[] }

/** Control bytes other than newline and tab: never in any output. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** One CLI run with --format json; a problem is anything but exit 0/1 with clean JSON and an empty stderr. */
export function runCliBatch(args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs?: number }): CliBatch & { json: unknown } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args, '--format', 'json'], { cwd: opts.cwd, env: opts.env, encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000, maxBuffer: 1 << 30, killSignal: 'SIGKILL' });
  const ms = performance.now() - start;
  const problems: string[] = [];
  if (r.error) problems.push(`did not finish: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) problems.push(`exit ${r.status ?? r.signal}`);
  if (r.stderr.trim()) problems.push(`stderr: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  const bad = CONTROL.exec(r.stdout ?? '');
  if (bad) problems.push(`raw control byte U+${bad[0].charCodeAt(0).toString(16)} in stdout`);
  let json: unknown = null;
  try { json = JSON.parse(r.stdout); } catch (e) { problems.push(`stdout is not JSON: ${(e as Error).message}`); }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms, problems, json };
}

/** Rules that threw on a case: the engine reports them as skipped with "rule failed". */
export function failedRules(json: unknown): string[] {
  const skipped = (json as { skipped?: { ruleId: string; reason: string }[] } | null)?.skipped ?? [];
  return skipped.filter((s) => s.reason.startsWith('rule failed')).map((s) => `${s.ruleId}: ${s.reason}`);
}

export interface CliFuzzResult { cases: number; runs: number; failures: string[]; /** Cases refused as usage errors, as they should be (lint: a directive naming no rule). */ refused?: number; slowestRun: { ms: number; cases: number; first: number }; ms: number }

/**
 * lint's usage error for a rule id no rule has, in a directive of the input (exit 2, one line):
 * the right answer to the cases it names, as `(cNNN/path:line)`.
 */
const UNKNOWN_RULE_ID = /^godiag lint: unknown rule ids? \(godiag rules lists them\): (.+)$/;

/** The case directories an unknown-rule-id usage error names; null when the answer is anything else. */
export function refusedCases(r: CliBatch): string[] | null {
  const m = r.code === 2 ? UNKNOWN_RULE_ID.exec(r.stderr.trim()) : null;
  if (!m || r.stdout.trim()) return null;
  const dirs = [...m[1]!.matchAll(/\(([^()/]+)\/[^()]*:\d+\)/g)].map((x) => x[1]!);
  return dirs.length ? [...new Set(dirs)] : null;
}

export function report(name: string, r: CliFuzzResult) {
  console.log(`${name} (CLI): ${r.cases} cases in ${r.runs} runs of dist/godiag.js, ${r.failures.length} failures, ${r.refused === undefined ? '' : `${r.refused} refused as usage errors (a directive naming no rule), `}slowest run ${r.slowestRun.ms.toFixed(0)} ms for ${r.slowestRun.cases} cases (from #${r.slowestRun.first}), ${(r.ms / 1000).toFixed(1)} s`);
  for (const f of r.failures.slice(0, 20)) console.log('  ' + f);
}

/**
 * Cases first..first+cases in batches: `write` puts a batch into a fresh directory, the CLI runs
 * there with `args`, and `check` lists what is wrong with its answer; the directory is removed.
 */
export function runBatches<W>(o: {
  cases: number; batch: number; from?: number; prefix: string; args: (dir: string) => string[];
  write: (dir: string, first: number, n: number) => W; check: (r: CliBatch & { json: unknown }, written: W, dir: string) => string[]; label: (first: number, n: number, written: W) => string;
}): CliFuzzResult {
  const from = o.from ?? 0;
  const res: CliFuzzResult = { cases: 0, runs: 0, failures: [], refused: 0, slowestRun: { ms: 0, cases: 0, first: from }, ms: 0 };
  const t0 = performance.now();
  for (let first = from; first < from + o.cases; first += o.batch) {
    const n = Math.min(o.batch, from + o.cases - first);
    const dir = mkdtempSync(join(tmpdir(), `${o.prefix}-`));
    try {
      const written = o.write(dir, first, n);
      const run = () => runCliBatch(o.args(dir), { cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: dir, NO_COLOR: '1' } });
      let r = run();
      // A case whose mutation left a directive naming no rule is rightly refused (exit 2): count
      // it, take it out of the batch, and run the rest again.
      for (let dirs = refusedCases(r); dirs; dirs = refusedCases(r)) {
        for (const d of dirs) rmSync(join(dir, d), { recursive: true, force: true });
        res.refused = (res.refused ?? 0) + dirs.length;
        r = run();
      }
      for (const p of [...r.problems, ...failedRules(r.json), ...(r.json ? o.check(r, written, dir) : [])]) res.failures.push(`${o.label(first, n, written)}: ${p}`);
      if (r.ms > res.slowestRun.ms) res.slowestRun = { ms: r.ms, cases: n, first };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    res.cases += n;
    res.runs++;
  }
  res.ms = performance.now() - t0;
  return res;
}
