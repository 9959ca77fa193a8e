// Where the pclntab starts: the section the format names (.gopclntab, __gopclntab), else a scan
// for its magic in the image's read-only data, checked by parsing the header (the magic alone
// also occurs by chance). PE and XCOFF name no section for it, nor do ELF files whose section
// headers were removed.
import { pclntabMagic, readPclntabHeader, type ByteReader, type PclntabHeader } from './pclntab.js';
import { readTransient } from './source.js';

export interface PclntabRegion { offset: number; fileSize: number }

export interface LocatedPclntab { header: PclntabHeader; located: 'section' | 'magic-scan' }

const CHUNK = 1 << 20;
/** Read no more than this while scanning (esbuild's read-only data is ~10 MB). */
const SCAN_LIMIT = 256 * CHUNK;

export async function locatePclntab(
  r: ByteReader,
  section: PclntabRegion | null,
  scanRegions: readonly PclntabRegion[],
  /** How `section` was found: named by the file's headers, or met by an earlier scan of its data. */
  sectionFoundBy: LocatedPclntab['located'] = 'section',
): Promise<LocatedPclntab | null> {
  if (section) {
    const header = await readPclntabHeader(r, section.offset, section.fileSize);
    if (header) return { header, located: sectionFoundBy };
  }
  let budget = SCAN_LIMIT;
  for (const region of scanRegions) {
    const end = region.offset + region.fileSize;
    for (let off = region.offset; off < end && budget > 0; off += CHUNK) {
      const b = await readTransient(r, off, Math.min(CHUNK + 8, end - off));
      budget -= b.length;
      const found = await scanChunk(r, b, off, end);
      if (found) return { header: found, located: 'magic-scan' };
      if (b.length < 8) break;
    }
  }
  return null;
}

/** Bytes 1 and 2 of the magic in either byte order (fX ff ff ff, ff ff ff fX). */
const FF2 = Buffer.from([0xff, 0xff]);

/** The linker aligns the table to the pointer size; 4-byte steps of the file offset cover 32- and 64-bit targets. */
async function scanChunk(r: ByteReader, b: Buffer, base: number, end: number): Promise<PclntabHeader | null> {
  for (let p = b.indexOf(FF2, 1); p >= 1 && p <= CHUNK; p = b.indexOf(FF2, p + 1)) {
    const start = p - 1;
    if ((base + start) % 4 !== 0 || !pclntabMagic(b, start)) continue;
    const header = await readPclntabHeader(r, base + start, end - (base + start));
    if (header) return header;
  }
  return null;
}
