// Go version comparison by Go's own rules (go/version, internal/gover), never semver.
// Ordering: go1.21 (language version) < go1.21rc1 < go1.21.0 < go1.21.1.
// Source: src/internal/gover/gover.go, src/go/version/version.go.

interface Parsed {
  major: string;
  minor: string;
  patch: string;
  kind: string; // '', 'alpha', 'beta', 'rc'
  pre: string;
}

const EMPTY: Parsed = { major: '', minor: '', patch: '', kind: '', pre: '' };

function cutInt(x: string): [string, string] | null {
  let i = 0;
  while (i < x.length && x[i]! >= '0' && x[i]! <= '9') i++;
  if (i === 0 || (x[0] === '0' && i !== 1)) return null;
  return [x.slice(0, i), x.slice(i)];
}

/** Parse a version without the go prefix ("1.21rc2", "1.22.3"). */
function parse(x: string): Parsed {
  const v: Parsed = { ...EMPTY };
  let c = cutInt(x);
  if (!c) return EMPTY;
  [v.major, x] = c;
  if (x === '') return { ...v, minor: '0', patch: '0' };
  if (x[0] !== '.') return EMPTY;
  c = cutInt(x.slice(1));
  if (!c) return EMPTY;
  [v.minor, x] = c;
  if (x === '') return v;
  if (x[0] === '.') {
    c = cutInt(x.slice(1));
    if (!c || c[1] !== '') return EMPTY;
    v.patch = c[0];
    return v;
  }
  let i = 0;
  while (i < x.length && (x[i]! < '0' || x[i]! > '9')) {
    if (x[i]! < 'a' || x[i]! > 'z') return EMPTY;
    i++;
  }
  if (i === 0) return EMPTY;
  v.kind = x.slice(0, i);
  x = x.slice(i);
  if (x === '') return v;
  c = cutInt(x);
  if (!c || c[1] !== '') return EMPTY;
  v.pre = c[0];
  return v;
}

function cmpInt(x: string, y: string): number {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : 1;
}

/** Accept "go1.21.0", "1.21.0", "go1.21.0-bigcorp", "go1.21.0 X:boringcrypto". */
function strip(v: string): string {
  let s = v.trim().split(/\s/)[0] ?? '';
  s = s.split('-')[0]!.split('+')[0]!;
  return s.startsWith('go') ? s.slice(2) : s;
}

export function isValidGoVersion(v: string): boolean {
  const p = parse(strip(v));
  return p.major !== '';
}

/** -1, 0, 1. Invalid versions sort before all valid ones, like go/version.Compare. */
export function compareGoVersions(a: string, b: string): number {
  const x = parse(strip(a));
  const y = parse(strip(b));
  return (
    cmpInt(x.major, y.major) ||
    cmpInt(x.minor, y.minor) ||
    cmpInt(x.patch, y.patch) ||
    (x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1) ||
    cmpInt(x.pre, y.pre)
  );
}

/** The language version: "go1.21.3" → "go1.21"; "" when invalid. */
export function goLang(v: string): string {
  const p = parse(strip(v));
  if (p.major === '') return '';
  if (p.major === '1' && p.minor === '0') return 'go1';
  return `go${p.major}.${p.minor}`;
}

/** Normalise to the go-prefixed form; null when invalid. */
export function normalizeGoVersion(v: string): string | null {
  const s = strip(v);
  return parse(s).major === '' ? null : `go${s}`;
}

/** Is v a release (go1.N.P, or go1.N for Go ≤ 1.20 whose first releases had no .0)? */
export function isRelease(v: string): boolean {
  const p = parse(strip(v));
  return p.major !== '' && p.kind === '' && (p.patch !== '' || cmpInt(p.minor, '21') < 0);
}

export function maxGoVersion(versions: Iterable<string>): string | null {
  let best: string | null = null;
  for (const v of versions) if (isValidGoVersion(v) && (best === null || compareGoVersions(v, best) > 0)) best = v;
  return best;
}

/** Extract go1.N[.P][rcK] from free text such as `go version go1.26.8 linux/amd64`. */
export function findGoVersion(text: string): string | null {
  const m = /\bgo(\d+\.\d+(?:\.\d+)?(?:(?:rc|beta|alpha)\d+)?)\b/.exec(text);
  return m ? `go${m[1]}` : null;
}
