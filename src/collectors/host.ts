import * as fs from 'node:fs';
import { constants as fsc } from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { execFile, type ExecOptions, type ExecResult } from './exec.js';
import { compareText } from '../facts/order.js';
import type { DigestAlgorithm } from '../facts/schema/verify.js';
import { parseDfP, type DiskSpace } from './disk-space.js';
import { FileSource } from './host-file.js';
import type { ByteSource } from '../analyzers/binary/source.js';

/**
 * Everything a collector may touch: a filesystem under `root`, a command runner and
 * an environment. The local machine and a recorded machine tree (fixtures of RHEL,
 * macOS, Alpine ...) implement the same interface, so the same collectors run on both.
 */
export interface Host {
  /** 'local' or a description of the recording. */
  readonly kind: 'local' | 'recorded' | 'remote';
  readonly platform: NodeJS.Platform;
  /** A remote target's architecture in Node's words (uname -m mapped); this machine's is process.arch. */
  readonly arch?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Read at most maxBytes of a file (absolute path on the host). Null when absent/unreadable.
   * `knownRegular`: the caller has just stat'ed the path as a regular file (see openFile).
   */
  readText(p: string, maxBytes?: number, opts?: { knownRegular?: boolean }): Promise<string | null>;
  readBytes(p: string, maxBytes?: number): Promise<Buffer | null>;
  /** The last maxBytes of a regular file (logs grow at the end: recent entries are there). */
  readTail(p: string, maxBytes: number): Promise<string | null>;
  stat(p: string): Promise<HostStat | null>;
  lstat(p: string): Promise<HostStat | null>;
  readdir(p: string): Promise<string[] | null>;
  /** readdir with each entry's type as lstat would give it, in one call (no lstat per entry). */
  readdirTyped(p: string): Promise<DirEntry[] | null>;
  readlink(p: string): Promise<string | null>;
  /** Resolve symlinks; null when the path or a link target is missing or loops. */
  realpath(p: string): Promise<string | null>;
  /** Is p executable by the current user (access X_OK)? */
  isExecutable(p: string): Promise<boolean>;
  run(file: string, args: readonly string[], opts?: Partial<ExecOptions>): Promise<ExecResult>;
  /** Space on the filesystem holding p, as `df -P` reports it (available to unprivileged users). */
  diskSpace(p: string): Promise<DiskSpace | null>;
  /**
   * Open a regular file for bounded positional reads (binaries: never the whole file in memory).
   * FIFOs and devices are never opened: `knownRegular` skips the check on the path for a caller
   * that has just listed it as a regular file; the descriptor is checked either way.
   */
  openFile(p: string, opts?: OpenOptions): Promise<HostFile | HostError>;
  /**
   * The first `bytes` bytes of each of a directory's regular files in one call (a directory walk
   * recognises file formats: one call per directory, not one per file). Paths were just listed
   * as regular files; each is opened non-blocking, so one swapped for a FIFO cannot block.
   */
  readHeads(paths: readonly string[], bytes: number): Promise<(Buffer | HostError)[]>;
  /**
   * stat (lstat with noFollow) and readdirTyped saying why on failure: inspect reports every
   * unreadable path with its reason.
   */
  statWhy(p: string, opts?: { noFollow?: boolean }): Promise<HostStat | HostError>;
  readdirWhy(p: string): Promise<DirEntry[] | HostError>;
  /** Hex digest of a regular file's whole content (streamed, never held in memory); null when absent or not a regular file. */
  hashFile(p: string, algorithm: DigestAlgorithm): Promise<string | null>;
  /** Remote hosts only: an empty directory on the target, with telemetry off (neutral-dir.ts). */
  neutralDir?(): Promise<string>;
  /** Remote hosts only: readBytes of many files in one request (see readFiles). */
  readFiles?(paths: readonly string[], maxBytes: number): Promise<(Buffer | null)[]>;
  /** Remote hosts only: readlink of many paths in one request (see readlinks). */
  readlinks?(paths: readonly string[]): Promise<(string | null)[]>;
}

/**
 * readBytes of each path, in one round trip where the host can: a directory of certificates or
 * of systemd units costs a remote target one request, not one per file.
 */
