// Turn `godiag inspect PATH...` into artifacts facts: walk directories like `go version -m`
// (src/cmd/go/internal/version/version.go scanDir: regular files and symlinks to files, no
// directory symlinks followed), inspect each file, and keep a per-file reason for everything
// that could not be read. Nothing here throws for one bad file.
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import type { ArtifactsFacts, BinaryFacts, Expectations } from '../../facts/schema/artifacts.js';
import { inspectBinaryAll, NotABinaryError } from './index.js';
import { FormatError } from './source.js';

export interface CollectArtifactsOptions {
  expect?: Expectations | null;
  targetImage?: string | null;
  /** Files inspected at once; each holds one descriptor and small buffers. */
  concurrency?: number;
  /** Stop walking after this many files (a guard against runaway trees). */
  maxFiles?: number;
}

interface Candidate { file: string; explicit: boolean }

export async function collectArtifacts(paths: readonly string[], opts: CollectArtifactsOptions = {}): Promise<ArtifactsFacts> {
  const facts: ArtifactsFacts = { binaries: [], problems: [], skipped: [], expect: opts.expect ?? null, targetImage: opts.targetImage ?? null };
  const maxFiles = opts.maxFiles ?? 1_000_000;
  let seen = 0;
  const queue: Candidate[] = [];
  let walking = true;
  let waiters: (() => void)[] = [];
  const wakeAll = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const push = (c: Candidate) => {
    queue.push(c);
    wakeAll();
  };

  const walker = (async () => {
    for (const p of paths) {
      const st = await fs.stat(p).catch((e: NodeJS.ErrnoException) => e);
      if (st instanceof Error) {
        facts.problems.push({ path: p, message: describeFsError(st) });
        continue;
      }
      if (st.isDirectory()) await walk(p);
      else if (st.isFile()) push({ file: p, explicit: true });
      else facts.problems.push({ path: p, message: `${kindOf(st)}: not opened (reading it could block or has no meaning)` });
    }
    walking = false;
    wakeAll();
  })();

  async function walk(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      facts.problems.push({ path: dir, message: describeFsError(e as NodeJS.ErrnoException) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) await walk(full);
      else if (ent.isFile()) {
        if (++seen > maxFiles) return;
        push({ file: full, explicit: false });
      } else if (ent.isSymbolicLink()) {
        // Like go version: follow links to regular files, never links to directories.
        const st = await fs.stat(full).catch((e: NodeJS.ErrnoException) => e);
        if (st instanceof Error) facts.skipped.push({ path: full, reason: `symlink: ${describeFsError(st)}` });
        else if (st.isFile()) push({ file: full, explicit: false });
        else facts.skipped.push({ path: full, reason: `symlink to ${kindOf(st)}` });
      } else {
        facts.skipped.push({ path: full, reason: `${kindOf(ent)}: not opened` });
      }
    }
  }

  const results = new Map<string, BinaryFacts[]>();
  const worker = async () => {
    for (;;) {
      const c = queue.shift();
      if (!c) {
        if (!walking) return;
        await new Promise<void>((r) => waiters.push(r));
        continue;
      }
      await inspectOne(c);
    }
  };
  async function inspectOne(c: Candidate) {
    try {
      const all = await inspectBinaryAll(c.file);
      if (c.explicit || all.some((b) => b.isGo)) results.set(c.file, all);
      else facts.skipped.push({ path: c.file, reason: `${all[0]!.format} binary, not built by Go` });
    } catch (e) {
      if (e instanceof NotABinaryError) {
        if (c.explicit) facts.problems.push({ path: c.file, message: e.message });
        else facts.skipped.push({ path: c.file, reason: e.message });
      } else if (e instanceof FormatError) {
        facts.problems.push({ path: c.file, message: `corrupt or truncated: ${e.message}` });
      } else {
        facts.problems.push({ path: c.file, message: describeFsError(e as NodeJS.ErrnoException) });
      }
    }
  }
  const n = Math.max(1, opts.concurrency ?? 8);
  await Promise.all([walker, ...Array.from({ length: n }, worker)]);
  // Stable order whatever the concurrency: by path, then slice.
  for (const file of [...results.keys()].sort()) facts.binaries.push(...results.get(file)!);
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  facts.skipped.sort(byPath);
  facts.problems.sort(byPath);
  if (seen > maxFiles) facts.problems.push({ path: paths.join(' '), message: `stopped after ${maxFiles} files` });
  return facts;
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return 'FIFO (named pipe)';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isDirectory()) return 'directory';
  return 'special file';
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
