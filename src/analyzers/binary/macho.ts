// Mach-O reader (thin 32/64, either byte order) and universal ("fat") headers.
// Layouts from <mach-o/loader.h> and <mach-o/fat.h> (Apple cctools / xnu EXTERNAL_HEADERS).
import { cString, Endian, FormatError, readExact, type ByteSource } from './source.js';
import { pastEnd, type NamedSection, type ParsedImage, type Region, type SymbolTableLocation } from './image.js';

const LC_SEGMENT = 0x1, LC_SYMTAB = 0x2, LC_DYSYMTAB = 0xb, LC_LOAD_DYLIB = 0xc, LC_ID_DYLIB = 0xd, LC_SEGMENT_64 = 0x19;
const LC_VERSION_MIN_MACOSX = 0x24, LC_VERSION_MIN_IPHONEOS = 0x25, LC_BUILD_VERSION = 0x32;
const DYLIB_CMDS = new Set([LC_LOAD_DYLIB, 0x80000018 /* weak */, 0x8000001f /* reexport */, 0x20 /* lazy */, 0x80000023 /* upward */]);
const MH_EXECUTE = 2, MH_DYLIB = 6, MH_BUNDLE = 8, MH_OBJECT = 1, MH_CORE = 4, MH_PIE = 0x200000;
const PLATFORMS: Record<number, [string, string]> = { 1: ['macos', 'darwin'], 2: ['ios', 'ios'], 3: ['tvos', 'ios'], 4: ['watchos', 'ios'], 6: ['maccatalyst', 'ios'], 7: ['iossimulator', 'ios'] };

/** cputype → [name, GOARCH]. */
const CPUS: Record<number, [string, string | null]> = {
  7: ['i386', '386'], 0x01000007: ['x86_64', 'amd64'], 12: ['arm', 'arm'], 0x0100000c: ['arm64', 'arm64'],
  0x0200000c: ['arm64_32', null], 18: ['ppc', null], 0x01000012: ['ppc64', null],
};

/** Go's test (debug/buildinfo): BE "\xFE\xED\xFA" prefix, or LE "\xFA\xED\xFE" after the first byte. */
export function isMachO(head: Buffer): boolean {
  if (head.length < 4) return false;
  const be = head[0] === 0xfe && head[1] === 0xed && head[2] === 0xfa && (head[3] === 0xce || head[3] === 0xcf);
  const le = head[1] === 0xfa && head[2] === 0xed && head[3] === 0xfe && (head[0] === 0xce || head[0] === 0xcf);
  return be || le;
}

export function isFatMachO(head: Buffer): boolean {
  if (head.length < 8) return false;
  const magic = head.readUInt32BE(0);
  // Java class files share 0xCAFEBABE; their "count" is a class-file version (≥ 45).
  return (magic === 0xcafebabe || magic === 0xcafebabf) && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 40;
}

export interface FatSlice { offset: number; size: number; cpu: string }

export async function readFatHeader(src: ByteSource): Promise<FatSlice[]> {
  const head = await readExact(src, 0, 8, 'universal header');
  const is64 = head.readUInt32BE(0) === 0xcafebabf;
  const n = head.readUInt32BE(4);
  const ent = is64 ? 32 : 20;
  const buf = await readExact(src, 8, n * ent, 'universal arch table');
  const slices: FatSlice[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * ent;
    const cpu = buf.readUInt32BE(o);
    const offset = is64 ? Number(buf.readBigUInt64BE(o + 8)) : buf.readUInt32BE(o + 8);
    const size = is64 ? Number(buf.readBigUInt64BE(o + 16)) : buf.readUInt32BE(o + 12);
    if (!Number.isSafeInteger(offset + size) || offset + size > src.size) throw new FormatError(`universal slice ${i} (${offset}+${size}) lies outside the file (${src.size} bytes)`);
    slices.push({ offset, size, cpu: CPUS[cpu]?.[0] ?? `cpu ${cpu}` });
  }
  return slices;
}

interface Segment extends Region { name: string; memSize: number; initprot: number; maxprot: number }

