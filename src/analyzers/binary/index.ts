// Public API of the binary parsers: bytes in, BinaryFacts out. inspectSource works on any
// ByteSource (a Host's opened file, a buffer for tests and fuzzing); reading files is
// collectors/binary's part.
import type { BinaryFacts } from '../../facts/schema/artifacts.js';
import { BufferSource, FormatError, SliceSource, type ByteSource } from './source.js';
import { isElf, parseElf } from './elf.js';
import { isFatMachO, isMachO, parseMachO, readFatHeader } from './macho.js';
import { isPE, parsePE } from './pe.js';
import { isXcoff, parseXcoff } from './xcoff.js';
import { readBuildInfo } from './buildinfo.js';
import { hasBuildIdMarker, pclntabVersions, scanReadOnlyData } from './go-markers.js';
import type { ParsedImage } from './image.js';
import { recoverFromPclntab } from './pclntab-recover.js';
import { readVersionVariables } from './go-vars.js';

export type { BinaryFacts } from '../../facts/schema/artifacts.js';
export { FormatError } from './source.js';

/** The file is not in any executable format we read (text, image, archive ...). */
export class NotABinaryError extends Error {}

export type BinaryFormatName = 'elf' | 'macho' | 'macho-fat' | 'pe' | 'xcoff';

export function detectFormat(head: Buffer): BinaryFormatName | null {
  if (isElf(head)) return 'elf';
  if (isMachO(head)) return 'macho';
  if (isFatMachO(head)) return 'macho-fat';
  if (isPE(head)) return 'pe';
  if (isXcoff(head)) return 'xcoff';
  return null;
}

export const NOT_A_BINARY = 'not an ELF, Mach-O, PE or XCOFF file';

/** Inspect bytes held in memory (tests, fuzzing). */
export function inspectBuffer(buf: Buffer, path = '<buffer>'): Promise<BinaryFacts[]> {
  return inspectSource(new BufferSource(buf), path);
}

export async function inspectSource(src: ByteSource, path: string): Promise<BinaryFacts[]> {
  const all = await inspectSourceOrNull(src, path);
  if (!all) throw new NotABinaryError(NOT_A_BINARY);
  return all;
}

