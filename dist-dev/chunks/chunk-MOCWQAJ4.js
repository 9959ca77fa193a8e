import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  hasBuildIdMarker,
  pclntabVersions,
  scanReadOnlyData
} from "./chunk-SFO5HY6L.js";
import {
  unescapeModulePath
} from "./chunk-URFTV32G.js";
import {
  compareDotted
} from "./chunk-W5XSRNJ5.js";
import {
  BufferSource,
  Endian,
  FormatError,
  MAX_READ,
  SliceSource,
  cString,
  readExact,
  readTransient
} from "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/binary/image.ts
function mapAddress(regions, addr) {
  for (const r of regions) {
    if (r.fileSize > 0 && addr >= r.addr && addr <= r.addr + r.fileSize - 1) {
      return { offset: r.offset + (addr - r.addr), remaining: r.addr + r.fileSize - addr };
    }
  }
  return null;
}
__name(mapAddress, "mapAddress");
function pastEnd(truncated, what, offset, length, size) {
  truncated.push(offset >= size ? `${what} starts at byte ${offset}, past the end of the file (${size} bytes)` : `${what} ends at byte ${offset + length}, past the end of the file (${size} bytes)`);
}
__name(pastEnd, "pastEnd");

// src/analyzers/binary/arm-attributes.ts
var TAG_NAMES = {
  4: "CPU_raw_name",
  5: "CPU_name",
  6: "CPU_arch",
  7: "CPU_arch_profile",
  8: "ARM_ISA_use",
  9: "THUMB_ISA_use",
  10: "FP_arch",
  11: "WMMX_arch",
  12: "Advanced_SIMD_arch",
  13: "PCS_config",
  14: "ABI_PCS_R9_use",
  15: "ABI_PCS_RW_data",
  16: "ABI_PCS_RO_data",
  17: "ABI_PCS_GOT_use",
  18: "ABI_PCS_wchar_t",
  19: "ABI_FP_rounding",
  20: "ABI_FP_denormal",
  21: "ABI_FP_exceptions",
  22: "ABI_FP_user_exceptions",
  23: "ABI_FP_number_model",
  24: "ABI_align_needed",
  25: "ABI_align8_preserved",
  26: "ABI_enum_size",
  27: "ABI_HardFP_use",
  28: "ABI_VFP_args",
  29: "ABI_WMMX_args",
  30: "ABI_optimization_goals",
  31: "ABI_FP_optimization_goals",
  32: "compatibility",
  34: "CPU_unaligned_access",
  36: "FP_HP_extension",
  38: "ABI_FP_16bit_format",
  42: "MPextension_use",
  44: "DIV_use",
  64: "nodefaults",
  65: "also_compatible_with",
  66: "T2EE_use",
  67: "conformance",
  68: "Virtualization_use"
};
var CPU_ARCH = ["Pre-v4", "v4", "v4T", "v5T", "v5TE", "v5TEJ", "v6", "v6KZ", "v6T2", "v6K", "v7", "v6-M", "v6S-M", "v7E-M", "v8-A", "v8-R", "v8-M.baseline", "v8-M.mainline", "v8.1-A", "v8.2-A", "v8.3-A", "v8.1-M.mainline", "v9-A"];
var FP_ARCH = ["none", "VFPv1", "VFPv2", "VFPv3", "VFPv3-D16", "VFPv4", "VFPv4-D16", "FP-ARMv8", "FPv5/FP-D16 for ARMv8"];
var VFP_ARGS = ["soft", "hard", "toolchain", "compatible"];
function isStringTag(tag) {
  return tag === 4 || tag === 5 || tag === 67 || tag > 32 && tag % 2 === 1 && tag !== 65;
}
__name(isStringTag, "isStringTag");
function parseArmAttributes(b, warnings, littleEndian = true) {
  const out = { cpuArch: null, vfpArgs: null, fpArch: null, eflagsFloat: null, raw: {} };
  if (!b || b.length === 0) return out;
  if (b[0] !== 65) {
    warnings.push(`.ARM.attributes format version ${b[0]} is not 'A'`);
    return out;
  }
  const u32 = /* @__PURE__ */ __name((o2) => littleEndian ? b.readUInt32LE(o2) : b.readUInt32BE(o2), "u32");
  let o = 1;
  while (o + 4 <= b.length) {
    const len = u32(o);
    if (len < 5 || o + len > b.length) {
      warnings.push(".ARM.attributes section length out of range");
      break;
    }
    const end = o + len;
    const vendorEnd = b.indexOf(0, o + 4);
    const vendor = vendorEnd < 0 ? "" : b.toString("latin1", o + 4, vendorEnd);
    if (vendor === "aeabi" && vendorEnd >= 0) parseSubsections(b, vendorEnd + 1, end, u32, out);
    o = end;
  }
  const arch = out.raw.CPU_arch, fp = out.raw.FP_arch, vfp = out.raw.ABI_VFP_args;
  if (typeof arch === "number") out.cpuArch = CPU_ARCH[arch] ?? `arch ${arch}`;
  if (typeof fp === "number") out.fpArch = FP_ARCH[fp] ?? `fp ${fp}`;
  if (typeof vfp === "number") out.vfpArgs = VFP_ARGS[vfp] ?? null;
  return out;
}
__name(parseArmAttributes, "parseArmAttributes");
function parseSubsections(b, start, end, u32, out) {
  let o = start;
  while (o + 5 <= end) {
    const tag = b[o];
    const size = u32(o + 1);
    if (size < 5 || o + size > end) return;
    if (tag === 1) parseAttributes(b, o + 5, o + size, out);
    o += size;
  }
}
__name(parseSubsections, "parseSubsections");
function parseAttributes(b, start, end, out) {
  let o = start;
  while (o < end) {
    const [tag, n] = uleb(b, o, end);
    if (n === 0) return;
    o += n;
    const name = TAG_NAMES[tag] ?? `Tag_${tag}`;
    if (tag === 32) {
      const [flag, m] = uleb(b, o, end);
      o += m;
      const s = readString(b, o, end);
      o += s.length + 1;
      out.raw[name] = `${flag} ${s}`;
    } else if (isStringTag(tag)) {
      const s = readString(b, o, end);
      o += s.length + 1;
      out.raw[name] = s;
    } else {
      const [v, m] = uleb(b, o, end);
      if (m === 0) return;
      o += m;
      out.raw[name] = v;
    }
  }
}
__name(parseAttributes, "parseAttributes");
function readString(b, o, end) {
  const z = b.indexOf(0, o);
  return b.toString("latin1", o, z < 0 || z > end ? end : z);
}
__name(readString, "readString");
function uleb(b, o, end) {
  let v = 0, shift = 0;
  for (let i = o; i < end && i < o + 5; i++) {
    const byte = b[i];
    v += (byte & 127) * 2 ** shift;
    shift += 7;
    if ((byte & 128) === 0) return [v, i - o + 1];
  }
  return [0, 0];
}
__name(uleb, "uleb");

