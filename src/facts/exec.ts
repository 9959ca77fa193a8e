import { spawn } from 'node:child_process';

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
  ms: number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

function cleanEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export function execFile(file: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const start = performance.now();
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;
    let child;
    try {
      child = spawn(file, [...args], {
        cwd: opts.cwd,
        env: cleanEnv(opts.env),
        // Own process group so a timeout kills grandchildren too.
        detached: process.platform !== 'win32',
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (e) {
      resolve(failed(e instanceof Error ? e.message : String(e)));
      return;
    }
    function failed(error: string): ExecResult {
      return {
        ok: false, code: null, signal: null, stdout: '', stderr: '', stdoutBytes: Buffer.alloc(0),
        timedOut: false, truncated: false, error, ms: Math.round(performance.now() - start),
      };
    }
    const killGroup = () => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const onExit = () => {
      // Leave no stragglers that kept our pipes open.
      killGroup();
    };
    process.once('exit', onExit);
    child.stdout!.on('data', (b: Buffer) => {
      if (outLen >= maxBytes) { truncated = true; return; }
      const take = b.subarray(0, maxBytes - outLen);
      if (take.length < b.length) truncated = true;
      out.push(take);
      outLen += take.length;
    });
    child.stderr!.on('data', (b: Buffer) => {
      if (errLen >= maxBytes) { truncated = true; return; }
      const take = b.subarray(0, maxBytes - errLen);
      if (take.length < b.length) truncated = true;
      err.push(take);
      errLen += take.length;
    });
    if (opts.input !== undefined && child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
    // A grandchild that keeps our pipes open must not hold us until the timeout.
    child.on('exit', () => setTimeout(killGroup, 250).unref());
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.removeListener('exit', onExit);
      resolve(failed(e.message));
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      process.removeListener('exit', onExit);
      killGroup();
      const stdoutBytes = Buffer.concat(out);
      resolve({
        ok: !timedOut,
        code,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
        timedOut,
        truncated,
        error: timedOut ? `timed out after ${timeoutMs} ms` : undefined,
        ms: Math.round(performance.now() - start),
      });
    });
  });
}
