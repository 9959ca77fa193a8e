import type { ArmAttributes, BinaryFacts } from '../../facts/schema/artifacts.js';
import type { ByteSource } from './source.js';

/** A file region that backs part of the address space. */
export interface Region {
  addr: number;
  /** Bytes present in the file for this region. */
  fileSize: number;
  offset: number;
}

export interface NamedSection extends Region {
  name: string;
  /** In-memory size (may exceed fileSize for zero-filled tails). */
  size: number;
}

/**
 * What a format reader hands to the format-neutral Go analysis: header facts plus the
 * address map that debug/buildinfo uses (DataStart/DataReader in debug/buildinfo/buildinfo.go).
 */
export interface ParsedImage {
  src: ByteSource;
  facts: Omit<BinaryFacts,
    'path' | 'size' | 'slice' | 'goos' | 'goarch' | 'platformSource' | 'isGo' | 'goEvidence' | 'goVersion' |
    'goVersionSource' | 'pclntabVersions' | 'buildInfo' | 'recovered' | 'versionVariables' | 'buildInfoError' | 'stripped'>;
  /** GOOS/GOARCH as the headers say (null when the headers cannot tell). */
  goosHint: string | null;
  goarchHint: string | null;
  /** Where Go's reader starts looking for the build info blob: [addr, addr+size). */
  buildInfoStart: { addr: number; size: number } | null;
  /** Address → file regions, in the order Go's DataReader tries them. */
  dataRegions: Region[];
  sections: NamedSection[];
  /** Go-specific markers found by the format reader (.note.go.buildid, __gopclntab ...). */
  goMarkers: string[];
  /** File offset of the pclntab header when the format names it. */
  pclntabOffset: number | null;
  /** File regions holding read-only data, where runtime.buildVersion lives. */
  rodata: Region[];
  /** Where to look for the "\xff Go build ID: " text marker (start of text). */
  textStart: number | null;
  /** The symbol table (ELF .symtab, Mach-O LC_SYMTAB, COFF symbols), where the format keeps one. */
  symbols?: SymbolTableLocation | null;
}

/** File extent of a symbol table and its string table; entries are read by go-vars.ts. */
export interface SymbolTableLocation {
  kind: 'elf' | 'macho' | 'coff';
  offset: number;
  count: number;
  strOffset: number;
  strSize: number;
}

/** Translate an address to a file offset and the bytes available from there. */
export function mapAddress(regions: readonly Region[], addr: number): { offset: number; remaining: number } | null {
  for (const r of regions) {
    if (r.fileSize > 0 && addr >= r.addr && addr <= r.addr + r.fileSize - 1) {
      return { offset: r.offset + (addr - r.addr), remaining: r.addr + r.fileSize - addr };
    }
  }
  return null;
}

/** Record an extent [offset, offset+length) that ends past the end of a file of `size` bytes. */
export function pastEnd(truncated: string[], what: string, offset: number, length: number, size: number): void {
  truncated.push(offset >= size
    ? `${what} starts at byte ${offset}, past the end of the file (${size} bytes)`
    : `${what} ends at byte ${offset + length}, past the end of the file (${size} bytes)`);
}