// src/analyzers/binary/elf.ts
var PT_LOAD = 1;
var PT_DYNAMIC = 2;
var PT_INTERP = 3;
var PT_NOTE = 4;
var PF_X = 1;
var PF_W = 2;
var ET_REL = 1;
var ET_EXEC = 2;
var ET_DYN = 3;
var ET_CORE = 4;
var SHT_SYMTAB = 2;
var SHT_NOBITS = 8;
var SHT_ARM_ATTRIBUTES = 1879048195;
var SHT_GNU_VERNEED = 1879048190;
var DT_NEEDED = 1;
var DT_STRTAB = 5;
var DT_STRSZ = 10;
var DT_SONAME = 14;
var DT_FLAGS_1 = 1879048187;
var DT_VERNEED = 1879048190;
var DT_VERNEEDNUM = 1879048191;
var DF_1_PIE = 134217728;
var EF_ARM_ABI_FLOAT_SOFT = 512;
var EF_ARM_ABI_FLOAT_HARD = 1024;
var MACHINES = {
  2: ["SPARC", [null, null, null, null]],
  3: ["Intel 80386", ["386", null, null, null]],
  8: ["MIPS", ["mipsle", "mips", "mips64le", "mips64"]],
  20: ["PowerPC", [null, null, null, null]],
  21: ["PowerPC64", [null, null, "ppc64le", "ppc64"]],
  22: ["IBM S/390", [null, null, null, "s390x"]],
  40: ["ARM", ["arm", null, null, null]],
  43: ["SPARC V9", [null, null, null, "sparc64"]],
  62: ["x86-64", ["amd64p32", null, "amd64", null]],
  183: ["AArch64", [null, null, "arm64", "arm64be"]],
  243: ["RISC-V", [null, null, "riscv64", null]],
  258: ["LoongArch", [null, null, "loong64", null]]
};
function isElf(head) {
  return head.length >= 4 && head[0] === 127 && head[1] === 69 && head[2] === 76 && head[3] === 70;
}
__name(isElf, "isElf");
async function parseElf(src) {
  const ident = await readExact(src, 0, 16, "ELF identification");
  const cls = ident[4], data = ident[5];
  if (cls !== 1 && cls !== 2) throw new FormatError(`ELF class ${cls} is neither 32-bit (1) nor 64-bit (2)`);
  if (data !== 1 && data !== 2) throw new FormatError(`ELF data encoding ${data} is neither little (1) nor big endian (2)`);
  const is64 = cls === 2;
  const e = new Endian(data === 1);
  const hdr = await readExact(src, 0, is64 ? 64 : 52, "ELF header");
  const type = e.u16(hdr, 16);
  const machineNo = e.u16(hdr, 18);
  const w = /* @__PURE__ */ __name((o32, o64) => is64 ? e.u64(hdr, o64) : e.u32(hdr, o32), "w");
  const phoff = w(28, 32), shoff = w(32, 40);
  const flags = e.u32(hdr, is64 ? 48 : 36);
  const phentsize = e.u16(hdr, is64 ? 54 : 42);
  let phnum = e.u16(hdr, is64 ? 56 : 44);
  const shentsize = e.u16(hdr, is64 ? 58 : 46);
  let shnum = e.u16(hdr, is64 ? 60 : 48);
  let shstrndx = e.u16(hdr, is64 ? 62 : 50);
  const warnings = [];
  const truncated = [];
  if (shoff > 0 && (shnum === 0 || shstrndx === 65535 || phnum === 65535)) {
    const s0 = await src.read(shoff, is64 ? 64 : 40);
    if (s0.length === (is64 ? 64 : 40)) {
      if (shnum === 0) shnum = is64 ? e.u64(s0, 32) : e.u32(s0, 20);
      if (shstrndx === 65535) shstrndx = e.u32(s0, is64 ? 40 : 24);
      if (phnum === 65535) phnum = e.u32(s0, is64 ? 44 : 28);
    }
  }
  const phdrs = await readProgramHeaders(src, e, is64, phoff, phnum, phentsize, truncated);
  const sections = await readSections(src, e, is64, shoff, shnum, shentsize, shstrndx, warnings, truncated);
  const machineEntry = MACHINES[machineNo];
  const machine = machineEntry?.[0] ?? `machine ${machineNo}`;
  const goarchHint = machineEntry?.[1][(is64 ? 2 : 0) + (data === 2 ? 1 : 0)] ?? null;
  const loads = phdrs.filter((p) => p.filesz > 0).map((p) => ({ addr: p.vaddr, fileSize: p.filesz, offset: p.offset }));
  const toOffset = /* @__PURE__ */ __name((addr) => {
    for (const p of phdrs) {
      if (p.type === PT_LOAD && p.filesz > 0 && addr >= p.vaddr && addr < p.vaddr + p.filesz) return p.offset + (addr - p.vaddr);
    }
    return null;
  }, "toOffset");
  const interpPh = phdrs.find((p) => p.type === PT_INTERP);
  const interpreter = interpPh ? cString(await src.read(interpPh.offset, Math.min(interpPh.filesz, 4096)), 0) || null : null;
  const dyn = await readDynamic(src, e, is64, phdrs, sections, toOffset, warnings);
  const notes = await readNotes(src, e, phdrs, sections);
  const sectionByName = /* @__PURE__ */ __name((n) => sections.find((s) => s.name === n), "sectionByName");
  const hasSymbols = sections.some((s) => s.type === SHT_SYMTAB && s.size > 0);
  const hasDwarf = sections.some((s) => /^\.z?debug_/.test(s.name));
  const pie = type === ET_DYN && (interpreter !== null || (dyn.flags1 & DF_1_PIE) !== 0);
  const kind = type === ET_EXEC ? "executable" : type === ET_DYN ? pie ? "executable" : "shared-library" : type === ET_REL ? "object" : type === ET_CORE ? "core" : "other";
  const linkage = interpreter ? "dynamic" : kind === "executable" ? type === ET_DYN ? "static-pie" : dyn.needed.length ? "dynamic" : "static" : kind === "shared-library" ? dyn.needed.length ? "dynamic" : "static" : "unknown";
  let arm = null;
  if (machineNo === 40) {
    const attrSec = sections.find((s) => s.type === SHT_ARM_ATTRIBUTES || s.name === ".ARM.attributes");
    const raw = attrSec ? await src.read(attrSec.offset, Math.min(attrSec.fileSize, 64 * 1024)) : null;
    arm = parseArmAttributes(raw, warnings);
    arm.eflagsFloat = flags & EF_ARM_ABI_FLOAT_HARD ? "hard" : flags & EF_ARM_ABI_FLOAT_SOFT ? "soft" : null;
  }
  const goMarkers = [];
  if (notes.has("Go/4") || sectionByName(".note.go.buildid")) goMarkers.push(".note.go.buildid");
  const pcln = sections.find((s) => s.name.endsWith(".gopclntab") && s.type !== SHT_NOBITS);
  if (pcln) goMarkers.push(".gopclntab section");
  for (const n of [".go.buildinfo", ".go.module", ".gosymtab"]) if (sectionByName(n)) goMarkers.push(`${n} section`);
  const biSec = sectionByName(".go.buildinfo");
  const rwLoad = phdrs.find((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === PF_W);
  const buildInfoStart = biSec ? { addr: biSec.addr, size: biSec.size } : rwLoad ? { addr: rwLoad.vaddr, size: rwLoad.memsz } : null;
  const rodataSec = sectionByName(".rodata");
  const rodata = rodataSec ? [rodataSec] : phdrs.filter((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === 0).map((p) => ({ addr: p.vaddr, fileSize: p.filesz, offset: p.offset }));
  return {
    src,
    facts: {
      format: "elf",
      bits: is64 ? 64 : 32,
      endian: e.little ? "little" : "big",
      machine,
      kind,
      pie,
      linkage,
      interpreter,
      libraries: dyn.needed,
      versionNeeds: dyn.versionNeeds,
      glibcRequired: maxGlibc(dyn.versionNeeds),
      hasSymbols,
      hasDwarf,
      arm,
      minOS: null,
      warnings,
      truncated
    },
    goosHint: elfGoos(ident[7], interpreter, notes, machineNo),
    goarchHint,
    buildInfoStart,
    dataRegions: loads,
    sections,
    goMarkers,
    pclntabOffset: pcln ? pcln.offset : null,
    rodata,
    textStart: sectionByName(".text")?.offset ?? null,
    symbols: elfSymbols(sections, is64)
  };
}
__name(parseElf, "parseElf");
function elfSymbols(sections, is64) {
  const sym = sections.find((s) => s.type === SHT_SYMTAB && s.fileSize > 0);
  const str = sym ? sections[sym.link] : void 0;
  if (!sym || !str) return null;
  return { kind: "elf", offset: sym.offset, count: Math.floor(sym.fileSize / (is64 ? 24 : 16)), strOffset: str.offset, strSize: str.fileSize };
}
__name(elfSymbols, "elfSymbols");
var PT_NAMES = { [PT_LOAD]: "PT_LOAD", [PT_DYNAMIC]: "PT_DYNAMIC", [PT_INTERP]: "PT_INTERP", [PT_NOTE]: "PT_NOTE" };
async function readProgramHeaders(src, e, is64, off, num, entsize, truncated) {
  if (num === 0 || off === 0) return [];
  const need = is64 ? 56 : 32;
  if (entsize < need) throw new FormatError(`ELF program header entry size ${entsize} is smaller than ${need}`);
  if (off + num * entsize > src.size) throw new FormatError(`ELF program headers (${num} \xD7 ${entsize} at ${off}) run past the end of the file (${src.size} bytes)`);
  const buf = await readExact(src, off, num * entsize, "ELF program headers");
  const out = [];
  for (let i = 0; i < num; i++) {
    const o = i * entsize;
    const p = is64 ? { type: e.u32(buf, o), flags: e.u32(buf, o + 4), offset: e.u64(buf, o + 8), vaddr: e.u64(buf, o + 16), filesz: e.u64(buf, o + 32), memsz: e.u64(buf, o + 40) } : { type: e.u32(buf, o), offset: e.u32(buf, o + 4), vaddr: e.u32(buf, o + 8), filesz: e.u32(buf, o + 16), memsz: e.u32(buf, o + 20), flags: e.u32(buf, o + 24) };
    if (p.filesz > 0 && p.offset + p.filesz > src.size) {
      pastEnd(truncated, `segment ${i} (${PT_NAMES[p.type] ?? `type 0x${p.type.toString(16)}`})`, p.offset, p.filesz, src.size);
      p.filesz = Math.max(0, src.size - p.offset);
    }
    out.push(p);
  }
  return out;
}
__name(readProgramHeaders, "readProgramHeaders");
async function readSections(src, e, is64, off, num, entsize, strndx, warnings, truncated) {
  if (num === 0 || off === 0) return [];
  const need = is64 ? 64 : 40;
  if (entsize < need) throw new FormatError(`ELF section header entry size ${entsize} is smaller than ${need}`);
  if (off + num * entsize > src.size) throw new FormatError(`ELF section headers (${num} \xD7 ${entsize} at ${off}) run past the end of the file (${src.size} bytes)`);
  const buf = await readExact(src, off, num * entsize, "ELF section headers");
  const out = [];
  const nameOffs = [];
  const outside = [];
  for (let i = 0; i < num; i++) {
    const o = i * entsize;
    const type = e.u32(buf, o + 4);
    const offset = is64 ? e.u64(buf, o + 24) : e.u32(buf, o + 16);
    const size = is64 ? e.u64(buf, o + 32) : e.u32(buf, o + 20);
    const fileSize = type === SHT_NOBITS ? 0 : Math.max(0, Math.min(size, src.size - offset));
    if (type !== SHT_NOBITS && size > 0 && offset + size > src.size) outside.push(i);
    nameOffs.push(e.u32(buf, o));
    out.push({
      name: "",
      type,
      flags: is64 ? e.u64(buf, o + 8) : e.u32(buf, o + 8),
      addr: is64 ? e.u64(buf, o + 16) : e.u32(buf, o + 12),
      offset,
      size,
      fileSize,
      link: e.u32(buf, is64 ? o + 40 : o + 24),
      index: i
    });
  }
  const strtab = out[strndx];
  const names = strtab && strtab.fileSize > 0 ? await src.read(strtab.offset, Math.min(strtab.fileSize, 1 << 20)) : Buffer.alloc(0);
  if (!strtab && strndx !== 0) warnings.push(`section name table index ${strndx} is out of range`);
  for (let i = 0; i < out.length; i++) out[i].name = cString(names, nameOffs[i], 256);
  for (const i of outside.slice(0, 10)) pastEnd(truncated, `section ${i}${out[i].name ? ` (${out[i].name})` : ""}`, out[i].offset, out[i].size, src.size);
  if (outside.length > 10) truncated.push(`${outside.length - 10} more sections end past the end of the file`);
  return out;
}
__name(readSections, "readSections");
async function readDynamic(src, e, is64, phdrs, sections, toOffset, warnings) {
  const out = { needed: [], versionNeeds: {}, flags1: 0 };
  const dynPh = phdrs.find((p) => p.type === PT_DYNAMIC);
  const dynSec = sections.find((s) => s.name === ".dynamic");
  const region = dynPh ? { offset: dynPh.offset, size: dynPh.filesz } : dynSec ? { offset: dynSec.offset, size: dynSec.fileSize } : null;
  if (!region || region.size === 0) return out;
  const ent = is64 ? 16 : 8;
  const buf = await src.read(region.offset, Math.min(region.size, 1 << 20));
  const entries = [];
  for (let o = 0; o + ent <= buf.length; o += ent) {
    const tag = is64 ? e.u64(buf, o) : e.u32(buf, o);
    const val = is64 ? e.u64(buf, o + 8) : e.u32(buf, o + 4);
    if (tag === 0) break;
    entries.push([tag, val]);
  }
  const get = /* @__PURE__ */ __name((t) => entries.find(([tag]) => tag === t)?.[1], "get");
  const strAddr = get(DT_STRTAB);
  const strOff = strAddr !== void 0 ? toOffset(strAddr) ?? sections.find((s) => s.name === ".dynstr")?.offset ?? null : null;
  if (strOff === null) {
    if (entries.some(([t]) => t === DT_NEEDED)) warnings.push("dynamic string table is not mapped by any PT_LOAD");
    return out;
  }
  const strTableSize = get(DT_STRSZ) ?? 1 << 16;
  const neededAt = entries.filter(([t]) => t === DT_NEEDED).map(([, v]) => v);
  out.flags1 = get(DT_FLAGS_1) ?? 0;
  void DT_SONAME;
  const vnAddr = get(DT_VERNEED), vnNum = Math.min(get(DT_VERNEEDNUM) ?? 0, 1024);
  const vnOff = vnAddr !== void 0 ? toOffset(vnAddr) : null;
  const needs = [];
  if (vnOff !== null && vnNum > 0) {
    const vnSection = sections.find((s) => s.type === SHT_GNU_VERNEED && s.offset === vnOff);
    const vbuf = await src.read(vnOff, Math.min(vnSection?.fileSize ?? 64 * 1024, 64 * 1024));
    let o = 0;
    for (let i = 0; i < vnNum && o + 16 <= vbuf.length; i++) {
      const cnt = Math.min(e.u16(vbuf, o + 2), 256);
      const need = { file: e.u32(vbuf, o + 4), versions: [] };
      let a = o + e.u32(vbuf, o + 8);
      for (let j = 0; j < cnt && a + 16 <= vbuf.length && a >= 0; j++) {
        need.versions.push(e.u32(vbuf, a + 8));
        const next2 = e.u32(vbuf, a + 12);
        if (next2 === 0) break;
        a += next2;
      }
      needs.push(need);
      const next = e.u32(vbuf, o + 12);
      if (next === 0) break;
      o += next;
    }
  }
  const str = await stringsAt(src, strOff, strTableSize, [...neededAt, ...needs.flatMap((n) => [n.file, ...n.versions])]);
  for (const v of neededAt) out.needed.push(str(v));
  for (const n of needs) out.versionNeeds[str(n.file)] = [...out.versionNeeds[str(n.file)] ?? [], ...n.versions.map(str)];
  return out;
}
__name(readDynamic, "readDynamic");
async function stringsAt(src, tableOffset, tableSize, offsets) {
  const sorted = [...new Set(offsets.filter((v) => v < tableSize))].sort((a, b) => a - b).slice(0, 8192);
  const windows = [];
  for (let i = 0; i < sorted.length; ) {
    const from = sorted[i];
    let last = from;
    while (i < sorted.length && sorted[i] - last < 64 * 1024) last = sorted[i++];
    windows.push({ from, bytes: await src.read(tableOffset + from, Math.min(last + 4096, tableSize) - from) });
  }
  return (off) => {
    const w = windows.find((x) => off >= x.from && off < x.from + x.bytes.length);
    return w ? cString(w.bytes, off - w.from) : "";
  };
}
__name(stringsAt, "stringsAt");
async function readNotes(src, e, phdrs, sections) {
  const found = /* @__PURE__ */ new Set();
  const regions = [
    ...phdrs.filter((p) => p.type === PT_NOTE).map((p) => ({ offset: p.offset, size: p.filesz })),
    ...sections.filter((s) => s.type === 7).map((s) => ({ offset: s.offset, size: s.fileSize }))
  ];
  for (const r of regions.slice(0, 16)) {
    const b = await src.read(r.offset, Math.min(r.size, 64 * 1024));
    let o = 0;
    while (o + 12 <= b.length) {
      const namesz = e.u32(b, o), descsz = e.u32(b, o + 4), type = e.u32(b, o + 8);
      if (namesz > 256 || descsz > b.length) break;
      const name = b.toString("latin1", o + 12, Math.min(b.length, o + 12 + namesz)).replace(/\0+$/, "");
      found.add(`${name}/${type}`);
      o += 12 + align4(namesz) + align4(descsz);
    }
  }
  return found;
}
__name(readNotes, "readNotes");
var align4 = /* @__PURE__ */ __name((n) => n + 3 & ~3, "align4");
function elfGoos(osabi, interp, notes, machine) {
  if (interp?.startsWith("/system/bin/linker")) return "android";
  if (notes.has("Android/1")) return "android";
  if (notes.has("NetBSD/1")) return "netbsd";
  if (notes.has("OpenBSD/1") || osabi === 12) return "openbsd";
  if (notes.has("FreeBSD/1") || osabi === 9 || interp === "/libexec/ld-elf.so.1") return "freebsd";
  if (interp === "/usr/libexec/ld-elf.so.2" || notes.has("DragonFly/1")) return "dragonfly";
  if (osabi === 6 || interp?.startsWith("/lib/amd64/ld.so") || interp === "/usr/lib/ld.so.1") return "solaris";
  if (osabi === 0 || osabi === 3) return machine in MACHINES ? "linux" : null;
  return null;
}
__name(elfGoos, "elfGoos");
function maxGlibc(needs) {
  let best = null;
  for (const v of new Set(Object.values(needs).flat())) {
    const m = /^GLIBC_(\d+(?:\.\d+)*)$/.exec(v);
    if (m && (best === null || compareDotted(m[1], best) > 0)) best = m[1];
  }
  return best;
}
__name(maxGlibc, "maxGlibc");

// src/analyzers/binary/macho.ts
var LC_SEGMENT = 1;
var LC_SYMTAB = 2;
var LC_DYSYMTAB = 11;
var LC_LOAD_DYLIB = 12;
var LC_ID_DYLIB = 13;
var LC_SEGMENT_64 = 25;
var LC_VERSION_MIN_MACOSX = 36;
var LC_VERSION_MIN_IPHONEOS = 37;
var LC_BUILD_VERSION = 50;
var DYLIB_CMDS = /* @__PURE__ */ new Set([
  LC_LOAD_DYLIB,
  2147483672,
  2147483679,
  32,
  2147483683
  /* upward */
]);
var MH_EXECUTE = 2;
var MH_DYLIB = 6;
var MH_BUNDLE = 8;
var MH_OBJECT = 1;
var MH_CORE = 4;
var MH_PIE = 2097152;
var PLATFORMS = { 1: ["macos", "darwin"], 2: ["ios", "ios"], 3: ["tvos", "ios"], 4: ["watchos", "ios"], 6: ["maccatalyst", "ios"], 7: ["iossimulator", "ios"] };
var CPUS = {
  7: ["i386", "386"],
  16777223: ["x86_64", "amd64"],
  12: ["arm", "arm"],
  16777228: ["arm64", "arm64"],
  33554444: ["arm64_32", null],
  18: ["ppc", null],
  16777234: ["ppc64", null]
};
function isMachO(head) {
  if (head.length < 4) return false;
  const be = head[0] === 254 && head[1] === 237 && head[2] === 250 && (head[3] === 206 || head[3] === 207);
  const le = head[1] === 250 && head[2] === 237 && head[3] === 254 && (head[0] === 206 || head[0] === 207);
  return be || le;
}
__name(isMachO, "isMachO");
function isFatMachO(head) {
  if (head.length < 8) return false;
  const magic = head.readUInt32BE(0);
  return (magic === 3405691582 || magic === 3405691583) && head.readUInt32BE(4) > 0 && head.readUInt32BE(4) < 40;
}
__name(isFatMachO, "isFatMachO");
async function readFatHeader(src) {
  const head = await readExact(src, 0, 8, "universal header");
  const is64 = head.readUInt32BE(0) === 3405691583;
  const n = head.readUInt32BE(4);
  const ent = is64 ? 32 : 20;
  const buf = await readExact(src, 8, n * ent, "universal arch table");
  const slices = [];
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
__name(readFatHeader, "readFatHeader");
async function parseMachO(src) {
  const magicBuf = await readExact(src, 0, 4, "Mach-O magic");
  const little = magicBuf[0] === 206 || magicBuf[0] === 207;
  const e = new Endian(little);
  const magic = e.u32(magicBuf, 0);
  const is64 = magic === 4277009103;
  const hdr = await readExact(src, 0, is64 ? 32 : 28, "Mach-O header");
  const cputype = e.u32(hdr, 4), filetype = e.u32(hdr, 12), ncmds = e.u32(hdr, 16), sizeofcmds = e.u32(hdr, 20), flags = e.u32(hdr, 24);
  const hsize = is64 ? 32 : 28;
  if (hsize + sizeofcmds > src.size) throw new FormatError(`Mach-O load commands (${sizeofcmds} bytes) run past the end of the file (${src.size} bytes)`);
  if (ncmds > sizeofcmds / 8) throw new FormatError(`Mach-O claims ${ncmds} load commands in ${sizeofcmds} bytes`);
  const cmds = await readExact(src, hsize, sizeofcmds, "Mach-O load commands");
  const warnings = [];
  const truncated = [];
  const segments = [];
  const sections = [];
  const libraries = [];
  let symbols = null;
  let nsyms = 0, definedSyms = null, minOS = null, goos = "darwin", isDylibId = false;
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
      const w = /* @__PURE__ */ __name((o32, o64) => is64 ? e.u64(c, o64) : e.u32(c, o32), "w");
      const seg = {
        name: cString(c.subarray(8, 24), 0),
        addr: w(24, 24),
        memSize: w(28, 32),
        offset: w(32, 40),
        fileSize: w(36, 48),
        maxprot: e.u32(c, is64 ? 56 : 40),
        initprot: e.u32(c, is64 ? 60 : 44)
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
          name: cString(c.subarray(so, so + 16), 0),
          addr: is64 ? e.u64(c, so + 32) : e.u32(c, so + 32),
          size: secSize,
          offset,
          fileSize: offset === 0 ? 0 : Math.max(0, Math.min(secSize, src.size - offset))
        });
      }
    } else if (cmd === LC_SYMTAB && size >= 24) {
      nsyms = e.u32(c, 12);
      symbols = { kind: "macho", offset: e.u32(c, 8), count: nsyms, strOffset: e.u32(c, 16), strSize: e.u32(c, 20) };
    } else if (cmd === LC_DYSYMTAB && size >= 32) {
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
      minOS = `${cmd === LC_VERSION_MIN_MACOSX ? "macos" : "ios"} ${nibbleVersion(e.u32(c, 8))}`;
      if (cmd === LC_VERSION_MIN_IPHONEOS) goos = "ios";
    }
    o += size;
  }
  const cpu = CPUS[cputype];
  const sec = /* @__PURE__ */ __name((n) => sections.find((s) => s.name === n), "sec");
  const goMarkers = [];
  const pcln = sec("__gopclntab");
  if (pcln) goMarkers.push("__gopclntab section");
  for (const n of ["__go_buildinfo", "__gosymtab"]) if (sec(n)) goMarkers.push(`${n} section`);
  const bi = sec("__go_buildinfo");
  const rw = segments.find((s) => s.addr !== 0 && s.fileSize !== 0 && s.initprot === 3 && s.maxprot === 3);
  const kind = filetype === MH_EXECUTE ? "executable" : filetype === MH_DYLIB || filetype === MH_BUNDLE || isDylibId ? "shared-library" : filetype === MH_OBJECT ? "object" : filetype === MH_CORE ? "core" : "other";
  const rodata = sections.filter((s) => s.name === "__rodata" || s.name === "__cstring");
  return {
    src,
    facts: {
      format: "macho",
      bits: is64 ? 64 : 32,
      endian: little ? "little" : "big",
      machine: cpu?.[0] ?? `cpu ${cputype}`,
      kind,
      pie: (flags & MH_PIE) !== 0,
      linkage: libraries.length ? "dynamic" : "static",
      interpreter: null,
      libraries,
      versionNeeds: {},
      glibcRequired: null,
      hasSymbols: (definedSyms ?? nsyms) > 0,
      hasDwarf: segments.some((s) => s.name === "__DWARF") || sections.some((s) => /^__z?debug_/.test(s.name)),
      arm: null,
      minOS,
      warnings,
      truncated
    },
    goosHint: goos,
    goarchHint: cpu?.[1] ?? null,
    buildInfoStart: bi ? { addr: bi.addr, size: bi.size } : rw ? { addr: rw.addr, size: rw.memSize } : null,
    dataRegions: segments.filter((s) => s.name !== "__PAGEZERO"),
    sections,
    goMarkers,
    pclntabOffset: pcln ? pcln.offset : null,
    rodata,
    textStart: sec("__text")?.offset ?? null,
    symbols
  };
}
__name(parseMachO, "parseMachO");
function nibbleVersion(v) {
  const patch = v & 255;
  return `${v >>> 16}.${v >>> 8 & 255}${patch ? `.${patch}` : ""}`;
}
__name(nibbleVersion, "nibbleVersion");

