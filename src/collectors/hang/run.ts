import type { Readable } from 'node:stream';
import type { Host } from '../host.js';
import { makeTempDir, remove } from '../host-write.js';
import type { BlockedWrite, HangMode, HangRun, ProcSnapshot } from '../../facts/schema/hang.js';
import { spawnWatched, type ChildEnd, type Stdio, type Watched } from './child.js';
import { makeFifo, type Fifo } from './fifo.js';
import { findPeers } from './peers.js';
import { descendants, snapshot } from './procfs.js';
import { scriptArgv } from './pty.js';
import { StallTracker } from '../../analyzers/hang/stall.js';
import { collectDump } from './dump.js';
import { dumpStart } from '../../analyzers/hang/goroutines.js';

export interface RunOptions {
  host: Host;
  mode: HangMode;
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  /** Give up (and kill) after this long without an exit or a stall. */
  timeoutMs: number;
  /** A write that makes no progress this long is reported as blocked. */
  stallMs: number;
  /** Descriptors wired to the mode's pipe (ignored for pty: script wires 0, 1 and 2). */
  fds: number[];
  /** SIGQUIT a blocked Go program for a goroutine dump (ends it). */
  goroutines: boolean;
  intervalMs?: number;
  /** closed-pipe: bytes read before closing, like `| head -c N`. */
  headBytes?: number;
  progress?: (line: string) => void;
}

const STDERR_TAIL = 16 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Keep the last bytes of a captured stream. */
function tailOf(stream: Readable | null | undefined, cap: number): () => string {
  let buf = Buffer.alloc(0);
  stream?.on('data', (b: Buffer) => {
    buf = Buffer.concat([buf, b]);
    if (buf.length > cap * 2) buf = buf.subarray(buf.length - cap);
  });
  return () => buf.subarray(Math.max(0, buf.length - cap)).toString('utf8');
}

