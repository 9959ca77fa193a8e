// Fuzz shell startup files and the go env file through the built CLI: mutated real dotfiles
// (bash, sh, zsh, fish), systemd environment.d files and go env files in a scratch HOME, analysed
// by `godiag shell` (which also runs the real `go env -json` on the go env file). Nothing may
// crash, print to stderr, emit a raw control byte, or fail a rule.
// Usage: npx tsx bench/fuzz-startup.ts [cases=10000] [seed=1]   (npm run build first)
// Each run carries SH_CASES sourced sh files, FISH_CASES fish conf.d files, ENVD_CASES
// environment.d files and one go env file: one HOME per run, so cases = files.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate } from './fuzz-lint.js';
import { failedRules, report, runCliBatch, type CliFuzzResult } from './cli-batch.js';
import { parseEnvFile } from '../src/collectors/env-file.js';
import { rng } from './rng.js';

const SH_CASES = 20;
const FISH_CASES = 10;
const ENVD_CASES = 5;
export const CASES_PER_RUN = SH_CASES + FISH_CASES + ENVD_CASES + 1;

const SHELL_TOKENS = ['\\', '\\\n', '$(', ')', '${', '}', '"', "'", '`', ';', '&&', '||', '|', '&', '\n', '#', 'export ', 'PATH=$PATH:', 'GOPATH=', '. ', 'source ', 'if [ -d x ]; then\n', 'fi\n', 'case $- in *i*) ;; esac\n', 'for d in a b; do\n', 'done\n', 'eval "$(goenv init -)"\n', 'set -gx GOPATH ', 'fish_add_path ', 'end\n', 'function f\n', '<<EOF\n', 'EOF\n', '\u0000', '\uFEFF', '\u001b[2J', '\r\n', '🙂', 'exit', 'return', '$((1+', '[[ ', ' ]]', '~/', '/dev/zero', '$HOME/go/bin'];
const GOENV_SEED = 'GOPROXY=https://proxy.golang.org,direct\nGOPRIVATE=git.corp.example.com\nGOFLAGS=-mod=mod\nGOTOOLCHAIN=local\nGOSUMDB=sum.golang.org\nCGO_ENABLED=0\n';
const GOENV_TOKENS = ['=', '\n', '\r\n', ' ', '"', "'", '#', 'GOPROXY=', 'GOFLAGS=-', 'GOOS=', 'GOARCH=', 'GOTOOLCHAIN=go1.99', 'GOROOT=/nope', 'GOPATH=~/go', 'GO111MODULE=', '\u0000', '\u001b]0;x\u0007', 'lower=1', 'GOENV=x', 'https://u:p@h'];
const ENVD_SEED = 'GOPATH=${HOME}/go\nPATH=${PATH}:/usr/local/go/bin:${HOME}/go/bin\nGOPROXY=https://proxy.golang.org\n';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Real startup files (test/fixtures/dotfiles), split by dialect. */
export function startupSeeds(): { sh: string[]; fish: string[] } {
  const files = walk('test/fixtures/dotfiles').filter((f) => !f.endsWith('README.md') && !f.endsWith('fish_variables'));
  const text = (f: string) => readFileSync(f, 'utf8');
  return { sh: files.filter((f) => !f.endsWith('.fish')).map(text), fish: files.filter((f) => f.endsWith('.fish')).map(text) };
}

/** The files of run `run`: paths relative to HOME, and the go env file's text. */
export function runFiles(run: number, seed: number, pool: { sh: string[]; fish: string[] }): { files: Record<string, string>; goenv: string } {
  const r = rng(seed * 1_000_003 + run);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const files: Record<string, string> = {};
  const sources: string[] = [];
  for (let i = 0; i < SH_CASES; i++) {
    files[`.c/c${i}.sh`] = mutate(pick(pool.sh), r, SHELL_TOKENS);
    sources.push(`. ~/.c/c${i}.sh`);
  }
  // Login bash reads this (and sh the first few): each case is sourced in turn. Every context
  // that reads a file evaluates it again, so each case is read by few contexts to keep runs short.
  files['.bash_profile'] = sources.join('\n') + '\n';
  files['.profile'] = sources.slice(0, 3).join('\n') + '\n';
  for (let i = 0; i < FISH_CASES; i++) files[`.config/fish/conf.d/c${i}.fish`] = mutate(pick(pool.fish), r, SHELL_TOKENS);
  for (let i = 0; i < ENVD_CASES; i++) files[`.config/environment.d/c${i}.conf`] = mutate(ENVD_SEED, r, GOENV_TOKENS);
  return { files, goenv: mutate(GOENV_SEED, r, GOENV_TOKENS) };
}