export function readFiles(host: Host, paths: readonly string[], maxBytes: number): Promise<(Buffer | null)[]> {
  return host.readFiles ? host.readFiles(paths, maxBytes) : Promise.all(paths.map((p) => host.readBytes(p, maxBytes)));
}

/** readlink of each path, in one round trip where the host can (see readFiles). */
export function readlinks(host: Host, paths: readonly string[]): Promise<(string | null)[]> {
  return host.readlinks ? host.readlinks(paths) : Promise.all(paths.map((p) => host.readlink(p)));
}

export interface OpenOptions {
  /** The caller has just listed the path as a regular file: no check of the path first. */
  knownRegular?: boolean;
  /** Read this many bytes from the start at open (format detection in the same call). */
  headBytes?: number;
}

/** An opened regular file; close it when done. */
export interface HostFile extends ByteSource {
  /** The first OpenOptions.headBytes bytes (fewer for a shorter file). */
  readonly head: Buffer;
  close(): void;
}

/** Why a path could not be read: an errno name (ENOENT, EACCES, ELOOP ...) and the system's message. */
export interface HostError { error: true; code: string; message: string }

export function isHostError(x: unknown): x is HostError {
  return typeof x === 'object' && x !== null && (x as HostError).error === true;
}

function hostError(e: unknown): HostError {
  const err = e as NodeJS.ErrnoException;
  return { error: true, code: err.code ?? 'EIO', message: err.message ?? String(e) };
}

export interface DirEntry {
  name: string; isFile: boolean; isDir: boolean; isSymlink: boolean;
  /** Set only for what is neither file, directory nor symlink. */
  special?: 'fifo' | 'socket' | 'device' | 'other';
}

function specialOf(d: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): DirEntry['special'] {
  return d.isFIFO() ? 'fifo' : d.isSocket() ? 'socket' : d.isCharacterDevice() || d.isBlockDevice() ? 'device' : 'other';
}

function typedEntries(dir: string): DirEntry[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .map((d): DirEntry => {
      const isFile = d.isFile(), isDir = d.isDirectory(), isSymlink = d.isSymbolicLink();
      return isFile || isDir || isSymlink ? { name: d.name, isFile, isDir, isSymlink } : { name: d.name, isFile, isDir, isSymlink, special: specialOf(d) };
    })
    .sort((a, b) => compareText(a.name, b.name));
}

/**
 * Most opened files are no binary and are closed after their first 16 bytes: the descriptor's
 * fstat and the read window wait until a parser asks for more, as they cost more than the open.
 */
class LocalFile implements HostFile {
  private source: FileSource | undefined;
  readonly head: Buffer;
  constructor(private readonly fd: number, headBytes: number) {
    const into = Buffer.allocUnsafe(headBytes);
    this.head = headBytes ? into.subarray(0, fs.readSync(fd, into, 0, headBytes, 0)) : into;
  }
  get size() {
    return this.opened().size;
  }
  read(offset: number, length: number) {
    return this.opened().read(offset, length);
  }
  close() {
    fs.closeSync(this.fd);
  }
  /** The descriptor is checked too: a FIFO swapped in after the path's check is not read on. */
  private opened(): FileSource {
    if (!this.source) {
      const st = fs.fstatSync(this.fd);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file (FIFO, socket or device)'), { code: 'ENOTREG' });
      this.source = new FileSource(this.fd, st.size);
    }
    return this.source;
  }
}

/**
 * Synchronous like readRegular: inspect opens every file of a tree, and nearly all are no binary.
 * O_NONBLOCK: should the file have been swapped for a FIFO since the check, open does not block.
 */
