// ARM EABI build attributes (.ARM.attributes), per "Addenda to, and Errata in, the ABI for the
// Arm Architecture" (ARM IHI 0045), section "Build attributes". Go's internal linker writes none;
// binaries linked by an external ARM gcc/clang (cgo) carry them.
import type { ArmAttributes } from '../../facts/schema/artifacts.js';

const TAG_NAMES: Record<number, string> = {
  4: 'CPU_raw_name', 5: 'CPU_name', 6: 'CPU_arch', 7: 'CPU_arch_profile', 8: 'ARM_ISA_use', 9: 'THUMB_ISA_use',
  10: 'FP_arch', 11: 'WMMX_arch', 12: 'Advanced_SIMD_arch', 13: 'PCS_config', 14: 'ABI_PCS_R9_use',
  15: 'ABI_PCS_RW_data', 16: 'ABI_PCS_RO_data', 17: 'ABI_PCS_GOT_use', 18: 'ABI_PCS_wchar_t',
  19: 'ABI_FP_rounding', 20: 'ABI_FP_denormal', 21: 'ABI_FP_exceptions', 22: 'ABI_FP_user_exceptions',
  23: 'ABI_FP_number_model', 24: 'ABI_align_needed', 25: 'ABI_align8_preserved', 26: 'ABI_enum_size',
  27: 'ABI_HardFP_use', 28: 'ABI_VFP_args', 29: 'ABI_WMMX_args', 30: 'ABI_optimization_goals',
  31: 'ABI_FP_optimization_goals', 32: 'compatibility', 34: 'CPU_unaligned_access', 36: 'FP_HP_extension',
  38: 'ABI_FP_16bit_format', 42: 'MPextension_use', 44: 'DIV_use', 64: 'nodefaults', 65: 'also_compatible_with',
  66: 'T2EE_use', 67: 'conformance', 68: 'Virtualization_use',
};
const CPU_ARCH = ['Pre-v4', 'v4', 'v4T', 'v5T', 'v5TE', 'v5TEJ', 'v6', 'v6KZ', 'v6T2', 'v6K', 'v7', 'v6-M', 'v6S-M', 'v7E-M', 'v8-A', 'v8-R', 'v8-M.baseline', 'v8-M.mainline', 'v8.1-A', 'v8.2-A', 'v8.3-A', 'v8.1-M.mainline', 'v9-A'];
const FP_ARCH = ['none', 'VFPv1', 'VFPv2', 'VFPv3', 'VFPv3-D16', 'VFPv4', 'VFPv4-D16', 'FP-ARMv8', 'FPv5/FP-D16 for ARMv8'];
const VFP_ARGS = ['soft', 'hard', 'toolchain', 'compatible'] as const;

/** Tags whose value is a NUL-terminated string rather than a ULEB128 (IHI 0045 §2.2.6). */
function isStringTag(tag: number): boolean {
  return tag === 4 || tag === 5 || tag === 67 || (tag > 32 && tag % 2 === 1 && tag !== 65);
}

export function parseArmAttributes(b: Buffer | null, warnings: string[], littleEndian = true): ArmAttributes {
  const out: ArmAttributes = { cpuArch: null, vfpArgs: null, fpArch: null, eflagsFloat: null, raw: {} };
  if (!b || b.length === 0) return out;
  if (b[0] !== 0x41) {
    warnings.push(`.ARM.attributes format version ${b[0]} is not 'A'`);
    return out;
  }
  const u32 = (o: number) => (littleEndian ? b.readUInt32LE(o) : b.readUInt32BE(o));
  let o = 1;
  while (o + 4 <= b.length) {
    const len = u32(o);
    if (len < 5 || o + len > b.length) {
      warnings.push('.ARM.attributes section length out of range');
      break;
    }
    const end = o + len;
    const vendorEnd = b.indexOf(0, o + 4);
    const vendor = vendorEnd < 0 ? '' : b.toString('latin1', o + 4, vendorEnd);
    if (vendor === 'aeabi' && vendorEnd >= 0) parseSubsections(b, vendorEnd + 1, end, u32, out);
    o = end;
  }
  const arch = out.raw.CPU_arch, fp = out.raw.FP_arch, vfp = out.raw.ABI_VFP_args;
  if (typeof arch === 'number') out.cpuArch = CPU_ARCH[arch] ?? `arch ${arch}`;
  if (typeof fp === 'number') out.fpArch = FP_ARCH[fp] ?? `fp ${fp}`;
  if (typeof vfp === 'number') out.vfpArgs = VFP_ARGS[vfp] ?? null;
  return out;
}

function parseSubsections(b: Buffer, start: number, end: number, u32: (o: number) => number, out: ArmAttributes) {
  let o = start;
  while (o + 5 <= end) {
    const tag = b[o]!;
    const size = u32(o + 1);
    if (size < 5 || o + size > end) return;
    // Only file-scope attributes (Tag_File = 1) describe the whole binary.
    if (tag === 1) parseAttributes(b, o + 5, o + size, out);
    o += size;
  }
}

function parseAttributes(b: Buffer, start: number, end: number, out: ArmAttributes) {
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

function readString(b: Buffer, o: number, end: number): string {
  const z = b.indexOf(0, o);
  return b.toString('latin1', o, z < 0 || z > end ? end : z);
}

/** ULEB128 → [value, bytes used]; bytes used 0 when malformed. */
function uleb(b: Buffer, o: number, end: number): [number, number] {
  let v = 0, shift = 0;
  for (let i = o; i < end && i < o + 5; i++) {
    const byte = b[i]!;
    v += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [v, i - o + 1];
  }
  return [0, 0];
}
