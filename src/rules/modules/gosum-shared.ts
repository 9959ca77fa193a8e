import type { ModFileSummary } from '../../facts/schema/project.js';

/** Rules that weaken or bypass go.sum verification, named in these rules' texts. */
export const WEAKENING_RULES = 'GD501 (GOSUMDB=off), GD502 (broad GONOSUMDB/GOPRIVATE) and GD706 (GOFLAGS=-mod=mod in CI)';

/**
 * The module version go fetches (and go.sum names) for a requirement: a replace of that exact
 * version wins over a replace of every version (modload Replacement); a replacement by a local
 * directory is never fetched, so it needs no go.sum line (null).
 */
export function fetchedVersion(mod: ModFileSummary, path: string, version: string): { path: string; version: string } | null {
  const r = mod.replaces.find((x) => x.from === path && x.fromVersion === version) ?? mod.replaces.find((x) => x.from === path && !x.fromVersion);
  if (!r) return { path, version };
  return r.toVersion ? { path: r.to, version: r.toVersion } : null;
}
