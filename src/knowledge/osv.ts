// The Go vulnerability database's OSV entries (https://go.dev/security/vuln/database): each
// affected package names a module ("stdlib" for the standard library, "toolchain" for the go
// command) and SEMVER ranges of introduced/fixed events, written without the leading "v".
// Matching follows golang.org/x/vuln internal/osv and semver: a version is affected when some
// range has an "introduced" at or below it with no "fixed" between.
import { compareSemver, isValidSemver } from './semver.js';

export interface OsvEvent { introduced?: string; fixed?: string }
export interface OsvEntry {
  id: string;
  aliases?: string[];
  summary?: string;
  withdrawn?: string;
  affected?: Array<{ package?: { name?: string; ecosystem?: string }; ranges?: Array<{ type?: string; events?: OsvEvent[] }> }>;
}

export const STDLIB_MODULE = 'stdlib';
export const TOOLCHAIN_VULN_MODULE = 'toolchain';

/** OSV writes "1.19.0"; semver needs "v1.19.0". "0" stands for every version. */
export function osvToSemver(v: string): string {
  return v.startsWith('v') ? v : `v${v}`;
}

/**
 * go1.26.8 → v1.26.8, go1.21 → v1.21.0, go1.21rc2 → v1.21.0-rc.2, go1.20beta1 → v1.20.0-beta.1
 * (the mapping x/vuln internal/semver GoTagToSemver uses for stdlib versions).
 */
export function goVersionToSemver(go: string): string | null {
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(go.trim());
  if (!m) return null;
  const [, major, minor, patch, pre, n] = m;
  // Before Go 1.21, go1.N was the first release of 1.N (1.N.0); since then go1.N is the language version and go1.N.0 the release.
  return `v${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${n}` : ''}`;
}

export interface OsvMatch { id: string; aliases: string[]; summary: string; fixed: string | null }

/** The entries that affect module at version (semver, v-prefixed), with the fix to move to. */
export function affecting(entries: readonly OsvEntry[], module: string, version: string): OsvMatch[] {
  if (!isValidSemver(version)) return [];
  const out: OsvMatch[] = [];
  for (const e of entries) {
    if (e.withdrawn) continue;
    let hit = false;
    let fixed: string | null = null;
    for (const a of e.affected ?? []) {
      if (a.package?.name !== module) continue;
      for (const r of a.ranges ?? []) {
        if (r.type !== 'SEMVER') continue;
        const f = rangeHit(r.events ?? [], version);
        if (f.affected) { hit = true; if (f.fixed && (!fixed || compareSemver(f.fixed, fixed) > 0)) fixed = f.fixed; }
      }
      // An affected package with no ranges means every version.
      if (!(a.ranges ?? []).some((r) => r.type === 'SEMVER')) hit = true;
    }
    if (hit) out.push({ id: e.id, aliases: e.aliases ?? [], summary: e.summary ?? '', fixed });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Events in order: introduced opens a window, fixed closes it; version is inside or not. */
function rangeHit(events: readonly OsvEvent[], version: string): { affected: boolean; fixed: string | null } {
  const sorted = events
    .map((e) => ({ kind: e.introduced !== undefined ? 'i' : 'f', v: e.introduced !== undefined ? (e.introduced === '0' ? '' : osvToSemver(e.introduced)) : osvToSemver(e.fixed ?? '') }))
    .sort((a, b) => (a.v === '' ? -1 : b.v === '' ? 1 : compareSemver(a.v, b.v)));
  let affected = false;
  let fixed: string | null = null;
  for (const e of sorted) {
    if (e.v !== '' && compareSemver(version, e.v) < 0) { if (affected && e.kind === 'f') fixed = e.v; break; }
    affected = e.kind === 'i';
  }
  return { affected, fixed: affected ? fixed : null };
}
