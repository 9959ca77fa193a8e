// Paired benchmarking: run godiag and the anchor it replaces alternately, report medians and the ratio.
import { spawnSync } from 'node:child_process';

export interface Timed { ms: number; code: number | null }

export function timeCommand(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, cwd, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, code: r.status };
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
