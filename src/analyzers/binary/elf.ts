// ELF reader: header, program headers, section headers, dynamic section, symbol versions,
// notes and ARM attributes. Layouts from the System V gABI and glibc's <elf.h>.
import { cString, Endian, FormatError, readExact, type ByteSource } from './source.js';
import { pastEnd, type NamedSection, type ParsedImage, type Region, type SymbolTableLocation } from './image.js';
import { parseArmAttributes } from './arm-attributes.js';
import { compareDotted } from '../../knowledge/platform-minimums.js';

const PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_NOTE = 4;
const PF_X = 1, PF_W = 2;
const ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;
const SHT_SYMTAB = 2, SHT_NOBITS = 8, SHT_ARM_ATTRIBUTES = 0x70000003;
/** .gnu.version_r (elf.h SHT_GNU_verneed). */
const SHT_GNU_VERNEED = 0x6ffffffe;
const DT_NEEDED = 1, DT_STRTAB = 5, DT_STRSZ = 10, DT_SONAME = 14, DT_FLAGS_1 = 0x6ffffffb;
const DT_VERNEED = 0x6ffffffe, DT_VERNEEDNUM = 0x6fffffff;
const DF_1_PIE = 0x08000000;
const EF_ARM_ABI_FLOAT_SOFT = 0x200, EF_ARM_ABI_FLOAT_HARD = 0x400;

/** e_machine → [name, GOARCH for 32-bit LE, 32 BE, 64 LE, 64 BE]. */
const MACHINES: Record<number, [string, (string | null)[]]> = {
  2: ['SPARC', [null, null, null, null]],
  3: ['Intel 80386', ['386', null, null, null]],
  8: ['MIPS', ['mipsle', 'mips', 'mips64le', 'mips64']],
  20: ['PowerPC', [null, null, null, null]],
  21: ['PowerPC64', [null, null, 'ppc64le', 'ppc64']],
  22: ['IBM S/390', [null, null, null, 's390x']],
  40: ['ARM', ['arm', null, null, null]],
  43: ['SPARC V9', [null, null, null, 'sparc64']],
  62: ['x86-64', ['amd64p32', null, 'amd64', null]],
  183: ['AArch64', [null, null, 'arm64', 'arm64be']],
  243: ['RISC-V', [null, null, 'riscv64', null]],
  258: ['LoongArch', [null, null, 'loong64', null]],
};

const OSABI: Record<number, string> = { 6: 'solaris', 9: 'freebsd', 12: 'openbsd' };

interface Phdr { type: number; flags: number; offset: number; vaddr: number; filesz: number; memsz: number }
interface Shdr extends NamedSection { type: number; flags: number; link: number; index: number }

export function isElf(head: Buffer): boolean {
  return head.length >= 4 && head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}

