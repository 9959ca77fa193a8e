import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { shQuote } from '../../knowledge/shell-quote.js';
import { PROBE_SCRIPT } from './probe-script.js';
import { resolveProgram } from '../exec.js';

/** One answer of the probe: its header fields and its blobs. */
export interface ProbeAnswer { fields: string[]; blobs: Buffer[] }

export interface SessionOptions {
  /** The transport's command: argument array ending in a program that runs `sh -s`. */
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** How long the transport may take to start the shell and greet (ssh handshakes, kubectl). */
  connectTimeoutMs?: number;
}

/** Bytes a target may print before the greeting (an ssh banner, a noisy rc file) before it is refused. */
const MAX_PREAMBLE = 64 * 1024;
/** Slack over a request's own deadline for the transport's round trip. */
const ANSWER_GRACE_MS = 5_000;

interface Pending { id: number; op: string; maxBytes: number; timeoutMs: number; deadline?: NodeJS.Timeout; resolve: (a: ProbeAnswer) => void; reject: (e: Error) => void }

/**
 * A persistent `sh -s` on a target, driven one request at a time (the probe is one shell: it
 * answers in order). A target that hangs, prints what is not an answer, answers more than it
 * was asked for or closes mid-answer breaks the session: the transport is killed, every waiting
 * request fails with the reason, and `broken` keeps it for the report.
 */
export class ProbeSession {
  broken: string | null = null;
  hello: string[] = [];
  private child: ChildProcess | null = null;
  private buf: Buffer = Buffer.alloc(0);
  /** Pieces received since buf was last joined, and how long buf must be before it is parsed again. */
  private more: Buffer[] = [];
  private moreBytes = 0;
  private need = 0;
  /** Request lines not yet written: the ones asked in the same turn go out as one write. */
  private outgoing: string[] = [];
  private greeted = false;
  private closing = false;
  private nextId = 1;
  private queue: Pending[] = [];
  private stderr = '';
  private readonly mark = `@@GODIAG-${randomBytes(9).toString('hex')}`;

  constructor(private readonly opts: SessionOptions) {}