export async function runMode(o: RunOptions): Promise<HangRun> {
  const start = performance.now();
  const elapsed = () => Math.round(performance.now() - start);
  const interval = o.intervalMs ?? 100;
  const notes: string[] = [];
  const dir = makeTempDir('godiag-hang-');
  let fifo: Fifo | null = null;
  let w: Watched | null = null;
  try {
    fifo = await makeFifo(dir, 'out', o.env);
    // The open fds keep the pipe alive; nothing stays on disk even if we are killed.
    remove(dir, { recursive: true });
    const pty = o.mode === 'pty';
    // --goroutines changes nothing here: the wiring, and so the verdict, are those of a run without
    // it. A dump on a wired fd 2 is read from the pipe once the block has been measured.
    const fds = pty ? [1, 2] : [...new Set(o.fds)].sort((a, b) => a - b);
    const env = cleanEnv(o.goroutines ? { ...o.env, GOTRACEBACK: 'all' } : o.env);
    let file = o.argv[0]!;
    let args = o.argv.slice(1);
    let stdio: Stdio;
    if (pty) {
      const s = scriptArgv(o.argv, o.env.SHELL);
      file = s.file;
      args = s.args;
      env.SHELL = s.shell;
      stdio = ['ignore', fifo.writeFd, 'pipe'];
    } else {
      const n = Math.max(2, ...fds) + 1;
      stdio = Array.from({ length: n }, (_, i) => (fds.includes(i) ? fifo!.writeFd : i === 0 || i > 2 ? 'ignore' : 'pipe'));
    }
    w = spawnWatched(file, args, { env, cwd: o.cwd, stdio });
    fifo.closeWrite();
    const stderrTail = tailOf(pty ? null : w.child.stderr, STDERR_TAIL);
    const scriptErr = tailOf(pty ? w.child.stderr : null, 4096);
    // An unwired stdout is drained, so only the mode's fds can block.
    tailOf(!fds.includes(1) && !pty ? w.child.stdout : null, 1024);
    if (w.child.pid === undefined) {
      const end = await w.exited;
      const error = pty && /ENOENT/.test(end.error ?? '')
        ? 'pty mode needs script(1) from util-linux on PATH (Debian/Ubuntu: bsdutils; Fedora/RHEL/Arch: util-linux; Alpine: util-linux-misc)'
        : end.error ?? 'could not start';
      return emptyRun(o, fds, { kind: 'failed', error }, elapsed(), notes);
    }

    // One tracker per process: the writer may be a descendant (go run, a shell that forks).
    const trackers = new Map<number, StallTracker>();
    const head = o.headBytes ?? 4096;
    let bytesRead = 0;
    let closedAfter: number | null = null;
    let closedIo: { at: number; io: ProcSnapshot['io'] } | null = null;
    let closedAt = 0;
    let rootPid: number | null = pty ? null : w.child.pid;
    let watched: number[] = rootPid === null ? [] : [rootPid];
    let tick = 1;
    /** The process reported on: the one that blocked, else the root. */
    let targetPid: number | null = null;
    let last: ProcSnapshot | null = null;
    let blocked: BlockedWrite | null = null;
    let end: ChildEnd | null = null;
    w.exited.then((e) => { end = e; });

    while (elapsed() < o.timeoutMs) {
      if (o.mode === 'drained') bytesRead += fifo.read().bytes;
      if (o.mode === 'closed-pipe' && closedAfter === null) {
        const r = fifo.read(head - bytesRead);
        bytesRead += r.bytes;
        if (bytesRead >= head || r.eof) {
          fifo.closeRead();
          closedAfter = bytesRead;
          closedAt = elapsed();
          o.progress?.(`reader closed after ${bytesRead} bytes`);
        }
      }
      if (end || w.isDone()) break;
      if (rootPid === null) {
        // script(1) forks the shell that execs the program; that child is the target.
        const kids = await descendants(o.host, w.child.pid);
        rootPid = kids.find((k) => k.ppid === w!.child.pid)?.pid ?? null;
        if (rootPid !== null) watched = [rootPid];
      }
      if (rootPid !== null && tick++ % 3 === 0) {
        watched = [rootPid, ...(await descendants(o.host, rootPid)).map((d) => d.pid)];
      }
      for (const pid of watched) {
        const snap = await snapshot(o.host, pid, fds);
        if (!snap) continue;
        w.track(snap.pgrp);
        if (pid === rootPid) {
          last = snap;
          // A write blocked when the reader left returns a partial count first: let it settle.
          if (closedAfter !== null && !closedIo && elapsed() - closedAt >= 200) closedIo = { at: elapsed(), io: snap.io };
        }
        // drained too: a program (or its child) that blocks while godiag keeps reading misbehaves.
        if (!trackers.has(pid)) trackers.set(pid, new StallTracker(fds, o.stallMs));
        blocked = trackers.get(pid)!.feed(snap, elapsed());
        if (blocked) {
          targetPid = pid;
          last = snap;
          break;
        }
      }
      if (blocked) break;
      await Promise.race([sleep(o.mode === 'drained' ? Math.min(interval, 10) : interval), w.exited]);
    }

    targetPid ??= rootPid;
    let peers: HangRun['peers'] = [];
    let goroutines: HangRun['goroutines'] = null;
    let bytesWaiting: number | null = null;
    let note = '';
    let failedWrites: HangRun['failedWrites'] = null;
    if (blocked && targetPid !== null) {
      o.progress?.(`blocked: thread ${blocked.tid} in ${blocked.syscall}(fd ${blocked.fd}) for ${blocked.stalledMs} ms`);
      last = (await snapshot(o.host, targetPid, [...new Set([0, 1, 2, ...fds])])) ?? last;
      const tid = blocked.tid;
      const still = last?.threads.find((t) => t.tid === tid);
      if (still && (still.syscall?.name === blocked.syscall || (!still.syscall && still.wchan === blocked.wchan))) blocked.lastSeenMs = elapsed();
      peers = await findPeers(o.host, blocked.target, targetPid);
      if (o.goroutines) {
        const dumpOnPipe = pty || fds.includes(2);
        if (o.mode === 'stalled-pipe' && dumpOnPipe) {
          // Measure what waits in the pipe with the writer stopped, then put it back: with room in
          // the pipe the writer would leave its write before SIGQUIT arrives, and the dump would
          // show it somewhere else. The dump gets its room as collectDump reads.
          await w.freeze(o.host);
          const waiting = fifo.read().data;
          bytesWaiting = waiting.length;
          fifo.unread(waiting);
          w.thaw();
        }
        let piped = '';
        goroutines = await collectDump({
          pid: targetPid,
          exited: w.exited,
          // pty: the dump travels through the pty and script into our FIFO; a wired fd 2 straight into it.
          read: dumpOnPipe ? () => (piped += fifo!.read().data.toString('utf8').replace(/\r\n/g, '\n')) : stderrTail,
        });
      }
    }
    if (!end && !w.isDone() && o.mode === 'closed-pipe' && closedIo?.io && last?.io) {
      const calls = last.io.syscw - closedIo.io.syscw;
      // Every successful write moves at least one byte; the runtime's own small writes
      // (an eventfd wake-up is 8 bytes) keep the average far below one byte per call.
      const bytes = last.io.wchar - closedIo.io.wchar;
      if (calls > 10 && bytes < calls) failedWrites = { calls, overMs: elapsed() - closedIo.at };
    }
    // Nothing may write while we count what waits in the pipe.
    await w.freeze(o.host);
    if (o.mode === 'stalled-pipe') {
      // The pipe outlives its writer while we hold the read end, so this works after a dump too.
      bytesWaiting ??= fifo.read().bytes;
      note = 'read from godiag\'s own end of the pipe after stopping the writer';
    } else if (o.mode === 'pty') {
      note = 'a pty\'s queue cannot be read without ioctl(TIOCOUTQ); the blocked write and the undrained master are the evidence';
    } else {
      note = o.mode === 'drained' ? 'godiag read everything as it came' : 'the reader was closed';
    }
    if (o.mode === 'drained') bytesRead += fifo.read().bytes;
    // How it ended on its own, not by our kill below.
    const ended = end as ChildEnd | null;
    await w.kill(o.host);
    const outcome: HangRun['outcome'] = blocked ? { kind: 'blocked' }
      : ended ? (ended.error ? { kind: 'failed', error: ended.error } : { kind: 'exited', code: ended.code, signal: ended.signal })
      : { kind: 'running' };
    if (outcome.kind === 'running') notes.push(`still running after the ${o.timeoutMs} ms timeout, and not blocked in a write; killed.`);
    if (pty && ended && !blocked && scriptErr()) notes.push(`script(1): ${scriptErr().trim()}`);
    return {
      mode: o.mode,
      command: o.argv,
      pid: targetPid,
      fds,
      outcome,
      blocked,
      process: last,
      peers,
      channel: { bytesWaiting, bytesRead, readerClosedAfter: closedAfter, note },
      failedWrites,
      goroutines,
      stderrTail: pty || fds.includes(2) ? null : beforeDump(stderrTail()),
      elapsedMs: elapsed(),
      notes,
    };
  } finally {
    if (w && !w.isDone()) await w.kill(o.host);
    fifo?.closeRead();
    fifo?.closeWrite();
    remove(dir, { recursive: true });
  }
}

/** The program's own stderr, without a goroutine dump that follows it. */
function beforeDump(text: string): string {
  const at = dumpStart(text);
  return (at < 0 ? text : text.slice(0, at)).slice(-2048);
}

function emptyRun(o: RunOptions, fds: number[], outcome: HangRun['outcome'], elapsedMs: number, notes: string[]): HangRun {
  return {
    mode: o.mode, command: o.argv, pid: null, fds, outcome, blocked: null, process: null, peers: [],
    channel: { bytesWaiting: null, bytesRead: 0, readerClosedAfter: null, note: 'not started' },
    failedWrites: null, goroutines: null, stderrTail: null, elapsedMs, notes,
  };
}
