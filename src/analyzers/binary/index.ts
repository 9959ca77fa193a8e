// Public API of the binary readers. inspectBinary(path) is what other layers call (runtime
// cross-build verification); inspectSource works on any ByteSource (buffers, for fuzzing).
import { closeSync, constants as fsc, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { BinaryFacts } from '../../facts/schema/artifacts.js';
import { BufferSource, FileSource, FormatError, SliceSource, type ByteSource } from './source.js';
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

/**
 * Inspect one file. Resolves with the facts of the binary (for a universal Mach-O file, of its
 * first slice; use inspectBinaryAll for every slice). Rejects with NotABinaryError, FormatError
 * (corrupt or truncated) or a filesystem error. Never opens FIFOs, sockets or devices.
 */
export async function inspectBinary(path: string): Promise<BinaryFacts> {
  const all = await inspectBinaryAll(path);
  return all[0]!;
}

/**
 * Every image in the file: one for thin binaries, one per architecture for universal ones.
 * `regular: true` skips the path stat when the caller already knows (a directory walk).
 */
export async function inspectBinaryAll(path: string, opts: { regular?: boolean } = {}): Promise<BinaryFacts[]> {
  const all = await inspectFileOrNull(path, opts);
  if (!all) throw new NotABinaryError(NOT_A_BINARY);
  return all;
}

const NOT_A_BINARY = 'not an ELF, Mach-O, PE or XCOFF file';

/** Like inspectBinaryAll, but null (no exception) for files in no executable format: walks meet thousands. */
export async function inspectFileOrNull(path: string, opts: { regular?: boolean } = {}): Promise<BinaryFacts[] | null> {
  const opened = openBinary(path, opts);
  return opened ? inspectOpened(opened, path) : null;
}

export interface OpenedBinary { fd: number; size: number; format: BinaryFormatName }

const head = Buffer.alloc(16);

/**
 * Synchronously open a file and recognise its format from the first 16 bytes; null (and the
 * file closed) when it is in no executable format. Most files of a tree stop here, so this path
 * makes no stat, no promise and no garbage beyond the descriptor.
 */
export function openBinary(path: string, opts: { regular?: boolean } = {}): OpenedBinary | null {
  if (!opts.regular) {
    const st = statSync(path);
    if (!st.isFile()) throw new NotABinaryError(st.isDirectory() ? 'is a directory' : 'not a regular file (FIFO, socket or device): not opened');
  }
  // O_NONBLOCK: should the file have been swapped for a FIFO since the check, open does not block.
  const fd = openSync(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
  let keep = false;
  try {
    head.fill(0);
    const n = readSync(fd, head, 0, 16, 0);
    const format = detectFormat(head.subarray(0, n));
    if (!format) return null;
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotABinaryError('not a regular file (FIFO, socket or device)');
    keep = true;
    return { fd, size: st.size, format };
  } finally {
    if (!keep) closeSync(fd);
  }
}

/** Analyse an opened binary; always closes its descriptor. */
export async function inspectOpened(o: OpenedBinary, path: string): Promise<BinaryFacts[]> {
  try {
    return (await inspectSourceOrNull(new FileSource(o.fd, o.size), path)) ?? [];
  } finally {
    closeSync(o.fd);
  }
}

/** Inspect bytes held in memory (tests, fuzzing). */
export function inspectBuffer(buf: Buffer, path = '<buffer>'): Promise<BinaryFacts[]> {
  return inspectSource(new BufferSource(buf), path);
}

export async function inspectSource(src: ByteSource, path: string): Promise<BinaryFacts[]> {
  const all = await inspectSourceOrNull(src, path);
  if (!all) throw new NotABinaryError(NOT_A_BINARY);
  return all;
}

async function inspectSourceOrNull(src: ByteSource, path: string): Promise<BinaryFacts[] | null> {
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

/** Format-neutral Go analysis on top of a parsed image. */
async function analyze(img: ParsedImage, path: string, size: number): Promise<BinaryFacts> {
  const evidence: string[] = [];
  let buildInfo: BinaryFacts['buildInfo'] = null;
  let buildInfoError: string | null = null;
  try {
    buildInfo = await readBuildInfo(img);
    evidence.push(`build info (${buildInfo.layout} layout)`);
  } catch (e) {
    buildInfoError = e instanceof Error ? e.message : String(e);
  }
  evidence.push(...img.goMarkers);
  let pcln = await pclntabVersions(img);
  // ELF Go binaries carry the build ID in a note; other formats at the start of text.
  if (img.facts.format !== 'elf' && await hasBuildIdMarker(img)) evidence.push('Go build ID');
  let goVersion = buildInfo?.goVersion ?? null;
  let goVersionSource: BinaryFacts['goVersionSource'] = goVersion ? 'buildinfo' : null;
  // Without build info, look further only when something already says "Go" (or the format
  // hides the pclntab in read-only data): the scan costs a read of that data.
  if (!buildInfo && (evidence.length > 0 || img.pclntabOffset === null)) {
    const scan = await scanReadOnlyData(img, pcln === null);
    pcln ??= scan.pclntab;
    if (scan.runtimeNames && scan.version) evidence.push('Go runtime function names');
    if (pcln || evidence.length > 0) {
      if (scan.version) {
        goVersion = scan.version;
        goVersionSource = 'runtime-string';
      }
    }
  }
  if (pcln) evidence.push(`pclntab magic (${pcln})`);
  const recovered = !buildInfo && evidence.length > 0 ? await recoverFromPclntab(img.src, pclntabSection(img), pclntabScanRegions(img)) : null;
  const mainVersion = buildInfo?.main?.version;
  const versionVariables = img.symbols && (!mainVersion || mainVersion === '(devel)')
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