/** `runs` scratch HOMEs through `godiag shell`. */
export function fuzzCli(runs: number, seed: number, from = 0): CliFuzzResult & { goenvCases: number } {
  const pool = startupSeeds();
  const res = { cases: 0, runs: 0, failures: [] as string[], slowestRun: { ms: 0, cases: 0, first: 0 }, ms: 0, goenvCases: 0 };
  const t0 = performance.now();
  for (let run = from; run < from + runs; run++) {
    const home = mkdtempSync(join(tmpdir(), 'godiag-fuzz-home-'));
    try {
      const { files, goenv } = runFiles(run, seed, pool);
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(home, rel)), { recursive: true });
        writeFileSync(join(home, rel), text);
      }
      writeFileSync(join(home, 'goenv'), goenv);
      const env = { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: home, USER: 'godiag-fuzz', SHELL: '/bin/bash', GOENV: join(home, 'goenv'), NO_COLOR: '1' };
      const r = runCliBatch(['shell'], { cwd: home, env });
      const problems = [...r.problems, ...failedRules(r.json)];
      // The go env file must have been read (or its failure said): never silently absent.
      const goenvFacts = (r.json as { facts?: { goenv?: { ok: boolean; value?: { userFile?: { exists?: boolean } } } } } | null)?.facts?.goenv;
      if (r.json && !(goenvFacts && (!goenvFacts.ok || goenvFacts.value?.userFile?.exists))) problems.push('the go env file was not read and no reason was given');
      for (const p of problems) res.failures.push(`run ${run} (seed ${seed}): ${p}`);
      if (r.ms > res.slowestRun.ms) res.slowestRun = { ms: r.ms, cases: CASES_PER_RUN, first: run };
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
    res.cases += CASES_PER_RUN;
    res.goenvCases++;
    res.runs++;
  }
  res.ms = performance.now() - t0;
  return res;
}

/** The go env parser alone, many more cases than runs allow: must not throw, and must keep every line accounted for. */
export function fuzzGoEnvParser(cases: number, seed: number): { cases: number; failures: string[]; slowestMs: number } {
  const failures: string[] = [];
  let slowestMs = 0;
  for (let i = 0; i < cases; i++) {
    const text = mutate(GOENV_SEED, rng(seed * 7919 + i), GOENV_TOKENS);
    const t0 = performance.now();
    try {
      const f = parseEnvFile(text, '/fuzz/goenv');
      // Every line that is neither blank nor a comment is a setting or a reported ignored line.
      const lines = text.split('\n');
      if (lines.at(-1) === '') lines.pop();
      const relevant = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).length;
      const ignored = f.problems.filter((p) => p.problem.endsWith('Go ignores this line')).length;
      if (f.entries.length + ignored !== relevant) failures.push(`case ${i}: ${relevant} lines, ${f.entries.length} settings and ${ignored} ignored lines reported`);
    } catch (e) {
      failures.push(`case ${i}: threw ${(e as Error).message}`);
    }
    slowestMs = Math.max(slowestMs, performance.now() - t0);
  }
  return { cases, failures, slowestMs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cases = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 1);
  const r = fuzzCli(Math.ceil(cases / CASES_PER_RUN), seed);
  report('fuzz-startup', r);
  console.log(`  of which go env files through the CLI (one per run, read by godiag and by go env -json): ${r.goenvCases}`);
  const p = fuzzGoEnvParser(cases, seed);
  console.log(`fuzz-startup go env parser (in-process): ${p.cases} cases, ${p.failures.length} failures, slowest ${p.slowestMs.toFixed(2)} ms`);
  for (const f of p.failures.slice(0, 10)) console.log('  ' + f);
  process.exitCode = r.failures.length || p.failures.length ? 1 : 0;
}
