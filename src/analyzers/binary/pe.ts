// PE/COFF reader (PE32 and PE32+). Layouts from the Microsoft "PE Format" specification
// (https://learn.microsoft.com/windows/win32/debug/pe-format).
import { cString, Endian, FormatError, readExact, type ByteSource } from './source.js';
import { pastEnd, type NamedSection, type ParsedImage, type Region } from './image.js';

const MACHINES: Record<number, [string, string | null]> = {
  0x14c: ['i386', '386'], 0x8664: ['x86-64', 'amd64'], 0x1c0: ['ARM', 'arm'], 0x1c4: ['ARMv7 Thumb-2', 'arm'], 0xaa64: ['ARM64', 'arm64'],
  0x200: ['IA-64', null], 0x5064: ['RISC-V 64', null],
};
const IMAGE_FILE_EXECUTABLE_IMAGE = 0x2, IMAGE_FILE_DLL = 0x2000;
const DYNAMIC_BASE = 0x40;
// buildinfo.go peExe.DataStart: initialized, readable, writable data; alignment bits ignored.
const DATA_FLAGS = 0x00000040 | 0x40000000 | 0x80000000, ALIGN_32BYTES = 0x600000;

export function isPE(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a;
}

interface PeSection extends NamedSection { characteristics: number; virtualSize: number; rawSize: number }

export async function parsePE(src: ByteSource): Promise<ParsedImage> {
  const dos = await readExact(src, 0, 64, 'DOS header');
  const lfanew = dos.readUInt32LE(0x3c);
  const sig = await readExact(src, lfanew, 24, 'PE signature and COFF header');
  if (sig.readUInt32LE(0) !== 0x00004550) throw new FormatError('MZ file without a PE signature (DOS program or other)');
  const e = new Endian(true);
  const machineNo = e.u16(sig, 4), nsect = e.u16(sig, 6), symPtr = e.u32(sig, 12), nsyms = e.u32(sig, 16);
  const optSize = e.u16(sig, 20), chars = e.u16(sig, 22);
  if (nsect > 96) throw new FormatError(`PE header claims ${nsect} sections (the format allows 96)`);
  const opt = optSize ? await readExact(src, lfanew + 24, optSize, 'PE optional header') : Buffer.alloc(0);
  const optMagic = opt.length >= 2 ? e.u16(opt, 0) : 0;
  const is64 = optMagic === 0x20b;
  if (optSize && optMagic !== 0x10b && optMagic !== 0x20b) throw new FormatError(`PE optional header magic 0x${optMagic.toString(16)} is neither PE32 nor PE32+`);
  const imageBase = opt.length >= 32 ? (is64 ? e.u64(opt, 24) : e.u32(opt, 28)) : 0;
  const dllChars = opt.length >= 72 ? e.u16(opt, 70) : 0;
  const ddOff = is64 ? 112 : 96;
  const nDirs = opt.length >= ddOff ? e.u32(opt, ddOff - 4) : 0;
  const importDir = nDirs > 1 && opt.length >= ddOff + 16 ? { rva: e.u32(opt, ddOff + 8), size: e.u32(opt, ddOff + 12) } : null;
  // The certificate table (directory 4) is the one directory addressed by file offset, not RVA.
  const certDir = nDirs > 4 && opt.length >= ddOff + 40 ? { offset: e.u32(opt, ddOff + 32), size: e.u32(opt, ddOff + 36) } : null;
  const truncated: string[] = [];

  const stringTable = symPtr ? symPtr + nsyms * 18 : 0;
  const sh = await readExact(src, lfanew + 24 + optSize, nsect * 40, 'PE section table');
  const longNames = stringTable && stringTable < src.size ? await src.read(stringTable, 64 * 1024) : Buffer.alloc(0);
  const sections: PeSection[] = [];
  for (let i = 0; i < nsect; i++) {
    const o = i * 40;
    let name = cString(sh.subarray(o, o + 8), 0);
    if (/^\/\d+$/.test(name)) name = cString(longNames, Number(name.slice(1)));
    const virtualSize = e.u32(sh, o + 8), va = e.u32(sh, o + 12), rawSize = e.u32(sh, o + 16), rawPtr = e.u32(sh, o + 20);
    if (rawSize > 0 && rawPtr + rawSize > src.size) pastEnd(truncated, `section ${i}${name ? ` (${name})` : ''}`, rawPtr, rawSize, src.size);
    sections.push({
      name, addr: va + imageBase, size: virtualSize, offset: rawPtr, fileSize: Math.max(0, Math.min(rawSize, src.size - rawPtr)),
      characteristics: e.u32(sh, o + 36), virtualSize, rawSize,
    });
  }
  const warnings: string[] = [];
  if (nsyms > 0 && symPtr + nsyms * 18 > src.size) pastEnd(truncated, `COFF symbol table (${nsyms} symbols)`, symPtr, nsyms * 18, src.size);
  if (certDir && certDir.offset > 0 && certDir.size > 0 && certDir.offset + certDir.size > src.size) pastEnd(truncated, 'certificate table (Authenticode signature)', certDir.offset, certDir.size, src.size);
  const imports = importDir && importDir.rva ? await readImports(src, sections, imageBase, importDir, warnings, truncated) : { libraries: [], complete: true };
  const libraries = imports.libraries;
  const data = sections.find((s) => s.addr - imageBase !== 0 && s.rawSize !== 0 && (s.characteristics & ~ALIGN_32BYTES) === DATA_FLAGS);
  const machine = MACHINES[machineNo];
  const sec = (n: string) => sections.find((s) => s.name === n);
  return {
    src,
    facts: {
      format: 'pe', bits: is64 ? 64 : 32, endian: 'little', machine: machine?.[0] ?? `machine 0x${machineNo.toString(16)}`,
      kind: chars & IMAGE_FILE_DLL ? 'shared-library' : chars & IMAGE_FILE_EXECUTABLE_IMAGE ? 'executable' : 'object',
      // An import table cut off by the end of the file cannot say the binary needs no DLL.
      pie: (dllChars & DYNAMIC_BASE) !== 0, linkage: libraries.length ? 'dynamic' : imports.complete ? 'static' : 'unknown', interpreter: null, libraries,
      versionNeeds: {}, glibcRequired: null, hasSymbols: nsyms > 0,
      hasDwarf: sections.some((s) => /^\.z?debug_/.test(s.name)), arm: null, minOS: null, warnings, truncated,
    },
    goosHint: 'windows',
    goarchHint: machine?.[1] ?? null,
    buildInfoStart: data ? { addr: data.addr, size: data.virtualSize } : null,
    // debug/pe section readers span SizeOfRawData from PointerToRawData.
    dataRegions: sections.map((s): Region => ({ addr: s.addr, fileSize: s.fileSize, offset: s.offset })),
    sections,
    goMarkers: [],
    pclntabOffset: null,
    rodata: sections.filter((s) => s.name === '.rdata'),
    textStart: sec('.text')?.offset ?? null,
    symbols: nsyms > 0 && symPtr > 0 ? { kind: 'coff', offset: symPtr, count: nsyms, strOffset: stringTable, strSize: 0 } : null,
  };
}