function openLocal(p: string, opts: OpenOptions): HostFile | HostError {
  let fd: number | undefined;
  try {
    if (!opts.knownRegular) {
      const st = fs.statSync(p);
      if (!st.isFile()) return notRegular(st);
    }
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const file = new LocalFile(fd, opts.headBytes ?? 0);
    fd = undefined;
    return file;
  } catch (e) {
    return hostError(e);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Up to into.length bytes from the start of a file, synchronously (see readRegular). */
function headOf(p: string, into: Buffer): Buffer | HostError {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const n = fs.readSync(fd, into, 0, into.length, 0);
    return n === into.length ? into : into.subarray(0, n);
  } catch (e) {
    return hostError(e);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function notRegular(st: import('node:fs').Stats): HostError {
  return st.isDirectory()
    ? { error: true, code: 'EISDIR', message: 'is a directory' }
    : { error: true, code: 'ENOTREG', message: 'not a regular file (FIFO, socket or device): not opened' };
}

export interface HostStat {
  isFile: boolean;
  isDir: boolean;
  isSymlink: boolean;
  isFIFO: boolean;
  isSocket: boolean;
  isDevice: boolean;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  dev: number;
  ino: number;
}

function toStat(s: import('node:fs').Stats): HostStat {
  return {
    isFile: s.isFile(), isDir: s.isDirectory(), isSymlink: s.isSymbolicLink(), isFIFO: s.isFIFO(),
    isSocket: s.isSocket(), isDevice: s.isBlockDevice() || s.isCharacterDevice(),
    size: s.size, mode: s.mode, uid: s.uid, gid: s.gid, mtimeMs: s.mtimeMs, dev: s.dev, ino: s.ino,
  };
}

/**
 * Run read on a regular file's descriptor; null when absent, unreadable or not a regular file.
 * FIFOs and devices are never opened (a FIFO open blocks): the path is checked first, opened
 * non-blocking, and checked again on the descriptor, so a FIFO swapped in between cannot block.
 *
 * Synchronous on purpose: these are small local files, and a synchronous read costs
 * microseconds where a round trip through the thread pool costs a hundred times more;
 * doctor reads a few hundred of them and lint thousands.
 */
function readRegular<T>(p: string, read: (fd: number, size: number) => T, knownRegular = false): T | null {
  let fd: number | undefined;
  try {
    if (!knownRegular && !fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return null;
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    return st.isFile() ? read(fd, st.size) : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Up to maxBytes from the start (or the end); a stat size of 0 (/proc, /sys) is read until EOF. */
function readFd(fd: number, size: number, maxBytes: number, fromEnd: boolean): Buffer {
  if (size > 0) {
    const len = Math.min(size, maxBytes);
    const buf = Buffer.allocUnsafe(len);
    const n = fs.readSync(fd, buf, 0, len, fromEnd ? size - len : 0);
    return buf.subarray(0, n);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < maxBytes) {
    const buf = Buffer.allocUnsafe(Math.min(65536, maxBytes - total));
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** Up to maxBytes of a regular file. */
export function readCapped(p: string, maxBytes = 1024 * 1024, fromEnd = false): Buffer | null {
  return readRegular(p, (fd, size) => readFd(fd, size, maxBytes, fromEnd));
}

/** readCapped as text; a file within the cap is read and decoded in one call into Node. */
export function readCappedText(p: string, maxBytes = 1024 * 1024, knownRegular = false): string | null {
  return readRegular(p, (fd, size) => (size > 0 && size <= maxBytes ? fs.readFileSync(fd, 'utf8') : readFd(fd, size, maxBytes, false).toString('utf8')), knownRegular);
}

/** Small files are read in one call (a stream costs more than the read); larger ones are streamed. */
async function hashRegular(p: string, algorithm: DigestAlgorithm): Promise<string | null> {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st?.isFile()) return null;
    if (st.size <= 1 << 20) {
      const bytes = readCapped(p, 1 << 20);
      return bytes && bytes.length === st.size ? createHash(algorithm).update(bytes).digest('hex') : null;
    }
    const h = createHash(algorithm);
    await pipeline(fs.createReadStream(p), h);
    return h.digest('hex');
  } catch {
    return null;
  }
}

function statOrNull(p: string, follow: boolean): HostStat | null {
  const s = follow ? fs.statSync(p, { throwIfNoEntry: false }) : fs.lstatSync(p, { throwIfNoEntry: false });
  return s ? toStat(s) : null;
}

/**
 * The local machine's stat, listing and stat-with-reason as plain calls, for code that runs only
 * here and synchronously (fix and its journal, report paths, --cwd checks); LocalHost answers
 * the same calls through the Host interface.
 */
export function statLocal(p: string, opts: { noFollow?: boolean } = {}): HostStat | null {
  try { return statOrNull(p, !opts.noFollow); } catch { return null; }
}

export function statLocalWhy(p: string, opts: { noFollow?: boolean } = {}): HostStat | HostError {
  try { return toStat(opts.noFollow ? fs.lstatSync(p) : fs.statSync(p)); } catch (e) { return hostError(e); }
}

/** Directory entry names, sorted by code unit; null when the directory cannot be listed. */
export function listLocal(p: string): string[] | null {
  try { return fs.readdirSync(p).sort(); } catch { return null; }
}

/** Metadata calls are synchronous too, for the reason given at readRegular. */
export class LocalHost implements Host {
  readonly kind = 'local' as const;
  readonly platform = process.platform;
  constructor(readonly env: Readonly<Record<string, string | undefined>> = process.env) {}
  async readBytes(p: string, maxBytes = 1024 * 1024) {
    return readCapped(p, maxBytes);
  }
  async readTail(p: string, maxBytes: number) {
    return readCapped(p, maxBytes, true)?.toString('utf8') ?? null;
  }
  async readText(p: string, maxBytes?: number, opts?: { knownRegular?: boolean }) {
    return readCappedText(p, maxBytes, opts?.knownRegular);
  }
  async stat(p: string) {
    return statLocal(p);
  }
  async lstat(p: string) {
    return statLocal(p, { noFollow: true });
  }
  async readdir(p: string) {
    return listLocal(p);
  }
  async readdirTyped(p: string) {
    try { return typedEntries(p); } catch { return null; }
  }
  async readlink(p: string) {
    try { return fs.readlinkSync(p); } catch { return null; }
  }
  async realpath(p: string) {
    try { return fs.realpathSync.native(p); } catch { return null; }
  }
  async isExecutable(p: string) {
    try {
      if (!fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return false;
      fs.accessSync(p, fsc.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  run(file: string, args: readonly string[], opts: Partial<ExecOptions> = {}) {
    return execFile(file, args, { env: this.env, ...opts });
  }
  async openFile(p: string, opts: OpenOptions = {}) {
    return openLocal(p, opts);
  }
  async readHeads(paths: readonly string[], bytes: number) {
    // One allocation for the directory: a buffer per file cost more than its open.
    const all = Buffer.allocUnsafe(paths.length * bytes);
    return paths.map((p, i) => headOf(p, all.subarray(i * bytes, (i + 1) * bytes)));
  }
  async statWhy(p: string, opts: { noFollow?: boolean } = {}) {
    return statLocalWhy(p, opts);
  }
  async readdirWhy(p: string) {
    try { return typedEntries(p); } catch (e) { return hostError(e); }
  }
  hashFile(p: string, algorithm: DigestAlgorithm) {
    return hashRegular(p, algorithm);
  }
  // statfs(2) without starting df; asynchronous, as a hung network mount blocks it.
  async diskSpace(p: string) {
    try {
      const s = await fs.promises.statfs(p);
      return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      return null;
    }
  }
}

/** A recorded command: argv joined by NUL-free spaces as key. */
export interface RecordedCommand {
  argv: string[];
  stdout?: string;
  stderr?: string;
  code?: number;
}

/**
 * A machine we cannot have, recorded as a directory tree plus command outputs.
 * Paths are mapped under `root`; symlinks inside the tree are resolved within it.
 * Commands not recorded fail as if the program were missing.
 */
export class RecordedHost implements Host {
  readonly kind = 'recorded' as const;
  constructor(
    readonly root: string,
    readonly platform: NodeJS.Platform,
    readonly env: Readonly<Record<string, string | undefined>>,
    private readonly commands: RecordedCommand[] = [],
  ) {}
  private map(p: string) {
    const norm = path.posix.normalize('/' + p.replace(/\\/g, '/'));
    return path.join(this.root, norm);
  }
  private unmap(real: string) {
    const rel = path.relative(this.root, real);
    if (rel.startsWith('..')) return null;
    return '/' + rel.split(path.sep).join('/');
  }
  async readBytes(p: string, maxBytes = 1024 * 1024) {
    return readCapped(this.map(p), maxBytes);
  }
  async readTail(p: string, maxBytes: number) {
    return readCapped(this.map(p), maxBytes, true)?.toString('utf8') ?? null;
  }
  async readText(p: string, maxBytes?: number) {
    return readCappedText(this.map(p), maxBytes);
  }
  async stat(p: string) {
    const r = await this.realpath(p);
    if (r === null) return null;
    try { return statOrNull(this.map(r), true); } catch { return null; }
  }
  async lstat(p: string) {
    try { return statOrNull(this.map(p), false); } catch { return null; }
  }
  async readdir(p: string) {
    const r = await this.realpath(p);
    if (r === null) return null;
    try { return fs.readdirSync(this.map(r)).sort(); } catch { return null; }
  }
  async readdirTyped(p: string) {
    const r = await this.realpath(p);
    if (r === null) return null;
    try { return typedEntries(this.map(r)); } catch { return null; }
  }
  async readlink(p: string) {
    try { return fs.readlinkSync(this.map(p)); } catch { return null; }
  }
  async hashFile(p: string, algorithm: DigestAlgorithm) {
    const r = await this.realpath(p);
    return r === null ? null : hashRegular(this.map(r), algorithm);
  }
  /** Resolve links as the recorded machine would (absolute targets are inside the tree). */
  async realpath(p: string) {
    const r = await this.realpathPosix(p.replace(/\\/g, '/'));
    // Recorded Windows machines keep Windows spelling: C:\Program Files\Go\bin\go.exe.
    return r && this.platform === 'win32' ? r.replace(/^\//, '').replace(/\//g, '\\') : r;
  }
  private async realpathPosix(p: string) {
    let parts = path.posix.normalize('/' + p).split('/').filter(Boolean);
    let resolved = '/';
    for (let hops = 0, i = 0; i < parts.length; i++) {
      const next = path.posix.join(resolved, parts[i]!);
      let st;
      try { st = fs.lstatSync(this.map(next)); } catch { return null; }
      if (st.isSymbolicLink()) {
        if (++hops > 40) return null;
        const target = fs.readlinkSync(this.map(next));
        const abs = target.startsWith('/') ? target : path.posix.join(resolved, target);
        parts = [...path.posix.normalize(abs).split('/').filter(Boolean), ...parts.slice(i + 1)];
        resolved = '/';
        i = -1;
        continue;
      }
      resolved = next;
    }
    return this.unmap(this.map(resolved));
  }
  async isExecutable(p: string) {
    const st = await this.stat(p);
    return !!st && st.isFile && (st.mode & 0o111) !== 0;
  }
  async openFile(p: string, opts: OpenOptions = {}) {
    const r = await this.realpath(p);
    if (r === null) return { error: true, code: 'ENOENT', message: 'no such file or directory' } as HostError;
    return openLocal(this.map(r), { headBytes: opts.headBytes });
  }
  async readHeads(paths: readonly string[], bytes: number) {
    return Promise.all(paths.map(async (p) => {
      const r = await this.realpath(p);
      return r === null ? { error: true, code: 'ENOENT', message: 'no such file or directory' } as HostError : headOf(this.map(r), Buffer.alloc(bytes));
    }));
  }
  async statWhy(p: string, opts: { noFollow?: boolean } = {}) {
    return (await (opts.noFollow ? this.lstat(p) : this.stat(p))) ?? { error: true, code: 'ENOENT', message: 'no such file or directory' } as HostError;
  }
  async readdirWhy(p: string) {
    return (await this.readdirTyped(p)) ?? { error: true, code: 'ENOENT', message: 'no such file or directory' } as HostError;
  }
  /** From the recorded `df -Pk PATH`, as a recording has no filesystem to ask. */
  async diskSpace(p: string) {
    const r = await this.run('df', ['-Pk', p]);
    return r.ok && r.code === 0 ? parseDfP(r.stdout) : null;
  }
  async run(file: string, args: readonly string[]): Promise<ExecResult> {
    const hit = this.commands.find(
      (c) => (c.argv[0] === file || path.posix.basename(c.argv[0] ?? '') === file) &&
        c.argv.length - 1 === args.length && c.argv.slice(1).every((a, i) => a === args[i]),
    );
    if (!hit) {
      return { ok: false, code: null, signal: null, stdout: '', stderr: '', stdoutBytes: Buffer.alloc(0), timedOut: false, truncated: false, error: `spawn ${file} ENOENT (not recorded)`, ms: 0 };
    }
    const stdout = hit.stdout ?? '';
    return { ok: true, code: hit.code ?? 0, signal: null, stdout, stderr: hit.stderr ?? '', stdoutBytes: Buffer.from(stdout), timedOut: false, truncated: false, ms: 0 };
  }
}
