// fix --apply and fix --undo: write the planned changes with a journal to undo them from.
import { cleanStaleTemps, makeDir, missingParents, remove, removeEmptyDir, writeAtomic } from '../collectors/host-write.js';
import { readCapped, statLocal } from '../collectors/host.js';
import { FixFileError, MAX_EDIT_BYTES, readForEdit } from './files.js';
import { cleanPartialJournals, journalRoot, lastApply, lock, readManifest, record, sha256, writeManifest } from './journal.js';
import type { PlannedChange } from './changes.js';

export interface FileOutcome {
  path: string;
  outcome: 'written' | 'restored' | 'removed' | 'skipped' | 'failed';
  detail: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Under the lock: remove what killed runs left behind (half-built journals, temp files). */
function withLock<T>(env: Env, targets: readonly string[], run: (root: string) => T): T {
  const root = journalRoot(env);
  const release = lock(root);
  try {
    cleanPartialJournals(root);
    const last = lastApply(root);
    for (const t of new Set([...targets, ...(last?.manifest.entries.map((e) => e.target) ?? [])])) cleanStaleTemps(t);
    return run(root);
  } finally {
    release();
  }
}

/**
 * Write every change. The journal (backups included) is on disk before the first file changes;
 * a file that changed since the plan was made is left alone and reported.
 */
export function applyChanges(changes: readonly PlannedChange[], env: Env): { journal: string; outcomes: FileOutcome[] } {
  return withLock(env, changes.map((c) => c.before.target), (root) => {
    const outcomes: FileOutcome[] = [];
    const ready: { change: PlannedChange; createdDirs: string[] }[] = [];
    for (const change of changes) {
      const now = readForEdit(change.before.path);
      const same = now.existed === change.before.existed && (!now.bytes || !change.before.bytes || now.bytes.equals(change.before.bytes));
      if (!same || now.target !== change.before.target) {
        outcomes.push({ path: change.before.path, outcome: 'skipped', detail: 'changed since the plan was made; run godiag fix again' });
        continue;
      }
      ready.push({ change, createdDirs: change.before.existed ? [] : missingParents(change.before.target) });
    }
    const journal = record(root, ready.map((r) => ({ before: r.change.before, after: r.change.after, createdDirs: r.createdDirs })));
    for (const { change, createdDirs } of ready) {
      const b = change.before;
      try {
        for (const d of createdDirs) makeDir(d, { mode: 0o755 });
        writeAtomic(b.target, change.after, { mode: b.mode, uid: b.uid, gid: b.gid });
        outcomes.push({ path: b.path, outcome: 'written', detail: b.target === b.path ? '' : `through the symbolic link, in ${b.target}` });
      } catch (e) {
        outcomes.push({ path: b.path, outcome: 'failed', detail: (e as Error).message });
      }
    }
    const m = readManifest(journal);
    if (!m) throw new FixFileError(`the record of this apply (${journal}/manifest.json) cannot be read back`);
    writeManifest(journal, { ...m, state: 'applied' });
    return { journal, outcomes };
  });
}

/** Put back every file of the last apply, byte for byte, unless the user changed it since. */
export function undoLast(env: Env): { journal: string | null; outcomes: FileOutcome[] } {
  return withLock(env, [], (root) => {
    const last = lastApply(root);
    if (!last) return { journal: null, outcomes: [] };
    const outcomes: FileOutcome[] = [];
    for (const e of [...last.manifest.entries].reverse()) {
      try {
        const now = statLocal(e.target) ? readForEdit(e.target) : null;
        const untouched = now?.bytes ? sha256(now.bytes) === e.sha256After || sha256(now.bytes) === e.sha256Before : true;
        if (!untouched) {
          outcomes.push({ path: e.path, outcome: 'skipped', detail: 'changed since godiag wrote it; not restored (the backup is in the journal)' });
          continue;
        }
        if (e.existed) {
          const backup = readCapped(`${last.dir}/${e.backup}`, MAX_EDIT_BYTES);
          if (!backup) throw new FixFileError(`the backup ${last.dir}/${e.backup} is missing or unreadable; not restored`);
          writeAtomic(e.target, backup, { mode: e.mode, uid: e.uid, gid: e.gid });
          outcomes.push({ path: e.path, outcome: 'restored', detail: '' });
        } else {
          remove(e.target);
          for (const d of [...e.createdDirs].reverse()) {
            if (!removeEmptyDir(d)) break; // not empty: something else lives there now
          }
          outcomes.push({ path: e.path, outcome: 'removed', detail: 'godiag had created it' });
        }
      } catch (err) {
        if (!(err instanceof FixFileError) && typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
        outcomes.push({ path: e.path, outcome: 'failed', detail: (err as Error).message });
      }
    }
    writeManifest(last.dir, { ...last.manifest, state: 'undone' });
    return { journal: last.dir, outcomes };
  });
}
