// Paired benchmarking: run godiag and the anchor it replaces alternately, report medians and the ratio.
import { spawnSync } from 'node:child_process';

import { readFileSync } from 'node:fs';

/** Wall time, and CPU time of the process and what it waited for (null where /proc is missing). */
export interface Timed { ms: number; code: number | null; cpuMs?: number | null }

/** CPU milliseconds used by reaped children (Linux /proc counts USER_HZ = 100 ticks a second), or null elsewhere. */
export function childrenCpuMs(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime
  } catch {
    return null;
  }
}

export function timeCommand(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Timed {
  const c0 = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, cwd, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const c1 = childrenCpuMs();
  return { ms, code: r.status, cpuMs: c0 === null || c1 === null ? null : c1 - c0 };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Alternate the two so machine noise hits both alike; a warm-up run of each first. */
export function paired(name: string, ours: () => Timed, anchor: () => Timed, runs = 9, target?: number): { ours: number; anchor: number; ratio: number } {
  ours();
  anchor();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) { a.push(ours().ms); b.push(anchor().ms); } else { b.push(anchor().ms); a.push(ours().ms); }
  }
  const res = { ours: median(a), anchor: median(b), ratio: median(a) / median(b) };
  const verdict = target === undefined ? '' : res.ratio <= target ? `  (target ≤ ${target}×: met)` : `  (target ≤ ${target}×: NOT met)`;
  console.log(`${name.padEnd(44)} godiag ${res.ours.toFixed(1).padStart(8)} ms   anchor ${res.anchor.toFixed(1).padStart(8)} ms   ratio ${res.ratio.toFixed(2)}×${verdict}`);
  return res;
}

/**
 * Two builds of godiag and the anchor, rotated so that noise hits all three alike: the ratio of
 * each to the anchor, measured on the same anchor runs, and after/before (wall and CPU medians).
 */
export function beforeAfter(name: string, before: () => Timed, after: () => Timed, anchor: () => Timed, runs = 9): void {
  const arms = [before, after, anchor];
  for (const arm of arms) arm();
  const t: Timed[][] = [[], [], []];
  for (let i = 0; i < runs; i++) for (let k = 0; k < 3; k++) { const j = (i + k) % 3; t[j]!.push(arms[j]!()); }
  const wall = t.map((xs) => median(xs.map((x) => x.ms)));
  const cpu = t.map((xs) => (xs.every((x) => typeof x.cpuMs === 'number') ? median(xs.map((x) => x.cpuMs!)) : null));
  const cpuText = (k: number) => (cpu[k] === null ? '' : `, CPU ${cpu[k]!.toFixed(0)} ms`);
  console.log(name);
  console.log(`  before  ${wall[0]!.toFixed(1).padStart(8)} ms${cpuText(0)}   ratio to anchor ${(wall[0]! / wall[2]!).toFixed(2)}×`);
  console.log(`  after   ${wall[1]!.toFixed(1).padStart(8)} ms${cpuText(1)}   ratio to anchor ${(wall[1]! / wall[2]!).toFixed(2)}×`);
  console.log(`  anchor  ${wall[2]!.toFixed(1).padStart(8)} ms${cpuText(2)}`);
  console.log(`  after/before: wall ${(wall[1]! / wall[0]!).toFixed(3)}${cpu[0] && cpu[1] ? `, CPU ${(cpu[1] / cpu[0]).toFixed(3)}` : ''}`);
  console.log(`  after/before per round ${perRound(t[1]!.map((x) => x.ms), t[0]!.map((x) => x.ms))}`);
}

/**
 * Runs of one round sit next to each other in time: their ratio cancels most of a shared machine's
 * drift, and its spread says how far one figure can be trusted. "(N rounds): median R, middle half A–B".
 */
export function perRound(after: readonly number[], before: readonly number[]): string {
  const ratios = before.map((b, i) => after[i]! / b).sort((a, b) => a - b);
  const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]!;
  return `(${ratios.length} rounds): median ${median(ratios).toFixed(3)}, middle half ${at(0.25).toFixed(3)}–${at(0.75).toFixed(3)}`;
}