export async function parseElf(src: ByteSource): Promise<ParsedImage> {
  const ident = await readExact(src, 0, 16, 'ELF identification');
  const cls = ident[4], data = ident[5];
  if (cls !== 1 && cls !== 2) throw new FormatError(`ELF class ${cls} is neither 32-bit (1) nor 64-bit (2)`);
  if (data !== 1 && data !== 2) throw new FormatError(`ELF data encoding ${data} is neither little (1) nor big endian (2)`);
  const is64 = cls === 2;
  const e = new Endian(data === 1);
  const hdr = await readExact(src, 0, is64 ? 64 : 52, 'ELF header');
  const type = e.u16(hdr, 16);
  const machineNo = e.u16(hdr, 18);
  const w = (o32: number, o64: number) => (is64 ? e.u64(hdr, o64) : e.u32(hdr, o32));
  const phoff = w(28, 32), shoff = w(32, 40);
  const flags = e.u32(hdr, is64 ? 48 : 36);
  const phentsize = e.u16(hdr, is64 ? 54 : 42);
  let phnum = e.u16(hdr, is64 ? 56 : 44);
  const shentsize = e.u16(hdr, is64 ? 58 : 46);
  let shnum = e.u16(hdr, is64 ? 60 : 48);
  let shstrndx = e.u16(hdr, is64 ? 62 : 50);
  const warnings: string[] = [];
  const truncated: string[] = [];

  // Extended numbering (gABI): real counts live in section 0.
  if (shoff > 0 && (shnum === 0 || shstrndx === 0xffff || phnum === 0xffff)) {
    const s0 = await src.read(shoff, is64 ? 64 : 40);
    if (s0.length === (is64 ? 64 : 40)) {
      if (shnum === 0) shnum = is64 ? e.u64(s0, 32) : e.u32(s0, 20);
      if (shstrndx === 0xffff) shstrndx = e.u32(s0, is64 ? 40 : 24);
      if (phnum === 0xffff) phnum = e.u32(s0, is64 ? 44 : 28);
    }
  }

  const phdrs = await readProgramHeaders(src, e, is64, phoff, phnum, phentsize, truncated);
  const sections = await readSections(src, e, is64, shoff, shnum, shentsize, shstrndx, warnings, truncated);

  const machineEntry = MACHINES[machineNo];
  const machine = machineEntry?.[0] ?? `machine ${machineNo}`;
  const goarchHint = machineEntry?.[1][(is64 ? 2 : 0) + (data === 2 ? 1 : 0)] ?? null;

  const loads: Region[] = phdrs.filter((p) => p.filesz > 0).map((p) => ({ addr: p.vaddr, fileSize: p.filesz, offset: p.offset }));
  const toOffset = (addr: number): number | null => {
    for (const p of phdrs) {
      if (p.type === PT_LOAD && p.filesz > 0 && addr >= p.vaddr && addr < p.vaddr + p.filesz) return p.offset + (addr - p.vaddr);
    }
    return null;
  };

  const interpPh = phdrs.find((p) => p.type === PT_INTERP);
  const interpreter = interpPh ? cString(await src.read(interpPh.offset, Math.min(interpPh.filesz, 4096)), 0) || null : null;
  const dyn = await readDynamic(src, e, is64, phdrs, sections, toOffset, warnings);
  const notes = await readNotes(src, e, phdrs, sections);

  const sectionByName = (n: string) => sections.find((s) => s.name === n);
  const hasSymbols = sections.some((s) => s.type === SHT_SYMTAB && s.size > 0);
  const hasDwarf = sections.some((s) => /^\.z?debug_/.test(s.name));
  const pie = type === ET_DYN && (interpreter !== null || (dyn.flags1 & DF_1_PIE) !== 0);
  const kind = type === ET_EXEC ? 'executable' : type === ET_DYN ? (pie ? 'executable' : 'shared-library')
    : type === ET_REL ? 'object' : type === ET_CORE ? 'core' : 'other';
  const linkage = interpreter ? 'dynamic'
    : kind === 'executable' ? (type === ET_DYN ? 'static-pie' : dyn.needed.length ? 'dynamic' : 'static')
    : kind === 'shared-library' ? (dyn.needed.length ? 'dynamic' : 'static') : 'unknown';

  let arm: ParsedImage['facts']['arm'] = null;
  if (machineNo === 40) {
    const attrSec = sections.find((s) => s.type === SHT_ARM_ATTRIBUTES || s.name === '.ARM.attributes');
    const raw = attrSec ? await src.read(attrSec.offset, Math.min(attrSec.fileSize, 64 * 1024)) : null;
    arm = parseArmAttributes(raw, warnings);
    arm.eflagsFloat = flags & EF_ARM_ABI_FLOAT_HARD ? 'hard' : flags & EF_ARM_ABI_FLOAT_SOFT ? 'soft' : null;
  }

  const goMarkers: string[] = [];
  if (notes.has('Go/4') || sectionByName('.note.go.buildid')) goMarkers.push('.note.go.buildid');
  const pcln = sections.find((s) => s.name.endsWith('.gopclntab') && s.type !== SHT_NOBITS);
  if (pcln) goMarkers.push('.gopclntab section');
  for (const n of ['.go.buildinfo', '.go.module', '.gosymtab']) if (sectionByName(n)) goMarkers.push(`${n} section`);

  // buildinfo.go elfExe.DataStart: the .go.buildinfo section, else the first writable, non-executable PT_LOAD.
  const biSec = sectionByName('.go.buildinfo');
  const rwLoad = phdrs.find((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === PF_W);
  const buildInfoStart = biSec ? { addr: biSec.addr, size: biSec.size } : rwLoad ? { addr: rwLoad.vaddr, size: rwLoad.memsz } : null;

  const rodataSec = sectionByName('.rodata');
  const rodata: Region[] = rodataSec ? [rodataSec]
    : phdrs.filter((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === 0).map((p) => ({ addr: p.vaddr, fileSize: p.filesz, offset: p.offset }));

  return {
    src,
    facts: {
      format: 'elf', bits: is64 ? 64 : 32, endian: e.little ? 'little' : 'big', machine,
      kind, pie, linkage, interpreter, libraries: dyn.needed, versionNeeds: dyn.versionNeeds,
      glibcRequired: maxGlibc(dyn.versionNeeds), hasSymbols, hasDwarf, arm, minOS: null, warnings, truncated,
    },
    goosHint: elfGoos(ident[7]!, interpreter, notes, machineNo),
    goarchHint,
    buildInfoStart,
    dataRegions: loads,
    sections,
    goMarkers,
    pclntabOffset: pcln ? pcln.offset : null,
    rodata,
    textStart: sectionByName('.text')?.offset ?? null,
    symbols: elfSymbols(sections, is64),
  };
}

function elfSymbols(sections: Shdr[], is64: boolean): SymbolTableLocation | null {
  const sym = sections.find((s) => s.type === SHT_SYMTAB && s.fileSize > 0);
  const str = sym ? sections[sym.link] : undefined;
  if (!sym || !str) return null;
  return { kind: 'elf', offset: sym.offset, count: Math.floor(sym.fileSize / (is64 ? 24 : 16)), strOffset: str.offset, strSize: str.fileSize };
}

const PT_NAMES: Record<number, string> = { [PT_LOAD]: 'PT_LOAD', [PT_DYNAMIC]: 'PT_DYNAMIC', [PT_INTERP]: 'PT_INTERP', [PT_NOTE]: 'PT_NOTE' };

async function readProgramHeaders(src: ByteSource, e: Endian, is64: boolean, off: number, num: number, entsize: number, truncated: string[]): Promise<Phdr[]> {
  if (num === 0 || off === 0) return [];
  const need = is64 ? 56 : 32;
  if (entsize < need) throw new FormatError(`ELF program header entry size ${entsize} is smaller than ${need}`);
  if (off + num * entsize > src.size) throw new FormatError(`ELF program headers (${num} × ${entsize} at ${off}) run past the end of the file (${src.size} bytes)`);
  const buf = await readExact(src, off, num * entsize, 'ELF program headers');
  const out: Phdr[] = [];
  for (let i = 0; i < num; i++) {
    const o = i * entsize;
    const p: Phdr = is64
      ? { type: e.u32(buf, o), flags: e.u32(buf, o + 4), offset: e.u64(buf, o + 8), vaddr: e.u64(buf, o + 16), filesz: e.u64(buf, o + 32), memsz: e.u64(buf, o + 40) }
      : { type: e.u32(buf, o), offset: e.u32(buf, o + 4), vaddr: e.u32(buf, o + 8), filesz: e.u32(buf, o + 16), memsz: e.u32(buf, o + 20), flags: e.u32(buf, o + 24) };
    if (p.filesz > 0 && p.offset + p.filesz > src.size) {
      pastEnd(truncated, `segment ${i} (${PT_NAMES[p.type] ?? `type 0x${p.type.toString(16)}`})`, p.offset, p.filesz, src.size);
      p.filesz = Math.max(0, src.size - p.offset);
    }
    out.push(p);
  }
  return out;
}

async function readSections(src: ByteSource, e: Endian, is64: boolean, off: number, num: number, entsize: number, strndx: number, warnings: string[], truncated: string[]): Promise<Shdr[]> {
  if (num === 0 || off === 0) return [];
  const need = is64 ? 64 : 40;
  if (entsize < need) throw new FormatError(`ELF section header entry size ${entsize} is smaller than ${need}`);
  if (off + num * entsize > src.size) throw new FormatError(`ELF section headers (${num} × ${entsize} at ${off}) run past the end of the file (${src.size} bytes)`);
  const buf = await readExact(src, off, num * entsize, 'ELF section headers');
  // Plain object literals (no spreads): a corrupt count can claim tens of thousands of sections.
  const out: Shdr[] = [];
  const nameOffs: number[] = [];
  const outside: number[] = [];
  for (let i = 0; i < num; i++) {
    const o = i * entsize;
    const type = e.u32(buf, o + 4);
    const offset = is64 ? e.u64(buf, o + 24) : e.u32(buf, o + 16);
    const size = is64 ? e.u64(buf, o + 32) : e.u32(buf, o + 20);
    const fileSize = type === SHT_NOBITS ? 0 : Math.max(0, Math.min(size, src.size - offset));
    if (type !== SHT_NOBITS && size > 0 && offset + size > src.size) outside.push(i);
    nameOffs.push(e.u32(buf, o));
    out.push({
      name: '', type, flags: is64 ? e.u64(buf, o + 8) : e.u32(buf, o + 8), addr: is64 ? e.u64(buf, o + 16) : e.u32(buf, o + 12),
      offset, size, fileSize, link: e.u32(buf, is64 ? o + 40 : o + 24), index: i,
    });
  }
  const strtab = out[strndx];
  const names = strtab && strtab.fileSize > 0 ? await src.read(strtab.offset, Math.min(strtab.fileSize, 1 << 20)) : Buffer.alloc(0);
  if (!strtab && strndx !== 0) warnings.push(`section name table index ${strndx} is out of range`);
  for (let i = 0; i < out.length; i++) out[i]!.name = cString(names, nameOffs[i]!, 256);
  for (const i of outside.slice(0, 10)) pastEnd(truncated, `section ${i}${out[i]!.name ? ` (${out[i]!.name})` : ''}`, out[i]!.offset, out[i]!.size, src.size);
  if (outside.length > 10) truncated.push(`${outside.length - 10} more sections end past the end of the file`);
  return out;
}

interface DynamicInfo { needed: string[]; versionNeeds: Record<string, string[]>; flags1: number }

async function readDynamic(src: ByteSource, e: Endian, is64: boolean, phdrs: Phdr[], sections: Shdr[], toOffset: (a: number) => number | null, warnings: string[]): Promise<DynamicInfo> {
  const out: DynamicInfo = { needed: [], versionNeeds: {}, flags1: 0 };
  const dynPh = phdrs.find((p) => p.type === PT_DYNAMIC);
  const dynSec = sections.find((s) => s.name === '.dynamic');
  const region = dynPh ? { offset: dynPh.offset, size: dynPh.filesz } : dynSec ? { offset: dynSec.offset, size: dynSec.fileSize } : null;
  if (!region || region.size === 0) return out;
  const ent = is64 ? 16 : 8;
  const buf = await src.read(region.offset, Math.min(region.size, 1 << 20));
  const entries: [number, number][] = [];
  for (let o = 0; o + ent <= buf.length; o += ent) {
    const tag = is64 ? e.u64(buf, o) : e.u32(buf, o);
    const val = is64 ? e.u64(buf, o + 8) : e.u32(buf, o + 4);
    if (tag === 0) break;
    entries.push([tag, val]);
  }
  const get = (t: number) => entries.find(([tag]) => tag === t)?.[1];
  const strAddr = get(DT_STRTAB);
  const strOff = strAddr !== undefined ? toOffset(strAddr) ?? sections.find((s) => s.name === '.dynstr')?.offset ?? null : null;
  if (strOff === null) {
    if (entries.some(([t]) => t === DT_NEEDED)) warnings.push('dynamic string table is not mapped by any PT_LOAD');
    return out;
  }
  const strTableSize = get(DT_STRSZ) ?? 1 << 16;
  const neededAt = entries.filter(([t]) => t === DT_NEEDED).map(([, v]) => v);
  out.flags1 = get(DT_FLAGS_1) ?? 0;
  void DT_SONAME;

  // .gnu.version_r: Verneed {vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32},
  // Vernaux {vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32}.
  const vnAddr = get(DT_VERNEED), vnNum = Math.min(get(DT_VERNEEDNUM) ?? 0, 1024);
  const vnOff = vnAddr !== undefined ? toOffset(vnAddr) : null;
  const needs: { file: number; versions: number[] }[] = [];
  if (vnOff !== null && vnNum > 0) {
    // The section's own size when the headers are there (a few hundred bytes): a 64 KiB read for
    // each library of a tree was most of what inspect read from C programs.
    const vnSection = sections.find((s) => s.type === SHT_GNU_VERNEED && s.offset === vnOff);
    const vbuf = await src.read(vnOff, Math.min(vnSection?.fileSize ?? 64 * 1024, 64 * 1024));
    let o = 0;
    for (let i = 0; i < vnNum && o + 16 <= vbuf.length; i++) {
      const cnt = Math.min(e.u16(vbuf, o + 2), 256);
      const need = { file: e.u32(vbuf, o + 4), versions: [] as number[] };
      let a = o + e.u32(vbuf, o + 8);
      for (let j = 0; j < cnt && a + 16 <= vbuf.length && a >= 0; j++) {
        need.versions.push(e.u32(vbuf, a + 8));
        const next = e.u32(vbuf, a + 12);
        if (next === 0) break;
        a += next;
      }
      needs.push(need);
      const next = e.u32(vbuf, o + 12);
      if (next === 0) break;
      o += next;
    }
  }
  // Read only where these names sit, a window per cluster of offsets: a C++ program's table runs
  // to megabytes of symbol names that nothing here needs.
  const str = await stringsAt(src, strOff, strTableSize, [...neededAt, ...needs.flatMap((n) => [n.file, ...n.versions])]);
  for (const v of neededAt) out.needed.push(str(v));
  for (const n of needs) out.versionNeeds[str(n.file)] = [...(out.versionNeeds[str(n.file)] ?? []), ...n.versions.map(str)];
  return out;
}

/** NUL-terminated strings of a table at the given offsets, read in windows around clusters of them (names over 4 KiB are cut). */
async function stringsAt(src: ByteSource, tableOffset: number, tableSize: number, offsets: number[]): Promise<(off: number) => string> {
  const sorted = [...new Set(offsets.filter((v) => v < tableSize))].sort((a, b) => a - b).slice(0, 8192);
  const windows: { from: number; bytes: Buffer }[] = [];
  for (let i = 0; i < sorted.length;) {
    const from = sorted[i]!;
    let last = from;
    while (i < sorted.length && sorted[i]! - last < 64 * 1024) last = sorted[i++]!;
    windows.push({ from, bytes: await src.read(tableOffset + from, Math.min(last + 4096, tableSize) - from) });
  }
  return (off) => {
    const w = windows.find((x) => off >= x.from && off < x.from + x.bytes.length);
    return w ? cString(w.bytes, off - w.from) : '';
  };
}

/** Note names+types present ("Go/4", "NetBSD/1" ...), from PT_NOTE segments and SHT_NOTE sections. */
async function readNotes(src: ByteSource, e: Endian, phdrs: Phdr[], sections: Shdr[]): Promise<Set<string>> {
  const found = new Set<string>();
  const regions = [
    ...phdrs.filter((p) => p.type === PT_NOTE).map((p) => ({ offset: p.offset, size: p.filesz })),
    ...sections.filter((s) => s.type === 7).map((s) => ({ offset: s.offset, size: s.fileSize })),
  ];
  for (const r of regions.slice(0, 16)) {
    const b = await src.read(r.offset, Math.min(r.size, 64 * 1024));
    let o = 0;
    while (o + 12 <= b.length) {
      const namesz = e.u32(b, o), descsz = e.u32(b, o + 4), type = e.u32(b, o + 8);
      if (namesz > 256 || descsz > b.length) break;
      const name = b.toString('latin1', o + 12, Math.min(b.length, o + 12 + namesz)).replace(/\0+$/, '');
      found.add(`${name}/${type}`);
      o += 12 + align4(namesz) + align4(descsz);
    }
  }
  return found;
}

const align4 = (n: number) => (n + 3) & ~3;

function elfGoos(osabi: number, interp: string | null, notes: Set<string>, machine: number): string | null {
  if (interp?.startsWith('/system/bin/linker')) return 'android';
  if (notes.has('Android/1')) return 'android';
  if (notes.has('NetBSD/1')) return 'netbsd';
  if (notes.has('OpenBSD/1') || osabi === 12) return 'openbsd';
  if (notes.has('FreeBSD/1') || osabi === 9 || interp === '/libexec/ld-elf.so.1') return 'freebsd';
  if (interp === '/usr/libexec/ld-elf.so.2' || notes.has('DragonFly/1')) return 'dragonfly';
  if (osabi === 6 || interp?.startsWith('/lib/amd64/ld.so') || interp === '/usr/lib/ld.so.1') return 'solaris';
  if (osabi === 0 || osabi === 3) return machine in MACHINES ? 'linux' : null;
  return null;
}

/** Highest GLIBC_x.y[.z] across all libraries, compared numerically. */
export function maxGlibc(needs: Record<string, string[]>): string | null {
  // Each library lists a version once per symbol: compare the distinct ones.
  let best: string | null = null;
  for (const v of new Set(Object.values(needs).flat())) {
    const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(v);
    if (m && (best === null || compareDotted(m[1]!, best) > 0)) best = m[1]!;
  }
  return best;
}
