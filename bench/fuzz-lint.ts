// Fuzz the lint pipeline (file analyzers + every lint rule) with mutated real files and
// generated garbage: nothing may throw, no rule may fail, no case may take long.
// Usage: npx tsx bench/fuzz-lint.ts [cases=10000] [seed=1] [--cli]
// In-process it runs in a worker thread so a hang (a runaway regex, an endless loop) is caught by
// a watchdog. With --cli the cases are written to disk in batches and linted by the built CLI
// (npm run build first): exit code, stderr, JSON and the file list are checked at the boundary.
import { manifestByName } from '../src/analyzers/manifests/index.js';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { report, runBatches, type CliFuzzResult } from './cli-batch.js';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { analyzeFiles, kindOf, type FileInput } from '../src/analyzers/files/analyze.js';
import { loadYamlRecovering } from '../src/analyzers/ci/yaml-recover.js';
import { runRules } from '../src/engine/run.js';
import { applyDirectives } from '../src/engine/ignores.js';
import { rulesIn } from '../src/rules/index.js';
import { SCHEMA_VERSION, type Facts } from '../src/facts/schema.js';
import { rng } from './rng.js';


function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Seed texts: every fixture file, keyed by the path that selects its analyzer. */
export function seeds(): FileInput[] {
  const out: FileInput[] = [];
  // test/fixtures/files/{ok,err}/<case>/<path> (the real-world corpus is not committed: see bench/accuracy.ts)
  for (const [dir, depth] of [['test/fixtures/files', 2]] as const) {
    for (const p of walk(dir)) {
      const path = relative(dir, p).split('/').slice(depth).join('/');
      if (kindOf(path)) out.push({ path, text: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

const TOKENS = ['\\', '\\\n', '${{ matrix.go }}', '$(GO)', '${', '"', "'", ':', ': |', '- ', '\t', '#', '# godiag ignore=GD601 --', '// godiag severity GD752=off', 'FROM ', 'RUN go build', 'COPY --from=', '<<EOF\n', 'go 1.', 'toolchain go', 'replace a => ../b', '=>', '(', ')', '[', ']', '{', '}', '&', '*a', '&a ', '<<: *a', '\u0000', '\uFEFF', '🙂', '\r\n', 'go-version: 1.20', 'GOOS=linux ', 'export ', 'define X', 'endef', 'ENV GOPROXY=', '@latest', ' -u ./...'];
const PATHS = ['Dockerfile', 'x.Dockerfile', '.github/workflows/ci.yml', '.gitlab-ci.yml', 'Makefile', 'build.mk', 'go.mod', 'go.work', 'tools.go', '.golangci.yml'];

export function mutate(text: string, r: () => number, tokens: readonly string[] = TOKENS): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  let t = text;
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (t.length + 1));
    switch (Math.floor(r() * 7)) {
      case 0: t = t.slice(0, at) + pick(tokens) + t.slice(at); break;
      case 1: t = t.slice(0, at) + t.slice(at + Math.floor(r() * 40)); break;
      case 2: t = t.slice(0, at); break;
      case 3: { const lines = t.split('\n'); const a = Math.floor(r() * lines.length); const b = Math.floor(r() * lines.length); [lines[a], lines[b]] = [lines[b]!, lines[a]!]; t = lines.join('\n'); break; }
      case 4: t = t.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + t.slice(at + 1); break;
      case 5: t = t.slice(0, at) + pick(tokens).repeat(1 + Math.floor(r() * 2000)) + t.slice(at); break;
      default: t = t.slice(0, at) + t.slice(Math.floor(r() * t.length)); break;
    }
  }
  return t;
}

export interface FuzzResult { cases: number; failures: string[]; slowest: { ms: number; index: number } }

const RULES = rulesIn(['dockerfile', 'ci', 'gomod']);

/** Case i: a mutated seed under its own or a random analyzer's path, sometimes with a go.mod partner. */
export function fuzzCase(i: number, seed: number, pool: FileInput[]): FileInput[] {
  const r = rng(seed * 1_000_003 + i);
  const base = pool[Math.floor(r() * pool.length)]!;
  const path = r() < 0.7 ? base.path : PATHS[Math.floor(r() * PATHS.length)]!;
  const inputs: FileInput[] = [{ path, text: mutate(base.text, r) }];
  if (r() < 0.5) inputs.push({ path: 'go.mod', text: mutate('module m\n\ngo 1.23.0\ntoolchain go1.22.0\nreplace a => ../a\n', r) });
  return inputs;
}

export function runCase(inputs: FileInput[]): string | null {
  // CI files the strict YAML parser rejects go through the recovering one too, as in `godiag lint`.
  const files = analyzeFiles('/fuzz', inputs, loadYamlRecovering);
  files.installedGo = { version: 'go1.26.0', error: null };
  const facts = { schemaVersion: SCHEMA_VERSION, collectedAt: '', host: { kind: 'recorded', platform: 'linux', arch: 'x64', cwd: '/fuzz' }, files: { ok: true, value: files } } as Facts;
  const res = runRules(RULES, facts);
  const failed = res.skipped.filter((s) => s.reason.startsWith('rule failed'));
  if (failed.length) return failed.map((s) => `${s.ruleId}: ${s.reason}`).join('; ');
  applyDirectives(res.findings, files.directives);
  JSON.stringify(res.findings);
  return null;
}

/** Run cases in this thread (used by the CI slice test). */
export function fuzz(cases: number, seed: number, from = 0): FuzzResult {
  const pool = seeds();
  const failures: string[] = [];
  let slowest = { ms: 0, index: -1 };
  for (let i = from; i < from + cases; i++) {
    const inputs = fuzzCase(i, seed, pool);
    const t0 = performance.now();
    let err: string | null;
    try {
      err = runCase(inputs);
    } catch (e) {
      err = `threw: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`;
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, index: i };
    if (err) failures.push(`case ${i} (${inputs.map((x) => x.path).join(', ')}): ${err}`);
    if (parentPort && i % 100 === 0) parentPort.postMessage({ progress: i });
  }
  return { cases, failures, slowest };
}

/** Cases from..from+cases through `godiag lint`, `batch` case directories per run. */
export function fuzzCli(cases: number, seed: number, batch = 250, from = 0): CliFuzzResult {
  const pool = seeds();
  return runBatches({
    cases, batch, from, prefix: 'godiag-fuzz-lint',
    args: () => ['lint', '--go-version', '1.26.0'],
    write(dir, first, n) {
      const written = new Set<string>();
      for (let i = first; i < first + n; i++) {
        for (const input of fuzzCase(i, seed, pool)) {
          const p = join(dir, `c${i}`, input.path);
          mkdirSync(dirname(p), { recursive: true });
          writeFileSync(p, input.text);
          written.add(`c${i}/${input.path}`);
        }
      }
      return written;
    },
    // Every file written is either analysed or listed with the reason it was not: none is passed over in silence.
    check(r, written, dir) {
      const listed = new Set(((r.json as { facts?: { files?: { value?: { files?: { path: string }[] } } } }).facts?.files?.value?.files ?? []).map((f) => f.path));
      // A YAML file known only by its content (a Kubernetes manifest) is no lint input once the
      // mutation has made it something else; compose files and Helm values are known by name.
      // A case refused as a usage error was taken out of the batch.
      const unlisted = [...written].filter((w) => existsSync(join(dir, w)) && !listed.has(w) && (!/\.ya?ml$/i.test(w) || manifestByName(w) || /(^|\/)(\.github\/workflows\/|\.gitlab|\.golangci)/.test(w)));
      return unlisted.length ? [`${unlisted.length} files neither analysed nor listed: ${unlisted.slice(0, 3).join(', ')}`] : [];
    },
    label: (first, n) => `cases ${first}-${first + n - 1} (seed ${seed})`,
  });
}

async function main() {
  const cases = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  if (process.argv.includes('--cli')) {
    const r = fuzzCli(cases, seed);
    report('fuzz-lint', r);
    if (r.failures.length) process.exitCode = 1;
    return;
  }
  const start = performance.now();
  // Workers do not inherit tsx's loader: register it in the worker, then load this file there.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `(async () => { const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(import.meta.url)}); })()`;
  const worker = new Worker(boot, { eval: true, workerData: { cases, seed } });
  let last = { at: performance.now(), progress: -1 };
  let hung = false;
  const watchdog = setInterval(() => {
    // Loading the modules in the worker can take a while on a busy machine: 2 min before case 0.
    const limit = last.progress < 0 ? 120_000 : 10_000;
    if (performance.now() - last.at > limit && !hung) {
      hung = true;
      console.error(`HANG: no progress for ${limit / 1000} s after case ${last.progress} (seed ${seed}); rerun from there to isolate`);
      void worker.terminate();
      process.exitCode = 1;
    }
  }, 1000);
  worker.on('message', (m: { progress?: number; result?: FuzzResult }) => {
    last = { at: performance.now(), progress: m.progress ?? last.progress };
    if (!m.result) return;
    const { failures, slowest } = m.result;
    const secs = (performance.now() - start) / 1000;
    console.log(`fuzz-lint: ${cases} cases, seed ${seed}: ${failures.length} failures, slowest case ${slowest.ms.toFixed(1)} ms (#${slowest.index}), ${secs.toFixed(1)} s`);
    for (const f of failures.slice(0, 20)) console.log('  ' + f);
    if (failures.length) process.exitCode = 1;
  });
  worker.on('error', (e) => { console.error('worker crashed:', e); process.exitCode = 1; });
  worker.on('exit', () => clearInterval(watchdog));
}

if (!isMainThread && workerData) {
  const { cases, seed } = workerData as { cases: number; seed: number };
  parentPort!.postMessage({ result: fuzz(cases, seed) });
} else if (isMainThread && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
