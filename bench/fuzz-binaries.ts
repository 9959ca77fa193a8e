// Fuzz the binary readers: bit flips, truncations, header field blow-ups and splices over real
// binaries of every format. Any error other than "not a binary" / "corrupt" is a bug, as is a
// slow case or growing memory. Usage: npx tsx bench/fuzz-binaries.ts [cases=100000] [seed=1] [--cli]
// With --cli the mutated files are written to disk in batches and inspected by the built CLI.
import { promises as fs, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { report, runBatches, type CliFuzzResult } from './cli-batch.js';
import { inspectBuffer, NotABinaryError } from '../src/analyzers/binary/index.js';
import { FormatError } from '../src/analyzers/binary/source.js';
import { buildMatrix, MATRIX } from '../test/helpers/go-matrix.js';
import { rng } from './rng.js';

/** Seeds: one real binary per format, class and byte order. */
export const SEED_NAMES = ['linux-amd64-cgo', 'linux-386', 'linux-ppc64', 'linux-arm-v6', 'darwin-arm64', 'windows-386', 'windows-amd64', 'aix-ppc64', 'linux-amd64-c-shared'];

export interface FuzzResult { cases: number; errors: { seed: string; mutation: string; error: string }[]; slowest: { ms: number; what: string }; peakRssMB: number; baseRssMB: number; ms: number }


const BLOWUPS = [0, 1, 0xff, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff];

export async function loadSeeds(): Promise<{ name: string; buf: Buffer }[]> {
  // Only the seeds: on a cold build cache the whole matrix takes minutes, and the matrix test
  // may be building it at the same moment in another process.
  const built = await buildMatrix(MATRIX.filter((e) => SEED_NAMES.includes(e.name)));
  const out = [];
  for (const name of SEED_NAMES) {
    const file = built.find((b) => b.entry.name === name)?.file;
    if (file) out.push({ name, buf: await fs.readFile(file) });
  }
  return out;
}

/** One mutation of buf, applied in place: `view` is what to read, `undo` restores buf. */
export function mutateBinary(buf: Buffer, rand: () => number): { view: Buffer; what: string; undo: () => void } {
  const int = (n: number) => Math.floor(rand() * n);
  // Headers and tables live near the start (and, for ELF section headers, the end).
  const hot = () => (rand() < 0.7 ? int(Math.min(buf.length, 8192)) : rand() < 0.5 ? buf.length - 1 - int(Math.min(buf.length, 8192)) : int(buf.length));
  const kind = int(4);
  const saved: [number, number][] = [];
  const poke = (o: number, v: number) => {
    if (o < 0 || o >= buf.length) return;
    saved.push([o, buf[o]!]);
    buf[o] = v & 0xff;
  };
  let view = buf;
  let what: string;
  if (kind === 0) {
    const n = 1 + int(8);
    for (let k = 0; k < n; k++) {
      const o = hot();
      poke(o, buf[o]! ^ (1 << int(8)));
    }
    what = `flip ${n} bits`;
  } else if (kind === 1) {
    const len = rand() < 0.5 ? int(4096) : int(buf.length);
    view = buf.subarray(0, len);
    what = `truncate to ${len}`;
  } else if (kind === 2) {
    const o = hot() & ~3;
    const v = BLOWUPS[int(BLOWUPS.length)]!;
    const width = [2, 4, 8][int(3)]!;
    for (let k = 0; k < width; k++) poke(o + k, k < 4 ? v >>> (8 * k) : v === 0 ? 0 : 0xff);
    what = `blow up ${width} bytes at ${o} to 0x${v.toString(16)}`;
  } else {
    const from = int(buf.length), to = hot(), n = 1 + int(64);
    for (let k = 0; k < n; k++) poke(to + k, buf[from + k] ?? 0);
    what = `splice ${n} bytes from ${from} to ${to}`;
  }
  return { view, what, undo: () => { for (let k = saved.length - 1; k >= 0; k--) buf[saved[k]![0]] = saved[k]![1]; } };
}

/** Run `cases` mutations, round-robin over the seeds; each mutation is undone after its case. */
export async function fuzz(seeds: { name: string; buf: Buffer }[], cases: number, seed = 1): Promise<FuzzResult> {
  const rand = rng(seed);
  const baseRssMB = process.memoryUsage().rss / 2 ** 20;
  const result: FuzzResult = { cases: 0, errors: [], slowest: { ms: 0, what: '' }, peakRssMB: baseRssMB, baseRssMB, ms: 0 };
  const start = performance.now();
  for (let i = 0; i < cases; i++) {
    const { name, buf } = seeds[i % seeds.length]!;
    const { view, what, undo } = mutateBinary(buf, rand);
    const t0 = performance.now();
    try {
      await inspectBuffer(view, name);
    } catch (e) {
      if (!(e instanceof FormatError || e instanceof NotABinaryError)) {
        result.errors.push({ seed: name, mutation: `case ${i}: ${what}`, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
      }
    }
    const ms = performance.now() - t0;
    if (ms > result.slowest.ms) result.slowest = { ms, what: `${name} case ${i}: ${what}` };
    undo();
    result.cases++;
    if (i % 500 === 0) result.peakRssMB = Math.max(result.peakRssMB, process.memoryUsage().rss / 2 ** 20);
  }
  result.ms = performance.now() - start;
  return result;
}

/**
 * The same mutations through `godiag inspect` (built CLI), `batch` files per run: each file must
 * come back as a binary or as a skipped file with its reason, and the run must end cleanly.
 */
export function fuzzCli(seeds: { name: string; buf: Buffer }[], cases: number, seed = 1, batch = 50): CliFuzzResult {
  const rand = rng(seed);
  return runBatches({
    cases, batch, prefix: 'godiag-fuzz-bin',
    args: (dir) => ['inspect', dir],
    write(dir, first, n) {
      const whats: string[] = [];
      for (let i = first; i < first + n; i++) {
        const { name, buf } = seeds[i % seeds.length]!;
        const { view, what, undo } = mutateBinary(buf, rand);
        writeFileSync(join(dir, `c${i}-${name}`), view);
        whats.push(`case ${i} ${name}: ${what}`);
        undo();
      }
      return whats;
    },
    // Each file comes back as a binary (a universal Mach-O as several), a problem or a skipped file.
    check(r, whats) {
      type Listed = { path: string }[] | undefined;
      const facts = (r.json as { facts?: { artifacts?: { value?: { binaries?: Listed; problems?: Listed; skipped?: Listed } } } }).facts?.artifacts?.value;
      const seen = new Set([...(facts?.binaries ?? []), ...(facts?.problems ?? []), ...(facts?.skipped ?? [])].map((b) => b.path.split('/').pop()));
      return seen.size !== whats.length ? [`${whats.length} files, ${seen.size} reported as binaries, problems or skipped`] : [];
    },
    label: (first, n, whats) => `cases ${first}-${first + n - 1} (seed ${seed}; ${whats[0]} ...)`,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 1);
  const seeds = await loadSeeds();
  if (process.argv.includes('--cli')) {
    const r = fuzzCli(seeds, cases, seed);
    report('fuzz-binaries', r);
    process.exit(r.failures.length ? 1 : 0);
  }
  const r = await fuzz(seeds, cases, seed);
  console.log(`fuzz: ${r.cases} cases over ${seeds.length} seeds (${seeds.map((s) => s.name).join(', ')}) in ${(r.ms / 1000).toFixed(1)} s`);
  console.log(`  unexpected errors: ${r.errors.length}`);
  for (const e of r.errors.slice(0, 20)) console.log(`    ${e.seed} ${e.mutation}: ${e.error}`);
  console.log(`  slowest case: ${r.slowest.ms.toFixed(1)} ms (${r.slowest.what})`);
  console.log(`  RSS: ${r.baseRssMB.toFixed(0)} MB before (runtime + seeds), peak ${r.peakRssMB.toFixed(0)} MB (+${(r.peakRssMB - r.baseRssMB).toFixed(0)} MB)`);
  process.exitCode = r.errors.length ? 1 : 0;
}
