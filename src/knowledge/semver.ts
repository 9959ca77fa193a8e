// Module versions compared by golang.org/x/mod/semver (Compare, IsValid): v-prefixed semantic
// versions where vMAJOR and vMAJOR.MINOR are shorthands for .0, build metadata is ignored and
// pseudo-versions (v0.0.0-20211112202133-69e39bad7dc2) are pre-releases ordered by their text.

interface Parsed { major: string; minor: string; patch: string; prerelease: string }

function parse(v: string): Parsed | null {
  const m = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/.exec(v);
  if (!m) return null;
  const prerelease = m[4] ?? '';
  // Numeric pre-release identifiers must not have leading zeros (x/mod/semver isBadNum).
  if (prerelease && prerelease.slice(1).split('.').some((id) => /^0\d+$/.test(id))) return null;
  return { major: m[1]!, minor: m[2] ?? '0', patch: m[3] ?? '0', prerelease };
}

export function isValidSemver(v: string): boolean {
  return parse(v) !== null;
}

function compareInt(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrerelease(x: string, y: string): number {
  if (x === y) return 0;
  if (x === '') return 1;
  if (y === '') return -1;
  const a = x.slice(1).split('.');
  const b = y.slice(1).split('.');
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn !== qn) return pn ? -1 : 1;
    if (pn) return compareInt(p, q);
    return p < q ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** semver.Compare: an invalid version is less than every valid one, and equal to another invalid one. */
export function compareSemver(v: string, w: string): number {
  const a = parse(v);
  const b = parse(w);
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return compareInt(a.major, b.major) || compareInt(a.minor, b.minor) || compareInt(a.patch, b.patch) || comparePrerelease(a.prerelease, b.prerelease);
}
