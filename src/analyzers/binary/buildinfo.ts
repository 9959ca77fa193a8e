// Find and decode Go build info the way debug/buildinfo does (src/debug/buildinfo/buildinfo.go):
// search the data start for the 16-aligned "\xff Go buildinf:" header, then read the version and
// module strings inline (Go 1.18+) or through pointers (before 1.18).
import type { BuildInfo } from '../../facts/schema/artifacts.js';
import { mapAddress, type ParsedImage } from './image.js';
import { MAX_READ } from './source.js';
import { parseModInfo } from './modinfo.js';

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ALIGN = 16, HEADER = 32, CHUNK = 1 << 20;
const FLAG_BIG_ENDIAN = 0x1, FLAG_INLINE = 0x2;

export class NotGoError extends Error {}

export interface RawBuildInfo { version: string; modinfo: string; layout: BuildInfo['layout'] }

/** Bytes at an address: up to `size`, never past the region that maps it (like Go's DataReader). */
async function readAt(img: ParsedImage, addr: number, size: number): Promise<Buffer | null> {
  const m = mapAddress(img.dataRegions, addr);
  if (!m) return null;
  const len = Math.min(size, m.remaining);
  if (len > MAX_READ) throw new NotGoError(`build info string of ${size} bytes is implausible`);
  return img.src.read(m.offset, len);
}

async function searchMagic(img: ParsedImage, start: number, size: number): Promise<number> {
  let end = start + size;
  if (!Number.isSafeInteger(end)) throw new NotGoError('data range overflows');
  start = Math.ceil(start / ALIGN) * ALIGN;
  // Bounded: Go reads the whole data segment in 1 MB chunks; so do we, capped at 256 MB of address space.
  end = Math.min(end, start + 256 * CHUNK);
  while (start < end) {
    const want = Math.min(CHUNK, end - start);
    const buf = await readAt(img, start, want);
    if (!buf || buf.length === 0) throw new NotGoError('no build info header in the data segment');
    let from = 0;
    for (;;) {
      const i = buf.indexOf(MAGIC, from);
      if (i < 0) break;
      if (end - start - i < HEADER) throw new NotGoError('build info header cut off by the end of the data');
      if (i % ALIGN === 0) return start + i;
      from = Math.ceil(i / ALIGN) * ALIGN;
    }
    start += want;
  }
  throw new NotGoError('no build info header in the data segment');
}

function uvarint(b: Buffer): [number, number] {
  let x = 0, s = 0;
  for (let i = 0; i < b.length && i < 10; i++) {
    const c = b[i]!;
    if (c < 0x80) return [x + c * 2 ** s, i + 1];
    x += (c & 0x7f) * 2 ** s;
    s += 7;
  }
  return [0, 0];
}

async function decodeString(img: ParsedImage, addr: number): Promise<[Buffer, number]> {
  const b = await readAt(img, addr, 10);
  if (!b || b.length === 0) throw new NotGoError('build info string is not mapped');
  const [len, n] = uvarint(b);
  if (n <= 0) throw new NotGoError('bad build info string length');
  if (len > MAX_READ) throw new NotGoError(`build info string length ${len} is implausible`);
  const data = await readAt(img, addr + n, len);
  if (!data || data.length < len) throw new NotGoError('build info string runs past its section');
  return [data, addr + n + len];
}

async function readPointerString(img: ParsedImage, ptrSize: number, readPtr: (b: Buffer, o: number) => number, addr: number): Promise<Buffer> {
  const hdr = await readAt(img, addr, 2 * ptrSize);
  const none = Buffer.alloc(0);
  if (!hdr || hdr.length < 2 * ptrSize) return none;
  const dataAddr = readPtr(hdr, 0), dataLen = readPtr(hdr, ptrSize);
  if (dataLen > MAX_READ) return none;
  const data = await readAt(img, dataAddr, dataLen);
  return data && data.length >= dataLen ? data : none;
}

/** The raw version and module strings, or NotGoError with Go's reason. */
export async function readRawBuildInfo(img: ParsedImage): Promise<RawBuildInfo> {
  const start = img.buildInfoStart;
  if (!start || start.size === 0) throw new NotGoError('no data segment to hold build info');
  const addr = await searchMagic(img, start.addr, start.size);
  const header = await readAt(img, addr, HEADER);
  if (!header || header.length < HEADER) throw new NotGoError('build info header is truncated');
  const flags = header[15]!;
  let version: Buffer, modinfo: Buffer, layout: BuildInfo['layout'];
  if ((flags & FLAG_INLINE) === FLAG_INLINE) {
    layout = 'inline';
    let next: number;
    [version, next] = await decodeString(img, addr + HEADER);
    [modinfo] = await decodeString(img, next);
  } else {
    layout = 'pointers';
    const ptrSize = header[14]!;
    const big = (flags & FLAG_BIG_ENDIAN) === FLAG_BIG_ENDIAN;
    let readPtr: (b: Buffer, o: number) => number;
    if (ptrSize === 4) readPtr = (b, o) => (big ? b.readUInt32BE(o) : b.readUInt32LE(o));
    else if (ptrSize === 8) readPtr = (b, o) => Number(big ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o));
    else throw new NotGoError(`build info pointer size ${ptrSize} is neither 4 nor 8`);
    version = await readPointerString(img, ptrSize, readPtr, readPtr(header, 16));
    modinfo = await readPointerString(img, ptrSize, readPtr, readPtr(header, 16 + ptrSize));
  }
  if (version.length === 0) throw new NotGoError('build info has no Go version');
  // Strip the 16-byte sentinels (cmd/go/internal/modload infoStart/infoEnd) like Go does.
  const mod = modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a ? modinfo.subarray(16, modinfo.length - 16).toString('utf8') : '';
  return { version: version.toString('utf8'), modinfo: mod, layout };
}

export async function readBuildInfo(img: ParsedImage): Promise<BuildInfo> {
  const raw = await readRawBuildInfo(img);
  return parseModInfo(raw.version, raw.modinfo, raw.layout);
}
