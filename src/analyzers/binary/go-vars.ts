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
  const strings = t.kind === 'coff' ? await coffStringTable(r, t) : null;
  const found: Symbol[] = [];
  const perChunk = Math.floor(CHUNK / size);
  for (let first = 0; first < count; first += perChunk) {
    const b = await r.read(t.offset + first * size, Math.min(perChunk, count - first) * size);
    for (let o = 0; o + size <= b.length; o += size) {
      const sym = t.kind === 'elf' ? await elfSymbol(r, t, e, is64, b, o)
        : t.kind === 'macho' ? await machoSymbol(r, t, e, is64, b, o)
        : coffSymbol(b, o, strings!, sections);
      if (sym && isVersionVariable(sym.name)) found.push(sym);
    }
    if (b.length < perChunk * size) break;
  }
  return found;
}

/** The name is read only for data objects (STT_OBJECT), a fraction of the table. */
async function elfSymbol(r: ByteReader, t: SymbolTableLocation, e: Endian, is64: boolean, b: Buffer, o: number): Promise<Symbol | null> {
  const info = b[is64 ? o + 4 : o + 12]!;
  if ((info & 0xf) !== 1) return null;
  const nameOff = e.u32(b, o);
  if (nameOff >= t.strSize) return null;
  return { name: await readName(r, t.strOffset + nameOff), addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 4) };
}

/** Defined symbols in a section (N_SECT); Mach-O names carry a leading underscore. */
async function machoSymbol(r: ByteReader, t: SymbolTableLocation, e: Endian, is64: boolean, b: Buffer, o: number): Promise<Symbol | null> {
  if ((b[o + 4]! & 0x0e) !== 0x0e) return null;
  const nameOff = e.u32(b, o);
  if (nameOff >= t.strSize) return null;
  const name = await readName(r, t.strOffset + nameOff);
  return { name: name.startsWith('_') ? name.slice(1) : name, addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 8) };
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
  return size > 4 ? r.read(t.strOffset, Math.min(size, 32 * 1024 * 1024)) : Buffer.alloc(0);
}

async function readName(r: ByteReader, at: number): Promise<string> {
  return cString(await r.read(at, 256), 0, 256);
}
