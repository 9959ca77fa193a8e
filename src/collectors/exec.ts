import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * node:child_process, loaded on the first program started: it pulls in net, stream and more
 * (~10 ms at start-up), which inspect and lint, starting nothing, need not pay.
 */
let loadedChildProcess: typeof import('node:child_process') | undefined;
const childProcess = () => (loadedChildProcess ??= createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process'));

/** The one subprocess wrapper: argument arrays only, explicit env, timeout, output cap, group kill. */
export interface ExecOptions {
  cwd?: string;
  /** The complete environment of the child. Nothing is inherited implicitly. */
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Per stream cap in bytes; output past it is dropped and `truncated` set. */
  maxBytes?: number;
  input?: string | Buffer;
}

/** A process that still held the child's output pipes when the run ended (it left the group). */
export interface Leftover { pid: number; command: string }

export interface ExecResult {
  /** The process started and exited on its own (any exit code). */
  ok: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
  timedOut: boolean;
  truncated: boolean;
  /** Why it could not start (ENOENT, EACCES ...) or why it was killed. */
  error?: string;
  /** Processes of this run that left its process group and kept the output open; killed, not waited for. */
  leftover?: Leftover[];
  ms: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** After the child exits, how long a grandchild may still write to the pipes before we stop reading. */
const AFTER_EXIT_GRACE_MS = 150;

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The program a bare name runs, searched only in absolute PATH entries. An empty or relative
 * entry would run a program from the current directory (the analysed project): Go's os/exec
 * refuses such results since Go 1.19 (exec.ErrDot, src/os/exec/exec.go), and so do we.
 * A name with a slash must be absolute for the same reason.
 */
export function resolveProgram(file: string, pathValue: string | undefined, platform: NodeJS.Platform = process.platform): { path: string } | { error: string } {
  const api = platform === 'win32' ? path.win32 : path.posix;
  const hasSep = file.includes('/') || (platform === 'win32' && file.includes('\\'));
  if (hasSep) return api.isAbsolute(file) ? { path: file } : { error: `refusing to run ${JSON.stringify(file)}: a relative program path runs from the current directory` };
  if (platform === 'win32') return { path: file };
  for (const dir of (pathValue ?? '').split(':')) {
    if (!dir.startsWith('/')) continue;
    const candidate = api.join(dir, file);
    try {
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        fs.accessSync(candidate, fs.constants.X_OK);
        return { path: candidate };
      }
    } catch {
      /* not executable: keep looking, as execvp does */
    }
  }
  return { error: `${file} not found in the absolute PATH entries (relative and empty PATH entries are never searched)` };
}

/** "pid 123 (sleep), pid 456": the processes named in ExecResult.leftover. */
export function leftoverText(leftover: readonly Leftover[]): string {
  return leftover.map((l) => `pid ${l.pid}${l.command ? ` (${l.command})` : ''}`).join(', ');
}

/** PATH without its empty and relative entries. */
export function absolutePathEntries(pathValue: string | undefined): string {
  return (pathValue ?? '').split(':').filter((d) => d.startsWith('/')).join(':');
}

/**
 * Every child carries this variable, so the processes it leaves behind can be found after its
 * process group is gone: Node's child pipes are socket pairs, whose peer /proc does not show.
 * (Not GO-prefixed: it must not look like a Go setting to anything that lists them.)
 */
export const RUN_TAG_VAR = '_GODIAG_RUN';
let runCounter = 0;

/** Processes other than us whose environment carries this run's tag (Linux /proc; empty elsewhere). */
export function taggedProcesses(tag: string, killedGroup?: number): Leftover[] {
  const needle = Buffer.from(`${RUN_TAG_VAR}=${tag}\0`);
  const out: Leftover[] = [];
  let pids: string[];
  try { pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid); } catch { return []; }
  for (const pid of pids) {
    let environ: Buffer;
    try { environ = fs.readFileSync(`/proc/${pid}/environ`); } catch { continue; }
    const at = environ.indexOf(needle);
    if (at === -1 || (at > 0 && environ[at - 1] !== 0)) continue;
    // Members of the group just killed may not have died yet (SIGKILL is delivered when they are
    // next scheduled): they did not escape, so only other groups and live processes count.
    if (killedGroup !== undefined && processGroup(pid) === killedGroup) continue;
    let command = '';
    try { command = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim(); } catch { /* gone */ }
    out.push({ pid: Number(pid), command });
  }
  return out;
}

