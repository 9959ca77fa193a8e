// The file operations of fix --apply and --undo: find the real file behind a path, read it only
// if it is a small regular file we may write, and replace it atomically keeping mode and owner.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Startup files and go env files are small; anything bigger is not one. */
export const MAX_EDIT_BYTES = 4 * 1024 * 1024;

export class FixFileError extends Error {}

/** What a file was before a change: enough to write it back exactly. */
export interface FileState {
  /** The path as a fix names it (a symlink stays a symlink: its target is edited). */
  path: string;
  /** The regular file that is read and replaced. */
  target: string;
  existed: boolean;
  bytes: Buffer | null;
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The file a path stands for: symlinks followed to the file they name, so a dotfiles
 * repository's file is edited where it lives. A dangling link is refused (writing would
 * replace the link or create a file the user did not name).
 */
export function resolveTarget(p: string): string {
  const l = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!l) return p;
  if (!l.isSymbolicLink()) return p;
  try {
    return fs.realpathSync(p);
  } catch {
    throw new FixFileError(`${p} is a symbolic link to ${fs.readlinkSync(p)}, which does not exist`);
  }
}

function kindOf(st: fs.Stats): string {
  return st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
}

/**
 * Read a file fix may change. Refused: anything but a regular file (a FIFO would block, a
 * device never ends), files over MAX_EDIT_BYTES, and files the owner cannot write (a 0444 file
 * is read-only on purpose). The check is made on the open descriptor, so a file swapped for a
 * FIFO after the first look is still refused and never blocks.
 */
export function readForEdit(p: string): FileState {
  const target = resolveTarget(p);
  const pre = fs.statSync(target, { throwIfNoEntry: false });
  if (!pre) return { path: p, target, existed: false, bytes: null, mode: 0o644, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  if (!pre.isFile()) throw new FixFileError(`${target} is ${kindOf(pre)}; godiag changes only regular files`);
  const fd = fs.openSync(target, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new FixFileError(`${target} is ${kindOf(st)}; godiag changes only regular files`);
    if (st.size > MAX_EDIT_BYTES) throw new FixFileError(`${target} is ${st.size} bytes, larger than any startup file (limit ${MAX_EDIT_BYTES}); not changed`);
    if ((st.mode & 0o200) === 0) throw new FixFileError(`${target} is read-only (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}); not changed. Make it writable first if it should change`);
    const bytes = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = fs.readSync(fd, bytes, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return { path: p, target, existed: true, bytes: bytes.subarray(0, n), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } finally {
    fs.closeSync(fd);
  }
}

const TEMP_TAG = '.godiag-tmp-';

/** The temp file for `target`: in its own directory (rename is atomic only within one filesystem). */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_TAG}${process.pid}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temp files a killed godiag left next to `target`; a live process keeps its own. */
export function cleanStaleTemps(target: string): string[] {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}${TEMP_TAG}`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) continue;
    const p = path.join(dir, name);
    if (fs.lstatSync(p, { throwIfNoEntry: false })?.isFile()) {
      fs.unlinkSync(p);
      removed.push(p);
    }
  }
  return removed;
}

/**
 * Replace (or create) `target` with `bytes`: written to a temp file in the same directory with
 * the mode and owner to keep, flushed, then renamed over the target, so a reader or a crash sees
 * the old file or the new one, never a mix. Fails, leaving the target alone, when the owner
 * cannot be kept.
 */
export function writeAtomic(target: string, bytes: Buffer, meta: { mode: number; uid: number; gid: number }): void {
  const tmp = tempPathFor(target);
  fs.rmSync(tmp, { force: true });
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    let n = 0;
    while (n < bytes.length) n += fs.writeSync(fd, bytes, n, bytes.length - n);
    const st = fs.fstatSync(fd);
    if (st.uid !== meta.uid || st.gid !== meta.gid) {
      try {
        fs.fchownSync(fd, meta.uid, meta.gid);
      } catch (e) {
        throw new FixFileError(`cannot keep the owner ${meta.uid}:${meta.gid} of ${target} (${(e as NodeJS.ErrnoException).code}); not changed`);
      }
    }
    fs.fchmodSync(fd, meta.mode);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, target);
  syncDir(path.dirname(target));
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, fs.constants.O_RDONLY);
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
  }
}

/** The directories above `file` that do not exist yet, outermost first. */
export function missingParents(file: string): string[] {
  const missing: string[] = [];
  for (let d = path.dirname(file); !fs.existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  return missing;
}
