// Values of well-known version variables (main.version, main.Version, .../version.Version), as
// `go build -ldflags=-X name=value` sets them (cmd/link/internal/ld/data.go addstrdata: the
// variable becomes a string header {ptr, len} pointing at the value). Read from the symbol table
// and the data it points into; a binary linked with -s has no symbol table and gives nothing.
import { mapAddress, type Region, type SymbolTableLocation } from './image.js';
import { Endian, cString } from './source.js';
import type { ByteReader } from './pclntab.js';

/** The names release tooling stamps (goreleaser's default main.version; version packages). */
export function isVersionVariable(name: string): boolean {
  return /^main\.(version|Version)$/.test(name) || /\/version\.(Version|version)$/.test(name);
}

export interface VersionVariable { name: string; value: string }

interface Symbol { name: string; addr: number }

const CHUNK = 256 * 1024;
const MAX_SYMBOLS = 4_000_000;
const MAX_VALUE = 1024;
/** Names past this offset of a string table are not read (bounded memory for hostile tables). */
const MAX_STRINGS = 32 * 1024 * 1024;

export async function readVersionVariables(
  r: ByteReader, table: SymbolTableLocation, little: boolean, is64: boolean, sections: readonly Region[], dataRegions: readonly Region[],
): Promise<VersionVariable[]> {
  const e = new Endian(little);
  const out: VersionVariable[] = [];
  for (const s of await findSymbols(r, table, e, is64, sections)) {
    const at = mapAddress(dataRegions, s.addr);
    if (!at) continue;
    const header = await r.read(at.offset, is64 ? 16 : 8);
    if (header.length < (is64 ? 16 : 8)) continue;
    const ptr = e.word(header, 0, is64), len = e.word(header, is64 ? 8 : 4, is64);
    if (len === 0 || len > MAX_VALUE) continue;
    const str = mapAddress(dataRegions, ptr);
    if (!str || str.remaining < len) continue;
    const bytes = await r.read(str.offset, len);
    if (bytes.length === len) out.push({ name: s.name, value: bytes.toString('utf8') });
  }
  // main's own variable first: it is the one the summary shows.
  return out.sort((a, b) => Number(!a.name.startsWith('main.')) - Number(!b.name.startsWith('main.')));
}

/** The version-variable symbols, read in chunks: a symbol table can hold 100,000 entries. */
async function findSymbols(r: ByteReader, t: SymbolTableLocation, e: Endian, is64: boolean, sections: readonly Region[]): Promise<Symbol[]> {
  const size = t.kind === 'elf' ? (is64 ? 24 : 16) : t.kind === 'macho' ? (is64 ? 16 : 12) : 18;
  const count = Math.min(t.count, MAX_SYMBOLS);
  // One read of the string table instead of one per symbol: a Go binary's is a few MB.
  const strings = t.kind === 'coff' ? await coffStringTable(r, t) : await r.read(t.strOffset, Math.min(t.strSize, MAX_STRINGS));
  // ELF and Mach-O name symbols by string-table offset: the few offsets that hold a version
  // variable's name are found first, so a binary without one costs no read of its symbols.
  const names = t.kind === 'coff' ? null : versionNameOffsets(strings, t.kind === 'macho');
  if (names?.size === 0) return [];
  const found: Symbol[] = [];
  const perChunk = Math.floor(CHUNK / size);
  for (let first = 0; first < count; first += perChunk) {
    const b = await r.read(t.offset + first * size, Math.min(perChunk, count - first) * size);
    for (let o = 0; o + size <= b.length; o += size) {
      const sym = t.kind === 'elf' ? elfSymbol(names!, e, is64, b, o)
        : t.kind === 'macho' ? machoSymbol(names!, e, is64, b, o)
        : coffSymbol(b, o, strings, sections);
      if (sym && isVersionVariable(sym.name)) found.push(sym);
    }
    if (b.length < perChunk * size) break;
  }
  return found;
}

const ENDING = Buffer.from('ersion\0');

/**
 * String-table offset → name, for every name isVersionVariable accepts (Mach-O names carry a
 * leading _). One native search for the ending they share; the few hits are decoded.
 */
function versionNameOffsets(strings: Buffer, macho: boolean): Map<number, string> {
  const out = new Map<number, string>();
  for (let at = strings.indexOf(ENDING); at >= 0; at = strings.indexOf(ENDING, at + ENDING.length)) {
    const end = at + ENDING.length - 1;
    const start = strings.lastIndexOf(0, at) + 1;
    if (end - start > 256) continue;
    const raw = strings.toString('utf8', start, end);
    const name = macho && raw.startsWith('_') ? raw.slice(1) : raw;
    if (isVersionVariable(name)) out.set(start, name);
  }
  return out;
}

/** Data objects (STT_OBJECT) whose name is one of `names`. */
function elfSymbol(names: ReadonlyMap<number, string>, e: Endian, is64: boolean, b: Buffer, o: number): Symbol | null {
  const info = b[is64 ? o + 4 : o + 12]!;
  if ((info & 0xf) !== 1) return null;
  const name = names.get(e.u32(b, o));
  return name === undefined ? null : { name, addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 4) };
}

/** Defined symbols in a section (N_SECT) whose name is one of `names`. */
function machoSymbol(names: ReadonlyMap<number, string>, e: Endian, is64: boolean, b: Buffer, o: number): Symbol | null {
  if ((b[o + 4]! & 0x0e) !== 0x0e) return null;
  const name = names.get(e.u32(b, o));
  return name === undefined ? null : { name, addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 8) };
}

/** COFF: short names inline, long ones in the string table; values are offsets into their section. */
function coffSymbol(b: Buffer, o: number, strings: Buffer, sections: readonly Region[]): Symbol | null {
  const section = b.readInt16LE(o + 12);
  const target = sections[section - 1];
  if (section <= 0 || !target) return null;
  const name = b.readUInt32LE(o) === 0 ? cString(strings, b.readUInt32LE(o + 4), 512) : cString(b.subarray(o, o + 8), 0);
  return { name, addr: target.addr + b.readUInt32LE(o + 8) };
}

async function coffStringTable(r: ByteReader, t: SymbolTableLocation): Promise<Buffer> {
  const head = await r.read(t.strOffset, 4);
  const size = head.length === 4 ? head.readUInt32LE(0) : 0;
  return size > 4 ? r.read(t.strOffset, Math.min(size, MAX_STRINGS)) : Buffer.alloc(0);
}
