import type { Host } from '../host.js';
import type { BlockedWrite, HangRun, ProcSnapshot } from '../../facts/schema/hang.js';
import { findPeers } from './peers.js';
import { snapshot } from './procfs.js';
import { StallTracker } from '../../analyzers/hang/stall.js';
import { blockedInWrite, parseGoroutines } from '../../analyzers/hang/goroutines.js';

export interface AttachOptions {
  host: Host;
  pid: number;
  stallMs: number;
  intervalMs?: number;
  /** Send SIGQUIT for a goroutine dump: it ends a Go program. */
  sigquit: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Look at a running process for up to twice stallMs: is a write stuck, and on what? */
export async function attach(o: AttachOptions): Promise<HangRun | null> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  const interval = o.intervalMs ?? 100;
  const cmdline = await o.host.readText(`/proc/${o.pid}/cmdline`, 64 * 1024);
  let last: ProcSnapshot | null = await snapshot(o.host, o.pid);
  if (!last) return null;
  const tracker = new StallTracker([], o.stallMs);
  let blocked: BlockedWrite | null = tracker.feed(last, elapsed());
  // Twice the stall time: a loaded machine may sample late, and a slow write is not a hang.
  while (!blocked && elapsed() < 2 * o.stallMs + interval * 2) {
    await sleep(interval);
    const s = await snapshot(o.host, o.pid);
    if (!s) break;
    last = s;
    blocked = tracker.feed(s, elapsed());
  }
  const gone = (await o.host.readText(`/proc/${o.pid}/stat`, 4096)) === null;
  // The other end of the stuck fd, or else of stdout/stderr.
  const focus = blocked?.target ?? last.fds.find((f) => (f.fd === 1 || f.fd === 2) && (f.kind === 'pipe' || f.kind === 'pty'));
  const peers = focus ? await findPeers(o.host, focus, o.pid) : [];
  const notes: string[] = [];
  if (last.threads.some((t) => t.syscallError)) notes.push(`/proc/${o.pid}/syscall was unreadable (${last.threads.find((t) => t.syscallError)!.syscallError}); the wait site (wchan) and the fds were used instead.`);
  const goroutines = o.sigquit ? await quitAndRead(o.host, o.pid, last) : null;
  return {
    mode: 'attach',
    command: cmdline ? cmdline.split('\0').filter((a, i, all) => a !== '' || i < all.length - 1) : null,
    pid: o.pid,
    fds: blocked ? [blocked.fd] : [1, 2],
    outcome: gone ? { kind: 'exited', code: null, signal: null } : blocked ? { kind: 'blocked' } : { kind: 'running' },
    blocked,
    process: last,
    peers,
    channel: { bytesWaiting: null, bytesRead: 0, readerClosedAfter: null, note: 'not measured: reading someone else\'s pipe would steal its data' },
    failedWrites: null,
    goroutines,
    stderrTail: null,
    elapsedMs: elapsed(),
    notes,
  };
}

/**
 * SIGQUIT makes a Go program print its goroutines on ITS stderr and exit 2. We can read
 * the dump only when that stderr is a regular file; otherwise we say where it went.
 */
async function quitAndRead(host: Host, pid: number, snap: ProcSnapshot): Promise<NonNullable<HangRun['goroutines']>> {
  const err = snap.fds.find((f) => f.fd === 2);
  const file = err?.kind === 'file' && !err.target.endsWith(' (deleted)') ? err.target : null;
  const before = file ? (await host.stat(file))?.size ?? 0 : 0;
  try {
    process.kill(pid, 'SIGQUIT');
  } catch (e) {
    return { sent: false, total: 0, blockedInWrite: [], note: `SIGQUIT not sent: ${(e as Error).message}` };
  }
  if (!file) return { sent: true, total: 0, blockedInWrite: [], note: `SIGQUIT sent; the dump went to the program's stderr (${err?.target ?? 'closed'}), which godiag cannot read` };
  let text = '';
  for (let i = 0; i < 30; i++) {
    await sleep(100);
    const buf = await host.readBytes(file, 64 * 1024 * 1024);
    text = buf ? buf.subarray(before).toString('utf8') : '';
    if ((await host.readText(`/proc/${pid}/stat`, 4096)) === null && text) break;
  }
  const all = parseGoroutines(text);
  return { sent: true, total: all.length, blockedInWrite: blockedInWrite(all), note: `SIGQUIT sent; dump read from ${file}${all.length ? '' : ' (none found: GOTRACEBACK=none, a SIGQUIT handler, or not a Go program)'}` };
}
