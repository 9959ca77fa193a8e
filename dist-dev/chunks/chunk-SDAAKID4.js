import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  execFile
} from "./chunk-RGSSBWB6.js";
import {
  clampLength
} from "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/disk-space.ts
function parseDfP(out) {
  const line = out.trim().split("\n")[1];
  if (!line) return null;
  const f = line.trim().split(/\s+/);
  if (f.length < 6) return null;
  const total = Number(f[f.length - 5]);
  const avail = Number(f[f.length - 3]);
  if (!Number.isFinite(total) || !Number.isFinite(avail)) return null;
  return { freeBytes: avail * 1024, totalBytes: total * 1024 };
}
__name(parseDfP, "parseDfP");

// src/collectors/host.ts
import * as fs from "node:fs";
import { constants as fsc } from "node:fs";
import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";

// src/collectors/host-file.ts
import { readSync } from "node:fs";
var SMALL_READ = 4096;
var WINDOW = 2 * SMALL_READ;
var SLAB = 8 * WINDOW;
var slab = Buffer.alloc(0);
var slabUsed = 0;
function windowBuffer(len) {
  if (slabUsed + len > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    slabUsed = 0;
  }
  slabUsed += len;
  return slab.subarray(slabUsed - len, slabUsed);
}
__name(windowBuffer, "windowBuffer");
var SCRATCH = (1 << 20) + 64 * 1024;
var FileSource = class {
  constructor(fd, size) {
    this.fd = fd;
    this.size = size;
  }
  fd;
  size;
  static {
    __name(this, "FileSource");
  }
  /** Never written after it is filled: callers may keep the subarrays they were given. */
  window = Buffer.alloc(0);
  windowStart = 0;
  /** Reused by readTransient: its chunks are consumed before the next is asked for. */
  scratch = Buffer.alloc(0);
  async read(offset, length) {
    const len = clampLength(offset, length, this.size);
    if (len === 0) return Buffer.alloc(0);
    if (len > SMALL_READ) return this.pread(offset, len);
    let at = offset - this.windowStart;
    if (at < 0 || at + len > this.window.length) {
      this.windowStart = offset - offset % SMALL_READ;
      this.window = this.pread(this.windowStart, Math.min(WINDOW, this.size - this.windowStart), windowBuffer);
      at = offset - this.windowStart;
    }
    return this.window.subarray(at, Math.min(at + len, this.window.length));
  }
  /**
   * Large sequential scans (read-only data, the pclntab's name and file tables) read megabytes
   * per binary: a fresh backing store per chunk cost page faults and unmapping each time.
   */
  async readTransient(offset, length) {
    const len = clampLength(offset, length, this.size);
    if (len <= SMALL_READ) return this.read(offset, len);
    if (this.scratch.length < len) this.scratch = Buffer.allocUnsafeSlow(Math.max(len, SCRATCH));
    const scratch = this.scratch;
    return this.pread(offset, len, () => scratch.subarray(0, len));
  }
  pread(offset, len, alloc = Buffer.allocUnsafe) {
    const buf = alloc(len);
    let got = 0;
    while (got < len) {
      const n = readSync(this.fd, buf, got, len - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return got === len ? buf : buf.subarray(0, got);
  }
};

// src/collectors/host.ts
function readFiles(host, paths, maxBytes) {
  return host.readFiles ? host.readFiles(paths, maxBytes) : Promise.all(paths.map((p) => host.readBytes(p, maxBytes)));
}
__name(readFiles, "readFiles");
function readlinks(host, paths) {
  return host.readlinks ? host.readlinks(paths) : Promise.all(paths.map((p) => host.readlink(p)));
}
__name(readlinks, "readlinks");
function isHostError(x) {
  return typeof x === "object" && x !== null && x.error === true;
}
__name(isHostError, "isHostError");
function hostError(e) {
  const err = e;
  return { error: true, code: err.code ?? "EIO", message: err.message ?? String(e) };
}
__name(hostError, "hostError");
function specialOf(d) {
  return d.isFIFO() ? "fifo" : d.isSocket() ? "socket" : d.isCharacterDevice() || d.isBlockDevice() ? "device" : "other";
}
__name(specialOf, "specialOf");
function typedEntries(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).map((d) => {
    const isFile = d.isFile(), isDir = d.isDirectory(), isSymlink = d.isSymbolicLink();
    return isFile || isDir || isSymlink ? { name: d.name, isFile, isDir, isSymlink } : { name: d.name, isFile, isDir, isSymlink, special: specialOf(d) };
  }).sort((a, b) => compareText(a.name, b.name));
}
__name(typedEntries, "typedEntries");
var LocalFile = class {
  constructor(fd, headBytes) {
    this.fd = fd;
    const into = Buffer.allocUnsafe(headBytes);
    this.head = headBytes ? into.subarray(0, fs.readSync(fd, into, 0, headBytes, 0)) : into;
  }
  fd;
  static {
    __name(this, "LocalFile");
  }
  source;
  head;
  get size() {
    return this.opened().size;
  }
  read(offset, length) {
    return this.opened().read(offset, length);
  }
  close() {
    fs.closeSync(this.fd);
  }
  /** The descriptor is checked too: a FIFO swapped in after the path's check is not read on. */
  opened() {
    if (!this.source) {
      const st = fs.fstatSync(this.fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file (FIFO, socket or device)"), { code: "ENOTREG" });
      this.source = new FileSource(this.fd, st.size);
    }
    return this.source;
  }
};
function openLocal(p, opts) {
  let fd;
  try {
    if (!opts.knownRegular) {
      const st = fs.statSync(p);
      if (!st.isFile()) return notRegular(st);
    }
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const file = new LocalFile(fd, opts.headBytes ?? 0);
    fd = void 0;
    return file;
  } catch (e) {
    return hostError(e);
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
__name(openLocal, "openLocal");
function headOf(p, into) {
  let fd;
  try {
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const n = fs.readSync(fd, into, 0, into.length, 0);
    return n === into.length ? into : into.subarray(0, n);
  } catch (e) {
    return hostError(e);
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
__name(headOf, "headOf");
function notRegular(st) {
  return st.isDirectory() ? { error: true, code: "EISDIR", message: "is a directory" } : { error: true, code: "ENOTREG", message: "not a regular file (FIFO, socket or device): not opened" };
}
__name(notRegular, "notRegular");
function toStat(s) {
  return {
    isFile: s.isFile(),
    isDir: s.isDirectory(),
    isSymlink: s.isSymbolicLink(),
    isFIFO: s.isFIFO(),
    isSocket: s.isSocket(),
    isDevice: s.isBlockDevice() || s.isCharacterDevice(),
    size: s.size,
    mode: s.mode,
    uid: s.uid,
    gid: s.gid,
    mtimeMs: s.mtimeMs,
    dev: s.dev,
    ino: s.ino
  };
}
__name(toStat, "toStat");
function readRegular(p, read) {
  let fd;
  try {
    if (!fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return null;
    fd = fs.openSync(p, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const st = fs.fstatSync(fd);
    return st.isFile() ? read(fd, st.size) : null;
  } catch {
    return null;
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
__name(readRegular, "readRegular");
function readFd(fd, size, maxBytes, fromEnd) {
  if (size > 0) {
    const len = Math.min(size, maxBytes);
    const buf = Buffer.allocUnsafe(len);
    const n = fs.readSync(fd, buf, 0, len, fromEnd ? size - len : 0);
    return buf.subarray(0, n);
  }
  const chunks = [];
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
__name(readFd, "readFd");
function readCapped(p, maxBytes = 1024 * 1024, fromEnd = false) {
  return readRegular(p, (fd, size) => readFd(fd, size, maxBytes, fromEnd));
}
__name(readCapped, "readCapped");
function readCappedText(p, maxBytes = 1024 * 1024) {
  return readRegular(p, (fd, size) => size > 0 && size <= maxBytes ? fs.readFileSync(fd, "utf8") : readFd(fd, size, maxBytes, false).toString("utf8"));
}
__name(readCappedText, "readCappedText");
async function hashRegular(p, algorithm) {
  try {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st?.isFile()) return null;
    if (st.size <= 1 << 20) {
      const bytes = readCapped(p, 1 << 20);
      return bytes && bytes.length === st.size ? createHash(algorithm).update(bytes).digest("hex") : null;
    }
    const h = createHash(algorithm);
    await pipeline(fs.createReadStream(p), h);
    return h.digest("hex");
  } catch {
    return null;
  }
}
__name(hashRegular, "hashRegular");
function statOrNull(p, follow) {
  const s = follow ? fs.statSync(p, { throwIfNoEntry: false }) : fs.lstatSync(p, { throwIfNoEntry: false });
  return s ? toStat(s) : null;
}
__name(statOrNull, "statOrNull");
function statLocal(p, opts = {}) {
  try {
    return statOrNull(p, !opts.noFollow);
  } catch {
    return null;
  }
}
__name(statLocal, "statLocal");
function statLocalWhy(p, opts = {}) {
  try {
    return toStat(opts.noFollow ? fs.lstatSync(p) : fs.statSync(p));
  } catch (e) {
    return hostError(e);
  }
}
__name(statLocalWhy, "statLocalWhy");
function listLocal(p) {
  try {
    return fs.readdirSync(p).sort();
  } catch {
    return null;
  }
}
__name(listLocal, "listLocal");
var LocalHost = class {
  constructor(env = process.env) {
    this.env = env;
  }
  env;
  static {
    __name(this, "LocalHost");
  }
  kind = "local";
  platform = process.platform;
  async readBytes(p, maxBytes = 1024 * 1024) {
    return readCapped(p, maxBytes);
  }
  async readTail(p, maxBytes) {
    return readCapped(p, maxBytes, true)?.toString("utf8") ?? null;
  }
  async readText(p, maxBytes) {
    return readCappedText(p, maxBytes);
  }
  async stat(p) {
    return statLocal(p);
  }
  async lstat(p) {
    return statLocal(p, { noFollow: true });
  }
  async readdir(p) {
    return listLocal(p);
  }
  async readdirTyped(p) {
    try {
      return typedEntries(p);
    } catch {
      return null;
    }
  }
  async readlink(p) {
    try {
      return fs.readlinkSync(p);
    } catch {
      return null;
    }
  }
  async realpath(p) {
    try {
      return fs.realpathSync.native(p);
    } catch {
      return null;
    }
  }
  async isExecutable(p) {
    try {
      if (!fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return false;
      fs.accessSync(p, fsc.X_OK);
      return true;
    } catch {
      return false;
    }
  }
  run(file, args, opts = {}) {
    return execFile(file, args, { env: this.env, ...opts });
  }
  async openFile(p, opts = {}) {
    return openLocal(p, opts);
  }
  async readHeads(paths, bytes) {
    const all = Buffer.allocUnsafe(paths.length * bytes);
    return paths.map((p, i) => headOf(p, all.subarray(i * bytes, (i + 1) * bytes)));
  }
  async statWhy(p, opts = {}) {
    return statLocalWhy(p, opts);
  }
  async readdirWhy(p) {
    try {
      return typedEntries(p);
    } catch (e) {
      return hostError(e);
    }
  }
  hashFile(p, algorithm) {
    return hashRegular(p, algorithm);
  }
  // statfs(2) without starting df; asynchronous, as a hung network mount blocks it.
  async diskSpace(p) {
    try {
      const s = await fs.promises.statfs(p);
      return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
    } catch {
      return null;
    }
  }
};

export {
  parseDfP,
  readFiles,
  readlinks,
  isHostError,
  readCapped,
  readCappedText,
  statLocal,
  statLocalWhy,
  listLocal,
  LocalHost
};
