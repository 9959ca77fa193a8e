import type { BlockedWrite, FdTarget, ProcSnapshot, ThreadInfo } from '../../facts/schema/hang.js';
import { isWriteSyscall } from './syscalls.js';

/**
 * Kernel wait sites of a writer with no room: anon_pipe_write/pipe_write (fs/pipe.c),
 * n_tty_write's wait_woken (drivers/tty/n_tty.c), socket sends. Only used when /proc/PID/syscall is
 * unreadable; the syscall number and fd are the primary evidence.
 */
const PIPE_WAITS = new Set(['anon_pipe_write', 'pipe_write', 'fifo_pipe_write']);
const TTY_WAITS = new Set(['n_tty_write', 'wait_woken', 'tty_write', 'file_tty_write']);
/** Socket send paths (net/core/sock.c, net/core/stream.c). */
const SOCKET_WAITS = new Set(['sock_alloc_send_pskb', 'sk_stream_wait_memory', 'unix_wait_for_peer']);

interface Candidate { tid: number; fd: number; syscall: string; thread: ThreadInfo }

function candidates(snap: ProcSnapshot, watched: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const t of snap.threads) {
    if (t.state !== 'S' && t.state !== 'D') continue;
    if (t.syscall) {
      if (isWriteSyscall(t.syscall.name) && t.syscall.fd !== null && (watched.length === 0 || watched.includes(t.syscall.fd))) {
        out.push({ tid: t.tid, fd: t.syscall.fd, syscall: t.syscall.name, thread: t });
      }
      continue;
    }
    // Without ptrace rights, the wait site and the fd kinds are all we have.
    const kind = PIPE_WAITS.has(t.wchan) ? 'pipe' : TTY_WAITS.has(t.wchan) ? 'pty' : SOCKET_WAITS.has(t.wchan) ? 'socket' : null;
    const fd = kind && snap.fds.find((f) => (f.kind === kind || (kind === 'pty' && f.kind === 'tty')) && (watched.length === 0 || watched.includes(f.fd)));
    if (fd) out.push({ tid: t.tid, fd: fd.fd, syscall: 'write?', thread: t });
  }
  return out;
}

/**
 * Feed snapshots in time order; reports a write that made no progress for stallMs.
 * Progress = the process's wchar (bytes written, /proc/PID/io) grew.
 */
export class StallTracker {
  private since = new Map<string, number>();
  private lastWchar: number | null = null;
  constructor(private readonly watched: readonly number[], private readonly stallMs: number) {}

  feed(snap: ProcSnapshot, atMs: number): BlockedWrite | null {
    const wchar = snap.io?.wchar ?? null;
    const progressed = wchar !== null && this.lastWchar !== null && wchar !== this.lastWchar;
    this.lastWchar = wchar;
    const now = candidates(snap, this.watched);
    const keys = new Set(now.map((c) => `${c.tid}:${c.fd}`));
    for (const k of [...this.since.keys()]) if (!keys.has(k) || progressed) this.since.delete(k);
    for (const c of now) {
      const key = `${c.tid}:${c.fd}`;
      if (!this.since.has(key)) this.since.set(key, atMs);
      const stalled = atMs - this.since.get(key)!;
      if (stalled >= this.stallMs) {
        const target: FdTarget = snap.fds.find((f) => f.fd === c.fd) ?? { fd: c.fd, target: '(not read)', kind: 'other', access: null, nonBlocking: null, ttyIndex: null };
        return { tid: c.tid, fd: c.fd, syscall: c.syscall, wchan: c.thread.wchan, state: c.thread.state, stalledMs: stalled, detectedAtMs: atMs, lastSeenMs: atMs, target };
      }
    }
    return null;
  }
}
