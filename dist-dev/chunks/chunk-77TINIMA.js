import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/host-write.ts
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
var FileRefused = class extends Error {
  static {
    __name(this, "FileRefused");
  }
};
function resolveLink(p) {
  const l = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!l) return p;
  if (!l.isSymbolicLink()) return p;
  try {
    return fs.realpathSync(p);
  } catch {
    throw new FileRefused(`${p} is a symbolic link to ${fs.readlinkSync(p)}, which does not exist`);
  }
}
__name(resolveLink, "resolveLink");
function kindOf(st) {
  return st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO" : st.isCharacterDevice() ? "a character device" : st.isBlockDevice() ? "a block device" : st.isSocket() ? "a socket" : "not a regular file";
}
__name(kindOf, "kindOf");
function readEditable(target, maxBytes) {
  const pre = fs.statSync(target, { throwIfNoEntry: false });
  if (!pre) return null;
  if (!pre.isFile()) throw new FileRefused(`${target} is ${kindOf(pre)}; godiag changes only regular files`);
  const fd = fs.openSync(target, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(`${target} is ${kindOf(st)}; godiag changes only regular files`);
    if (st.size > maxBytes) throw new FileRefused(`${target} is ${st.size} bytes, larger than any startup file (limit ${maxBytes}); not changed`);
    if ((st.mode & 128) === 0) throw new FileRefused(`${target} is read-only (mode ${(st.mode & 4095).toString(8).padStart(4, "0")}); not changed. Make it writable first if it should change`);
    const bytes = Buffer.alloc(st.size);
    let n = 0;
    while (n < st.size) {
      const r = fs.readSync(fd, bytes, n, st.size - n, n);
      if (r === 0) break;
      n += r;
    }
    return { bytes: bytes.subarray(0, n), mode: st.mode & 4095, uid: st.uid, gid: st.gid };
  } finally {
    fs.closeSync(fd);
  }
}
__name(readEditable, "readEditable");
var TEMP_TAG = ".godiag-tmp-";
function tempPathFor(target) {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_TAG}${process.pid}`);
}
__name(tempPathFor, "tempPathFor");
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
__name(processAlive, "processAlive");
function cleanStaleTemps(target) {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}${TEMP_TAG}`;
  const removed = [];
  let names;
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
__name(cleanStaleTemps, "cleanStaleTemps");
function writeAtomic(target, bytes, meta) {
  const tmp = tempPathFor(target);
  fs.rmSync(tmp, { force: true });
  const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 384);
  try {
    let n = 0;
    while (n < bytes.length) n += fs.writeSync(fd, bytes, n, bytes.length - n);
    const st = fs.fstatSync(fd);
    if (st.uid !== meta.uid || st.gid !== meta.gid) {
      try {
        fs.fchownSync(fd, meta.uid, meta.gid);
      } catch (e) {
        throw new FileRefused(`cannot keep the owner ${meta.uid}:${meta.gid} of ${target} (${e.code}); not changed`);
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
__name(writeAtomic, "writeAtomic");
function syncDir(dir) {
  try {
    const fd = fs.openSync(dir, fs.constants.O_RDONLY);
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
  }
}
__name(syncDir, "syncDir");
function missingParents(file) {
  const missing = [];
  for (let d = path.dirname(file); !fs.existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  return missing;
}
__name(missingParents, "missingParents");
function writeFile(file, data) {
  fs.writeFileSync(file, data);
}
__name(writeFile, "writeFile");
function createExclusive(file, text, mode) {
  try {
    fs.writeFileSync(file, text, { flag: "wx", mode });
    return true;
  } catch (e) {
    if (e.code === "EEXIST") return false;
    throw e;
  }
}
__name(createExclusive, "createExclusive");
function makeDir(dir, opts = {}) {
  fs.mkdirSync(dir, opts);
}
__name(makeDir, "makeDir");
function makeTempDir(prefix, base = os.tmpdir()) {
  return fs.mkdtempSync(path.join(base, prefix));
}
__name(makeTempDir, "makeTempDir");
function rename(from, to) {
  fs.renameSync(from, to);
}
__name(rename, "rename");
function remove(p, opts = {}) {
  fs.rmSync(p, { force: true, ...opts.recursive ? { recursive: true, maxRetries: 3 } : {} });
}
__name(remove, "remove");
function removeEmptyDir(dir) {
  try {
    fs.rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}
__name(removeEmptyDir, "removeEmptyDir");
function removeReadOnlyTree(dir) {
  const makeWritable = /* @__PURE__ */ __name((p) => {
    const st = fs.lstatSync(p, { throwIfNoEntry: false });
    if (!st || !st.isDirectory()) return;
    try {
      fs.chmodSync(p, 493);
    } catch {
    }
    let names = [];
    try {
      names = fs.readdirSync(p);
    } catch {
    }
    for (const e of names) makeWritable(path.join(p, e));
  }, "makeWritable");
  try {
    makeWritable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
  }
  return !fs.existsSync(dir);
}
__name(removeReadOnlyTree, "removeReadOnlyTree");

export {
  FileRefused,
  resolveLink,
  readEditable,
  processAlive,
  cleanStaleTemps,
  writeAtomic,
  missingParents,
  writeFile,
  createExclusive,
  makeDir,
  makeTempDir,
  rename,
  remove,
  removeEmptyDir,
  removeReadOnlyTree
};
