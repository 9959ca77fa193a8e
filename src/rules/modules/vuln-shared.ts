import type { Advisory } from '../../facts/schema/vulns.js';
import { compareSemver } from '../../knowledge/semver.js';

export const VULN_SOURCES = ['https://go.dev/security/vuln/database', 'https://ossf.github.io/osv-schema/', 'https://pkg.go.dev/golang.org/x/mod/semver', 'https://go.dev/doc/security/vuln/'];

/** What version matching is and is not, said in every vulnerability finding. */
export const VERSION_MATCHING = 'This is version matching against the Go vulnerability database, not govulncheck\'s check of whether your code reaches the vulnerable symbols';

/** "GO-2024-1234 (fixed in v1.2.3)", the first few. */
export function listAdvisories(a: readonly Advisory[], max = 8): string {
  const shown = a.slice(0, max).map((x) => `${x.id}${x.fixed ? ` (fixed in ${x.fixed})` : ' (no fix)'}`).join(', ');
  return a.length > max ? `${shown} and ${a.length - max} more` : shown;
}

const fixesOf = (a: readonly Advisory[]) => a.map((x) => x.fixed).filter((f): f is string => !!f).sort(compareSemver);

/** The lowest version that fixes every advisory that has a fix. */
export function fixedInAll(a: readonly Advisory[]): string | null {
  return fixesOf(a).at(-1) ?? null;
}

/** The first version that fixes any of them. */
export function earliestFix(a: readonly Advisory[]): string | null {
  return fixesOf(a)[0] ?? null;
}

/** v1.26.9 → go1.26.9. */
export const semverToGo = (v: string) => v.replace(/^v(\d+\.\d+\.\d+)(?:-(rc|beta|alpha)\.(\d+))?$/, (_m, core: string, pre?: string, n?: string) => `go${core}${pre ? `${pre}${n}` : ''}`);