// src/analyzers/binary/pe.ts
var MACHINES2 = {
  332: ["i386", "386"],
  34404: ["x86-64", "amd64"],
  448: ["ARM", "arm"],
  452: ["ARMv7 Thumb-2", "arm"],
  43620: ["ARM64", "arm64"],
  512: ["IA-64", null],
  20580: ["RISC-V 64", null]
};
var IMAGE_FILE_EXECUTABLE_IMAGE = 2;
var IMAGE_FILE_DLL = 8192;
var DYNAMIC_BASE = 64;
var DATA_FLAGS = 64 | 1073741824 | 2147483648;
var ALIGN_32BYTES = 6291456;
function isPE(head) {
  return head.length >= 2 && head[0] === 77 && head[1] === 90;
}
__name(isPE, "isPE");
async function parsePE(src) {
  const dos = await readExact(src, 0, 64, "DOS header");
  const lfanew = dos.readUInt32LE(60);
  const sig = await readExact(src, lfanew, 24, "PE signature and COFF header");
  if (sig.readUInt32LE(0) !== 17744) throw new FormatError("MZ file without a PE signature (DOS program or other)");
  const e = new Endian(true);
  const machineNo = e.u16(sig, 4), nsect = e.u16(sig, 6), symPtr = e.u32(sig, 12), nsyms = e.u32(sig, 16);
  const optSize = e.u16(sig, 20), chars = e.u16(sig, 22);
  if (nsect > 96) throw new FormatError(`PE header claims ${nsect} sections (the format allows 96)`);
  const opt = optSize ? await readExact(src, lfanew + 24, optSize, "PE optional header") : Buffer.alloc(0);
  const optMagic = opt.length >= 2 ? e.u16(opt, 0) : 0;
  const is64 = optMagic === 523;
  if (optSize && optMagic !== 267 && optMagic !== 523) throw new FormatError(`PE optional header magic 0x${optMagic.toString(16)} is neither PE32 nor PE32+`);
  const imageBase = opt.length >= 32 ? is64 ? e.u64(opt, 24) : e.u32(opt, 28) : 0;
  const dllChars = opt.length >= 72 ? e.u16(opt, 70) : 0;
  const ddOff = is64 ? 112 : 96;
  const nDirs = opt.length >= ddOff ? e.u32(opt, ddOff - 4) : 0;
  const importDir = nDirs > 1 && opt.length >= ddOff + 16 ? { rva: e.u32(opt, ddOff + 8), size: e.u32(opt, ddOff + 12) } : null;
  const certDir = nDirs > 4 && opt.length >= ddOff + 40 ? { offset: e.u32(opt, ddOff + 32), size: e.u32(opt, ddOff + 36) } : null;
  const truncated = [];
  const stringTable = symPtr ? symPtr + nsyms * 18 : 0;
  const sh = await readExact(src, lfanew + 24 + optSize, nsect * 40, "PE section table");
  const longNames = stringTable && stringTable < src.size ? await src.read(stringTable, 64 * 1024) : Buffer.alloc(0);
  const sections = [];
  for (let i = 0; i < nsect; i++) {
    const o = i * 40;
    let name = cString(sh.subarray(o, o + 8), 0);
    if (/^\/\d+$/.test(name)) name = cString(longNames, Number(name.slice(1)));
    const virtualSize = e.u32(sh, o + 8), va = e.u32(sh, o + 12), rawSize = e.u32(sh, o + 16), rawPtr = e.u32(sh, o + 20);
    if (rawSize > 0 && rawPtr + rawSize > src.size) pastEnd(truncated, `section ${i}${name ? ` (${name})` : ""}`, rawPtr, rawSize, src.size);
    sections.push({
      name,
      addr: va + imageBase,
      size: virtualSize,
      offset: rawPtr,
      fileSize: Math.max(0, Math.min(rawSize, src.size - rawPtr)),
      characteristics: e.u32(sh, o + 36),
      virtualSize,
      rawSize
    });
  }
  const warnings = [];
  if (nsyms > 0 && symPtr + nsyms * 18 > src.size) pastEnd(truncated, `COFF symbol table (${nsyms} symbols)`, symPtr, nsyms * 18, src.size);
  if (certDir && certDir.offset > 0 && certDir.size > 0 && certDir.offset + certDir.size > src.size) pastEnd(truncated, "certificate table (Authenticode signature)", certDir.offset, certDir.size, src.size);
  const imports = importDir && importDir.rva ? await readImports(src, sections, imageBase, importDir, warnings, truncated) : { libraries: [], complete: true };
  const libraries = imports.libraries;
  const data = sections.find((s) => s.addr - imageBase !== 0 && s.rawSize !== 0 && (s.characteristics & ~ALIGN_32BYTES) === DATA_FLAGS);
  const machine = MACHINES2[machineNo];
  const sec = /* @__PURE__ */ __name((n) => sections.find((s) => s.name === n), "sec");
  return {
    src,
    facts: {
      format: "pe",
      bits: is64 ? 64 : 32,
      endian: "little",
      machine: machine?.[0] ?? `machine 0x${machineNo.toString(16)}`,
      kind: chars & IMAGE_FILE_DLL ? "shared-library" : chars & IMAGE_FILE_EXECUTABLE_IMAGE ? "executable" : "object",
      // An import table cut off by the end of the file cannot say the binary needs no DLL.
      pie: (dllChars & DYNAMIC_BASE) !== 0,
      linkage: libraries.length ? "dynamic" : imports.complete ? "static" : "unknown",
      interpreter: null,
      libraries,
      versionNeeds: {},
      glibcRequired: null,
      hasSymbols: nsyms > 0,
      hasDwarf: sections.some((s) => /^\.z?debug_/.test(s.name)),
      arm: null,
      minOS: null,
      warnings,
      truncated
    },
    goosHint: "windows",
    goarchHint: machine?.[1] ?? null,
    buildInfoStart: data ? { addr: data.addr, size: data.virtualSize } : null,
    // debug/pe section readers span SizeOfRawData from PointerToRawData.
    dataRegions: sections.map((s) => ({ addr: s.addr, fileSize: s.fileSize, offset: s.offset })),
    sections,
    goMarkers: [],
    pclntabOffset: null,
    rodata: sections.filter((s) => s.name === ".rdata"),
    textStart: sec(".text")?.offset ?? null,
    symbols: nsyms > 0 && symPtr > 0 ? { kind: "coff", offset: symPtr, count: nsyms, strOffset: stringTable, strSize: 0 } : null
  };
}
__name(parsePE, "parsePE");
async function readImports(src, sections, imageBase, dir, warnings, truncated) {
  const rva = dir.rva;
  const toOffset = /* @__PURE__ */ __name((r) => {
    for (const s of sections) {
      const va = s.addr - imageBase;
      if (r >= va && r < va + Math.max(s.virtualSize, s.rawSize)) return s.offset + (r - va);
    }
    return null;
  }, "toOffset");
  const off = toOffset(rva);
  if (off === null) {
    warnings.push("import directory is not inside any section");
    return { libraries: [], complete: true };
  }
  const buf = await src.read(off, 20 * 512);
  const out = [];
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
  if (!complete && buf.length < 20 * 512) pastEnd(truncated, "import directory", off, Math.max(dir.size, buf.length + 20), src.size);
  return { libraries: out, complete };
}
__name(readImports, "readImports");

