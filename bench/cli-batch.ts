// Run the built CLI (dist/godiag.js) over a batch of fuzz cases written to disk, as a user would:
// the fuzzers check what reaches the process boundary (exit code, stderr, JSON, control bytes),
// not only the in-process pipeline. Build first: npm run build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

export interface CliFuzzResult { cases: number; runs: number; failures: string[]; slowestRun: { ms: number; cases: number; first: number }; ms: number }

export function report(name: string, r: CliFuzzResult) {
  console.log(`${name} (CLI): ${r.cases} cases in ${r.runs} runs of dist/godiag.js, ${r.failures.length} failures, slowest run ${r.slowestRun.ms.toFixed(0)} ms for ${r.slowestRun.cases} cases (from #${r.slowestRun.first}), ${(r.ms / 1000).toFixed(1)} s`);
  for (const f of r.failures.slice(0, 20)) console.log('  ' + f);
}
