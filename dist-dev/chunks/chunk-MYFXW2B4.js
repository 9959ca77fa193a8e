import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/semver.ts
function parse(v) {
  const m = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/.exec(v);
  if (!m) return null;
  const prerelease = m[4] ?? "";
  if (prerelease && prerelease.slice(1).split(".").some((id) => /^0\d+$/.test(id))) return null;
  return { major: m[1], minor: m[2] ?? "0", patch: m[3] ?? "0", prerelease };
}
__name(parse, "parse");
function isValidSemver(v) {
  return parse(v) !== null;
}
__name(isValidSemver, "isValidSemver");
function compareInt(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareInt, "compareInt");
function comparePrerelease(x, y) {
  if (x === y) return 0;
  if (x === "") return 1;
  if (y === "") return -1;
  const a = x.slice(1).split(".");
  const b = y.slice(1).split(".");
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const p = a[i];
    const q = b[i];
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn !== qn) return pn ? -1 : 1;
    if (pn) return compareInt(p, q);
    return p < q ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
__name(comparePrerelease, "comparePrerelease");
function compareSemver(v, w) {
  const a = parse(v);
  const b = parse(w);
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return compareInt(a.major, b.major) || compareInt(a.minor, b.minor) || compareInt(a.patch, b.patch) || comparePrerelease(a.prerelease, b.prerelease);
}
__name(compareSemver, "compareSemver");

// src/knowledge/gomod-replace.ts
function fetchedVersion(replaces, path, version) {
  const r = replaces.find((x) => x.from === path && x.fromVersion === version) ?? replaces.find((x) => x.from === path && !x.fromVersion);
  if (!r) return { path, version };
  return r.toVersion ? { path: r.to, version: r.toVersion } : null;
}
__name(fetchedVersion, "fetchedVersion");

export {
  isValidSemver,
  compareSemver,
  fetchedVersion
};
