// XCOFF reader (AIX), 32-bit (0x01DF) and 64-bit (0x01F7), always big endian. Layouts from the
// AIX "XCOFF object file format" documentation and Go's debug/xcoff.
import { cString, Endian, FormatError, readExact, type ByteSource } from './source.js';
import { pastEnd, type NamedSection, type ParsedImage } from './image.js';

const STYP_DWARF = 0x10, STYP_TEXT = 0x20, STYP_DATA = 0x40, STYP_LOADER = 0x1000;
const F_EXEC = 0x0002, F_SHROBJ = 0x2000;

export function isXcoff(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x01 && (head[1] === 0xdf || head[1] === 0xf7);
}

interface XSection extends NamedSection { flags: number }

export async function parseXcoff(src: ByteSource): Promise<ParsedImage> {
  const e = new Endian(false);
  const head = await readExact(src, 0, 24, 'XCOFF file header');
  const is64 = head[1] === 0xf7;
  const nscns = e.u16(head, 2);
  const symptr = is64 ? e.u64(head, 8) : e.u32(head, 8);
  const opthdr = e.u16(head, 16);
  const flags = e.u16(head, 18);
  const nsyms = is64 ? e.u32(head, 20) : e.u32(head, 12);
  const hsize = is64 ? 24 : 20, ent = is64 ? 72 : 40;
  if (hsize + opthdr + nscns * ent > src.size) throw new FormatError(`XCOFF section headers (${nscns}) run past the end of the file`);
  const sh = await readExact(src, hsize + opthdr, nscns * ent, 'XCOFF section headers');
  const sections: XSection[] = [];
  const truncated: string[] = [];
  for (let i = 0; i < nscns; i++) {
    const o = i * ent;
    const vaddr = is64 ? e.u64(sh, o + 16) : e.u32(sh, o + 12);
    const size = is64 ? e.u64(sh, o + 24) : e.u32(sh, o + 16);
    const scnptr = is64 ? e.u64(sh, o + 32) : e.u32(sh, o + 20);
    const sflags = e.u32(sh, is64 ? o + 64 : o + 36);
    const name = cString(sh.subarray(o, o + 8), 0);
    if (scnptr && size > 0 && scnptr + size > src.size) pastEnd(truncated, `section ${i}${name ? ` (${name})` : ''}`, scnptr, size, src.size);
    sections.push({ name, addr: vaddr, size, offset: scnptr, fileSize: scnptr ? Math.max(0, Math.min(size, src.size - scnptr)) : 0, flags: sflags });
  }
  const warnings: string[] = [];
  const loader = sections.find((s) => s.flags === STYP_LOADER);
  const libraries = loader ? await readImports(src, loader, is64, warnings) : [];
  // buildinfo.go xcoffExe.DataStart: SectionByType(STYP_DATA), an exact match on s_flags.
  const data = sections.find((s) => s.flags === STYP_DATA);
  const text = sections.find((s) => s.flags === STYP_TEXT);
  return {
    src,
    facts: {
      format: 'xcoff', bits: is64 ? 64 : 32, endian: 'big', machine: is64 ? 'PowerPC64' : 'PowerPC',
      kind: flags & F_SHROBJ ? 'shared-library' : flags & F_EXEC ? 'executable' : 'object',
      pie: false, linkage: libraries.length ? 'dynamic' : 'static', interpreter: null, libraries,
      versionNeeds: {}, glibcRequired: null, hasSymbols: symptr > 0 && nsyms > 0,
      hasDwarf: sections.some((s) => s.flags === STYP_DWARF), arm: null, minOS: null, warnings, truncated,
    },
    goosHint: 'aix',
    goarchHint: is64 ? 'ppc64' : null,
    buildInfoStart: data ? { addr: data.addr, size: data.size } : null,
    dataRegions: sections,
    sections,
    goMarkers: [],
    pclntabOffset: null,
    // Go on AIX keeps read-only data (and the pclntab) in .text.
    rodata: [text, data].filter((s): s is XSection => s !== undefined),
    textStart: text?.offset ?? null,
  };
}

/** Loader section import file ids: (path, base, member) NUL-terminated triples; entry 0 is LIBPATH. */
async function readImports(src: ByteSource, loader: XSection, is64: boolean, warnings: string[]): Promise<string[]> {
  const e = new Endian(false);
  const h = await src.read(loader.offset, 56);
  if (h.length < (is64 ? 56 : 32)) {
    warnings.push('XCOFF loader section header is truncated');
    return [];
  }
  const nimpid = Math.min(e.u32(h, 16), 256);
  const impoff = is64 ? e.u64(h, 24) : e.u32(h, 20);
  const istlen = e.u32(h, 12);
  const buf = await src.read(loader.offset + impoff, Math.min(istlen, 64 * 1024));
  const out: string[] = [];
  let o = 0;
  for (let i = 0; i < nimpid && o < buf.length; i++) {
    const p = cString(buf, o); o += p.length + 1;
    const base = cString(buf, o); o += base.length + 1;
    const member = cString(buf, o); o += member.length + 1;
    if (i > 0) out.push(member ? `${base}(${member})` : base);
  }
  return out;
}
