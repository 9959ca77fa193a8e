import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/binary/source.ts
var MAX_READ = 32 * 1024 * 1024;
var FormatError = class extends Error {
  static {
    __name(this, "FormatError");
  }
};
function readTransient(src, offset, length) {
  return src.readTransient ? src.readTransient(offset, length) : src.read(offset, length);
}
__name(readTransient, "readTransient");
var BufferSource = class {
  constructor(buf) {
    this.buf = buf;
    this.size = buf.length;
  }
  buf;
  static {
    __name(this, "BufferSource");
  }
  size;
  async read(offset, length) {
    const len = clampLength(offset, length, this.size);
    return this.buf.subarray(offset, offset + len);
  }
};
function clampLength(offset, length, size) {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new FormatError(`bad read request at ${offset} (+${length})`);
  }
  if (length > MAX_READ) throw new FormatError(`header asks to read ${length} bytes at ${offset}: absurd size`);
  if (offset >= size) return 0;
  return Math.min(length, size - offset);
}
__name(clampLength, "clampLength");
var SliceSource = class {
  constructor(base, start, size) {
    this.base = base;
    this.start = start;
    this.size = size;
  }
  base;
  start;
  size;
  static {
    __name(this, "SliceSource");
  }
  read(offset, length) {
    const len = clampLength(offset, length, this.size);
    return len === 0 ? Promise.resolve(Buffer.alloc(0)) : this.base.read(this.start + offset, len);
  }
  readTransient(offset, length) {
    const len = clampLength(offset, length, this.size);
    return len === 0 ? Promise.resolve(Buffer.alloc(0)) : readTransient(this.base, this.start + offset, len);
  }
};
async function readExact(src, offset, length, what) {
  const b = await src.read(offset, length);
  if (b.length < length) throw new FormatError(`truncated: ${what} at offset ${offset} needs ${length} bytes, file has ${Math.max(0, src.size - offset)}`);
  return b;
}
__name(readExact, "readExact");
var Endian = class {
  constructor(little) {
    this.little = little;
  }
  little;
  static {
    __name(this, "Endian");
  }
  u16(b, o) {
    return this.little ? b.readUInt16LE(o) : b.readUInt16BE(o);
  }
  u32(b, o) {
    return this.little ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  u64(b, o) {
    const lo = this.little ? b.readUInt32LE(o) : b.readUInt32BE(o + 4);
    const hi = this.little ? b.readUInt32LE(o + 4) : b.readUInt32BE(o);
    return hi >= 2097152 ? Number.MAX_SAFE_INTEGER : hi * 4294967296 + lo;
  }
  /** A word of the file's class: 4 bytes for 32-bit, 8 for 64-bit. */
  word(b, o, is64) {
    return is64 ? this.u64(b, o) : this.u32(b, o);
  }
};
function cString(b, o, max = 4096) {
  if (o < 0 || o >= b.length) return "";
  const limit = Math.min(b.length, o + max);
  const end = b.subarray(o, limit).indexOf(0);
  return b.toString("latin1", o, end < 0 ? limit : o + end);
}
__name(cString, "cString");

export {
  MAX_READ,
  FormatError,
  readTransient,
  BufferSource,
  clampLength,
  SliceSource,
  readExact,
  Endian,
  cString
};
