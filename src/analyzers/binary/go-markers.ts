// Evidence that a file is a Go binary when build info is missing (e.g. esbuild's published
// binaries): the pclntab header magic (src/internal/abi/symtab.go, debug/gosym/pclntab.go),
// the "\xff Go build ID: " text marker (src/cmd/internal/buildid/buildid.go), and the
// runtime.buildVersion string ("go1.N.P") in read-only data.
import type { ParsedImage, Region } from './image.js';
import { readTransient } from './source.js';

/** pclntab magic → the Go releases that write it (debug/gosym/pclntab.go go12magic ... go120magic). */
const PCLNTAB_MAGICS: Record<number, string> = {
  0xfffffffb: 'go1.2 to go1.15',
  0xfffffffa: 'go1.16 to go1.17',
  0xfffffff0: 'go1.18 to go1.19',
  0xfffffff1: 'go1.20 or later',
};

const RUNTIME_NAME = Buffer.from('\0runtime.goexit\0', 'latin1');
const BUILD_ID_MARKER = Buffer.from('\xff Go build ID: "', 'latin1');
const CHUNK = 1 << 20;
const SCAN_LIMIT = 64 * CHUNK;

/** The pclntab header: magic, two zero pad bytes, min instruction size (1/2/4), pointer size (4/8). */
function pclntabAt(b: Buffer, o: number, little: boolean): string | null {
  if (o + 8 > b.length) return null;
  const magic = little ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const versions = PCLNTAB_MAGICS[magic];
  if (!versions || b[o + 4] !== 0 || b[o + 5] !== 0) return null;
  if (![1, 2, 4].includes(b[o + 6]!) || ![4, 8].includes(b[o + 7]!)) return null;
  return versions;
}

export async function pclntabVersions(img: ParsedImage): Promise<string | null> {
  if (img.pclntabOffset === null) return null;
  return pclntabAt(await img.src.read(img.pclntabOffset, 8), 0, img.facts.endian === 'little');
}

export async function hasBuildIdMarker(img: ParsedImage): Promise<boolean> {
  const at = img.textStart ?? 0;
  const b = await img.src.read(at, 32 * 1024);
  return b.indexOf(BUILD_ID_MARKER) >= 0;
}

// runtime.buildVersion: "go1.N", "go1.N.P", "go1.NrcK", "go1.NbetaK"; not part of a path or identifier.
const VERSION_RE = /^go1\.(\d{1,3})(?:\.(\d{1,3}))?((?:rc|beta)\d{1,2})?(?![0-9.])/;
const GO1 = Buffer.from('go1.', 'latin1');
/** Longest match ("go1.123.123beta12") and the byte after it. */
const VERSION_WINDOW = 18;

interface Candidate { version: string; score: number }
/** A NUL before, a release or patch number, a NUL after. */
const BEST_SCORE = 5;

/**
 * Scan read-only data for the Go version string and (where the format does not name the
 * pclntab section) the pclntab header. Reads in 1 MB chunks, at most 64 MB.
 */
export async function scanReadOnlyData(img: ParsedImage, wantPclntab: boolean): Promise<{ version: string | null; pclntab: string | null; pclntabOffset: number | null; runtimeNames: boolean }> {
  let best: Candidate | null = null;
  let pclntab: string | null = null;
  let pclntabOffset: number | null = null;
  let runtimeNames = false;
  let budget = SCAN_LIMIT;
  const little = img.facts.endian === 'little';
  for (const r of img.rodata as Region[]) {
    for (let off = 0; off < r.fileSize && budget > 0; off += CHUNK) {
      const len = Math.min(CHUNK + 32, r.fileSize - off, budget);
      const b = await readTransient(img.src, r.offset + off, len);
      budget -= b.length;
      // Found by bytes, decoded a few at a time: megabytes of data as one string were most of the scan.
      for (let at = b.indexOf(GO1); at >= 0; at = b.indexOf(GO1, at + 1)) {
        const before = at > 0 ? b[at - 1]! : 0;
        // Paths and identifiers ("…/go1.26/…", "fips140only_go1.26") are not the version string;
        // a letter before it may just be the last byte of a neighbouring constant.
        if (/[0-9_./-]/.test(String.fromCharCode(before))) continue;
        const window = b.toString('latin1', at, Math.min(b.length, at + VERSION_WINDOW));
        const m = VERSION_RE.exec(window);
        if (!m) continue;
        const after = window.charCodeAt(m[0].length);
        const score = (before === 0 ? 2 : 0) + (m[2] !== undefined || m[3] !== undefined ? 2 : 0) + (after === 0 || Number.isNaN(after) ? 1 : 0); // at most BEST_SCORE
        if (!best || score > best.score) best = { version: m[0], score };
      }
      if (wantPclntab && !pclntab) {
        const found = findPclntab(b, little);
        if (found) {
          pclntab = found.versions;
          pclntabOffset = r.offset + off + found.at;
        }
      }
      // Function names survive stripping: they live in the pclntab's name table.
      if (!runtimeNames) runtimeNames = b.indexOf(RUNTIME_NAME) >= 0;
      if (b.length < len) break;
      // Nothing later can change the answer: a version only gives way to a higher score, the first
      // table header is kept. A PE file's .rdata holds the whole pclntab (tens of MB) past both.
      if (best?.score === BEST_SCORE && (pclntab || !wantPclntab) && runtimeNames) return { version: best.version, pclntab, pclntabOffset, runtimeNames };
    }
  }
  return { version: best?.version ?? null, pclntab, pclntabOffset, runtimeNames };
}

function findPclntab(b: Buffer, little: boolean): { versions: string; at: number } | null {
  for (const magic of Object.keys(PCLNTAB_MAGICS).map(Number)) {
    const needle = Buffer.alloc(4);
    if (little) needle.writeUInt32LE(magic);
    else needle.writeUInt32BE(magic);
    for (let i = b.indexOf(needle); i >= 0; i = b.indexOf(needle, i + 1)) {
      const v = i % 4 === 0 ? pclntabAt(b, i, little) : null;
      if (v) return { versions: v, at: i };
    }
  }
  return null;
}

const GO_NOTE_NAME = Buffer.from('Go\0\0', 'latin1');
/** ELF_NOTE_GOBUILDID_TAG (src/cmd/link/internal/ld/elf.go). */
const GO_BUILDID_NOTE_TYPE = 4;

/**
 * Does the start of a file show a Go binary? The ELF .note.go.buildid note (namesz 4, type 4,
 * name "Go") sits in the first page; other formats carry the build ID text marker at the start
 * of text. For callers that read a file's head only (through a Host), not a parsed image.
 */
export function headLooksGo(head: Buffer): boolean {
  if (head.indexOf(BUILD_ID_MARKER) >= 0) return true;
  for (let i = head.indexOf(GO_NOTE_NAME); i >= 0; i = head.indexOf(GO_NOTE_NAME, i + 1)) {
    if (i >= 12 && head.readUInt32LE(i - 12) === 4 && head.readUInt32LE(i - 4) === GO_BUILDID_NOTE_TYPE) return true;
    if (i >= 12 && head.readUInt32BE(i - 12) === 4 && head.readUInt32BE(i - 4) === GO_BUILDID_NOTE_TYPE) return true;
  }
  return false;
}
