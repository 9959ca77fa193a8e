import { readSync } from 'node:fs';

/** Largest single read a parser may ask for; anything bigger is a corrupt header, not a real need. */
export const MAX_READ = 32 * 1024 * 1024;

/** A problem with the file's structure: reported per file, never thrown past inspectBinary. */
export class FormatError extends Error {}

/**
 * Positional, bounded reads over a file (or a buffer, for fuzzing). Parsers never see the
 * whole file: a 2 GB binary costs the same as a small one.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset`; shorter at end of file, empty past it. */
  read(offset: number, length: number): Promise<Buffer>;
}

/** Reads up to this size are served from a window of WINDOW bytes around them. */
const SMALL_READ = 4096;
const WINDOW = 2 * SMALL_READ;

/**
 * Windows are carved from shared slabs, like Buffer's own pool for small buffers: allocating a
 * backing store per window cost more than the pread that fills it. 64 KiB stays below malloc's
 * mmap threshold, so freed slabs are reused instead of faulting in fresh pages.
 */
const SLAB = 8 * WINDOW;
let slab = Buffer.alloc(0);
let slabUsed = 0;

function windowBuffer(len: number): Buffer {
  if (slabUsed + len > slab.length) {
    slab = Buffer.allocUnsafeSlow(SLAB);
    slabUsed = 0;
  }
  slabUsed += len;
  return slab.subarray(slabUsed - len, slabUsed);
}

/**
 * Reads through a plain descriptor with synchronous pread: inspect walks thousands of files and
 * each async call would cost a thread-pool round trip; the data is in the page cache anyway.
 * Parsers ask for many small neighbouring pieces (headers, tables, the build info header and its
 * strings); one pread of the surrounding window answers them, and a syscall costs far more than
 * copying a few kilobytes.
 */
export class FileSource implements ByteSource {
  /** Never written after it is filled: callers may keep the subarrays they were given. */
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;

  constructor(private readonly fd: number, readonly size: number) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    if (len === 0) return Buffer.alloc(0);
    if (len > SMALL_READ) return this.pread(offset, len);
    let at = offset - this.windowStart;
    if (at < 0 || at + len > this.window.length) {
      // Aligned down, so the window also covers what lies just before (a string table before its headers).
      this.windowStart = offset - (offset % SMALL_READ);
      this.window = this.pread(this.windowStart, Math.min(WINDOW, this.size - this.windowStart), windowBuffer);
      at = offset - this.windowStart;
    }
    return this.window.subarray(at, Math.min(at + len, this.window.length));
  }

  private pread(offset: number, len: number, alloc: (len: number) => Buffer = Buffer.allocUnsafe): Buffer {
    const buf = alloc(len);
    let got = 0;
    while (got < len) {
      const n = readSync(this.fd, buf, got, len - got, offset + got);
      if (n === 0) break;
      got += n;
    }
    return got === len ? buf : buf.subarray(0, got);
  }
}

export class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly buf: Buffer) {
    this.size = buf.length;
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    return this.buf.subarray(offset, offset + len);
  }
}

function clampLength(offset: number, length: number, size: number): number {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new FormatError(`bad read request at ${offset} (+${length})`);
  }
  if (length > MAX_READ) throw new FormatError(`header asks to read ${length} bytes at ${offset}: absurd size`);
  if (offset >= size) return 0;
  return Math.min(length, size - offset);
}

/** A view onto a region of another source: Mach-O universal slices read as their own files. */
export class SliceSource implements ByteSource {
  constructor(private readonly base: ByteSource, private readonly start: number, readonly size: number) {}

  read(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    return len === 0 ? Promise.resolve(Buffer.alloc(0)) : this.base.read(this.start + offset, len);
  }
}

/** Read exactly `length` bytes or fail with a message naming what was being read. */
export async function readExact(src: ByteSource, offset: number, length: number, what: string): Promise<Buffer> {
  const b = await src.read(offset, length);
  if (b.length < length) throw new FormatError(`truncated: ${what} at offset ${offset} needs ${length} bytes, file has ${Math.max(0, src.size - offset)}`);
  return b;
}

/** Endian-aware integer reads from a buffer. u64 as number (file offsets/addresses < 2^53 in practice). */
export class Endian {
  constructor(readonly little: boolean) {}
  u16(b: Buffer, o: number): number {
    return this.little ? b.readUInt16LE(o) : b.readUInt16BE(o);
  }
  u32(b: Buffer, o: number): number {
    return this.little ? b.readUInt32LE(o) : b.readUInt32BE(o);
  }
  u64(b: Buffer, o: number): number {
    // Two 32-bit halves, not a BigInt: headers hold thousands of these and each BigInt is garbage.
    const lo = this.little ? b.readUInt32LE(o) : b.readUInt32BE(o + 4);
    const hi = this.little ? b.readUInt32LE(o + 4) : b.readUInt32BE(o);
    // Addresses above 2^53 do not occur in real binaries; saturate so range checks reject them.
    return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x100000000 + lo;
  }
  /** A word of the file's class: 4 bytes for 32-bit, 8 for 64-bit. */
  word(b: Buffer, o: number, is64: boolean): number {
    return is64 ? this.u64(b, o) : this.u32(b, o);
  }
}

/** A NUL-terminated string from a buffer, at most `max` bytes (a corrupt table has no NULs). */
export function cString(b: Buffer, o: number, max = 4096): string {
  if (o < 0 || o >= b.length) return '';
  const limit = Math.min(b.length, o + max);
  const end = b.subarray(o, limit).indexOf(0);
  return b.toString('latin1', o, end < 0 ? limit : o + end);
}

/** Read a NUL-terminated string at a file offset, bounded. */
export async function readCString(src: ByteSource, offset: number, max = 4096): Promise<string> {
  const b = await src.read(offset, max);
  return cString(b, 0);
}
