/** Largest single read a parser may ask for; anything bigger is a corrupt header, not a real need. */
export const MAX_READ = 32 * 1024 * 1024;

/** A problem with the file's structure: reported per file, never thrown past inspectBinary. */
export class FormatError extends Error {}

/**
 * Positional, bounded reads over a file (a Host's HostFile) or a buffer (tests, fuzzing). Parsers never see the
 * whole file: a 2 GB binary costs the same as a small one.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset`; shorter at end of file, empty past it. */
  read(offset: number, length: number): Promise<Buffer>;
  /**
   * As read, into memory the source reuses: valid until the next call on this source. For scans
   * that consume each chunk before asking for the next; sources without it answer with read.
   */
  readTransient?(offset: number, length: number): Promise<Buffer>;
}

/** A chunk to consume at once (see ByteSource.readTransient). */
export function readTransient(src: Pick<ByteSource, 'read' | 'readTransient'>, offset: number, length: number): Promise<Buffer> {
  return src.readTransient ? src.readTransient(offset, length) : src.read(offset, length);
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

/** The length a read of `length` bytes at `offset` really gets; throws on absurd requests. */
export function clampLength(offset: number, length: number, size: number): number {
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

  readTransient(offset: number, length: number): Promise<Buffer> {
    const len = clampLength(offset, length, this.size);
    return len === 0 ? Promise.resolve(Buffer.alloc(0)) : readTransient(this.base, this.start + offset, len);
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
