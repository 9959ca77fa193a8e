// Turn `godiag inspect PATH...` into artifacts facts: walk directories like `go version -m`
// (src/cmd/go/internal/version/version.go scanDir: regular files and symlinks to files, no
// directory symlinks followed), inspect each file, and keep a per-file reason for everything
// that could not be read. Nothing here throws for one bad file.
// Files are read one at a time with synchronous positional reads: the page cache answers in
// microseconds, and a walk that never queues ahead keeps memory flat on any tree size.
import * as path from 'node:path';
import type { ArtifactsFacts, BinaryFacts, Expectations, ProblemKind } from '../../facts/schema/artifacts.js';
import { FORMAT_HEAD_BYTES, inspectOpened, openBinary } from './read.js';
import { FormatError } from '../../analyzers/binary/source.js';
import { detectFormat, NOT_A_BINARY } from '../../analyzers/binary/index.js';
import { compareText } from '../../facts/order.js';
import { SkippedFiles } from './skipped-files.js';
import { isHostError, LocalHost, type DirEntry, type Host, type HostError, type HostStat } from '../host.js';

export interface CollectArtifactsOptions {
  /** The machine whose files are read; the local one by default. */
  host?: Host;
  expect?: Expectations | null;
  targetImage?: string | null;
  /** `--require N`: at least N binaries must be checked. */
  require?: number | null;
  /** Stop walking after this many files (a guard against runaway trees). */
  maxFiles?: number;
  /** Each file's binaries (a universal file has several) as soon as they are read, in walk order. */
  onBinary?: (found: readonly BinaryFacts[]) => void;
  /** After each file looked at: the counts so far and the directory being read. */
  progress?: (p: Readonly<WalkProgress>) => void;
  /**
   * Keep a record of every skipped file (JSON, -v). Without it they are only counted: a tree of a
   * million files costs no more memory than a small one.
   */
  keepSkipped?: boolean;
}

export interface WalkProgress { files: number; binaries: number; skipped: number; dir: string }

/** The walk lets the event loop turn this often: timers (the status line) and Ctrl-C get their turn. */
const YIELD_EVERY_MS = 50;