  /** Start the transport and wait for the probe's greeting. */
  start(): Promise<void> {
    const [program, ...args] = this.opts.argv;
    if (!program) return Promise.reject(new Error('empty transport command'));
    return new Promise<void>((resolve, reject) => {
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(this.opts.env)) if (v !== undefined) env[k] = v;
      // The client is looked up as every program godiag runs: absolute PATH entries only.
      const resolved = resolveProgram(program, env.PATH);
      if ('error' in resolved) {
        reject(new Error(`could not start ${program}: ${resolved.error}`));
        return;
      }
      let child: ChildProcess;
      try {
        child = spawn(resolved.path, args, { env, stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
      } catch (e) {
        reject(new Error(`could not start ${program}: ${(e as Error).message}`));
        return;
      }
      this.child = child;
      const connectMs = this.opts.connectTimeoutMs ?? 30_000;
      const greet: Pending = {
        id: 0, op: 'greeting', maxBytes: 0, timeoutMs: connectMs,
        deadline: setTimeout(() => this.fail(`no greeting from the target within ${connectMs} ms`), connectMs),
        resolve: (a) => { this.hello = a.fields; resolve(); },
        reject,
      };
      this.queue.push(greet);
      child.on('error', (e) => this.fail(`could not start ${program}: ${e.message}`));
      child.stdout!.on('data', (b: Buffer) => this.onData(b));
      child.stderr!.on('data', (b: Buffer) => { if (this.stderr.length < 4096) this.stderr += b.toString('utf8'); });
      child.stdin!.on('error', () => {});
      child.on('close', (code, signal) => {
        if (this.closing && !this.queue.length) return;
        const said = this.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ');
        this.fail(`the target closed the session${this.queue.length ? ' mid-answer' : ''} (${signal ?? `exit ${code}`})${said ? `: ${said}` : ''}`);
      });
      child.stdin!.write(`M=${this.mark}\n${PROBE_SCRIPT}\n`);
    });
  }

  /**
   * One request. Requests are written at once (the shell reads them as it gets to them) and
   * answered in order; each one's deadline runs from when the answer before it arrived.
   */
  request(op: string, args: readonly string[], timeoutMs: number, maxBytes: number): Promise<ProbeAnswer> {
    if (this.broken) return Promise.reject(new Error(this.broken));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const pending: Pending = { id, op, maxBytes, timeoutMs, resolve, reject };
      this.queue.push(pending);
      if (this.queue.length === 1) this.arm(pending);
      this.outgoing.push(`q ${id} ${op} ${args.map(shQuote).join(' ')}\n`);
      if (this.outgoing.length === 1) queueMicrotask(() => this.flush());
    });
  }

  /** A write per request cost a wake-up of the target's shell each: collectors ask dozens at once. */
  private flush() {
    if (!this.outgoing.length) return;
    const text = this.outgoing.join('');
    this.outgoing = [];
    if (!this.broken) this.child?.stdin?.write(text);
  }

  private arm(p: Pending) {
    const ms = p.timeoutMs + ANSWER_GRACE_MS;
    p.deadline = setTimeout(() => this.fail(`the target did not answer ${p.op} within ${ms} ms`), ms);
  }

  /** Close stdin: the probe's shell exits and its EXIT trap removes the temporary directory. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const closed = new Promise<void>((r) => child.once('close', () => r()));
    this.closing = true;
    this.flush();
    child.stdin!.end();
    const t = setTimeout(() => this.kill(), 5_000);
    await closed;
    clearTimeout(t);
  }

  private kill() {
    const pid = this.child?.pid;
    try {
      if (pid !== undefined && process.platform !== 'win32') process.kill(-pid, 'SIGKILL');
      else this.child?.kill('SIGKILL');
    } catch { /* gone */ }
  }

  private fail(reason: string) {
    if (!this.broken) this.broken = reason;
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.deadline);
      p.reject(new Error(this.broken));
    }
    this.kill();
    this.child?.stdout?.destroy();
  }

  private onData(b: Buffer) {
    if (this.broken) return;
    // A blob arrives in pipe-sized pieces (4 KiB from busybox cat): they are joined once the
    // answer is complete, not at every piece, which copied a 256 KiB answer 64 times.
    this.more.push(b);
    this.moreBytes += b.length;
    if (this.buf.length + this.moreBytes < this.need) return;
    const parts = this.buf.length ? [this.buf, ...this.more] : this.more;
    this.buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    this.more = [];
    this.moreBytes = 0;
    this.need = 0;
    for (;;) {
      const head = this.buf.indexOf(this.mark + ' ');
      if (head === -1) {
        if (this.buf.length > (this.greeted ? 0 : MAX_PREAMBLE) + this.mark.length) {
          return this.fail(this.greeted ? `the target printed output that is not an answer: ${preview(this.buf)}` : `the target printed ${this.buf.length} bytes without the probe's greeting: ${preview(this.buf)}`);
        }
        return;
      }
      if (head > 0) {
        if (this.greeted) return this.fail(`the target printed output that is not an answer: ${preview(this.buf.subarray(0, head))}`);
        this.buf = this.buf.subarray(head);
        continue;
      }
      const eol = this.buf.indexOf(0x0a);
      if (eol === -1) {
        if (this.buf.length > 4096) return this.fail('the target printed an answer header longer than 4096 bytes');
        return;
      }
      const [, idText, lengthsText, ...fields] = this.buf.subarray(0, eol).toString('latin1').split(' ');
      const pending = this.queue[0];
      if (!pending || String(pending.id) !== idText) return this.fail(`the target answered request ${idText} while ${pending ? pending.id : 'none'} was awaited`);
      const lengths = lengthsText === '-' ? [] : (lengthsText ?? '').split(',').filter(Boolean).map(Number);
      const total = lengths.reduce((a, n) => a + n, 0);
      if (lengths.some((n) => !Number.isSafeInteger(n) || n < 0) || total > pending.maxBytes * 2 + 1024) {
        return this.fail(`the target announced ${lengthsText} bytes for a request bounded at ${pending.maxBytes}`);
      }
      if (this.buf.length < eol + 1 + total) {
        this.need = eol + 1 + total;
        return;
      }
      const blobs: Buffer[] = [];
      let at = eol + 1;
      for (const n of lengths) { blobs.push(Buffer.from(this.buf.subarray(at, at + n))); at += n; }
      this.buf = this.buf.subarray(at);
      this.queue.shift();
      clearTimeout(pending.deadline);
      if (this.queue[0]) this.arm(this.queue[0]);
      if (pending.id === 0) this.greeted = true;
      pending.resolve({ fields, blobs });
    }
  }
}

/** The first bytes of unexpected output, printable. */
function preview(b: Buffer): string {
  return JSON.stringify(b.subarray(0, 80).toString('latin1'));
}
