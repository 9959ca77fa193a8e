// The one module that changes files on the local machine: fix --apply/--undo and its journal,
// snapshot -o, --update-baseline, and the scratch directories of probes (go version, runtime
// builds, hang's FIFO). Reads go through Host (host.ts); the only reads here are the guards of a
// write: the file about to be replaced, opened once and checked on its descriptor.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A file the writer will not touch, and why (said to the user as is). */
export class FileRefused extends Error {}

/** What a regular file is now: enough to replace it keeping mode and owner, or to write it back. */
export interface EditableFile {
  bytes: Buffer;
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The file a path stands for: symlinks followed to the file they name, so a dotfiles
 * repository's file is edited where it lives. A dangling link is refused (writing would
 * replace the link or create a file the user did not name).
 */
export function resolveLink(p: string): string {
  const l = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!l) return p;
  if (!l.isSymbolicLink()) return p;
  try {
    return fs.realpathSync(p);
  } catch {
    throw new FileRefused(`${p} is a symbolic link to ${fs.readlinkSync(p)}, which does not exist`);
  }
}

function kindOf(st: fs.Stats): string {
  return st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a FIFO' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
}

/**
 * Read a file about to be replaced; null when it does not exist. Refused: anything but a regular
 * file (a FIFO would block, a device never ends), files over maxBytes, and files the owner cannot
 * write (a 0444 file is read-only on purpose). The check is made on the open descriptor, so a file
 * swapped for a FIFO after the first look is still refused and never blocks.
 */
export function readEditable(target: string, maxBytes: number): EditableFile | null {
  const pre = fs.statSync(target, { throwIfNoEntry: false });
  if (!pre) return null;
  if (!pre.isFile()) throw new FileRefused(`${target} is ${kindOf(pre)}; godiag changes only regular files`);
  const fd = fs.openSync(target, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(`${target} is ${kindOf(st)}; godiag changes only regular files`);
    if (st.size > maxBytes) throw new FileRefused(`${target} is ${st.size} bytes, larger than any startup file (limit ${maxBytes}); not changed`);
    if ((st.mode & 0o200) === 0) throw new FileRefused(`${target} is read-only (mode ${(st.mode & 0o7777).toString(8).padStart(4, '0')}); not changed. Make it writable first if it should change`);
    const bytes = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = fs.readSync(fd, bytes, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return { bytes: bytes.subarray(0, n), mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
  } finally {
    fs.closeSync(fd);
  }
}

const TEMP_TAG = '.godiag-tmp-';

/** The temp file for `target`: in its own directory (rename is atomic only within one filesystem). */
function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_TAG}${process.pid}`);
}

/** Is process pid running (ours or another user's)? */
export function processAlive(pid: number): boolean {
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
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) continue;
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
        throw new FileRefused(`cannot keep the owner ${meta.uid}:${meta.gid} of ${target} (${(e as NodeJS.ErrnoException).code}); not changed`);
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

/** Write a whole file in place (created with the umask's mode, truncated when it exists). */
export function writeFile(file: string, data: string | Buffer): void {
  fs.writeFileSync(file, data);
}

/** Create `file` holding `text` only if it does not exist yet; false when it does (a lock file). */
export function createExclusive(file: string, text: string, mode: number): boolean {
  try {
    fs.writeFileSync(file, text, { flag: 'wx', mode });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

export function makeDir(dir: string, opts: { mode?: number; recursive?: boolean } = {}): void {
  fs.mkdirSync(dir, opts);
}

/** A new empty directory named prefix + random characters, under base (default: the system's temp dir). */
export function makeTempDir(prefix: string, base: string = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(base, prefix));
}

export function rename(from: string, to: string): void {
  fs.renameSync(from, to);
}

/** rm -f, or rm -rf with recursive; a missing path is no error. */
export function remove(p: string, opts: { recursive?: boolean } = {}): void {
  fs.rmSync(p, { force: true, ...(opts.recursive ? { recursive: true, maxRetries: 3 } : {}) });
}

/** rmdir: false when the directory is not empty (something else lives there now) or cannot go. */
export function removeEmptyDir(dir: string): boolean {
  try {
    fs.rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

/** rm -rf that also works on a read-only tree (the module cache); true when it is gone. */
export function removeReadOnlyTree(dir: string): boolean {
  const makeWritable = (p: string): void => {
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st || !st.isDirectory()) return;
    try { fs.chmodSync(p, 0o755); } catch { /* removal below says whether it mattered */ }
    let names: string[] = [];
    try { names = fs.readdirSync(p); } catch { /* as above */ }
    for (const e of names) makeWritable(path.join(p, e));
  };
  try {
    makeWritable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  } catch { /* reported by the check below */ }
  return !fs.existsSync(dir);
}
