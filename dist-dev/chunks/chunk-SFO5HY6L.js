import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  readTransient
} from "./chunk-XSTZCV6U.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/binary/go-markers.ts
var PCLNTAB_MAGICS = {
  4294967291: "go1.2 to go1.15",
  4294967290: "go1.16 to go1.17",
  4294967280: "go1.18 to go1.19",
  4294967281: "go1.20 or later"
};
var RUNTIME_NAME = Buffer.from("\0runtime.goexit\0", "latin1");
var BUILD_ID_MARKER = Buffer.from('\xFF Go build ID: "', "latin1");
var CHUNK = 1 << 20;
var SCAN_LIMIT = 64 * CHUNK;
function pclntabAt(b, o, little) {
  if (o + 8 > b.length) return null;
  const magic = little ? b.readUInt32LE(o) : b.readUInt32BE(o);
  const versions = PCLNTAB_MAGICS[magic];
  if (!versions || b[o + 4] !== 0 || b[o + 5] !== 0) return null;
  if (![1, 2, 4].includes(b[o + 6]) || ![4, 8].includes(b[o + 7])) return null;
  return versions;
}
__name(pclntabAt, "pclntabAt");
async function pclntabVersions(img) {
  if (img.pclntabOffset === null) return null;
  return pclntabAt(await img.src.read(img.pclntabOffset, 8), 0, img.facts.endian === "little");
}
__name(pclntabVersions, "pclntabVersions");
async function hasBuildIdMarker(img) {
  const at = img.textStart ?? 0;
  const b = await img.src.read(at, 32 * 1024);
  return b.indexOf(BUILD_ID_MARKER) >= 0;
}
__name(hasBuildIdMarker, "hasBuildIdMarker");
var VERSION_RE = /^go1\.(\d{1,3})(?:\.(\d{1,3}))?((?:rc|beta)\d{1,2})?(?![0-9.])/;
var GO1 = Buffer.from("go1.", "latin1");
var VERSION_WINDOW = 18;
var BEST_SCORE = 5;
async function scanReadOnlyData(img, wantPclntab) {
  let best = null;
  let pclntab = null;
  let pclntabOffset = null;
  let runtimeNames = false;
  let budget = SCAN_LIMIT;
  const little = img.facts.endian === "little";
  for (const r of img.rodata) {
    for (let off = 0; off < r.fileSize && budget > 0; off += CHUNK) {
      const len = Math.min(CHUNK + 32, r.fileSize - off, budget);
      const b = await readTransient(img.src, r.offset + off, len);
      budget -= b.length;
      for (let at = b.indexOf(GO1); at >= 0; at = b.indexOf(GO1, at + 1)) {
        const before = at > 0 ? b[at - 1] : 0;
        if (/[0-9_./-]/.test(String.fromCharCode(before))) continue;
        const window = b.toString("latin1", at, Math.min(b.length, at + VERSION_WINDOW));
        const m = VERSION_RE.exec(window);
        if (!m) continue;
        const after = window.charCodeAt(m[0].length);
        const score = (before === 0 ? 2 : 0) + (m[2] !== void 0 || m[3] !== void 0 ? 2 : 0) + (after === 0 || Number.isNaN(after) ? 1 : 0);
        if (!best || score > best.score) best = { version: m[0], score };
      }
      if (wantPclntab && !pclntab) {
        const found = findPclntab(b, little);
        if (found) {
          pclntab = found.versions;
          pclntabOffset = r.offset + off + found.at;
        }
      }
      if (!runtimeNames) runtimeNames = b.indexOf(RUNTIME_NAME) >= 0;
      if (b.length < len) break;
      if (best?.score === BEST_SCORE && (pclntab || !wantPclntab) && runtimeNames) return { version: best.version, pclntab, pclntabOffset, runtimeNames };
    }
  }
  return { version: best?.version ?? null, pclntab, pclntabOffset, runtimeNames };
}
__name(scanReadOnlyData, "scanReadOnlyData");
function findPclntab(b, little) {
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
__name(findPclntab, "findPclntab");
var GO_NOTE_NAME = Buffer.from("Go\0\0", "latin1");
var GO_BUILDID_NOTE_TYPE = 4;
function headLooksGo(head) {
  if (head.indexOf(BUILD_ID_MARKER) >= 0) return true;
  for (let i = head.indexOf(GO_NOTE_NAME); i >= 0; i = head.indexOf(GO_NOTE_NAME, i + 1)) {
    if (i >= 12 && head.readUInt32LE(i - 12) === 4 && head.readUInt32LE(i - 4) === GO_BUILDID_NOTE_TYPE) return true;
    if (i >= 12 && head.readUInt32BE(i - 12) === 4 && head.readUInt32BE(i - 4) === GO_BUILDID_NOTE_TYPE) return true;
  }
  return false;
}
__name(headLooksGo, "headLooksGo");

export {
  pclntabVersions,
  hasBuildIdMarker,
  scanReadOnlyData,
  headLooksGo
};
