// Which module version go fetches for a requirement, after go.mod's replace directives
// (cmd/go/internal/modload/modfile.go Replacement): a replace of that exact version wins over a
// replace of every version; a replacement by a local directory is never fetched (null).

export interface ReplaceDirective { from: string; fromVersion: string | null; to: string; toVersion: string | null }

export function fetchedVersion(replaces: readonly ReplaceDirective[], path: string, version: string): { path: string; version: string } | null {
  const r = replaces.find((x) => x.from === path && x.fromVersion === version) ?? replaces.find((x) => x.from === path && !x.fromVersion);
  if (!r) return { path, version };
  return r.toVersion ? { path: r.to, version: r.toVersion } : null;
}
