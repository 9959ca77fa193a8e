// Benchmark `godiag lint`: files per second over a tree of real files (the lintable files of the
// corpus manifest's modules, downloaded through the module proxy, and the fixtures, copied N times), in-process and through the built CLI, side by side with anchors:
//   - `go mod edit -json` per go.mod (Go's own go.mod parser, one process per file),
//   - `cat` of every file (the I/O floor).
// Usage: npx tsx bench/lint.ts [copies=5] [BEFORE]   (npm run build first for the CLI figure; BEFORE:
// another checkout with a build, its CLI measured in the same rotation as this one)
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { LocalHost } from '../src/collectors/host.js';
import { discoverFiles } from '../src/collectors/files/discover.js';
import { runRules } from '../src/engine/run.js';
import { applyDirectives } from '../src/engine/ignores.js';
import { rulesIn } from '../src/rules/index.js';
import { SCHEMA_VERSION, type Facts } from '../src/facts/schema.js';
import { kindOf } from '../src/analyzers/files/analyze.js';
import { loadManifest, materialise } from '../test/helpers/corpus.js';
import { beforeAfter, childrenCpuMs, timeCommand } from './lib.js';

const copies = Number(process.argv[2] ?? 5);
const tree = mkdtempSync(join(tmpdir(), 'godiag-bench-lint-'));
const corpus = await materialise(loadManifest().modules);
if (corpus.error) console.error(`corpus incomplete (module proxy): ${corpus.error}`);
/** The corpus files lint reads, relative to their module directory. */
const corpusFiles = [...corpus.dirs.entries()].flatMap(([key, dir]) =>
  walk(dir).map((abs) => abs.slice(dir.length + 1)).filter((rel) => kindOf(rel)).map((rel) => ({ from: join(dir, rel), to: join(key.replace(/[@/]/g, '_'), rel) })));
for (let i = 0; i < copies; i++) {
  for (const f of corpusFiles) {
    const to = join(tree, `c${i}`, 'corpus', f.to);
    mkdirSync(join(to, '..'), { recursive: true });
    cpSync(f.from, to);
  }
  cpSync('test/fixtures/files', join(tree, `c${i}`, 'files'), { recursive: true });
}
const host = new LocalHost(process.env);
const rules = rulesIn(['dockerfile', 'ci', 'gomod']);

async function inProcess(): Promise<{ ms: number; cpuMs: number; files: number; findings: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const files = await discoverFiles(host, { root: tree, paths: [tree], goVersion: 'go1.26.0' });
  const facts = { schemaVersion: SCHEMA_VERSION, collectedAt: '', host: { kind: 'local', platform: 'linux', arch: 'x64', cwd: tree }, files: { ok: true, value: files } } as Facts;
  const r = runRules(rules, facts);
  const kept = applyDirectives(r.findings, files.directives).findings;
  JSON.stringify(kept);
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, files: files.files.length, findings: kept.length };
}

function runCli(): { ms: number; cpuMs: number | null } {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['dist/godiag.js', 'lint', '--cwd', tree, '--format', 'json', '--go-version', '1.26.0', '--fail-on', 'never'], { maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr}`);
  const c1 = childrenCpuMs();
  return { ms, cpuMs: c0 === null || c1 === null ? null : c1 - c0 };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

try {
  await inProcess(); // warm up the JIT and the page cache
  const runs = [await inProcess(), await inProcess(), await inProcess()];
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const fps = (best.files / best.ms) * 1000;
  const cpuFps = (best.files / best.cpuMs) * 1000;
  const [load] = (await import('node:os')).loadavg();
  console.log(`machine: ${(await import('node:os')).cpus().length} CPUs, load average ${load!.toFixed(1)} (other work competes for the CPUs)`);
  console.log(`lint in-process: ${best.files} files, ${best.findings} findings in ${best.ms.toFixed(0)} ms wall = ${fps.toFixed(0)} files/s; ${best.cpuMs.toFixed(0)} ms CPU = ${cpuFps.toFixed(0)} files per CPU-second (best of 3)`);

  let cliFps: number | null = null;
  if (existsSync('dist/godiag.js')) {
    const cli = [runCli(), runCli(), runCli()].reduce((a, b) => (a.ms < b.ms ? a : b));
    cliFps = (best.files / cli.ms) * 1000;
    const cpu = cli.cpuMs === null ? '' : `; ${cli.cpuMs.toFixed(0)} ms CPU = ${((best.files / cli.cpuMs) * 1000).toFixed(0)} files per CPU-second`;
    console.log(`lint CLI --format json (node startup included): ${cli.ms.toFixed(0)} ms wall = ${cliFps.toFixed(0)} files/s${cpu} (best of 3)`);
  }

  const all = walk(tree);
  const t1 = performance.now();
  for (let i = 0; i < all.length; i += 500) execFileSync('cat', all.slice(i, i + 500), { maxBuffer: 1 << 30 });
  const catMs = performance.now() - t1;
  console.log(`anchor cat of all ${all.length} files: ${catMs.toFixed(0)} ms`);

  const mods = all.filter((p) => p.endsWith('/go.mod')).slice(0, 40);
  const t2 = performance.now();
  for (const m of mods) spawnSync('go', ['mod', 'edit', '-json', m], { env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' } });
  const goMs = (performance.now() - t2) / mods.length;
  const ourMs = best.ms / best.files;
  console.log(`anchor go mod edit -json: ${goMs.toFixed(1)} ms per go.mod; godiag lint: ${ourMs.toFixed(2)} ms per file (all rules)`);
  console.log(`ratio: godiag lint is ${(goMs / ourMs).toFixed(0)}x faster per file than one \`go mod edit -json\`, ${(best.ms / catMs).toFixed(1)}x the time of cat-ing the same files`);
  const before = process.argv[3];
  if (before) {
    const lint = (cli: string) => () => timeCommand(process.execPath, [cli, 'lint', '--cwd', tree, '--format', 'json', '--go-version', '1.26.0', '--fail-on', 'never'], { ...process.env, NO_COLOR: '1' });
    beforeAfter(`lint CLI on ${all.length} files: ${before} (before) vs this checkout (after), anchor cat of the same files`, lint(`${before}/dist/godiag.js`), lint('dist/godiag.js'), () => timeCommand('sh', ['-c', 'find "$1" -type f -exec cat {} + >/dev/null', 'sh', tree]), 7);
  }
  console.log(`target >= 2000 files/s: wall ${fps >= 2000 ? 'met' : 'NOT met'} (${fps.toFixed(0)}), per CPU-second ${cpuFps >= 2000 ? 'met' : 'NOT met'} (${cpuFps.toFixed(0)})${cliFps ? `; CLI wall ${cliFps >= 2000 ? 'met' : 'NOT met'} (${cliFps.toFixed(0)})` : ''}`);
} finally {
  rmSync(tree, { recursive: true, force: true });
}