// src/analyzers/binary/xcoff.ts
var STYP_DWARF = 16;
var STYP_TEXT = 32;
var STYP_DATA = 64;
var STYP_LOADER = 4096;
var F_EXEC = 2;
var F_SHROBJ = 8192;
function isXcoff(head) {
  return head.length >= 2 && head[0] === 1 && (head[1] === 223 || head[1] === 247);
}
__name(isXcoff, "isXcoff");
async function parseXcoff(src) {
  const e = new Endian(false);
  const head = await readExact(src, 0, 24, "XCOFF file header");
  const is64 = head[1] === 247;
  const nscns = e.u16(head, 2);
  const symptr = is64 ? e.u64(head, 8) : e.u32(head, 8);
  const opthdr = e.u16(head, 16);
  const flags = e.u16(head, 18);
  const nsyms = is64 ? e.u32(head, 20) : e.u32(head, 12);
  const hsize = is64 ? 24 : 20, ent = is64 ? 72 : 40;
  if (hsize + opthdr + nscns * ent > src.size) throw new FormatError(`XCOFF section headers (${nscns}) run past the end of the file`);
  const sh = await readExact(src, hsize + opthdr, nscns * ent, "XCOFF section headers");
  const sections = [];
  const truncated = [];
  for (let i = 0; i < nscns; i++) {
    const o = i * ent;
    const vaddr = is64 ? e.u64(sh, o + 16) : e.u32(sh, o + 12);
    const size = is64 ? e.u64(sh, o + 24) : e.u32(sh, o + 16);
    const scnptr = is64 ? e.u64(sh, o + 32) : e.u32(sh, o + 20);
    const sflags = e.u32(sh, is64 ? o + 64 : o + 36);
    const name = cString(sh.subarray(o, o + 8), 0);
    if (scnptr && size > 0 && scnptr + size > src.size) pastEnd(truncated, `section ${i}${name ? ` (${name})` : ""}`, scnptr, size, src.size);
    sections.push({ name, addr: vaddr, size, offset: scnptr, fileSize: scnptr ? Math.max(0, Math.min(size, src.size - scnptr)) : 0, flags: sflags });
  }
  const warnings = [];
  const loader = sections.find((s) => s.flags === STYP_LOADER);
  const libraries = loader ? await readImports2(src, loader, is64, warnings) : [];
  const data = sections.find((s) => s.flags === STYP_DATA);
  const text = sections.find((s) => s.flags === STYP_TEXT);
  return {
    src,
    facts: {
      format: "xcoff",
      bits: is64 ? 64 : 32,
      endian: "big",
      machine: is64 ? "PowerPC64" : "PowerPC",
      kind: flags & F_SHROBJ ? "shared-library" : flags & F_EXEC ? "executable" : "object",
      pie: false,
      linkage: libraries.length ? "dynamic" : "static",
      interpreter: null,
      libraries,
      versionNeeds: {},
      glibcRequired: null,
      hasSymbols: symptr > 0 && nsyms > 0,
      hasDwarf: sections.some((s) => s.flags === STYP_DWARF),
      arm: null,
      minOS: null,
      warnings,
      truncated
    },
    goosHint: "aix",
    goarchHint: is64 ? "ppc64" : null,
    buildInfoStart: data ? { addr: data.addr, size: data.size } : null,
    dataRegions: sections,
    sections,
    goMarkers: [],
    pclntabOffset: null,
    // Go on AIX keeps read-only data (and the pclntab) in .text.
    rodata: [text, data].filter((s) => s !== void 0),
    textStart: text?.offset ?? null
  };
}
__name(parseXcoff, "parseXcoff");
async function readImports2(src, loader, is64, warnings) {
  const e = new Endian(false);
  const h = await src.read(loader.offset, 56);
  if (h.length < (is64 ? 56 : 32)) {
    warnings.push("XCOFF loader section header is truncated");
    return [];
  }
  const nimpid = Math.min(e.u32(h, 16), 256);
  const impoff = is64 ? e.u64(h, 24) : e.u32(h, 20);
  const istlen = e.u32(h, 12);
  const buf = await src.read(loader.offset + impoff, Math.min(istlen, 64 * 1024));
  const out = [];
  let o = 0;
  for (let i = 0; i < nimpid && o < buf.length; i++) {
    const p = cString(buf, o);
    o += p.length + 1;
    const base = cString(buf, o);
    o += base.length + 1;
    const member = cString(buf, o);
    o += member.length + 1;
    if (i > 0) out.push(member ? `${base}(${member})` : base);
  }
  return out;
}
__name(readImports2, "readImports");