/** A process's group from /proc/PID/stat (the third field after the parenthesised name). */
function processGroup(pid: string): number | null {
  let stat: string;
  try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1'); } catch { return null; }
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/**
 * Run a program. The deadline holds from our side: at the timeout the process group is killed
 * and the pipes are destroyed at once, even when a grandchild that left the group (setsid)
 * still holds them; such a process is named in `leftover` and killed, never waited for.
 */
export function execFile(file: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const start = performance.now();
  const tag = `${process.pid}.${++runCounter}`;
  const env: Record<string, string> = { ...cleanEnv(opts.env), [RUN_TAG_VAR]: tag };
  const failed = (error: string): ExecResult => ({
    ok: false, code: null, signal: null, stdout: '', stderr: '', stdoutBytes: Buffer.alloc(0),
    timedOut: false, truncated: false, error, ms: Math.round(performance.now() - start),
  });
  const program = resolveProgram(file, env.PATH);
  if ('error' in program) return Promise.resolve(failed(`spawn ${file} ENOENT: ${program.error}`));
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let child: ChildProcess;
    try {
      child = childProcess().spawn(program.path, [...args], {
        cwd: opts.cwd,
        env,
        // Own process group so a timeout kills grandchildren too.
        detached: process.platform !== 'win32',
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (e) {
      resolve(failed(e instanceof Error ? e.message : String(e)));
      return;
    }
    const killGroup = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    let graceTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      // Whoever still holds the pipes after the group kill escaped it: stop reading now.
      setImmediate(() => finish(exit?.code ?? null, exit?.signal ?? 'SIGKILL', true));
    }, timeoutMs);
    const onExit = () => killGroup();
    process.once('exit', onExit);
    const take = (b: Buffer, into: Buffer[], len: number): number => {
      if (len >= maxBytes) { truncated = true; return len; }
      const part = b.subarray(0, maxBytes - len);
      if (part.length < b.length) truncated = true;
      into.push(part);
      return len + part.length;
    };
    child.stdout!.on('data', (b: Buffer) => { outLen = take(b, out, outLen); });
    child.stderr!.on('data', (b: Buffer) => { errLen = take(b, err, errLen); });
    child.stdout!.on('error', () => {});
    child.stderr!.on('error', () => {});
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // A grandchild that keeps our pipes open must not hold us: kill what is left of the group,
      // then give the pipes a moment to drain and close, and stop reading after that.
      killGroup();
      graceTimer = setTimeout(() => finish(code, signal, true), AFTER_EXIT_GRACE_MS);
    });
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      process.removeListener('exit', onExit);
      resolve(failed(e.message));
    });
    child.on('close', (code, signal) => finish(code, signal, false));
    function finish(code: number | null, signal: NodeJS.Signals | null, cutShort: boolean) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      process.removeListener('exit', onExit);
      killGroup();
      let leftover: Leftover[] | undefined;
      if (cutShort) {
        // Whatever still carries the tag escaped the group kill (setsid): it belongs to this run, so it is ended too.
        leftover = taggedProcesses(tag, child.pid);
        for (const l of leftover) { try { process.kill(l.pid, 'SIGKILL'); } catch { /* gone */ } }
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.stdin?.destroy();
        child.unref();
      }
      const stdoutBytes = Buffer.concat(out);
      const held = leftover?.length ? `; ${leftoverText(leftover)} left the process group and held the output open (killed, not waited for)` : '';
      resolve({
        ok: !timedOut,
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
        timedOut,
        truncated,
        error: timedOut ? `timed out after ${timeoutMs} ms${held}` : held ? held.slice(2) : undefined,
        ...(leftover?.length ? { leftover } : {}),
        ms: Math.round(performance.now() - start),
      });
    }
  });
}
