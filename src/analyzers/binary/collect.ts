// Turn `godiag inspect PATH...` into artifacts facts: walk directories like `go version -m`
// (src/cmd/go/internal/version/version.go scanDir: regular files and symlinks to files, no
// directory symlinks followed), inspect each file, and keep a per-file reason for everything
// that could not be read. Nothing here throws for one bad file.
// Files are read one at a time with synchronous positional reads: the page cache answers in
// microseconds, and a walk that never queues ahead keeps memory flat on any tree size.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { ArtifactsFacts, BinaryFacts, Expectations, ProblemKind } from '../../facts/schema/artifacts.js';
import { inspectOpened, openBinary } from './index.js';
import { FormatError } from './source.js';
import { compareText } from '../../engine/order.js';

export interface CollectArtifactsOptions {
  expect?: Expectations | null;
  targetImage?: string | null;
  /** `--require N`: at least N binaries must be checked. */
  require?: number | null;
  /** Stop walking after this many files (a guard against runaway trees). */
  maxFiles?: number;
}

const NOT_BINARY = 'not an ELF, Mach-O, PE or XCOFF file';

export async function collectArtifacts(paths: readonly string[], opts: CollectArtifactsOptions = {}): Promise<ArtifactsFacts> {
  const facts: ArtifactsFacts = {
    binaries: [], problems: [], skipped: [], inputs: [], require: opts.require ?? null, expect: opts.expect ?? null, targetImage: opts.targetImage ?? null,
  };
  const maxFiles = opts.maxFiles ?? 1_000_000;
  let seen = 0;
  const results = new Map<string, BinaryFacts[]>();

  function record(file: string, explicit: boolean, all: BinaryFacts[]): void {
    if (explicit || all.some((b) => b.isGo)) results.set(file, all);
    else facts.skipped.push({ path: file, reason: `${all[0]!.format} binary, not built by Go` });
  }

  function problem(file: string, e: unknown): void {
    if (e instanceof FormatError) facts.problems.push({ path: file, message: `corrupt or truncated: ${e.message}`, kind: 'corrupt' });
    else facts.problems.push({ path: file, message: describeFsError(e as NodeJS.ErrnoException), kind: fsProblemKind(e as NodeJS.ErrnoException) });
  }

  /**
   * Synchronous for the files that are no binary (nearly all of a tree): no promise and no
   * event-loop turn per file; only a recognised binary returns a promise to wait for.
   */
  function inspectOne(file: string, explicit: boolean): Promise<void> | undefined {
    let opened;
    try {
      opened = openBinary(file, { regular: true });
    } catch (e) {
      problem(file, e);
      return undefined;
    }
    if (!opened) {
      if (explicit) facts.problems.push({ path: file, message: NOT_BINARY, kind: 'not-binary' });
      else facts.skipped.push({ path: file, reason: NOT_BINARY });
      return undefined;
    }
    return inspectOpened(opened, file).then((all) => record(file, explicit, all)).catch((e: unknown) => problem(file, e));
  }

  /** `prefix` is joinPrefix(dir). */
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      facts.problems.push({ path: dir, message: describeFsError(e as NodeJS.ErrnoException), kind: fsProblemKind(e as NodeJS.ErrnoException) });
      return;
    }
    entries.sort((a, b) => compareText(a.name, b.name));
    for (const ent of entries) {
      if (seen > maxFiles) return;
      // Names hold no separator and the prefix is normalised, so this is path.join(dir, name)
      // without re-normalising: that was the walk's largest source of garbage.
      const full = prefix + ent.name;
      if (ent.isDirectory()) {
        await walk(full, full + path.sep);
      } else if (ent.isFile()) {
        seen++;
        const pending = inspectOne(full, false);
        if (pending) await pending;
      } else if (ent.isSymbolicLink()) {
        // Like go version: follow links to regular files, never links to directories.
        const st = statOrError(full);
        if (st instanceof Error) facts.skipped.push({ path: full, reason: `symlink: ${describeFsError(st)}` });
        else if (st.isFile()) {
          seen++;
          const pending = inspectOne(full, false);
          if (pending) await pending;
        } else facts.skipped.push({ path: full, reason: `symlink to ${kindOf(st)}` });
      } else {
        facts.skipped.push({ path: full, reason: `${kindOf(ent)}: not opened` });
      }
    }
  }

  for (const p of paths) {
    const st = statOrError(p);
    const filesBefore = seen;
    const binariesBefore = [...results.values()].reduce((n, all) => n + all.length, 0);
    if (st instanceof Error) facts.problems.push({ path: p, message: describeFsError(st), kind: fsProblemKind(st) });
    else if (st.isDirectory()) await walk(p, joinPrefix(p));
    else if (st.isFile()) {
      seen++;
      await inspectOne(p, true);
    } else facts.problems.push({ path: p, message: `${kindOf(st)}: not opened (reading it could block or has no meaning)`, kind: 'special' });
    const binaries = [...results.values()].reduce((n, all) => n + all.length, 0) - binariesBefore;
    facts.inputs.push({ path: p, binaries, files: seen - filesBefore });
  }
  // Stable order: by path, then slice.
  for (const file of [...results.keys()].sort()) facts.binaries.push(...results.get(file)!);
  const byPath = (a: { path: string }, b: { path: string }) => compareText(a.path, b.path);
  facts.skipped.sort(byPath);
  facts.problems.sort(byPath);
  if (seen > maxFiles) facts.problems.push({ path: paths.join(' '), message: `stopped after ${maxFiles} files`, kind: 'limit' });
  return facts;
}

/**
 * What path.join(dir, name) puts before a plain name (dir normalised, with its separator; ''
 * for '.'): prefix + name is that join without re-normalising for each name.
 */
export function joinPrefix(dir: string): string {
  return path.join(dir, '_').slice(0, -1);
}

function statOrError(p: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(p);
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isDirectory()) return 'directory';
  return 'special file';
}

function fsProblemKind(e: NodeJS.ErrnoException): ProblemKind {
  return e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'missing' : 'unreadable';
}

export function describeFsError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory (or a dangling symlink)';
    case 'ELOOP': return 'symlink loop';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a path component is not a directory';
    case 'EISDIR': return 'is a directory';
    default: return e.message ?? String(e);
  }
}