// src/analyzers/binary/modinfo.ts
var ModInfoError = class extends Error {
  static {
    __name(this, "ModInfoError");
  }
};
var needsQuotedKey = /* @__PURE__ */ __name((k) => k.length === 0 || /[= \t\r\n"`]/.test(k), "needsQuotedKey");
var needsQuotedValue = /* @__PURE__ */ __name((v) => /[ \t\r\n"`]/.test(v), "needsQuotedValue");
function parseModInfo(goVersion, text, layout) {
  const bi = { goVersion, path: "", main: null, deps: [], settings: [], layout };
  let last = null;
  let lineNo = 1;
  let rest = text;
  const fail = /* @__PURE__ */ __name((msg) => {
    throw new ModInfoError(`could not parse Go build info: line ${lineNo}: ${msg}`);
  }, "fail");
  const moduleLine = /* @__PURE__ */ __name((cols) => {
    if (cols.length !== 2 && cols.length !== 3) fail(`expected 2 or 3 columns; got ${cols.length}`);
    return { path: cols[0], version: cols[1], sum: cols[2] ?? "", replace: null };
  }, "moduleLine");
  for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n")) {
    const line = rest.slice(0, nl);
    rest = rest.slice(nl + 1);
    if (line.startsWith("path	")) {
      bi.path = line.slice(5);
    } else if (line.startsWith("mod	")) {
      bi.main = moduleLine(line.slice(4).split("	"));
      last = bi.main;
    } else if (line.startsWith("dep	")) {
      last = moduleLine(line.slice(4).split("	"));
      bi.deps.push(last);
    } else if (line.startsWith("=>	")) {
      const cols = line.slice(3).split("	");
      if (cols.length !== 3) fail(`expected 3 columns for replacement; got ${cols.length}`);
      if (!last) fail("replacement with no module on previous line");
      last.replace = { path: cols[0], version: cols[1], sum: cols[2], replace: null };
      last = null;
    } else if (line.startsWith("build	")) {
      bi.settings.push(parseBuildLine(line.slice(6), fail));
    }
    lineNo++;
  }
  return bi;
}
__name(parseModInfo, "parseModInfo");
function parseBuildLine(kv, fail) {
  if (kv.length < 1) fail("build line missing '='");
  let key, rawValue;
  if (kv[0] === "=") fail("build line with missing key");
  if (kv[0] === "`" || kv[0] === '"') {
    const q = quotedPrefix(kv);
    if (q === null) fail("invalid quoted key in build line");
    if (kv.length === q.raw.length) fail("build line missing '=' after quoted key");
    if (kv[q.raw.length] !== "=") fail(`unexpected character after quoted key: ${JSON.stringify(kv[q.raw.length])}`);
    key = q.value;
    rawValue = kv.slice(q.raw.length + 1);
  } else {
    const eq = kv.indexOf("=");
    if (eq < 0) fail("build line missing '=' after key");
    key = kv.slice(0, eq);
    rawValue = kv.slice(eq + 1);
    if (needsQuotedKey(key)) fail(`unquoted key ${JSON.stringify(key)} must be quoted`);
  }
  let value = "";
  if (rawValue.length > 0) {
    if (rawValue[0] === "`" || rawValue[0] === '"') {
      const q = quotedPrefix(rawValue);
      if (q === null || q.raw.length !== rawValue.length) fail("invalid quoted value in build line");
      value = q.value;
    } else {
      value = rawValue;
      if (needsQuotedValue(value)) fail(`unquoted value ${JSON.stringify(value)} must be quoted`);
    }
  }
  return { key, value };
}
__name(parseBuildLine, "parseBuildLine");
function quotedPrefix(s) {
  if (s[0] === "`") {
    const end = s.indexOf("`", 1);
    if (end < 0) return null;
    const body = s.slice(1, end);
    return body.includes("\r") ? null : { raw: s.slice(0, end + 1), value: body };
  }
  const simple = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", "'": "'", '"': '"' };
  let value = "";
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '"') return { raw: s.slice(0, i + 1), value };
    if (c === "\n") return null;
    if (c !== "\\") {
      value += c;
      continue;
    }
    const esc = s[++i];
    if (esc === void 0) return null;
    const hex = /* @__PURE__ */ __name((n) => {
      const h = s.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) return null;
      i += n;
      return parseInt(h, 16);
    }, "hex");
    let code;
    if (esc in simple) value += simple[esc];
    else if (esc === "x" && (code = hex(2)) !== null) value += String.fromCharCode(code);
    else if (esc === "u" && (code = hex(4)) !== null) value += String.fromCharCode(code);
    else if (esc === "U" && (code = hex(8)) !== null && code <= 1114111) value += String.fromCodePoint(code);
    else if (/[0-7]/.test(esc) && /^[0-7]{2}$/.test(s.slice(i + 1, i + 3))) {
      value += String.fromCharCode(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else return null;
  }
  return null;
}
__name(quotedPrefix, "quotedPrefix");

// src/analyzers/binary/buildinfo.ts
var MAGIC = Buffer.from("\xFF Go buildinf:", "latin1");
var ALIGN = 16;
var HEADER = 32;
var CHUNK = 1 << 20;
var FLAG_BIG_ENDIAN = 1;
var FLAG_INLINE = 2;
var NotGoError = class extends Error {
  static {
    __name(this, "NotGoError");
  }
};
async function readAt(img, addr, size) {
  const m = mapAddress(img.dataRegions, addr);
  if (!m) return null;
  const len = Math.min(size, m.remaining);
  if (len > MAX_READ) throw new NotGoError(`build info string of ${size} bytes is implausible`);
  return img.src.read(m.offset, len);
}
__name(readAt, "readAt");
async function searchMagic(img, start, size) {
  let end = start + size;
  if (!Number.isSafeInteger(end)) throw new NotGoError("data range overflows");
  start = Math.ceil(start / ALIGN) * ALIGN;
  end = Math.min(end, start + 256 * CHUNK);
  while (start < end) {
    const want = Math.min(CHUNK, end - start);
    const buf = await readAt(img, start, want);
    if (!buf || buf.length === 0) throw new NotGoError("no build info header in the data segment");
    let from = 0;
    for (; ; ) {
      const i = buf.indexOf(MAGIC, from);
      if (i < 0) break;
      if (end - start - i < HEADER) throw new NotGoError("build info header cut off by the end of the data");
      if (i % ALIGN === 0) return start + i;
      from = Math.ceil(i / ALIGN) * ALIGN;
    }
    start += want;
  }
  throw new NotGoError("no build info header in the data segment");
}
__name(searchMagic, "searchMagic");
function uvarint(b) {
  let x = 0, s = 0;
  for (let i = 0; i < b.length && i < 10; i++) {
    const c = b[i];
    if (c < 128) return [x + c * 2 ** s, i + 1];
    x += (c & 127) * 2 ** s;
    s += 7;
  }
  return [0, 0];
}
__name(uvarint, "uvarint");
async function decodeString(img, addr) {
  const b = await readAt(img, addr, 10);
  if (!b || b.length === 0) throw new NotGoError("build info string is not mapped");
  const [len, n] = uvarint(b);
  if (n <= 0) throw new NotGoError("bad build info string length");
  if (len > MAX_READ) throw new NotGoError(`build info string length ${len} is implausible`);
  const data = await readAt(img, addr + n, len);
  if (!data || data.length < len) throw new NotGoError("build info string runs past its section");
  return [data, addr + n + len];
}
__name(decodeString, "decodeString");
async function readPointerString(img, ptrSize, readPtr, addr) {
  const hdr = await readAt(img, addr, 2 * ptrSize);
  const none = Buffer.alloc(0);
  if (!hdr || hdr.length < 2 * ptrSize) return none;
  const dataAddr = readPtr(hdr, 0), dataLen = readPtr(hdr, ptrSize);
  if (dataLen > MAX_READ) return none;
  const data = await readAt(img, dataAddr, dataLen);
  return data && data.length >= dataLen ? data : none;
}
__name(readPointerString, "readPointerString");
async function readRawBuildInfo(img) {
  const start = img.buildInfoStart;
  if (!start || start.size === 0) throw new NotGoError("no data segment to hold build info");
  const addr = await searchMagic(img, start.addr, start.size);
  const header = await readAt(img, addr, HEADER);
  if (!header || header.length < HEADER) throw new NotGoError("build info header is truncated");
  const flags = header[15];
  let version, modinfo, layout;
  if ((flags & FLAG_INLINE) === FLAG_INLINE) {
    layout = "inline";
    let next;
    [version, next] = await decodeString(img, addr + HEADER);
    [modinfo] = await decodeString(img, next);
  } else {
    layout = "pointers";
    const ptrSize = header[14];
    const big = (flags & FLAG_BIG_ENDIAN) === FLAG_BIG_ENDIAN;
    let readPtr;
    if (ptrSize === 4) readPtr = /* @__PURE__ */ __name((b, o) => big ? b.readUInt32BE(o) : b.readUInt32LE(o), "readPtr");
    else if (ptrSize === 8) readPtr = /* @__PURE__ */ __name((b, o) => Number(big ? b.readBigUInt64BE(o) : b.readBigUInt64LE(o)), "readPtr");
    else throw new NotGoError(`build info pointer size ${ptrSize} is neither 4 nor 8`);
    version = await readPointerString(img, ptrSize, readPtr, readPtr(header, 16));
    modinfo = await readPointerString(img, ptrSize, readPtr, readPtr(header, 16 + ptrSize));
  }
  if (version.length === 0) throw new NotGoError("build info has no Go version");
  const mod = modinfo.length >= 33 && modinfo[modinfo.length - 17] === 10 ? modinfo.subarray(16, modinfo.length - 16).toString("utf8") : "";
  return { version: version.toString("utf8"), modinfo: mod, layout };
}
__name(readRawBuildInfo, "readRawBuildInfo");
async function readBuildInfo(img) {
  const raw = await readRawBuildInfo(img);
  return parseModInfo(raw.version, raw.modinfo, raw.layout);
}
__name(readBuildInfo, "readBuildInfo");

// src/analyzers/binary/pclntab.ts
var MAGICS = { 4294967291: "go1.2", 4294967290: "go1.16", 4294967280: "go1.18", 4294967281: "go1.20" };
var MAX_TABLE = 256 * 1024 * 1024;
var MAX_FUNCS = 4e6;
var CHUNK2 = 256 * 1024;
function pclntabMagic(b, o) {
  if (o + 8 > b.length || b[o + 4] !== 0 || b[o + 5] !== 0) return null;
  if (![1, 2, 4].includes(b[o + 6]) || ![4, 8].includes(b[o + 7])) return null;
  const le = MAGICS[b.readUInt32LE(o)];
  if (le) return { layout: le, little: true };
  const be = MAGICS[b.readUInt32BE(o)];
  return be ? { layout: be, little: false } : null;
}
__name(pclntabMagic, "pclntabMagic");
var Reader = class extends Endian {
  constructor(little, ptrSize) {
    super(little);
    this.ptrSize = ptrSize;
  }
  ptrSize;
  static {
    __name(this, "Reader");
  }
  ptr(b, o) {
    return this.word(b, o, this.ptrSize === 8);
  }
};
async function readPclntabHeader(r, offset, limit = r.size - offset) {
  const head = await r.read(offset, 8 + 8 * 8);
  const magic = pclntabMagic(head, 0);
  if (!magic) return null;
  const ptrSize = head[7];
  const rd = new Reader(magic.little, ptrSize);
  const word = /* @__PURE__ */ __name((i) => 8 + (i + 1) * ptrSize <= head.length ? rd.ptr(head, 8 + i * ptrSize) : -1, "word");
  const base = { offset, layout: magic.layout, little: magic.little, quantum: head[6], ptrSize };
  let h;
  if (magic.layout === "go1.2") {
    const nfunc = word(0);
    const funcdataOff = 8 + ptrSize;
    if (nfunc <= 0 || nfunc > MAX_FUNCS) return null;
    const fileOffAt = funcdataOff + (nfunc * 2 + 1) * ptrSize;
    const fo = await r.read(offset + fileOffAt, 4);
    if (fo.length < 4) return null;
    const filetabOff = rd.u32(fo, 0);
    const nf = await r.read(offset + filetabOff, 4);
    if (nf.length < 4) return null;
    h = { ...base, nfunc, nfiles: rd.u32(nf, 0), funcnameOff: 0, cuOff: 0, filetabOff, pctabOff: 0, funcdataOff };
  } else {
    const skip = magic.layout === "go1.16" ? 0 : 1;
    h = {
      ...base,
      nfunc: word(0),
      nfiles: word(1),
      funcnameOff: word(2 + skip),
      cuOff: word(3 + skip),
      filetabOff: word(4 + skip),
      pctabOff: word(5 + skip),
      funcdataOff: word(6 + skip)
    };
    const order = [8, h.funcnameOff, h.cuOff, h.filetabOff, h.pctabOff, h.funcdataOff];
    for (let i = 1; i < order.length; i++) if (order[i] < order[i - 1] || order[i] > limit) return null;
    if (h.nfunc <= 0 || h.nfunc > MAX_FUNCS || h.nfiles < 0 || h.nfiles > MAX_FUNCS) return null;
    if (h.cuOff - h.funcnameOff > MAX_TABLE || h.pctabOff - h.filetabOff > MAX_TABLE) return null;
  }
  const ft = h.funcdataOff + functabSize(h);
  if (ft > limit || offset + ft > r.size) return null;
  return h;
}
__name(readPclntabHeader, "readPclntabHeader");
function fieldSize(h) {
  return h.layout === "go1.18" || h.layout === "go1.20" ? 4 : h.ptrSize;
}
__name(fieldSize, "fieldSize");
function functabSize(h) {
  return (h.nfunc * 2 + 1) * fieldSize(h);
}
__name(functabSize, "functabSize");
async function* stringRuns(r, start, end) {
  let carry = Buffer.alloc(0);
  let carryAt = start;
  for (let off = start; off < end; off += CHUNK2) {
    const chunk = await readTransient(r, off, Math.min(CHUNK2, end - off));
    if (chunk.length === 0) break;
    const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const last = b.lastIndexOf(0);
    const whole = last + 1;
    const run = { at: carryAt - start, bytes: b.subarray(0, whole) };
    carryAt += whole;
    carry = b.length - whole > 64 * 1024 ? Buffer.alloc(0) : Buffer.from(b.subarray(whole));
    if (whole > 0) yield run;
  }
}
__name(stringRuns, "stringRuns");
async function* cStrings(r, start, end) {
  for await (const { at, bytes } of stringRuns(r, start, end)) {
    const batch = [];
    let pos = 0;
    for (let nul = bytes.indexOf(0, pos); nul >= 0; nul = bytes.indexOf(0, pos)) {
      if (nul > pos) batch.push({ at: at + pos, s: bytes.toString("utf8", pos, nul) });
      pos = nul + 1;
    }
    yield batch;
  }
}
__name(cStrings, "cStrings");
async function* nameTable(r, h) {
  if (h.layout === "go1.2") return;
  yield* stringRuns(r, h.offset + h.funcnameOff, h.offset + h.cuOff);
}
__name(nameTable, "nameTable");
async function* fileNames(r, h) {
  if (h.layout !== "go1.2") {
    let n2 = 0;
    for await (const batch of cStrings(r, h.offset + h.filetabOff, h.offset + h.pctabOff)) {
      const names2 = batch.slice(0, h.nfiles - n2).map((x) => x.s);
      n2 += names2.length;
      yield names2;
      if (n2 >= h.nfiles) return;
    }
    return;
  }
  const rd = new Reader(h.little, h.ptrSize);
  const n = Math.min(h.nfiles, MAX_FUNCS);
  const offs = await r.read(h.offset + h.filetabOff, n * 4);
  const names = [];
  for (let i = 1; i < n && i * 4 + 4 <= offs.length; i++) {
    const s = await cString2(r, h.offset + rd.u32(offs, i * 4));
    if (s) names.push(s);
  }
  yield names;
}
__name(fileNames, "fileNames");
var ForwardCursor = class {
  constructor(r) {
    this.r = r;
  }
  r;
  static {
    __name(this, "ForwardCursor");
  }
  /** The current chunk (transient: valid until the next read of the source): indexed with the position `index` gave. */
  buf = Buffer.alloc(0);
  start = 0;
  /** Where [offset, offset+len) starts in buf, or -1 when the chunk must be refilled first (fill). */
  index(offset, len) {
    return offset < this.start || offset + len > this.start + this.buf.length ? -1 : offset - this.start;
  }
  async fill(offset, len) {
    this.buf = await readTransient(this.r, offset, Math.max(CHUNK2, len));
    this.start = offset;
    return 0;
  }
};
async function* funcRecords(r, h, want) {
  const rd = new Reader(h.little, h.ptrSize);
  const fs = fieldSize(h);
  const base = h.offset + h.funcdataOff;
  const perChunk = Math.floor(CHUNK2 / (2 * fs));
  const records = new ForwardCursor(r);
  for (let first = 0; first < h.nfunc; first += perChunk) {
    const count = Math.min(perChunk, h.nfunc - first);
    const tab = await r.read(base + first * 2 * fs, count * 2 * fs);
    const batch = [];
    for (let j = 0; j < count && (j + 1) * 2 * fs <= tab.length; j++) {
      const funcoff = fs === 4 ? rd.u32(tab, (2 * j + 1) * fs) : rd.ptr(tab, (2 * j + 1) * fs);
      const at = (h.layout === "go1.2" ? h.offset : base) + funcoff;
      let i = records.index(at + fs, 32);
      if (i < 0) i = await records.fill(at + fs, 32);
      const b = records.buf;
      if (b.length - i < 4) continue;
      const nameOff = rd.u32(b, i);
      if (want && !want(nameOff)) continue;
      batch.push({ at, nameOff, fields: Buffer.from(b.subarray(i, Math.min(b.length, i + 32))) });
    }
    yield batch;
  }
}
__name(funcRecords, "funcRecords");
async function* entryFiles(r, h, want) {
  for await (const records of funcRecords(r, h, want)) {
    const batch = [];
    for (const f of records) batch.push({ nameOff: f.nameOff, file: f.fields.length === 32 ? await entryFile(r, h, f.fields) : null });
    yield batch;
  }
}
__name(entryFiles, "entryFiles");
async function* funcEntries(r, h, wantFile = () => true, knownName = () => void 0) {
  const names = h.layout === "go1.2" ? h.offset : h.offset + h.funcnameOff;
  for await (const records of funcRecords(r, h)) {
    const batch = [];
    for (const f of records) {
      const name = knownName(f.nameOff) ?? await cString2(r, names + f.nameOff);
      batch.push({ nameOff: f.nameOff, name, file: f.fields.length === 32 && wantFile(name, f.nameOff) ? await entryFile(r, h, f.fields) : null });
    }
    yield batch;
  }
}
__name(funcEntries, "funcEntries");
async function entryFile(r, h, fields) {
  const rd = new Reader(h.little, h.ptrSize);
  const go12 = h.layout === "go1.2";
  const v = firstValue(await r.read((go12 ? h.offset : h.offset + h.pctabOff) + rd.u32(fields, 4 * 4), 16));
  if (v === null || v < (go12 ? 1 : 0)) return null;
  const at = go12 ? h.offset + h.filetabOff + 4 * v : h.offset + h.cuOff + 4 * (rd.u32(fields, 7 * 4) + v);
  const off = await r.read(at, 4);
  const fileOff = off.length === 4 ? rd.u32(off, 0) : 4294967295;
  return fileOff === 4294967295 ? null : cString2(r, (go12 ? h.offset : h.offset + h.filetabOff) + fileOff);
}
__name(entryFile, "entryFile");
async function cString2(r, at, max = 4096) {
  const b = await r.read(at, max);
  const end = b.indexOf(0);
  return b.toString("utf8", 0, end < 0 ? b.length : end);
}
__name(cString2, "cString");
function firstValue(b) {
  let v = 0, shift = 0, i = 0;
  for (; i < b.length && shift < 35; i++, shift += 7) {
    v |= (b[i] & 127) << shift;
    if ((b[i] & 128) === 0) break;
  }
  if (i >= b.length) return null;
  v >>>= 0;
  const delta = v & 1 ? ~(v >>> 1) : v >>> 1;
  return -1 + delta;
}
__name(firstValue, "firstValue");

// src/analyzers/binary/pclntab-locate.ts
var CHUNK3 = 1 << 20;
var SCAN_LIMIT = 256 * CHUNK3;
async function locatePclntab(r, section, scanRegions, sectionFoundBy = "section") {
  if (section) {
    const header = await readPclntabHeader(r, section.offset, section.fileSize);
    if (header) return { header, located: sectionFoundBy };
  }
  let budget = SCAN_LIMIT;
  for (const region of scanRegions) {
    const end = region.offset + region.fileSize;
    for (let off = region.offset; off < end && budget > 0; off += CHUNK3) {
      const b = await readTransient(r, off, Math.min(CHUNK3 + 8, end - off));
      budget -= b.length;
      const found = await scanChunk(r, b, off, end);
      if (found) return { header: found, located: "magic-scan" };
      if (b.length < 8) break;
    }
  }
  return null;
}
__name(locatePclntab, "locatePclntab");
var FF2 = Buffer.from([255, 255]);
async function scanChunk(r, b, base, end) {
  for (let p = b.indexOf(FF2, 1); p >= 1 && p <= CHUNK3; p = b.indexOf(FF2, p + 1)) {
    const start = p - 1;
    if ((base + start) % 4 !== 0 || !pclntabMagic(b, start)) continue;
    const header = await readPclntabHeader(r, base + start, end - (base + start));
    if (header) return header;
  }
  return null;
}
__name(scanChunk, "scanChunk");

// src/analyzers/binary/go-names.ts
function packageOfSymbol(name) {
  const b = Buffer.from(name, "utf8");
  const end = packageEnd(b, 0, b.length);
  return end < 0 ? null : packageText(b, 0, end);
}
__name(packageOfSymbol, "packageOfSymbol");
var DOT = 46;
var SLASH = 47;
var BRACKET = 91;
var COLON = 58;
function reservedPrefix(b, start, limit) {
  if (b[start] === 103 && b[start + 1] === 111) return separatorAt(b, start + 2, limit);
  return b[start] === 116 && b[start + 1] === 121 && b[start + 2] === 112 && b[start + 3] === 101 && separatorAt(b, start + 4, limit);
}
__name(reservedPrefix, "reservedPrefix");
function separatorAt(b, i, limit) {
  return i < limit && (b[i] === DOT || b[i] === COLON);
}
__name(separatorAt, "separatorAt");
function packageEnd(b, start, end) {
  let limit = end;
  for (let i = start; i < end; i++) if (b[i] === BRACKET) {
    limit = i;
    break;
  }
  if (reservedPrefix(b, start, limit)) return -1;
  let from = start;
  for (let i = limit - 1; i >= start; i--) if (b[i] === SLASH) {
    from = i;
    break;
  }
  for (let i = from; i < limit; i++) if (b[i] === DOT) return i === start ? -1 : i;
  return -1;
}
__name(packageEnd, "packageEnd");
function packageText(b, start, end) {
  const pkg = b.toString("utf8", start, end);
  return pkg.includes("%") ? unescapePath(pkg) : pkg;
}
__name(packageText, "packageText");
function unescapePath(s) {
  return s.replace(/%([0-9a-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
__name(unescapePath, "unescapePath");
var AT_VERSION = /@(v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?)\//;
function moduleOfFile(file, cacheRoot = null) {
  const p = file.replace(/\\/g, "/");
  const m = AT_VERSION.exec(p);
  if (!m) return null;
  const before = p.slice(0, m.index);
  const cache = before.lastIndexOf("/pkg/mod/");
  let escaped;
  if (cache >= 0) escaped = before.slice(cache + "/pkg/mod/".length);
  else if (!isAbsolute(before)) escaped = before;
  else if (cacheRoot && before.startsWith(`${cacheRoot}/`)) escaped = before.slice(cacheRoot.length + 1);
  else {
    const parts = before.split("/");
    const host = parts.findIndex(looksLikeHost);
    if (host < 0) return null;
    escaped = parts.slice(host).join("/");
  }
  if (!escaped || escaped.startsWith("cache/download/")) return null;
  return { path: unescapeModulePath(escaped), version: unescapeModulePath(m[1]), dir: p.slice(0, m.index + m[0].length - 1) };
}
__name(moduleOfFile, "moduleOfFile");
var isAbsolute = /* @__PURE__ */ __name((p) => p.startsWith("/") || /^[A-Za-z]:/.test(p), "isAbsolute");
var looksLikeHost = /* @__PURE__ */ __name((e) => e.includes(".") && !e.startsWith("."), "looksLikeHost");
function moduleCacheRoot(files) {
  const votes = /* @__PURE__ */ new Map();
  for (const file of files) {
    const p = file.replace(/\\/g, "/");
    const m = AT_VERSION.exec(p);
    if (!m || !isAbsolute(p) || p.includes("/pkg/mod/")) continue;
    const before = p.slice(0, m.index);
    if (before.endsWith("/golang.org/toolchain")) return before.slice(0, -"/golang.org/toolchain".length);
    const parts = before.split("/");
    parts.forEach((e, i) => {
      if (i > 0 && looksLikeHost(e)) votes.set(parts.slice(0, i).join("/"), (votes.get(parts.slice(0, i).join("/")) ?? 0) + 1);
    });
  }
  let best = null;
  for (const [root, n] of votes) if (best === null || n > votes.get(best) || n === votes.get(best) && root.length < best.length) best = root;
  return best;
}
__name(moduleCacheRoot, "moduleCacheRoot");
function toolchainVersion(m) {
  if (m.path !== "golang.org/toolchain") return null;
  return /-(go1[^.]*(?:\.\d+)*(?:rc\d+|beta\d+)?)\./.exec(m.version)?.[1] ?? null;
}
__name(toolchainVersion, "toolchainVersion");

// src/analyzers/binary/pclntab-recover.ts
async function recoverFromPclntab(r, section, scanRegions, sectionFoundBy = "section") {
  const found = await locatePclntab(r, section, scanRegions, sectionFoundBy);
  if (!found) return null;
  const h = found.header;
  const dirs = new DirSuffixes();
  const versioned = [];
  let files = 0;
  for await (const batch of fileNames(r, h)) {
    for (const file of batch) {
      files++;
      dirs.add(file);
      if (file.includes("@v")) versioned.push(file);
    }
  }
  const root = moduleCacheRoot(versioned);
  const { modules, toolchain } = modulesOf(versioned, root);
  const packages = /* @__PURE__ */ new Set();
  const pkgs = {
    byName: /* @__PURE__ */ __name((p) => p === "main" || !isStandardPath(p) || dirs.has(p), "byName"),
    consider: /* @__PURE__ */ __name((p, file) => {
      if (p && (pkgs.byName(p) || file === "<autogenerated>")) packages.add(p);
    }, "consider")
  };
  const { names, mainFile } = h.layout === "go1.2" ? await byFunctab(r, h, pkgs) : await byNameTable(r, h, pkgs);
  const mainPackage = mainFile ? mainPackageOf(mainFile, root) : null;
  if (mainPackage?.path) {
    packages.delete("main");
    packages.add(mainPackage.path);
  }
  return {
    pclntab: { layout: h.layout, offset: h.offset, located: found.located },
    functions: h.nfunc,
    names,
    files,
    packages: [...packages].sort(compareText),
    modules,
    mainPackage,
    toolchain
  };
}
__name(recoverFromPclntab, "recoverFromPclntab");
async function byNameTable(r, h, pkgs) {
  const needFile = /* @__PURE__ */ new Map();
  let mainOff = -1;
  let names = 0;
  let last = Buffer.alloc(0);
  let lastPkg = null;
  let lastTaken = false;
  for await (const { at, bytes } of nameTable(r, h)) {
    for (let pos = 0, nul = 0; pos < bytes.length; pos = nul + 1) {
      nul = pos;
      while (bytes[nul] !== 0) nul++;
      if (nul === pos) continue;
      names++;
      if (nul - pos === MAIN_MAIN.length && sameBytes(bytes, pos, MAIN_MAIN, 0, MAIN_MAIN.length)) mainOff = at + pos;
      const end = packageEnd(bytes, pos, nul);
      if (end < 0) continue;
      if (end - pos !== last.length || !sameBytes(bytes, pos, last, 0, last.length)) {
        last = Buffer.from(bytes.subarray(pos, end));
        lastPkg = packageText(bytes, pos, end);
        lastTaken = pkgs.byName(lastPkg);
        if (lastTaken) pkgs.consider(lastPkg, null);
      }
      if (!lastTaken) needFile.set(at + pos, lastPkg);
    }
  }
  let mainFile = null;
  if (needFile.size === 0 && mainOff < 0) return { names, mainFile };
  for await (const batch of entryFiles(r, h, (off) => off === mainOff || needFile.has(off))) {
    for (const f of batch) {
      if (f.nameOff === mainOff) mainFile = f.file;
      const p = needFile.get(f.nameOff);
      if (p !== void 0) pkgs.consider(p, f.file);
    }
  }
  return { names, mainFile };
}
__name(byNameTable, "byNameTable");
var MAIN_MAIN = Buffer.from("main.main", "latin1");
function sameBytes(a, aAt, b, bAt, length) {
  for (let i = 0; i < length; i++) if (a[aAt + i] !== b[bAt + i]) return false;
  return true;
}
__name(sameBytes, "sameBytes");
async function byFunctab(r, h, pkgs) {
  const needsFile = /* @__PURE__ */ __name((name) => {
    const p = packageOfSymbol(name);
    return name === "main.main" || p !== null && !pkgs.byName(p);
  }, "needsFile");
  const seen = /* @__PURE__ */ new Set();
  let mainFile = null;
  for await (const batch of funcEntries(r, h, needsFile)) {
    for (const f of batch) {
      seen.add(f.nameOff);
      if (f.name === "main.main") mainFile = f.file;
      pkgs.consider(packageOfSymbol(f.name), f.file);
    }
  }
  return { names: seen.size, mainFile };
}
__name(byFunctab, "byFunctab");
function modulesOf(versioned, root) {
  const modules = /* @__PURE__ */ new Map();
  let toolchain = null;
  for (const file of versioned) {
    const m = moduleOfFile(file, root);
    if (!m) continue;
    const go = toolchainVersion(m);
    if (go) toolchain ??= go;
    else if (!modules.has(`${m.path}@${m.version}`)) modules.set(`${m.path}@${m.version}`, { path: m.path, version: m.version, file });
  }
  return { modules: [...modules.values()].sort((a, b) => compareText(a.path, b.path) || compareText(a.version, b.version)), toolchain };
}
__name(modulesOf, "modulesOf");
function mainPackageOf(file, cacheRoot) {
  const p = file.replace(/\\/g, "/");
  const dir = p.slice(0, Math.max(0, p.lastIndexOf("/")));
  const m = moduleOfFile(p, cacheRoot);
  if (m && !toolchainVersion(m)) return { path: m.path + dir.slice(m.dir.length), file, how: "module-path" };
  if (dir && !dir.startsWith("/") && !/^[A-Za-z]:/.test(dir)) return { path: dir, file, how: "trimpath" };
  return { path: null, file, how: "local-directory" };
}
__name(mainPackageOf, "mainPackageOf");
var DirSuffixes = class {
  static {
    __name(this, "DirSuffixes");
  }
  seen = /* @__PURE__ */ new Set();
  suffixes = /* @__PURE__ */ new Set();
  add(file) {
    const dir = file.replace(/\\/g, "/").replace(/\/[^/]*$/, "");
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    const parts = unescapeModulePath(dir.replace(/@v[^/]*/g, "")).split("/");
    for (let i = parts.length - 1; i >= 0; i--) this.suffixes.add(parts.slice(i).join("/"));
  }
  has(importPath) {
    return this.suffixes.has(importPath);
  }
};
function isStandardPath(p) {
  const slash = p.indexOf("/");
  return !(slash < 0 ? p : p.slice(0, slash)).includes(".");
}
__name(isStandardPath, "isStandardPath");

// src/analyzers/binary/go-vars.ts
function isVersionVariable(name) {
  return /^main\.(version|Version)$/.test(name) || /\/version\.(Version|version)$/.test(name);
}
__name(isVersionVariable, "isVersionVariable");
var CHUNK4 = 256 * 1024;
var MAX_SYMBOLS = 4e6;
var MAX_VALUE = 1024;
var MAX_STRINGS = 32 * 1024 * 1024;
async function readVersionVariables(r, table, little, is64, sections, dataRegions) {
  const e = new Endian(little);
  const out = [];
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
    if (bytes.length === len) out.push({ name: s.name, value: bytes.toString("utf8") });
  }
  return out.sort((a, b) => Number(!a.name.startsWith("main.")) - Number(!b.name.startsWith("main.")));
}
__name(readVersionVariables, "readVersionVariables");
async function findSymbols(r, t, e, is64, sections) {
  const size = t.kind === "elf" ? is64 ? 24 : 16 : t.kind === "macho" ? is64 ? 16 : 12 : 18;
  const count = Math.min(t.count, MAX_SYMBOLS);
  const strings = t.kind === "coff" ? await coffStringTable(r, t) : await r.read(t.strOffset, Math.min(t.strSize, MAX_STRINGS));
  const names = t.kind === "coff" ? null : versionNameOffsets(strings, t.kind === "macho");
  if (names?.size === 0) return [];
  const found = [];
  const perChunk = Math.floor(CHUNK4 / size);
  for (let first = 0; first < count; first += perChunk) {
    const b = await r.read(t.offset + first * size, Math.min(perChunk, count - first) * size);
    for (let o = 0; o + size <= b.length; o += size) {
      const sym = t.kind === "elf" ? elfSymbol(names, e, is64, b, o) : t.kind === "macho" ? machoSymbol(names, e, is64, b, o) : coffSymbol(b, o, strings, sections);
      if (sym && isVersionVariable(sym.name)) found.push(sym);
    }
    if (b.length < perChunk * size) break;
  }
  return found;
}
__name(findSymbols, "findSymbols");
var ENDING = Buffer.from("ersion\0");
function versionNameOffsets(strings, macho) {
  const out = /* @__PURE__ */ new Map();
  for (let at = strings.indexOf(ENDING); at >= 0; at = strings.indexOf(ENDING, at + ENDING.length)) {
    const end = at + ENDING.length - 1;
    const start = strings.lastIndexOf(0, at) + 1;
    if (end - start > 256) continue;
    const raw = strings.toString("utf8", start, end);
    const name = macho && raw.startsWith("_") ? raw.slice(1) : raw;
    if (isVersionVariable(name)) out.set(start, name);
  }
  return out;
}
__name(versionNameOffsets, "versionNameOffsets");
function elfSymbol(names, e, is64, b, o) {
  const info = b[is64 ? o + 4 : o + 12];
  if ((info & 15) !== 1) return null;
  const name = names.get(e.u32(b, o));
  return name === void 0 ? null : { name, addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 4) };
}
__name(elfSymbol, "elfSymbol");
function machoSymbol(names, e, is64, b, o) {
  if ((b[o + 4] & 14) !== 14) return null;
  const name = names.get(e.u32(b, o));
  return name === void 0 ? null : { name, addr: is64 ? e.u64(b, o + 8) : e.u32(b, o + 8) };
}
__name(machoSymbol, "machoSymbol");
function coffSymbol(b, o, strings, sections) {
  const section = b.readInt16LE(o + 12);
  const target = sections[section - 1];
  if (section <= 0 || !target) return null;
  const name = b.readUInt32LE(o) === 0 ? cString(strings, b.readUInt32LE(o + 4), 512) : cString(b.subarray(o, o + 8), 0);
  return { name, addr: target.addr + b.readUInt32LE(o + 8) };
}
__name(coffSymbol, "coffSymbol");
async function coffStringTable(r, t) {
  const head = await r.read(t.strOffset, 4);
  const size = head.length === 4 ? head.readUInt32LE(0) : 0;
  return size > 4 ? r.read(t.strOffset, Math.min(size, MAX_STRINGS)) : Buffer.alloc(0);
}
__name(coffStringTable, "coffStringTable");

// src/analyzers/binary/index.ts
var NotABinaryError = class extends Error {
  static {
    __name(this, "NotABinaryError");
  }
};
function detectFormat(head) {
  if (isElf(head)) return "elf";
  if (isMachO(head)) return "macho";
  if (isFatMachO(head)) return "macho-fat";
  if (isPE(head)) return "pe";
  if (isXcoff(head)) return "xcoff";
  return null;
}
__name(detectFormat, "detectFormat");
var NOT_A_BINARY = "not an ELF, Mach-O, PE or XCOFF file";
function inspectBuffer(buf, path = "<buffer>") {
  return inspectSource(new BufferSource(buf), path);
}
__name(inspectBuffer, "inspectBuffer");
async function inspectSource(src, path) {
  const all = await inspectSourceOrNull(src, path);
  if (!all) throw new NotABinaryError(NOT_A_BINARY);
  return all;
}
__name(inspectSource, "inspectSource");
async function inspectSourceOrNull(src, path) {
  const head = await src.read(0, 16);
  const format = detectFormat(head);
  if (!format) return null;
  if (format === "macho-fat") {
    const slices = await readFatHeader(src);
    if (slices.length === 0) throw new FormatError("universal file with no architectures");
    const out = [];
    for (const [index, s] of slices.entries()) {
      const sliceSrc = new SliceSource(src, s.offset, s.size);
      if (!isMachO(await sliceSrc.read(0, 4))) throw new FormatError(`universal slice ${index} (${s.cpu}) is not a Mach-O image`);
      const facts = await analyze(await parseMachO(sliceSrc), path, src.size);
      out.push({ ...facts, slice: { index, count: slices.length, offset: s.offset } });
    }
    return out;
  }
  const parse = { elf: parseElf, macho: parseMachO, pe: parsePE, xcoff: parseXcoff }[format];
  return [await analyze(await parse(src), path, src.size)];
}
__name(inspectSourceOrNull, "inspectSourceOrNull");
async function buildInfoSummary(src) {
  const format = detectFormat(await src.read(0, 16));
  if (!format || format === "macho-fat") return null;
  const img = await { elf: parseElf, macho: parseMachO, pe: parsePE, xcoff: parseXcoff }[format](src);
  const buildInfo = await readBuildInfo(img).catch(() => null);
  if (!buildInfo) return null;
  const setting = /* @__PURE__ */ __name((k) => buildInfo.settings.find((s) => s.key === k)?.value || null, "setting");
  return { buildInfo, goos: setting("GOOS") ?? img.goosHint, goarch: setting("GOARCH") ?? img.goarchHint };
}
__name(buildInfoSummary, "buildInfoSummary");
async function analyze(img, path, size) {
  const evidence = [];
  let buildInfo = null;
  let buildInfoError = null;
  const namesGoSections = img.facts.format === "elf" && img.sections.length > 0;
  if (namesGoSections && img.goMarkers.length === 0) buildInfoError = "no Go section in the section headers";
  else {
    try {
      buildInfo = await readBuildInfo(img);
      evidence.push(`build info (${buildInfo.layout} layout)`);
    } catch (e) {
      buildInfoError = e instanceof Error ? e.message : String(e);
    }
  }
  evidence.push(...img.goMarkers);
  let pcln = await pclntabVersions(img);
  if (img.facts.format !== "elf" && await hasBuildIdMarker(img)) evidence.push("Go build ID");
  let goVersion = buildInfo?.goVersion ?? null;
  let goVersionSource = goVersion ? "buildinfo" : null;
  let scannedPclntab = null;
  if (!buildInfo && (evidence.length > 0 || img.pclntabOffset === null && !namesGoSections)) {
    const scan = await scanReadOnlyData(img, pcln === null);
    pcln ??= scan.pclntab;
    scannedPclntab = scan.pclntabOffset;
    if (scan.runtimeNames && scan.version) evidence.push("Go runtime function names");
    if (pcln || evidence.length > 0) {
      if (scan.version) {
        goVersion = scan.version;
        goVersionSource = "runtime-string";
      }
    }
  }
  if (pcln) evidence.push(`pclntab magic (${pcln})`);
  const named = pclntabSection(img);
  const section = named ?? (scannedPclntab !== null ? { offset: scannedPclntab, fileSize: img.src.size - scannedPclntab } : null);
  const recovered = !buildInfo && evidence.length > 0 ? await recoverFromPclntab(img.src, section, pclntabScanRegions(img), named ? "section" : "magic-scan") : null;
  const mainVersion = buildInfo?.main?.version;
  const versionVariables = evidence.length > 0 && img.symbols && (!mainVersion || mainVersion === "(devel)") && mayHoldXStamp(buildInfo) ? await readVersionVariables(img.src, img.symbols, img.facts.endian === "little", img.facts.bits === 64, img.sections, img.dataRegions) : [];
  const setting = /* @__PURE__ */ __name((k) => buildInfo?.settings.find((s) => s.key === k)?.value || null, "setting");
  const goos = setting("GOOS"), goarch = setting("GOARCH");
  const { facts } = img;
  return {
    path,
    size,
    slice: null,
    ...facts,
    goos: goos ?? img.goosHint,
    goarch: goarch ?? img.goarchHint,
    platformSource: goos || goarch ? "buildinfo" : img.goosHint || img.goarchHint ? "headers" : null,
    isGo: evidence.length > 0,
    goEvidence: evidence,
    goVersion,
    goVersionSource: goVersion ? goVersionSource : pcln ? "pclntab-range" : null,
    pclntabVersions: pcln,
    buildInfo,
    recovered,
    versionVariables,
    buildInfoError: buildInfo ? null : buildInfoError,
    stripped: !facts.hasSymbols
  };
}
__name(analyze, "analyze");
function pclntabSection(img) {
  if (img.pclntabOffset === null) return null;
  return img.sections.find((s) => s.offset === img.pclntabOffset && s.fileSize > 0) ?? { offset: img.pclntabOffset, fileSize: img.src.size - img.pclntabOffset };
}
__name(pclntabSection, "pclntabSection");
function pclntabScanRegions(img) {
  const seen = new Set(img.rodata.map((r) => r.offset));
  return [...img.rodata, ...img.dataRegions.filter((r) => !seen.has(r.offset))];
}
__name(pclntabScanRegions, "pclntabScanRegions");
function mayHoldXStamp(buildInfo) {
  if (!buildInfo || buildInfo.settings.length === 0) return true;
  if (!buildInfo.main && buildInfo.path.startsWith("cmd/")) return false;
  const ldflags = buildInfo.settings.find((s) => s.key === "-ldflags")?.value;
  if (ldflags !== void 0) return ldflags.includes("-X");
  return buildInfo.settings.some((s) => s.key === "-trimpath" && s.value === "true");
}
__name(mayHoldXStamp, "mayHoldXStamp");

export {
  NotABinaryError,
  detectFormat,
  NOT_A_BINARY,
  inspectBuffer,
  inspectSource,
  inspectSourceOrNull,
  buildInfoSummary
};
