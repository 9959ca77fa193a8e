import { createHash } from 'node:crypto';
import { constants as osc } from 'node:os';
import type { DigestAlgorithm } from '../../facts/schema/verify.js';
import type { DirEntry, Host, HostError, HostFile, HostStat, OpenOptions } from '../host.js';
import { clampLength } from '../../analyzers/binary/source.js';
import { HostFileError } from '../binary/read.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ExecOptions, type ExecResult } from '../exec.js';
import { parseDfP } from '../disk-space.js';
import { PROBE_CACHE, PROBE_CONFIG } from '../neutral-dir.js';
import { compareText } from '../../facts/order.js';
import { ProbeSession, type ProbeAnswer, type SessionOptions } from './session.js';

/** A file or metadata request has no command to wait for: a target slower than this is stuck. */
const FILE_REQUEST_MS = 15_000;
const DEFAULT_READ_BYTES = 1024 * 1024;
/** Questions about files whose answers hold until a command runs on the target (see ask). */
const REMEMBERED_OPS = new Set(['read', 'tail', 'stat', 'lstat', 'readdir', 'readlink', 'realpath', 'exec']);
/** An answer larger than this is asked again rather than kept. */
const REMEMBERED_BYTES = 256 * 1024;
/** Paths per batched request: well inside a shell's argument limit. */
const BATCH = 256;
/** A file opened for positional reads crosses the transport whole, up to this size (a go binary is ~15 MB). */
const OPEN_FILE_CAP = 64 * 1024 * 1024;
/** The probe's type letters for what is neither file, directory nor symlink (DirEntry.special). */
const SPECIAL: Record<string, DirEntry['special']> = { p: 'fifo', s: 'socket', c: 'device', o: 'other' };
/** The probe answers "no" without saying why: the reason given for a failed stat, readdir or open. */
const UNREADABLE: HostError = { error: true, code: 'EIO', message: 'absent or unreadable on the target' };

const S_IFMT = 0o170000;
const TYPE = { file: 0o100000, dir: 0o040000, link: 0o120000, fifo: 0o010000, socket: 0o140000, chr: 0o020000, blk: 0o060000 };

/** uname -s as Node names platforms. */
function platformOf(uname: string | undefined): NodeJS.Platform {
  const known: Record<string, NodeJS.Platform> = { Linux: 'linux', Darwin: 'darwin', FreeBSD: 'freebsd', OpenBSD: 'openbsd', SunOS: 'sunos', AIX: 'aix' };
  return known[uname ?? ''] ?? 'linux';
}

/** uname -m as Node names architectures. */
export function archOf(machine: string | undefined): string {
  const known: Record<string, string> = { x86_64: 'x64', amd64: 'x64', aarch64: 'arm64', arm64: 'arm64', i686: 'ia32', i386: 'ia32', armv7l: 'arm', ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64' };
  return known[machine ?? ''] ?? machine ?? 'unknown';
}

const SIGNAL_NAMES = new Map(Object.entries(osc.signals).map(([name, n]) => [n, name as NodeJS.Signals]));

/** `KEY=VALUE` records (NUL-separated from /proc/PID/environ, or lines from env). */
export function parseEnviron(b: Buffer, format: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const rec of b.toString('utf8').split(format === 'nul' ? '\0' : '\n')) {
    const eq = rec.indexOf('=');
    if (eq > 0) env[rec.slice(0, eq)] = rec.slice(eq + 1);
  }
  return env;
}

function parseStat(fields: string[]): HostStat | null {
  const [status, modeHex, size, uid, gid, mtime, dev, ino] = fields;
  if (status !== 'ok') return null;
  const mode = parseInt(modeHex ?? '', 16);
  if (!Number.isFinite(mode)) return null;
  const t = mode & S_IFMT;
  return {
    isFile: t === TYPE.file, isDir: t === TYPE.dir, isSymlink: t === TYPE.link, isFIFO: t === TYPE.fifo,
    isSocket: t === TYPE.socket, isDevice: t === TYPE.chr || t === TYPE.blk,
    size: Number(size), mode, uid: Number(uid), gid: Number(gid), mtimeMs: Number(mtime) * 1000, dev: Number(dev), ino: Number(ino),
  };
}