export async function parseMachO(src: ByteSource): Promise<ParsedImage> {
  const magicBuf = await readExact(src, 0, 4, 'Mach-O magic');
  const little = magicBuf[0] === 0xce || magicBuf[0] === 0xcf;
  const e = new Endian(little);
  const magic = e.u32(magicBuf, 0);
  const is64 = magic === 0xfeedfacf;
  const hdr = await readExact(src, 0, is64 ? 32 : 28, 'Mach-O header');
  const cputype = e.u32(hdr, 4), filetype = e.u32(hdr, 12), ncmds = e.u32(hdr, 16), sizeofcmds = e.u32(hdr, 20), flags = e.u32(hdr, 24);
  const hsize = is64 ? 32 : 28;
  if (hsize + sizeofcmds > src.size) throw new FormatError(`Mach-O load commands (${sizeofcmds} bytes) run past the end of the file (${src.size} bytes)`);
  if (ncmds > sizeofcmds / 8) throw new FormatError(`Mach-O claims ${ncmds} load commands in ${sizeofcmds} bytes`);
  const cmds = await readExact(src, hsize, sizeofcmds, 'Mach-O load commands');
  const warnings: string[] = [];
  const truncated: string[] = [];
  const segments: Segment[] = [];
  const sections: NamedSection[] = [];
  const libraries: string[] = [];
  let symbols: SymbolTableLocation | null = null;
  let nsyms = 0, definedSyms: number | null = null, minOS: string | null = null, goos = 'darwin', isDylibId = false;

  let o = 0;
  for (let i = 0; i < ncmds; i++) {
    if (o + 8 > cmds.length) {
      warnings.push(`load command ${i} starts past the command area`);
      break;
    }
    const cmd = e.u32(cmds, o), size = e.u32(cmds, o + 4);
    if (size < 8 || o + size > cmds.length) {
      warnings.push(`load command ${i} has size ${size}, outside the command area`);
      break;
    }
    const c = cmds.subarray(o, o + size);
    if ((cmd === LC_SEGMENT_64 || cmd === LC_SEGMENT) && size >= (is64 ? 72 : 56)) {
      const w = (o32: number, o64: number) => (is64 ? e.u64(c, o64) : e.u32(c, o32));
      const seg: Segment = {
        name: cString(c.subarray(8, 24), 0), addr: w(24, 24), memSize: w(28, 32), offset: w(32, 40), fileSize: w(36, 48),
        maxprot: e.u32(c, is64 ? 56 : 40), initprot: e.u32(c, is64 ? 60 : 44),
      };
      if (seg.fileSize > 0 && seg.offset + seg.fileSize > src.size) {
        pastEnd(truncated, `segment ${seg.name}`, seg.offset, seg.fileSize, src.size);
        seg.fileSize = Math.max(0, src.size - seg.offset);
      }
      segments.push(seg);
      const nsects = e.u32(c, is64 ? 64 : 48);
      const base = is64 ? 72 : 56, ent = is64 ? 80 : 68;
      for (let s = 0; s < nsects && base + (s + 1) * ent <= size; s++) {
        const so = base + s * ent;
        const secSize = is64 ? e.u64(c, so + 40) : e.u32(c, so + 36);
        const offset = e.u32(c, is64 ? so + 48 : so + 40);
        sections.push({
          name: cString(c.subarray(so, so + 16), 0), addr: is64 ? e.u64(c, so + 32) : e.u32(c, so + 32),
          size: secSize, offset, fileSize: offset === 0 ? 0 : Math.max(0, Math.min(secSize, src.size - offset)),
        });
      }
    } else if (cmd === LC_SYMTAB && size >= 24) {
      nsyms = e.u32(c, 12);
      symbols = { kind: 'macho', offset: e.u32(c, 8), count: nsyms, strOffset: e.u32(c, 16), strSize: e.u32(c, 20) };
    } else if (cmd === LC_DYSYMTAB && size >= 32) {
      // Local + defined external symbols; undefined ones (dyld imports) remain after -s.
      definedSyms = e.u32(c, 12) + e.u32(c, 20);
    } else if (DYLIB_CMDS.has(cmd) && size >= 24) {
      libraries.push(cString(c, e.u32(c, 8)));
    } else if (cmd === LC_ID_DYLIB) {
      isDylibId = true;
    } else if (cmd === LC_BUILD_VERSION && size >= 24) {
      const p = PLATFORMS[e.u32(c, 8)];
      minOS = `${p?.[0] ?? `platform ${e.u32(c, 8)}`} ${nibbleVersion(e.u32(c, 12))}`;
      if (p) goos = p[1];
    } else if ((cmd === LC_VERSION_MIN_MACOSX || cmd === LC_VERSION_MIN_IPHONEOS) && size >= 16) {
      minOS = `${cmd === LC_VERSION_MIN_MACOSX ? 'macos' : 'ios'} ${nibbleVersion(e.u32(c, 8))}`;
      if (cmd === LC_VERSION_MIN_IPHONEOS) goos = 'ios';
    }
    o += size;
  }

  const cpu = CPUS[cputype];
  const sec = (n: string) => sections.find((s) => s.name === n);
  const goMarkers: string[] = [];
  const pcln = sec('__gopclntab');
  if (pcln) goMarkers.push('__gopclntab section');
  for (const n of ['__go_buildinfo', '__gosymtab']) if (sec(n)) goMarkers.push(`${n} section`);

  // buildinfo.go machoExe.DataStart: __go_buildinfo, else the first non-empty segment mapped rw- with max rw-.
  const bi = sec('__go_buildinfo');
  const rw = segments.find((s) => s.addr !== 0 && s.fileSize !== 0 && s.initprot === 3 && s.maxprot === 3);
  const kind = filetype === MH_EXECUTE ? 'executable' : filetype === MH_DYLIB || filetype === MH_BUNDLE || isDylibId ? 'shared-library'
    : filetype === MH_OBJECT ? 'object' : filetype === MH_CORE ? 'core' : 'other';
  const rodata = sections.filter((s) => s.name === '__rodata' || s.name === '__cstring');
  return {
    src,
    facts: {
      format: 'macho', bits: is64 ? 64 : 32, endian: little ? 'little' : 'big', machine: cpu?.[0] ?? `cpu ${cputype}`,
      kind, pie: (flags & MH_PIE) !== 0, linkage: libraries.length ? 'dynamic' : 'static', interpreter: null, libraries,
      versionNeeds: {}, glibcRequired: null, hasSymbols: (definedSyms ?? nsyms) > 0,
      hasDwarf: segments.some((s) => s.name === '__DWARF') || sections.some((s) => /^__z?debug_/.test(s.name)),
      arm: null, minOS, warnings, truncated,
    },
    goosHint: goos,
    goarchHint: cpu?.[1] ?? null,
    buildInfoStart: bi ? { addr: bi.addr, size: bi.size } : rw ? { addr: rw.addr, size: rw.memSize } : null,
    dataRegions: segments.filter((s) => s.name !== '__PAGEZERO'),
    sections,
    goMarkers,
    pclntabOffset: pcln ? pcln.offset : null,
    rodata,
    textStart: sec('__text')?.offset ?? null,
    symbols,
  };
}

/** xxxx.yy.zz packed in nibbles (X.Y.Z). */
function nibbleVersion(v: number): string {
  const patch = v & 0xff;
  return `${v >>> 16}.${(v >>> 8) & 0xff}${patch ? `.${patch}` : ''}`;
}
