// What fix --apply changed, so fix --undo can put every byte back. One directory per apply under
// $XDG_STATE_HOME/godiag/fix (default ~/.local/state/godiag/fix): a backup of each file as it
// was, and manifest.json. The directory is complete before the first file changes (built under
// a temp name, then renamed), so a kill at any moment leaves either no record and no change, or
// a full record to undo from.
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { cleanStaleTemps, createExclusive, makeDir, processAlive, remove, rename, writeAtomic } from '../collectors/host-write.js';
import { listLocal, readCappedText } from '../collectors/host.js';
import { FixFileError, type FileState } from './files.js';

export interface JournalEntry {
  path: string;
  target: string;
  existed: boolean;
  /** Backup file name inside the journal directory; null when the file did not exist. */
  backup: string | null;
  mode: number;
  uid: number;
  gid: number;
  /** Directories created to hold a new file, outermost first (removed again by undo when empty). */
  createdDirs: string[];
  sha256Before: string | null;
  sha256After: string;
}

export interface Manifest {
  version: 1;
  createdAt: string;
  state: 'applying' | 'applied' | 'undone';
  entries: JournalEntry[];
}

export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

export function journalRoot(env: Readonly<Record<string, string | undefined>>): string {
  const state = env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.join(env.HOME ?? '/nonexistent', '.local', 'state');
  return path.join(state, 'godiag', 'fix');
}

const LOCK = 'lock';
/** Manifests name a handful of files; anything this large is no manifest of ours. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/** One apply or undo at a time; a lock left by a killed run (its pid gone) is taken over. */
export function lock(root: string): () => void {
  makeDir(root, { recursive: true, mode: 0o700 });
  const file = path.join(root, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(file, String(process.pid), 0o600)) return () => remove(file);
    const pid = Number((readCappedText(file, 64) ?? '').trim());
    const running = pid > 0 && pid !== process.pid && processAlive(pid);
    if (running) throw new FixFileError(`another godiag fix is running (pid ${pid}); try again when it ends`);
    remove(file);
  }
  throw new FixFileError(`cannot take the lock ${file}`);
}

/**
 * What a killed apply or undo left in the journal: half-built directories (they never got to
 * change a file) and temp files of a manifest being rewritten.
 */
export function cleanPartialJournals(root: string): void {
  for (const name of safeList(root)) {
    if (name.startsWith('.partial-')) remove(path.join(root, name), { recursive: true });
    else if (name.startsWith('apply-')) cleanStaleTemps(path.join(root, name, 'manifest.json'));
  }
}

function safeList(dir: string): string[] {
  return listLocal(dir) ?? [];
}

/** Record the files about to change; returns the journal directory (complete on disk). */
export function record(root: string, changes: readonly { before: FileState; after: Buffer; createdDirs: string[] }[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = `apply-${stamp}-${process.pid}`;
  const partial = path.join(root, `.partial-${name}`);
  makeDir(partial, { recursive: true, mode: 0o700 });
  const entries: JournalEntry[] = changes.map((c, i) => {
    const backup = c.before.existed ? `backup-${i}` : null;
    // The backup belongs to whoever owns the file, readable by them alone.
    if (backup) writeAtomic(path.join(partial, backup), c.before.bytes!, { mode: 0o600, uid: c.before.uid, gid: c.before.gid });
    return {
      path: c.before.path, target: c.before.target, existed: c.before.existed, backup,
      mode: c.before.mode, uid: c.before.uid, gid: c.before.gid, createdDirs: c.createdDirs,
      sha256Before: c.before.bytes ? sha256(c.before.bytes) : null, sha256After: sha256(c.after),
    };
  });
  writeManifest(partial, { version: 1, createdAt: now.toISOString(), state: 'applying', entries });
  const final = path.join(root, name);
  rename(partial, final);
  return final;
}

export function writeManifest(dir: string, m: Manifest): void {
  writeAtomic(path.join(dir, 'manifest.json'), Buffer.from(JSON.stringify(m, null, 2) + '\n'), { mode: 0o600, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
}

export function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(readCappedText(path.join(dir, 'manifest.json'), MAX_MANIFEST_BYTES) ?? '') as Manifest;
    return m.version === 1 && Array.isArray(m.entries) ? m : null;
  } catch {
    return null;
  }
}

/** The newest apply not undone yet. */
export function lastApply(root: string): { dir: string; manifest: Manifest } | null {
  for (const name of safeList(root).filter((n) => n.startsWith('apply-')).reverse()) {
    const dir = path.join(root, name);
    const manifest = readManifest(dir);
    if (manifest && manifest.state !== 'undone') return { dir, manifest };
  }
  return null;
}