function stripNewline(b: Buffer): string {
  const s = b.toString('utf8');
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/**
 * A machine reached through a transport (ssh, docker exec, kubectl exec, chroot ...) that runs
 * the probe shell (probe-script.ts). Every Host call is one request to it; nothing is written on
 * the target but the probe's temporary directory. When the session breaks (hang, garbage, closed),
 * reads answer null and runs fail with the reason, which `broken` keeps for the report.
 */
export class RemoteHost implements Host {
  readonly kind = 'remote' as const;
  platform: NodeJS.Platform = 'linux';
  arch = 'unknown';
  env: Readonly<Record<string, string | undefined>> = {};
  /** The directory the target's shell started in (the login directory for ssh, WORKDIR for docker). */
  startDir = '/';
  /** The probe's own temporary directory on the target (removed when the session closes). */
  tempDir = '';

  /** Answers to the questions in REMEMBERED_OPS since the last command ran (see ask). */
  private readonly remembered = new Map<string, Promise<ProbeAnswer | null>>();

  private constructor(private readonly session: ProbeSession, readonly target: string) {}

  /** Start the transport and learn the target's platform, environment and directories. */
  static async connect(target: string, opts: SessionOptions): Promise<RemoteHost> {
    const session = new ProbeSession(opts);
    await session.start();
    if (session.hello[0] !== 'hello') {
      await session.close();
      throw new Error(session.hello[0] === 'no-dev-null' ? 'the target has no /dev/null (a chroot needs /dev: mount or create it)' : `unexpected greeting ${JSON.stringify(session.hello.join(' '))}`);
    }
    const host = new RemoteHost(session, target);
    const [, uname, machine] = session.hello;
    host.platform = platformOf(uname);
    host.arch = archOf(machine);
    const [where, env] = await Promise.all([
      session.request('where', [], FILE_REQUEST_MS, 64 * 1024),
      session.request('env', [], FILE_REQUEST_MS, DEFAULT_MAX_BYTES),
    ]);
    host.startDir = where.blobs[0]?.toString('utf8') || '/';
    host.tempDir = where.blobs[1]?.toString('utf8') ?? '';
    host.env = parseEnviron(env.blobs[0] ?? Buffer.alloc(0), env.fields[1] ?? 'lines');
    return host;
  }

  /** Why the session broke, or null while it works. */
  get broken(): string | null {
    return this.session.broken;
  }

  close(): Promise<void> {
    return this.session.close();
  }

  /**
   * One request, or the answer to the same question asked since the last command ran: the shell
   * collectors ask each context about the same startup files and PATH entries, and every round
   * trip costs the target processes. A command may change files, so running one forgets all.
   */
  private ask(op: string, args: readonly string[], maxBytes = 64 * 1024): Promise<ProbeAnswer | null> {
    if (!REMEMBERED_OPS.has(op)) return this.askTarget(op, args, maxBytes);
    const key = `${op}\0${args.join('\0')}`;
    let answer = this.remembered.get(key);
    if (!answer) {
      answer = this.askTarget(op, args, maxBytes);
      this.remembered.set(key, answer);
      // A large file is not kept: a binary's ranges have their own cache (RemoteRanges).
      void answer.then((a) => { if (a && a.blobs.reduce((n, b) => n + b.length, 0) > REMEMBERED_BYTES) this.remembered.delete(key); });
    }
    return answer;
  }

  private async askTarget(op: string, args: readonly string[], maxBytes: number): Promise<ProbeAnswer | null> {
    try {
      return await this.session.request(op, args, FILE_REQUEST_MS, maxBytes);
    } catch {
      return null;
    }
  }

  async readBytes(p: string, maxBytes = DEFAULT_READ_BYTES) {
    const a = await this.ask('read', [p, String(maxBytes)], maxBytes);
    return a?.fields[0] === 'ok' ? (a.blobs[0] ?? Buffer.alloc(0)).subarray(0, maxBytes) : null;
  }
  async readText(p: string, maxBytes = DEFAULT_READ_BYTES) {
    return (await this.readBytes(p, maxBytes))?.toString('utf8') ?? null;
  }
  async readTail(p: string, maxBytes: number) {
    const a = await this.ask('tail', [p, String(maxBytes)], maxBytes);
    return a?.fields[0] === 'ok' ? (a.blobs[0] ?? Buffer.alloc(0)).subarray(-maxBytes).toString('utf8') : null;
  }
  async stat(p: string) {
    const a = await this.ask('stat', [p]);
    return a ? parseStat(a.fields) : null;
  }
  async lstat(p: string) {
    const a = await this.ask('lstat', [p]);
    return a ? parseStat(a.fields) : null;
  }
  async readdirTyped(p: string): Promise<DirEntry[] | null> {
    const a = await this.ask('readdir', [p], DEFAULT_MAX_BYTES);
    if (a?.fields[0] !== 'ok') return null;
    return (a.blobs[0] ?? Buffer.alloc(0)).toString('utf8').split('\0').filter(Boolean)
      .map((rec) => ({ name: rec.slice(1), isFile: rec[0] === 'f', isDir: rec[0] === 'd', isSymlink: rec[0] === 'l', ...(SPECIAL[rec[0]!] ? { special: SPECIAL[rec[0]!] } : {}) }))
      .sort((x, y) => compareText(x.name, y.name));
  }
  async readdir(p: string) {
    return (await this.readdirTyped(p))?.map((e) => e.name).sort() ?? null;
  }
  async readlink(p: string) {
    const a = await this.ask('readlink', [p]);
    return a?.fields[0] === 'ok' ? stripNewline(a.blobs[0] ?? Buffer.alloc(0)) : null;
  }
  async realpath(p: string) {
    const a = await this.ask('realpath', [p]);
    return a?.fields[0] === 'ok' ? stripNewline(a.blobs[0] ?? Buffer.alloc(0)) || null : null;
  }
  async isExecutable(p: string) {
    const a = await this.ask('exec', [p]);
    return a?.fields[0] === 'yes';
  }
  /**
   * A target's file for positional reads: ranges fetched through the probe (dd) in chunks, a few
   * kept, so a binary's headers and build info cost a few requests, not the whole file.
   */
  async openFile(p: string, opts: OpenOptions = {}): Promise<HostFile | HostError> {
    const st = await this.stat(p);
    if (!st) return UNREADABLE;
    if (st.isDir) return { error: true, code: 'EISDIR', message: 'is a directory' };
    if (!st.isFile) return { error: true, code: 'ENOTREG', message: 'not a regular file (FIFO, socket or device): not opened' };
    const source = new RemoteRanges(st.size, async (offset, length) => {
      const a = await this.ask('range', [p, String(offset), String(length)], length);
      if (a?.fields[0] !== 'ok') throw new HostFileError({ error: true, code: 'EIO', message: `could not read ${p} on the target${this.broken ? `: ${this.broken}` : ''}` });
      return (a.blobs[0] ?? Buffer.alloc(0)).subarray(0, length);
    });
    let head: Buffer;
    try {
      head = await source.read(0, opts.headBytes ?? 0);
    } catch {
      return UNREADABLE;
    }
    return { size: source.size, read: (o, n) => source.read(o, n), head, close() {} };
  }
  async readFiles(paths: readonly string[], maxBytes: number): Promise<(Buffer | null)[]> {
    return this.batched('reads', [String(maxBytes)], paths, maxBytes, (b) => b.subarray(0, maxBytes));
  }
  async readlinks(paths: readonly string[]): Promise<(string | null)[]> {
    return this.batched('readlinks', [], paths, 4096, stripNewline);
  }
  /**
   * One request per BATCH paths (probe ops reads, readlinks): a flag per path, then the bytes of
   * each path flagged 1 — a blob each (`ok`), one blob cut at the listed sizes (`okc`), or one
   * blob of NUL-terminated records (`okz`).
   */
  private async batched<T>(op: string, args: string[], paths: readonly string[], maxEach: number, decode: (b: Buffer) => T): Promise<(T | null)[]> {
    const out: (T | null)[] = [];
    for (let i = 0; i < paths.length; i += BATCH) {
      const part = paths.slice(i, i + BATCH);
      const a = await this.ask(op, [...args, ...part], maxEach * part.length);
      const [status, flags = ''] = a?.fields ?? [];
      const kept = status?.startsWith('ok') ? splitBatch(status, a!.fields[2], a!.blobs) : null;
      let k = 0;
      for (let j = 0; j < part.length; j++) out.push(kept && flags[j] === '1' ? decode(kept[k++] ?? Buffer.alloc(0)) : null);
    }
    return out;
  }
  async readHeads(paths: readonly string[], bytes: number): Promise<(Buffer | HostError)[]> {
    return (await this.readFiles(paths, bytes)).map((b) => b ?? UNREADABLE);
  }
  async statWhy(p: string, opts: { noFollow?: boolean } = {}): Promise<HostStat | HostError> {
    return (await (opts.noFollow ? this.lstat(p) : this.stat(p))) ?? { error: true, code: 'ENOENT', message: 'no such file or directory on the target' };
  }
  async readdirWhy(p: string): Promise<DirEntry[] | HostError> {
    return (await this.readdirTyped(p)) ?? UNREADABLE;
  }
  /** Hashed here from the bytes the probe sends (capped like openFile): the target may lack sha256sum. */
  async hashFile(p: string, algorithm: DigestAlgorithm): Promise<string | null> {
    const st = await this.stat(p);
    if (!st?.isFile || st.size > OPEN_FILE_CAP) return null;
    const bytes = await this.readBytes(p, OPEN_FILE_CAP);
    return bytes && bytes.length === st.size ? createHash(algorithm).update(bytes).digest('hex') : null;
  }
  /** An empty directory in the probe's temporary directory, telemetry off, for running go. */
  async neutralDir() {
    const a = await this.ask('scratch', [PROBE_CACHE, PROBE_CONFIG]);
    return a?.fields[0] === 'ok' ? (a.blobs[0] ?? Buffer.alloc(0)).toString('utf8') : '/';
  }
  async diskSpace(p: string) {
    const a = await this.ask('df', [p]);
    return a?.fields[0] === 'ok' ? parseDfP((a.blobs[0] ?? Buffer.alloc(0)).toString('utf8')) : null;
  }

  /**
   * Run a program on the target: resolved in the absolute PATH entries of opts.env, started with
   * exactly that environment (env -i), stdin from /dev/null, killed at the deadline.
   */
  async run(file: string, args: readonly string[], opts: Partial<ExecOptions> = {}): Promise<ExecResult> {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const start = performance.now();
    const envWords = Object.entries(opts.env ?? this.env).flatMap(([k, v]) => (v === undefined || k.includes('=') ? [] : [`${k}=${v}`]));
    const failed = (error: string): ExecResult => ({
      ok: false, code: null, signal: null, stdout: '', stderr: '', stdoutBytes: Buffer.alloc(0),
      timedOut: false, truncated: false, error, ms: Math.round(performance.now() - start),
    });
    if (opts.input !== undefined) return failed('input to a command on a remote target is not supported');
    let a: ProbeAnswer;
    this.remembered.clear();
    try {
      a = await this.session.request('run', [String(Math.max(1, Math.ceil(timeoutMs / 1000))), String(maxBytes), opts.cwd ?? '/', file, String(envWords.length), ...envWords, ...args], timeoutMs, maxBytes);
    } catch (e) {
      return failed((e as Error).message);
    }
    const [status, rcText, when] = a.fields;
    if (status !== 'ran') return failed(`spawn ${file} ENOENT: ${(a.blobs[0] ?? Buffer.alloc(0)).toString('utf8') || 'could not start on the target'}`);
    const out = a.blobs[0] ?? Buffer.alloc(0);
    const err = a.blobs[1] ?? Buffer.alloc(0);
    const truncated = out.length > maxBytes || err.length > maxBytes;
    const stdoutBytes = out.subarray(0, maxBytes);
    const rc = Number(rcText);
    const timedOut = when === 'late';
    // Processes that left its group and held the output open, killed by the probe ("PID COMM" lines).
    const leftover = (a.blobs[2] ?? Buffer.alloc(0)).toString('utf8').split('\n').flatMap((l) => {
      const m = /^(\d+) (.*)$/.exec(l);
      return m ? [{ pid: Number(m[1]), command: m[2]! }] : [];
    });
    // A shell reports death by signal N as status 128+N.
    const signal = rc > 128 ? SIGNAL_NAMES.get(rc - 128) ?? null : null;
    return {
      ok: !timedOut && Number.isInteger(rc),
      code: signal || !Number.isInteger(rc) ? null : rc,
      signal,
      stdout: stdoutBytes.toString('utf8'),
      stderr: err.subarray(0, maxBytes).toString('utf8'),
      stdoutBytes,
      timedOut,
      truncated,
      ...(timedOut ? { error: `timed out after ${timeoutMs} ms` } : {}),
      ...(leftover.length ? { leftover } : {}),
      ms: Math.round(performance.now() - start),
    };
  }
}

/** The pieces of a batched answer (RemoteHost.batched), one per path flagged 1. */
function splitBatch(status: string, sizes: string | undefined, blobs: readonly Buffer[]): Buffer[] {
  const all = blobs[0] ?? Buffer.alloc(0);
  if (status === 'okc') {
    let at = 0;
    return (sizes ?? '').split(',').map((n) => all.subarray(at, (at += Number(n))));
  }
  if (status === 'okz') {
    const out: Buffer[] = [];
    for (let at = 0, nul = all.indexOf(0); nul >= 0; at = nul + 1, nul = all.indexOf(0, at)) out.push(all.subarray(at, nul));
    return out;
  }
  return [...blobs];
}

/** Chunks of a remote file, the last few kept: parsers read headers, tables and notes close together. */
class RemoteRanges {
  private static readonly CHUNK = 256 * 1024;
  private static readonly KEPT = 16;
  private readonly chunks = new Map<number, Promise<Buffer>>();
  constructor(readonly size: number, private readonly fetch: (offset: number, length: number) => Promise<Buffer>) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    if (len === 0) return Buffer.alloc(0);
    const C = RemoteRanges.CHUNK;
    const first = Math.floor(offset / C), last = Math.floor((offset + len - 1) / C);
    // A read wider than a few chunks (a section table, pclntab) is one request of its own.
    if (last - first >= 4) return this.fetch(offset, len);
    const parts: Buffer[] = [];
    for (let i = first; i <= last; i++) parts.push(await this.chunk(i));
    const all = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    return all.subarray(offset - first * C, offset - first * C + len);
  }

  private chunk(i: number): Promise<Buffer> {
    let c = this.chunks.get(i);
    if (!c) {
      c = this.fetch(i * RemoteRanges.CHUNK, Math.min(RemoteRanges.CHUNK, this.size - i * RemoteRanges.CHUNK));
      c.catch(() => this.chunks.delete(i));
      this.chunks.set(i, c);
      if (this.chunks.size > RemoteRanges.KEPT) this.chunks.delete(this.chunks.keys().next().value!);
    }
    return c;
  }
}