/** Like inspectSource, but null (no exception) for bytes in no executable format: walks meet thousands. */
export async function inspectSourceOrNull(src: ByteSource, path: string): Promise<BinaryFacts[] | null> {
  const head = await src.read(0, 16);
  const format = detectFormat(head);
  if (!format) return null;
  if (format === 'macho-fat') {
    const slices = await readFatHeader(src);
    if (slices.length === 0) throw new FormatError('universal file with no architectures');
    const out: BinaryFacts[] = [];
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

/** A thin binary's build info and the platform it names, without the scans inspectSource makes. */
export interface BuildInfoSummary { buildInfo: NonNullable<BinaryFacts['buildInfo']>; goos: string | null; goarch: string | null }

/**
 * Only the build info: for the go command found on PATH, whose version and platform decide
 * whether it must be run, a full analysis (pclntab, version variables) is wasted. Null for
 * bytes in no format, universal files and files without build info.
 */
export async function buildInfoSummary(src: ByteSource): Promise<BuildInfoSummary | null> {
  const format = detectFormat(await src.read(0, 16));
  if (!format || format === 'macho-fat') return null;
  const img = await { elf: parseElf, macho: parseMachO, pe: parsePE, xcoff: parseXcoff }[format](src);
  const buildInfo = await readBuildInfo(img).catch(() => null);
  if (!buildInfo) return null;
  const setting = (k: string) => buildInfo.settings.find((s) => s.key === k)?.value || null;
  return { buildInfo, goos: setting('GOOS') ?? img.goosHint, goarch: setting('GOARCH') ?? img.goarchHint };
}

/** Format-neutral Go analysis on top of a parsed image. */
async function analyze(img: ParsedImage, path: string, size: number): Promise<BinaryFacts> {
  const evidence: string[] = [];
  let buildInfo: BinaryFacts['buildInfo'] = null;
  let buildInfoError: string | null = null;
  // An ELF file that lists its sections names Go's when Go built it (.go.buildinfo since Go 1.13,
  // .gopclntab and .note.go.buildid before; they survive strip and external linking): with none of
  // them its data segment (tens of MB in a C++ library) is not searched for build info.
  const namesGoSections = img.facts.format === 'elf' && img.sections.length > 0;
  if (namesGoSections && img.goMarkers.length === 0) buildInfoError = 'no Go section in the section headers';
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
  // ELF Go binaries carry the build ID in a note; other formats at the start of text.
  if (img.facts.format !== 'elf' && await hasBuildIdMarker(img)) evidence.push('Go build ID');
  let goVersion = buildInfo?.goVersion ?? null;
  let goVersionSource: BinaryFacts['goVersionSource'] = goVersion ? 'buildinfo' : null;
  // Without build info, look further only when something already says "Go" (or the format
  // hides the pclntab in read-only data): the scan costs a read of that data. An ELF file that
  // lists its sections would name Go's (.gopclntab, .note.go.buildid survive strip and external
  // linking): with none of them it is not Go, and a tree of C binaries is not read through.
  // Where the scan met the table's header: the recovery starts there instead of scanning again.
  let scannedPclntab: number | null = null;
  if (!buildInfo && (evidence.length > 0 || (img.pclntabOffset === null && !namesGoSections))) {
    const scan = await scanReadOnlyData(img, pcln === null);
    pcln ??= scan.pclntab;
    scannedPclntab = scan.pclntabOffset;
    if (scan.runtimeNames && scan.version) evidence.push('Go runtime function names');
    if (pcln || evidence.length > 0) {
      if (scan.version) {
        goVersion = scan.version;
        goVersionSource = 'runtime-string';
      }
    }
  }
  if (pcln) evidence.push(`pclntab magic (${pcln})`);
  const named = pclntabSection(img);
  const section = named ?? (scannedPclntab !== null ? { offset: scannedPclntab, fileSize: img.src.size - scannedPclntab } : null);
  const recovered = !buildInfo && evidence.length > 0 ? await recoverFromPclntab(img.src, section, pclntabScanRegions(img), named ? 'section' : 'magic-scan') : null;
  const mainVersion = buildInfo?.main?.version;
  // Only Go binaries hold -X stamps: a C program's symbol names (node's run to 7 MB) stay unread.
  const versionVariables = evidence.length > 0 && img.symbols && (!mainVersion || mainVersion === '(devel)') && mayHoldXStamp(buildInfo)
    ? await readVersionVariables(img.src, img.symbols, img.facts.endian === 'little', img.facts.bits === 64, img.sections, img.dataRegions) : [];
  const setting = (k: string) => buildInfo?.settings.find((s) => s.key === k)?.value || null;
  const goos = setting('GOOS'), goarch = setting('GOARCH');
  const { facts } = img;
  return {
    path, size, slice: null, ...facts,
    goos: goos ?? img.goosHint, goarch: goarch ?? img.goarchHint,
    platformSource: goos || goarch ? 'buildinfo' : img.goosHint || img.goarchHint ? 'headers' : null,
    isGo: evidence.length > 0, goEvidence: evidence,
    goVersion, goVersionSource: goVersion ? goVersionSource : pcln ? 'pclntab-range' : null,
    pclntabVersions: pcln, buildInfo, recovered, versionVariables, buildInfoError: buildInfo ? null : buildInfoError,
    stripped: !facts.hasSymbols,
  };
}

function pclntabSection(img: ParsedImage): { offset: number; fileSize: number } | null {
  if (img.pclntabOffset === null) return null;
  return img.sections.find((s) => s.offset === img.pclntabOffset && s.fileSize > 0) ?? { offset: img.pclntabOffset, fileSize: img.src.size - img.pclntabOffset };
}

/** Read-only data first (where the linker puts the table), then every other mapped region. */
function pclntabScanRegions(img: ParsedImage): { offset: number; fileSize: number }[] {
  const seen = new Set(img.rodata.map((r) => r.offset));
  return [...img.rodata, ...img.dataRegions.filter((r) => !seen.has(r.offset))];
}

/**
 * Whether -ldflags=-X may have set a variable. go build records -ldflags in build info, except
 * under -trimpath (src/cmd/go/internal/load/pkg.go setBuildInfo, go.dev/issue/52372): build
 * settings that show -ldflags without -X, or no -ldflags and no -trimpath, rule a stamp out and
 * spare reading the symbol and string tables. So does the Go distribution's own commands (path
 * cmd/..., no main module): cmd/dist builds them, and their version is the toolchain's.
 */
function mayHoldXStamp(buildInfo: BinaryFacts['buildInfo'] | undefined): boolean {
  if (!buildInfo || buildInfo.settings.length === 0) return true;
  if (!buildInfo.main && buildInfo.path.startsWith('cmd/')) return false;
  const ldflags = buildInfo.settings.find((s) => s.key === '-ldflags')?.value;
  if (ldflags !== undefined) return ldflags.includes('-X');
  return buildInfo.settings.some((s) => s.key === '-trimpath' && s.value === 'true');
}
