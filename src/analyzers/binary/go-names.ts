// What Go's symbol names and source paths say about packages and modules.

/**
 * The import path of a function's package, as debug/gosym Sym.PackageName finds it (the text
 * before the first '.' after the last '/'), with the generic instantiation ("[...]") removed
 * and the linker's escapes undone (cmd/internal/objabi/path.go PathToPrefix writes '.' in the
 * last element as %2e: gopkg.in/yaml%2ev3). Null for compiler-generated names (go:, type:) and
 * names that carry no package.
 */
export function packageOfSymbol(name: string): string | null {
  const bracket = name.indexOf('[');
  const plain = bracket >= 0 ? name.slice(0, bracket) : name;
  // go1.20 renamed "go." and "type." to "go:" and "type:" (cmd/compile/internal/base/link.go ReservedImports).
  if (/^(go|type)[.:]/.test(plain)) return null;
  const slash = plain.lastIndexOf('/');
  const dot = plain.indexOf('.', slash < 0 ? 0 : slash);
  if (dot <= 0) return null;
  const pkg = plain.slice(0, dot);
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
 * its place. The module path is what follows GOMODCACHE; without the cache's own pkg/mod we take
 * it from the first element that looks like a host name (holds a dot), as module paths begin.
 */
export function moduleOfFile(file: string): ModuleAtVersion | null {
  const p = file.replace(/\\/g, '/');
  const m = AT_VERSION.exec(p);
  if (!m) return null;
  const before = p.slice(0, m.index);
  const cache = before.lastIndexOf('/pkg/mod/');
  let escaped: string;
  if (cache >= 0) escaped = before.slice(cache + '/pkg/mod/'.length);
  else if (!before.startsWith('/') && !/^[A-Za-z]:/.test(before)) escaped = before;
  else {
    const parts = before.split('/');
    const host = parts.findIndex((e, i) => i > 0 && e.includes('.') && !/^\.+$/.test(e));
    if (host < 0) return null;
    escaped = parts.slice(host).join('/');
  }
  if (!escaped || escaped.startsWith('cache/download/')) return null;
  return { path: unescapeModulePath(escaped), version: unescapeModulePath(m[1]!), dir: p.slice(0, m.index + m[0].length - 1) };
}

/** golang.org/x/mod/module UnescapePath: "!x" stands for "X" in the module cache. */
export function unescapeModulePath(s: string): string {
  return s.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The module that is the Go toolchain itself (GOTOOLCHAIN downloads: golang.org/toolchain@v0.0.1-go1.N.P.GOOS-GOARCH). */
export function toolchainVersion(m: ModuleAtVersion): string | null {
  if (m.path !== 'golang.org/toolchain') return null;
  return /-(go1[^.]*(?:\.\d+)*(?:rc\d+|beta\d+)?)\./.exec(m.version)?.[1] ?? null;
}
