// What Go's symbol names and source paths say about packages and modules.
import { unescapeModulePath } from '../../knowledge/module-cache.js';

/**
 * The import path of a function's package, as debug/gosym Sym.PackageName finds it (the text
 * before the first '.' after the last '/'), with the generic instantiation ("[...]") removed
 * and the linker's escapes undone (cmd/internal/objabi/path.go PathToPrefix writes '.' in the
 * last element as %2e: gopkg.in/yaml%2ev3). Null for compiler-generated names (go:, type:) and
 * names that carry no package.
 */
export function packageOfSymbol(name: string): string | null {
  const b = Buffer.from(name, 'utf8');
  const end = packageEnd(b, 0, b.length);
  return end < 0 ? null : packageText(b, 0, end);
}

const DOT = 0x2e, SLASH = 0x2f, BRACKET = 0x5b, COLON = 0x3a;

/**
 * Compiler-generated names: go1.20 renamed the "go." and "type." prefixes to "go:" and "type:"
 * (cmd/compile/internal/base/link.go ReservedImports), so in a go1.20 table a name starting
 * "go." is a package's (go.uber.org/zap.New), as debug/gosym Sym.PackageName reads it.
 */
function reservedPrefix(b: Uint8Array, start: number, limit: number, go120: boolean): boolean {
  if (b[start] === 0x67 && b[start + 1] === 0x6f) return separatorAt(b, start + 2, limit, go120); // go
  return b[start] === 0x74 && b[start + 1] === 0x79 && b[start + 2] === 0x70 && b[start + 3] === 0x65 && separatorAt(b, start + 4, limit, go120); // type
}

// A top-level function, not a closure: the bundle names every closure it creates (keepNames),
// which cost more than the test itself here, once per function name of a binary.
function separatorAt(b: Uint8Array, i: number, limit: number, go120: boolean): boolean {
  return i < limit && (b[i] === COLON || (!go120 && b[i] === DOT));
}

/**
 * Where the package part of the name in b[start, end) ends (the '.' packageOfSymbol cuts at),
 * or -1 when the name carries no package. On bytes, so a name table is read without a string per name.
 * go120Names: the name comes from a go1.20 table, where only "go:" and "type:" names are the compiler's.
 */
export function packageEnd(b: Uint8Array, start: number, end: number, go120Names = false): number {
  let limit = end;
  for (let i = start; i < end; i++) if (b[i] === BRACKET) { limit = i; break; }
  if (reservedPrefix(b, start, limit, go120Names)) return -1;
  let from = start;
  for (let i = limit - 1; i >= start; i--) if (b[i] === SLASH) { from = i; break; }
  for (let i = from; i < limit; i++) if (b[i] === DOT) return i === start ? -1 : i;
  return -1;
}

/**
 * Is the name in b[start, end) one of package pkg's (pkg: bytes packageEnd cut), as packageEnd
 * would find, in one scan instead of three? It is when the name starts with "pkg." and no '/'
 * follows before a '[' or its end: pkg's last element holds no '.' (escaped as %2e) and pkg is no
 * reserved prefix, so packageEnd stops at that same '.'.
 */
export function continuesPackage(b: Uint8Array, start: number, end: number, pkg: Uint8Array): boolean {
  const n = pkg.length;
  if (n === 0 || start + n >= end || b[start + n] !== DOT || !startsWithBytes(b, start, pkg)) return false;
  for (let i = start + n + 1; i < end && b[i] !== BRACKET; i++) if (b[i] === SLASH) return false;
  return true;
}

/** Do the bytes at b[at] begin with prefix? Compared in a loop: a native call per name of a table cost more than the bytes it looks at. */
export function startsWithBytes(b: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (b[at + i] !== prefix[i]) return false;
  return true;
}

/** The package text of b[start, end) (end from packageEnd), escapes undone. */
export function packageText(b: Buffer, start: number, end: number): string {
  const pkg = b.toString('utf8', start, end);
  return pkg.includes('%') ? unescapePath(pkg) : pkg;
}

/** objabi.PrefixToPath: %xx back to the byte. */
function unescapePath(s: string): string {
  return s.replace(/%([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface ModuleAtVersion {
  path: string;
  version: string;
  /** The directory of the module in the file path (…/golang.org/x/text@v0.14.0). */
  dir: string;
}

// golang.org/x/mod/module: versions are semver with a leading v; pseudo-versions and
// +incompatible included.
const AT_VERSION = /@(v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?)\//;

/**
 * A module@version directory in a source path: the module cache layout (GOMODCACHE/path@version/,
 * cmd/go/internal/modfetch/cache.go) or, under -trimpath, the path@version/ prefix Go writes in
 * its place. The module path is what follows GOMODCACHE: the text after .../pkg/mod/ (the
 * default GOPATH/pkg/mod), after `cacheRoot` (see moduleCacheRoot), else from the first element
 * that looks like a host name, as module paths begin.
 */
export function moduleOfFile(file: string, cacheRoot: string | null = null): ModuleAtVersion | null {
  const p = file.replace(/\\/g, '/');
  const m = AT_VERSION.exec(p);
  if (!m) return null;
  const before = p.slice(0, m.index);
  const cache = before.lastIndexOf('/pkg/mod/');
  let escaped: string;
  if (cache >= 0) escaped = before.slice(cache + '/pkg/mod/'.length);
  else if (!isAbsolute(before)) escaped = before;
  else if (cacheRoot && before.startsWith(`${cacheRoot}/`)) escaped = before.slice(cacheRoot.length + 1);
  else {
    const parts = before.split('/');
    const host = parts.findIndex(looksLikeHost);
    if (host < 0) return null;
    escaped = parts.slice(host).join('/');
  }
  if (!escaped || escaped.startsWith('cache/download/')) return null;
  return { path: unescapeModulePath(escaped), version: unescapeModulePath(m[1]!), dir: p.slice(0, m.index + m[0].length - 1) };
}

const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:/.test(p);
const looksLikeHost = (e: string) => e.includes('.') && !e.startsWith('.');

/**
 * GOMODCACHE of the build, when it is not GOPATH/pkg/mod: the directory before the toolchain
 * module (golang.org/toolchain@...), else the directory that most module@version paths can
 * start under (each path allows one start per element that looks like a host name).
 */
export function moduleCacheRoot(files: readonly string[]): string | null {
  const votes = new Map<string, number>();
  for (const file of files) {
    const p = file.replace(/\\/g, '/');
    const m = AT_VERSION.exec(p);
    if (!m || !isAbsolute(p) || p.includes('/pkg/mod/')) continue;
    const before = p.slice(0, m.index);
    if (before.endsWith('/golang.org/toolchain')) return before.slice(0, -'/golang.org/toolchain'.length);
    const parts = before.split('/');
    parts.forEach((e, i) => {
      if (i > 0 && looksLikeHost(e)) votes.set(parts.slice(0, i).join('/'), (votes.get(parts.slice(0, i).join('/')) ?? 0) + 1);
    });
  }
  let best: string | null = null;
  for (const [root, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && root.length < best.length)) best = root;
  return best;
}

/** The module that is the Go toolchain itself (GOTOOLCHAIN downloads: golang.org/toolchain@v0.0.1-go1.N.P.GOOS-GOARCH). */
export function toolchainVersion(m: ModuleAtVersion): string | null {
  if (m.path !== 'golang.org/toolchain') return null;
  return /-(go1[^.]*(?:\.\d+)*(?:rc\d+|beta\d+)?)\./.exec(m.version)?.[1] ?? null;
}
