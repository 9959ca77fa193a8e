// Detection latency of godiag hang: from the moment a Go writer blocks on a full pipe
// (or pty) to the moment godiag reports it. Anchor: a by-hand watcher polling
// /proc/PID/task/*/wchan every millisecond in a worker thread (the earliest anyone can
// see the block), run side by side with godiag on the same writer.
// Run: npx tsx bench/hang-latency.ts
import { Worker } from 'node:worker_threads';
import { LocalHost } from '../src/collectors/host.js';
import { runMode } from '../src/collectors/hang/run.js';
import type { HangMode } from '../src/facts/schema/hang.js';
import { goPrograms, pidsRunning } from '../test/hang/go-fixtures.js';
import { median } from './lib.js';

const BUDGET_MS = 2000;
const RUNS = 7;
const now = () => performance.timeOrigin + performance.now();

// The anchor: find the process running exe, then poll its threads' wchan at 1 kHz.
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { exe, waits, skip } = workerData;
parentPort.postMessage('ready');
const stamp = () => performance.timeOrigin + performance.now();
const end = stamp() + 20000;
let pid = null;
while (stamp() < end) {
  if (pid === null) {
    for (const d of fs.readdirSync('/proc')) {
      if (!/^\\d+$/.test(d)) continue;
      if (skip.includes(Number(d))) continue;
      try { if (fs.readFileSync('/proc/' + d + '/cmdline', 'utf8').split('\\0')[0] === exe) { pid = d; break; } } catch {}
    }
  } else {
    // Any thread: the goroutine that writes may run on any of the program's threads.
    let tids;
    try { tids = fs.readdirSync('/proc/' + pid + '/task'); } catch { break; }
    for (const t of tids) {
      let w = '';
      try { w = fs.readFileSync('/proc/' + pid + '/task/' + t + '/wchan', 'utf8'); } catch {}
      if (waits.includes(w)) { parentPort.postMessage(stamp()); process.exit(0); }
    }
  }
  const t = stamp(); while (stamp() - t < 1) {}
}
parentPort.postMessage(null);
`;

async function once(exe: string, mode: HangMode): Promise<{ latency: number } | null> {
  const waits = mode === 'pty' ? ['wait_woken', 'n_tty_write'] : ['anon_pipe_write', 'pipe_write'];
  // Processes of earlier runs may still be dying: the watcher must not pick them.
  const watcher = new Worker(WATCHER, { eval: true, workerData: { exe, waits, skip: pidsRunning(exe) } });
  await new Promise((r) => watcher.once('message', r)); // ready
  const blockedAt = new Promise<number | null>((r) => watcher.once('message', r));
  const t0 = now();
  const run = await runMode({ host: new LocalHost(), mode, argv: [exe], env: { PATH: '/usr/bin:/bin' }, cwd: '/tmp', timeoutMs: 15_000, stallMs: 500, fds: [1, 2], goroutines: false });
  const seen = await blockedAt;
  await watcher.terminate();
  if (!run.blocked || seen === null) return null;
  return { latency: t0 + run.blocked.detectedAtMs - seen };
}

const exe = (await goPrograms('bench'))['println-loop'];
console.log(`godiag hang detection latency (stall threshold 500 ms, sampling every 100 ms; ${RUNS} runs per mode)`);
for (const mode of ['stalled-pipe', 'pty'] as const) {
  await once(exe, mode); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await once(exe, mode);
    if (r) xs.push(r.latency);
  }
  const med = median(xs);
  const max = Math.max(...xs);
  console.log(`${mode.padEnd(14)} reported ${med.toFixed(0).padStart(5)} ms (median), ${max.toFixed(0).padStart(5)} ms (max) after the 1 kHz watcher saw the block; ` +
    `ratio to the ${BUDGET_MS} ms budget ${(max / BUDGET_MS).toFixed(2)}× (${max <= BUDGET_MS ? 'met' : 'NOT met'}); ${xs.length}/${RUNS} runs measured`);
}
