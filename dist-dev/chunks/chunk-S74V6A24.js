import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/goversion.ts
var EMPTY = { major: "", minor: "", patch: "", kind: "", pre: "" };
function cutInt(x) {
  let i = 0;
  while (i < x.length && x[i] >= "0" && x[i] <= "9") i++;
  if (i === 0 || x[0] === "0" && i !== 1) return null;
  return [x.slice(0, i), x.slice(i)];
}
__name(cutInt, "cutInt");
function parse(x) {
  const v = { ...EMPTY };
  let c = cutInt(x);
  if (!c) return EMPTY;
  [v.major, x] = c;
  if (x === "") return { ...v, minor: "0", patch: "0" };
  if (x[0] !== ".") return EMPTY;
  c = cutInt(x.slice(1));
  if (!c) return EMPTY;
  [v.minor, x] = c;
  if (x === "") return v;
  if (x[0] === ".") {
    c = cutInt(x.slice(1));
    if (!c || c[1] !== "") return EMPTY;
    v.patch = c[0];
    return v;
  }
  let i = 0;
  while (i < x.length && (x[i] < "0" || x[i] > "9")) {
    if (x[i] < "a" || x[i] > "z") return EMPTY;
    i++;
  }
  if (i === 0) return EMPTY;
  v.kind = x.slice(0, i);
  x = x.slice(i);
  if (x === "") return v;
  c = cutInt(x);
  if (!c || c[1] !== "") return EMPTY;
  v.pre = c[0];
  return v;
}
__name(parse, "parse");
function cmpInt(x, y) {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : 1;
}
__name(cmpInt, "cmpInt");
function strip(v) {
  let s = v.trim().split(/\s/)[0] ?? "";
  s = s.split("-")[0].split("+")[0];
  return s.startsWith("go") ? s.slice(2) : s;
}
__name(strip, "strip");
function isValidGoVersion(v) {
  const p = parse(strip(v));
  return p.major !== "";
}
__name(isValidGoVersion, "isValidGoVersion");
function compareGoVersions(a, b) {
  const x = parse(strip(a));
  const y = parse(strip(b));
  return cmpInt(x.major, y.major) || cmpInt(x.minor, y.minor) || cmpInt(x.patch, y.patch) || (x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1) || cmpInt(x.pre, y.pre);
}
__name(compareGoVersions, "compareGoVersions");
function goLang(v) {
  const p = parse(strip(v));
  if (p.major === "") return "";
  if (p.major === "1" && p.minor === "0") return "go1";
  return `go${p.major}.${p.minor}`;
}
__name(goLang, "goLang");
function normalizeGoVersion(v) {
  const s = strip(v);
  return parse(s).major === "" ? null : `go${s}`;
}
__name(normalizeGoVersion, "normalizeGoVersion");
function findGoVersion(text) {
  const m = /\bgo(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta|alpha)\d+)?)\b/.exec(text);
  return m ? `go${m[1]}` : null;
}
__name(findGoVersion, "findGoVersion");

export {
  isValidGoVersion,
  compareGoVersions,
  goLang,
  normalizeGoVersion,
  findGoVersion
};