export async function collectArtifacts(paths: readonly string[], opts: CollectArtifactsOptions = {}): Promise<ArtifactsFacts> {
  const skipped = new SkippedFiles();
  const facts: ArtifactsFacts = {
    binaries: [], problems: [], skipped, inputs: [], require: opts.require ?? null, expect: opts.expect ?? null, targetImage: opts.targetImage ?? null,
  };
  const host = opts.host ?? new LocalHost();
  const maxFiles = opts.maxFiles ?? 1_000_000;
  let seen = 0;
  const keepSkipped = opts.keepSkipped ?? true;
  const counts: WalkProgress = { files: 0, binaries: 0, skipped: 0, dir: '' };
  // Binaries are listed in walk order, each file once (a path may be named twice, or named and walked).
  const listed = new Set<string>();
  let sliceStart = performance.now();

  function skip(file: string, reason: string): void {
    counts.skipped++;
    if (keepSkipped) skipped.push({ path: file, reason });
  }

  function record(file: string, explicit: boolean, all: BinaryFacts[]): void {
    if (!explicit && !all.some((b) => b.isGo)) return skip(file, `${all[0]!.format} binary, not built by Go`);
    if (listed.has(file)) return;
    listed.add(file);
    facts.binaries.push(...all);
    counts.binaries += all.length;
    opts.onBinary?.(all);
  }

  /** Count a file and report progress; true when the event loop should get a turn. */
  function looked(): boolean {
    counts.files++;
    opts.progress?.(counts);
    if (performance.now() - sliceStart < YIELD_EVERY_MS) return false;
    sliceStart = performance.now();
    return true;
  }

  function problem(file: string, e: unknown): void {
    if (e instanceof FormatError) facts.problems.push({ path: file, message: `corrupt or truncated: ${e.message}`, kind: 'corrupt' });
    else facts.problems.push({ path: file, message: describeFsError(e as NodeJS.ErrnoException), kind: fsProblemKind(e as NodeJS.ErrnoException) });
  }

  /** A file whose first bytes were read with its directory's: only a binary is opened again. */
  function inspectKnown(file: string, head: Buffer | HostError): Promise<void> | undefined {
    if (isHostError(head)) return void problem(file, head);
    if (detectFormat(head) === null) return void skip(file, NOT_A_BINARY);
    return inspectOne(file, false);
  }


  function inspectOne(file: string, explicit: boolean): Promise<void> {
    return openBinary(host, file, { knownRegular: true }).then((opened) => {
      if (opened) return inspectOpened(opened, file).then((all) => record(file, explicit, all));
      if (explicit) facts.problems.push({ path: file, message: NOT_A_BINARY, kind: 'not-binary' });
      else skip(file, NOT_A_BINARY);
      return undefined;
    }).catch((e: unknown) => problem(file, e));
  }

  /** `prefix` is joinPrefix(dir). */
  async function walk(dir: string, prefix: string): Promise<void> {
    const entries = await host.readdirWhy(dir);
    if (isHostError(entries)) {
      facts.problems.push({ path: dir, message: describeFsError(entries), kind: fsProblemKind(entries) });
      return;
    }
    // Nearly every file of a tree is no binary: one call to the Host per directory recognises them.
    const files = entries.filter((e) => e.isFile).map((e) => prefix + e.name);
    const heads = await host.readHeads(files.slice(0, Math.max(0, maxFiles + 1 - seen)), FORMAT_HEAD_BYTES);
    let nth = 0;
    for (const ent of entries) {
      if (seen > maxFiles) return;
      counts.dir = dir;
      // Names hold no separator and the prefix is normalised, so this is path.join(dir, name)
      // without re-normalising: that was the walk's largest source of garbage.
      const full = prefix + ent.name;
      if (ent.isDir) {
        await walk(full, full + path.sep);
        continue;
      }
      if (ent.isFile) {
        seen++;
        const pending = inspectKnown(full, heads[nth++]!);
        if (pending) await pending;
      } else if (ent.isSymlink) {
        // Like go version: follow links to regular files, never links to directories.
        const st = await host.statWhy(full);
        if (isHostError(st)) skip(full, `symlink: ${describeFsError(st)}`);
        else if (st.isFile) {
          seen++;
          await inspectOne(full, false);
        } else skip(full, `symlink to ${kindOf(st)}`);
      } else {
        skip(full, `${entryKind(ent)}: not opened`);
      }
      if (looked()) await nextTurn();
    }
  }

  for (const p of paths) {
    const st = await host.statWhy(p);
    const filesBefore = seen;
    const binariesBefore = counts.binaries;
    if (isHostError(st)) facts.problems.push({ path: p, message: describeFsError(st), kind: fsProblemKind(st) });
    else if (st.isDir) await walk(p, joinPrefix(p));
    else if (st.isFile) {
      seen++;
      await inspectOne(p, true);
      if (looked()) await nextTurn();
    } else facts.problems.push({ path: p, message: `${kindOf(st)}: not opened (reading it could block or has no meaning)`, kind: 'special' });
    facts.inputs.push({ path: p, binaries: counts.binaries - binariesBefore, files: seen - filesBefore });
  }
  // Binaries and skipped files are already in a stable order (the walk's, sorted within each
  // directory, like go version); problems are few and come from anywhere.
  facts.problems.sort((a, b) => compareText(a.path, b.path));
  if (seen > maxFiles) facts.problems.push({ path: paths.join(' '), message: `stopped after ${maxFiles} files`, kind: 'limit' });
  return facts;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * What path.join(dir, name) puts before a plain name (dir normalised, with its separator; ''
 * for '.'): prefix + name is that join without re-normalising for each name.
 */
export function joinPrefix(dir: string): string {
  return path.join(dir, '_').slice(0, -1);
}

function kindOf(st: HostStat): string {
  if (st.isFIFO) return 'FIFO (named pipe)';
  if (st.isSocket) return 'socket';
  if (st.isDevice) return 'device';
  if (st.isDir) return 'directory';
  return 'special file';
}

function entryKind(ent: DirEntry): string {
  return ent.special === 'fifo' ? 'FIFO (named pipe)' : ent.special === 'socket' ? 'socket' : ent.special === 'device' ? 'device' : 'special file';
}

function fsProblemKind(e: { code?: string }): ProblemKind {
  return e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'missing' : 'unreadable';
}

/** A reason in words for a failed read: a Host's error or an exception with an errno code. */
export function describeFsError(e: HostError | { code?: string; message?: string }): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory (or a dangling symlink)';
    case 'ELOOP': return 'symlink loop';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a path component is not a directory';
    case 'EISDIR': return 'is a directory';
    default: return e.message ?? String(e);
  }
}
