import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { absolutePathEntries, resolveProgram } from '../exec.js';
import type { Host } from '../host.js';
import { descendants } from './procfs.js';

/**
 * Children under diagnosis. src/collectors/exec.ts runs short probes with captured pipes;
 * here the child must get our FIFO or a pty as its fds and run while we watch it, so
 * this is the one other spawner: argv arrays, explicit env, own process group
 * (detached = setsid), and every group we saw is killed on exit, timeout or signal.
 */

/** Process groups to kill if godiag itself is interrupted. */
const liveGroups = new Set<number>();

function killGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL') {
  try { process.kill(-pgid, signal); } catch { /* gone */ }
}

/** SIGKILL every live group synchronously: safe inside signal and exit handlers. */
export function killAllGroups(): void {
  for (const g of liveGroups) killGroup(g);
  liveGroups.clear();
}

let handlersInstalled = false;
/** Ctrl-C / SIGTERM / exit: no orphans. Exits 128+signal like a shell would. */
export function installSignalHandlers(onSignal?: (sig: NodeJS.Signals) => void): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllGroups);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      killAllGroups();
      onSignal?.(sig);
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

/** How the child's descriptors are wired (our FIFO's write end, a pipe, ignored). */
export type Stdio = StdioOptions;

export interface ChildEnd { code: number | null; signal: string | null; error?: string }

export interface Watched {
  child: ChildProcess;
  /** Resolves with how the direct child ended. */
  exited: Promise<ChildEnd>;
  isDone(): boolean;
  /** Also kill this group on cleanup (a grandchild that called setsid, as script(1) does). */
  track(pgid: number): void;
  /**
   * Stop (SIGSTOP) every tracked group, so nothing writes while we measure. Resolves once every
   * thread of every process we know of is stopped: the signal is asynchronous, and a thread that
   * has not stopped yet would refill the pipe as we drain it (signal(7), "Signal dispositions").
   */
  freeze(host: Host): Promise<void>;
  /** Continue (SIGCONT) what freeze stopped. */
  thaw(): void;
  /** Kill the whole tree: descendants found in /proc, every tracked group, the child. */
  kill(host: Host): Promise<void>;
}

/** Until every thread of pids is stopped (state T), gone, or the bound passes. */
async function waitStopped(host: Host, pids: readonly number[], boundMs: number): Promise<void> {
  const deadline = performance.now() + boundMs;
  while (performance.now() < deadline) {
    const states = await Promise.all(pids.map(async (pid) => {
      const tids = (await host.readdir(`/proc/${pid}/task`)) ?? [];
      return Promise.all(tids.map((t) => host.readText(`/proc/${pid}/task/${t}/stat`, 512)));
    }));
    const running = states.flat().some((st) => st !== null && !/^ [TtZX] /.test(st.slice(st.lastIndexOf(')') + 1)));
    if (!running) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function spawnWatched(file: string, args: readonly string[], opts: { env: Record<string, string>; cwd?: string; stdio: Stdio }): Watched {
  // A bare name is looked up in absolute PATH entries only; a path the user typed runs as given.
  const found = file.includes('/') ? { path: file } : resolveProgram(file, opts.env.PATH);
  // Not found there: let the spawn fail with ENOENT rather than search a relative entry.
  const env = 'path' in found ? opts.env : { ...opts.env, PATH: absolutePathEntries(opts.env.PATH) };
  const child = spawn('path' in found ? found.path : file, [...args], { env, cwd: opts.cwd, stdio: opts.stdio, detached: true });
  const groups = new Set<number>();
  const pids = new Set<number>();
  let done = false;
  const exited = new Promise<ChildEnd>((resolve) => {
    child.once('error', (e) => { done = true; resolve({ code: null, signal: null, error: e.message }); });
    child.once('exit', (code, signal) => { done = true; resolve({ code, signal }); });
  });
  const track = (g: number) => {
    if (g > 1 && g !== process.pid) { groups.add(g); liveGroups.add(g); }
  };
  if (child.pid !== undefined) track(child.pid);
  return {
    child,
    exited,
    isDone: () => done,
    track,
    async freeze(host: Host) {
      for (const g of groups) killGroup(g, 'SIGSTOP');
      const known = child.pid === undefined ? [] : [child.pid, ...(await descendants(host, child.pid)).map((d) => d.pid)];
      await waitStopped(host, known, 2000);
    },
    thaw() {
      for (const g of groups) killGroup(g, 'SIGCONT');
    },
    async kill(host: Host) {
      if (child.pid !== undefined) {
        // Find descendants before killing: once the root dies they are reparented out of reach.
        for (const d of await descendants(host, child.pid)) { track(d.pgrp); pids.add(d.pid); }
      }
      for (const g of groups) { killGroup(g); liveGroups.delete(g); }
      for (const p of pids) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
      try { child.kill('SIGKILL'); } catch { /* gone */ }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
      // SIGKILL is asynchronous: return only once every process we knew of has died.
      const deadline = performance.now() + 3000;
      while (performance.now() < deadline) {
        const states = await Promise.all([...pids].map((p) => host.readText(`/proc/${p}/stat`, 512)));
        if (states.every((st) => st === null || / Z /.test(st.slice(st.lastIndexOf(')'))))) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
