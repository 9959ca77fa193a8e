// Retracted requirements, offline: a module's author retracts versions in the go.mod of a newer
// version, and the go command applies the retractions of the module's latest version
// (cmd/go/internal/modload/modfile.go checkRetractions, queryLatestVersionIgnoringRetractions).
// Without the network, the latest version godiag can know is the newest whose .mod the module
// cache holds; the finding names it.
import type { Host } from './host.js';
import type { GoSumFacts } from '../facts/schema/gosum.js';
import type { ModFileSummary } from '../facts/schema/project.js';
import { parseModFile, retractionOf } from '../analyzers/gomod/parse.js';
import { compareSemver, isValidSemver } from '../knowledge/semver.js';
import { moduleDownloadFiles, moduleVersionsDir, unescapeModulePath } from '../knowledge/module-cache.js';

/**
 * The version "latest" would pick among those cached (modload/query.go): releases before
 * pre-releases and pseudo-versions, and +incompatible versions only when no other is there
 * (modfetch/coderepo.go skips them once a compatible version has a go.mod).
 */
export function latestOf(versions: readonly string[]): string | null {
  const rank = (v: string) => (v.endsWith('+incompatible') ? 2 : 0) + (/^v\d+\.\d+\.\d+(\+incompatible)?$/.test(v) ? 0 : 1);
  const valid = versions.filter(isValidSemver);
  if (!valid.length) return null;
  const best = Math.min(...valid.map(rank));
  return valid.filter((v) => rank(v) === best).sort(compareSemver).at(-1)!;
}

export async function collectRetractions(host: Host, gomodcache: string, requires: ModFileSummary['requires']): Promise<NonNullable<GoSumFacts['retractions']>> {
  const out: NonNullable<GoSumFacts['retractions']> = { latestRead: 0, retracted: [] };
  for (const req of requires) {
    const names = await host.readdir(moduleVersionsDir(gomodcache, req.path));
    const cached = (names ?? []).filter((n) => n.endsWith('.mod')).map((n) => unescapeModulePath(n.slice(0, -'.mod'.length)));
    const latest = latestOf(cached);
    // A requirement newer than anything cached: the module's latest go.mod is not here.
    if (!latest || latestOf([...cached, req.version]) !== latest) continue;
    const file = moduleDownloadFiles(gomodcache, req.path, latest).mod;
    const text = await host.readText(file, 4 << 20);
    if (text === null) continue;
    out.latestRead++;
    const r = retractionOf(parseModFile(text).retracts, req.version);
    if (r) out.retracted.push({ path: req.path, version: req.version, line: req.line, latest, retraction: r.value, rationale: r.rationale, file });
  }
  return out;
}
