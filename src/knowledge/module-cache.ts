// Where the go command keeps a module version in GOMODCACHE (cmd/go/internal/modfetch/cache.go):
// cache/download/<escaped path>/@v/<escaped version>.{info,mod,zip,ziphash}, and the extraction
// at <escaped path>@<escaped version>. Escaping (x/mod/module EscapePath, EscapeVersion) turns
// each upper-case letter into '!' and its lower case, for case-insensitive file systems.
import { splitPathList } from './path-list.js';

export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => '!' + c.toLowerCase());
}

/** golang.org/x/mod/module UnescapePath, UnescapeVersion: "!x" stands for "X". */
export function unescapeModulePath(s: string): string {
  return s.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The directory of a module's downloaded versions (<version>.mod, .zip ...), joined with '/'. */
export function moduleVersionsDir(gomodcache: string, modulePath: string): string {
  return `${gomodcache.replace(/[\\/]+$/, '')}/cache/download/${escapeModulePath(modulePath)}/@v`;
}

/** Joined with '/', which the go command also accepts on Windows. */
export function moduleDownloadFiles(gomodcache: string, modulePath: string, version: string) {
  const base = `${moduleVersionsDir(gomodcache, modulePath)}/${escapeModulePath(version)}`;
  return { mod: `${base}.mod`, zip: `${base}.zip`, ziphash: `${base}.ziphash`, dir: `${gomodcache.replace(/[\\/]+$/, '')}/${escapeModulePath(modulePath)}@${escapeModulePath(version)}` };
}

/**
 * GOMODCACHE when go is not asked (cmd/go/internal/cfg gopathDir): $GOPATH's first entry, else
 * $HOME/go, plus pkg/mod; none when that first entry is empty.
 */
export function defaultModCache(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string | null {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const home = env.HOME ?? env.USERPROFILE;
  const base = env.GOPATH ? splitPathList(env.GOPATH, platform)[0] : home ? `${home}/go` : null;
  return base ? `${base}/pkg/mod` : null;
}
