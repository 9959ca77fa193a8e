// Benchmark: how soon `godiag inspect /usr` shows its first result, and how long the whole walk
// takes (wall and CPU), side by side with `go version -m /usr` (which prints each binary as it
// finds it).
// A result line is a binary's summary line (`PATH: go1.x ...`); headings do not count.
// Usage: npx tsx bench/inspect-first-line.ts [rounds=5] [dir=/usr]   (run `npm run build` first;
// GODIAG_CLI=path measures another build of the CLI)
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { median } from './lib.js';
import { GO } from '../test/helpers/go-matrix.js';

const CLI = path.resolve(process.env.GODIAG_CLI ?? 'dist/godiag.js');
const rounds = Number(process.argv[2] ?? 5);
const DIR = process.argv[3] ?? '/usr';
/** Target from the issue: the first binary shows within half a second. */
const FIRST_LINE_TARGET_MS = 500;

interface Run { firstMs: number; totalMs: number; cpuMs: number; lines: number }

/** Spawn, and time the first stdout line that names a Go binary and the exit. */
function timed(cmd: string, args: string[], resultLine: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // Under /usr/bin/time for user+sys CPU: steadier than wall time on a busy machine.
    const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', cmd, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: `${path.dirname(GO)}:/usr/bin:/bin`, HOME: process.env.HOME ?? '/root', GOTOOLCHAIN: 'local', NO_COLOR: '1' },
    });
    let firstMs = NaN;
    let pending = '';
    let lines = 0;
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.on('data', (b: Buffer) => {
      const text = pending + b.toString('utf8');
      const parts = text.split('\n');
      pending = parts.pop()!;
      for (const l of parts) {
        if (!resultLine.test(l)) continue;
        if (lines++ === 0) firstMs = performance.now() - t0;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // 0 clean, 1 findings; go version -m exits 1 when some file could not be read.
      const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
      if ((code !== 0 && code !== 1) || !cpu) reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}: ${stderr.slice(-300)}`));
      else resolve({ firstMs, totalMs: performance.now() - t0, cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000, lines });
    });
  });
}

// Both print `PATH: goVERSION` first on a binary's line (go version -m indents its listing with a tab).
const variants: [string, string, string[]][] = [
  ['go version -m', GO, ['version', '-m', DIR]],
  ['godiag inspect', process.execPath, [CLI, 'inspect', DIR]],
];
const RESULT = /^\S.*: (go|Go)/;
// The floor: Node starting godiag's entry point and printing one line, nothing loaded. On a busy
// machine it says how much of the first-result time is the machine, not the walk.
variants.push(['godiag --version', process.execPath, [CLI, '--version']]);
const RESULT_OR_VERSION = (name: string) => (name === 'godiag --version' ? /^godiag / : RESULT);
for (const [name, cmd, args] of variants) await timed(cmd, args, RESULT_OR_VERSION(name)); // warm the page cache
const runs = new Map<string, Run[]>(variants.map(([n]) => [n, []]));
for (let i = 0; i < rounds; i++) {
  // Alternate the order so neither side always runs on a warmer machine.
  for (const [name, cmd, args] of i % 2 === 0 ? variants : [...variants].reverse()) runs.get(name)!.push(await timed(cmd, args, RESULT_OR_VERSION(name)));
}
const go = runs.get('go version -m')!;
const goTotal = median(go.map((r) => r.totalMs));
const goCpu = median(go.map((r) => r.cpuMs));
console.log(`${DIR}: ${go[0]!.lines} Go binaries listed by go version -m, ${rounds} paired rounds (medians)`);
for (const [name, rs] of runs) {
  if (name === 'godiag --version') {
    console.log(`${name.padEnd(16)} first line   ${median(rs.map((r) => r.firstMs)).toFixed(0).padStart(6)} ms   (start-up floor: Node and godiag's entry point)`);
    continue;
  }
  if (rs.some((r) => r.lines !== go[0]!.lines)) throw new Error(`${name} listed ${rs.map((r) => r.lines).join('/')} binaries, go version -m ${go[0]!.lines}`);
  const first = median(rs.map((r) => r.firstMs));
  const total = median(rs.map((r) => r.totalMs));
  const cpu = median(rs.map((r) => r.cpuMs));
  const verdict = name === 'godiag inspect' ? `  (target ≤ ${FIRST_LINE_TARGET_MS} ms: ${first <= FIRST_LINE_TARGET_MS ? 'met' : 'NOT met'})` : '';
  console.log(`${name.padEnd(16)} first result ${first.toFixed(0).padStart(6)} ms${verdict}   wall ${total.toFixed(0).padStart(6)} ms (${(total / goTotal).toFixed(2)}×)   cpu ${cpu.toFixed(0).padStart(6)} ms (${(cpu / goCpu).toFixed(2)}×)`);
}
