import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/goprivate.ts
function pathMatch(pattern, name) {
  let pat = [...pattern];
  let nm = [...name];
  pattern: while (pat.length > 0) {
    const { star, chunk, rest } = scanChunk(pat);
    pat = rest;
    if (star && chunk.length === 0) return { matched: !nm.includes("/"), bad: false };
    const first = matchChunk(chunk, nm);
    if (first.ok && (first.rest.length === 0 || pat.length > 0)) {
      nm = first.rest;
      continue;
    }
    if (first.bad) return { matched: false, bad: true };
    if (star) {
      for (let i = 0; i < nm.length && nm[i] !== "/"; i++) {
        const t = matchChunk(chunk, nm.slice(i + 1));
        if (t.ok) {
          if (pat.length === 0 && t.rest.length > 0) continue;
          nm = t.rest;
          continue pattern;
        }
        if (t.bad) return { matched: false, bad: true };
      }
    }
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.rest;
      if (matchChunk(next.chunk, []).bad) return { matched: false, bad: true };
    }
    return { matched: false, bad: false };
  }
  return { matched: nm.length === 0, bad: false };
}
__name(pathMatch, "pathMatch");
function scanChunk(pattern) {
  let star = false;
  let i0 = 0;
  while (i0 < pattern.length && pattern[i0] === "*") {
    i0++;
    star = true;
  }
  const p = pattern.slice(i0);
  let inrange = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      if (i + 1 < p.length) i++;
    } else if (c === "[") inrange = true;
    else if (c === "]") inrange = false;
    else if (c === "*" && !inrange) return { star, chunk: p.slice(0, i), rest: p.slice(i) };
  }
  return { star, chunk: p, rest: [] };
}
__name(scanChunk, "scanChunk");
function matchChunk(chunkIn, sIn) {
  let chunk = chunkIn;
  let s = sIn;
  let failed = false;
  const bad = { ok: false, rest: [], bad: true };
  while (chunk.length > 0) {
    failed = failed || s.length === 0;
    const c = chunk[0];
    if (c === "[") {
      let r = -1;
      if (!failed) {
        r = s[0].codePointAt(0);
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk.length > 0 && chunk[0] === "^") {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let nrange = 0;
      for (; ; ) {
        if (chunk.length > 0 && chunk[0] === "]" && nrange > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEsc(chunk);
        if (!lo) return bad;
        chunk = lo.rest;
        let hi = lo.r;
        if (chunk[0] === "-") {
          const h = getEsc(chunk.slice(1));
          if (!h) return bad;
          hi = h.r;
          chunk = h.rest;
        }
        match = match || lo.r <= r && r <= hi;
        nrange++;
      }
      failed = failed || match === negated;
    } else if (c === "?") {
      if (!failed) {
        failed = s[0] === "/";
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    } else {
      if (c === "\\") {
        chunk = chunk.slice(1);
        if (chunk.length === 0) return bad;
      }
      if (!failed) {
        failed = chunk[0] !== s[0];
        s = s.slice(1);
      }
      chunk = chunk.slice(1);
    }
  }
  return failed ? { ok: false, rest: [], bad: false } : { ok: true, rest: s, bad: false };
}
__name(matchChunk, "matchChunk");
function getEsc(chunkIn) {
  let chunk = chunkIn;
  if (chunk.length === 0 || chunk[0] === "-" || chunk[0] === "]") return null;
  if (chunk[0] === "\\") {
    chunk = chunk.slice(1);
    if (chunk.length === 0) return null;
  }
  const r = chunk[0].codePointAt(0);
  const rest = chunk.slice(1);
  if (rest.length === 0) return null;
  return { r, rest };
}
__name(getEsc, "getEsc");
function splitPatterns(globs) {
  return globs.split(",").map((g) => g.endsWith("/") ? g.slice(0, -1) : g).filter((g) => g !== "");
}
__name(splitPatterns, "splitPatterns");
function matchingPattern(globs, target) {
  for (const glob of splitPatterns(globs)) {
    let n = glob.split("/").length - 1;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === "/") {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) continue;
    if (/[*?[\\]/.test(glob) ? pathMatch(glob, prefix).matched : glob === prefix) return glob;
  }
  return null;
}
__name(matchingPattern, "matchingPattern");
function patternProblems(glob) {
  const out = [];
  if (/\s/.test(glob)) out.push("whitespace");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(glob) || /^[a-z]+:/i.test(glob)) out.push("scheme");
  if (pathMatch(glob, "").bad) out.push("bad-pattern");
  if (glob.includes("...")) out.push("ellipsis");
  if (glob.includes("@")) out.push("has-version");
  const host = glob.split("/")[0] ?? "";
  if (/[A-Z]/.test(host)) out.push("uppercase");
  return out;
}
__name(patternProblems, "patternProblems");
function checkPathProblem(s) {
  if (s === "") return "empty";
  if (/\s/.test(s)) return "contains whitespace";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return "a URL, not a module path (drop the scheme)";
  if (s.includes("@")) return "contains @ (give the path without a version)";
  if (s.startsWith("/") || s.startsWith(".") || s.endsWith("/") || s.includes("//")) return "leading, trailing or doubled slash or dot";
  return modulePathProblem(s);
}
__name(checkPathProblem, "checkPathProblem");
var BAD_WINDOWS_NAMES = /* @__PURE__ */ new Set(["CON", "PRN", "AUX", "NUL", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`COM${n}`, `LPT${n}`])]);
function modulePathProblem(s) {
  if (s.startsWith("-")) return "leading dash";
  for (const elem of s.split("/")) {
    if (/^\.*$/.test(elem)) return `invalid path element ${JSON.stringify(elem)}`;
    if (elem.startsWith(".")) return "leading dot in path element";
    if (elem.endsWith(".")) return "trailing dot in path element";
    const bad = /[^A-Za-z0-9._~-]/u.exec(elem);
    if (bad) return `invalid char ${JSON.stringify(bad[0])}`;
    if (BAD_WINDOWS_NAMES.has(elem.split(".")[0].toUpperCase())) return `${JSON.stringify(elem.split(".")[0])} disallowed as path element component on Windows`;
  }
  const first = s.split("/")[0];
  if (!first.includes(".")) return "missing dot in first path element";
  const badFirst = /[^a-z0-9.-]/.exec(first);
  if (badFirst) return `invalid char ${JSON.stringify(badFirst[0])} in first path element`;
  const major = /\/(v\d+)$/.exec(s)?.[1];
  if (major && !s.startsWith("gopkg.in/") && (major === "v0" || major === "v1" || major.startsWith("v0"))) return "invalid version";
  return null;
}
__name(modulePathProblem, "modulePathProblem");

// src/facts/paths.ts
var dirOf = /* @__PURE__ */ __name((p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "", "dirOf");
function isUnder(p, dir) {
  if (dir === "") return !p.startsWith("../");
  return p === dir || p.startsWith(`${dir}/`);
}
__name(isUnder, "isUnder");

export {
  splitPatterns,
  matchingPattern,
  patternProblems,
  checkPathProblem,
  dirOf,
  isUnder
};
