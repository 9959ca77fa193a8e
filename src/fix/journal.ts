// What fix --apply changed, so fix --undo can put every byte back. One directory per apply under
// $XDG_STATE_HOME/godiag/fix (default ~/.local/state/godiag/fix): a backup of each file as it
// was, and manifest.json. The directory is complete before the first file changes (built under
// a temp name, then renamed), so a kill at any moment leaves either no record and no change, or
// a full record to undo from.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { FixFileError, cleanStaleTemps, writeAtomic, type FileState } from './files.js';

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

/** One apply or undo at a time; a lock left by a killed run (its pid gone) is taken over. */
export function lock(root: string): () => void {
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  const file = path.join(root, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      let running = false;
      try {
        if (pid > 0 && pid !== process.pid) {
          process.kill(pid, 0);
          running = true;
        }
      } catch (k) {
        running = (k as NodeJS.ErrnoException).code === 'EPERM';
      }
      if (running) throw new FixFileError(`another godiag fix is running (pid ${pid}); try again when it ends`);
      fs.rmSync(file, { force: true });
    }
  }
  throw new FixFileError(`cannot take the lock ${file}`);
}

/**
 * What a killed apply or undo left in the journal: half-built directories (they never got to
 * change a file) and temp files of a manifest being rewritten.
 */
export function cleanPartialJournals(root: string): void {
  for (const name of safeList(root)) {
    if (name.startsWith('.partial-')) fs.rmSync(path.join(root, name), { recursive: true, force: true });
    else if (name.startsWith('apply-')) cleanStaleTemps(path.join(root, name, 'manifest.json'));
  }
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Record the files about to change; returns the journal directory (complete on disk). */
export function record(root: string, changes: readonly { before: FileState; after: Buffer; createdDirs: string[] }[], now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = `apply-${stamp}-${process.pid}`;
  const partial = path.join(root, `.partial-${name}`);
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
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
  fs.renameSync(partial, final);
  return final;
}

export function writeManifest(dir: string, m: Manifest): void {
  writeAtomic(path.join(dir, 'manifest.json'), Buffer.from(JSON.stringify(m, null, 2) + '\n'), { mode: 0o600, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
}

export function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
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