/**
 * IMAGE_IMPORT_DESCRIPTOR (20 bytes) array, Name RVA at +12, ended by a zero entry. `complete` is
 * false when the table runs into the end of the file before its zero entry.
 */
async function readImports(src: ByteSource, sections: PeSection[], imageBase: number, dir: { rva: number; size: number }, warnings: string[], truncated: string[]): Promise<{ libraries: string[]; complete: boolean }> {
  const rva = dir.rva;
  const toOffset = (r: number) => {
    for (const s of sections) {
      const va = s.addr - imageBase;
      if (r >= va && r < va + Math.max(s.virtualSize, s.rawSize)) return s.offset + (r - va);
    }
    return null;
  };
  const off = toOffset(rva);
  if (off === null) {
    warnings.push('import directory is not inside any section');
    return { libraries: [], complete: true };
  }
  const buf = await src.read(off, 20 * 512);
  const out: string[] = [];
  let complete = false;
  for (let o = 0; o + 20 <= buf.length; o += 20) {
    const nameRva = buf.readUInt32LE(o + 12);
    if (nameRva === 0 && buf.readUInt32LE(o) === 0 && buf.readUInt32LE(o + 16) === 0) {
      complete = true;
      break;
    }
    const no = toOffset(nameRva);
    if (no === null) {
      warnings.push(`import name RVA 0x${nameRva.toString(16)} is not inside any section`);
      continue;
    }
    if (no >= src.size) {
      pastEnd(truncated, `import name at RVA 0x${nameRva.toString(16)}`, no, 1, src.size);
      continue;
    }
    out.push(cString(await src.read(no, 256), 0));
  }
  if (!complete && buf.length < 20 * 512) pastEnd(truncated, 'import directory', off, Math.max(dir.size, buf.length + 20), src.size);
  return { libraries: out, complete };
}
