// LocalHost's positional reader (part of the Host implementation, like host.ts).
import { readSync } from 'node:fs';
import type { ByteSource } from '../analyzers/binary/source.js';
import { clampLength } from '../analyzers/binary/source.js';

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

/** A source's scratch for transient reads: the largest chunk the scans ask for. */
const SCRATCH = (1 << 20) + 64 * 1024;

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
  /** Reused by readTransient: its chunks are consumed before the next is asked for. */
  private scratch: Buffer = Buffer.alloc(0);

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

  /**
   * Large sequential scans (read-only data, the pclntab's name and file tables) read megabytes
   * per binary: a fresh backing store per chunk cost page faults and unmapping each time.
   */
  async readTransient(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    if (len <= SMALL_READ) return this.read(offset, len);
    if (this.scratch.length < len) this.scratch = Buffer.allocUnsafeSlow(Math.max(len, SCRATCH));
    const scratch = this.scratch;
    return this.pread(offset, len, () => scratch.subarray(0, len));
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
