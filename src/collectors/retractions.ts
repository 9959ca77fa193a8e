// Retracted requirements, offline: a module's author retracts versions in the go.mod of a newer
// version, and the go command applies the retractions of the module's latest version
// (cmd/go/internal/modload/modfile.go checkRetractions, queryLatestVersionIgnoringRetractions).
// Without the network, the latest version godiag can know is the newest whose .mod the module
// cache holds; the finding names it. doctor asks about the project's go.mod, lint about every
// go.mod it reads.
import { defineCollector, earlierValue } from './collector.js';
import type { Host } from './host.js';
import type { RetractionsFacts } from '../facts/schema/retractions.js';
import { parseModFile, retractionOf, type Retraction } from '../analyzers/gomod/parse.js';
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

/** What collectRetractions needs of a go.mod: where it is, what it requires, what it replaces. */
export interface RequiringGoMod {
  path: string;
  requires: readonly { path: string; version: string; line: number }[];
  replaces: readonly { from: string; fromVersion?: string | null }[];
}

export async function collectRetractions(host: Host, gomodcache: string | null, goMods: readonly RequiringGoMod[]): Promise<RetractionsFacts> {
  const out: RetractionsFacts = { gomodcache, goMods: goMods.length, latestRead: 0, retracted: [], note: null };
  if (!gomodcache || !(await host.stat(gomodcache))?.isDir) {
    out.gomodcache = null;
    out.note = `no module cache${gomodcache ? ` at ${gomodcache}` : ''}: retracted requirements are not known offline`;
    return out;
  }
  // Modules of one repository require the same modules: each one's cache is read once.
  const seen = new Map<string, Promise<LatestGoMod | null>>();
  for (const mod of goMods) {
    // A replacement of every version is what builds: its retractions are not loaded (checkRetractions).
    const replacedAll = new Set(mod.replaces.filter((r) => !r.fromVersion).map((r) => r.from));
    for (const req of mod.requires) {
      if (replacedAll.has(req.path)) continue;
      let known = seen.get(req.path);
      if (!known) seen.set(req.path, (known = latestGoMod(host, gomodcache, req.path)));
      const latest = await known;
      // A requirement newer than anything cached: the module's latest go.mod is not here.
      if (!latest || latestOf([...latest.cached, req.version]) !== latest.version) continue;
      out.latestRead++;
      const r = retractionOf(latest.retracts, req.version);
      if (r) out.retracted.push({ goMod: mod.path, line: req.line, path: req.path, version: req.version, latest: latest.version, file: latest.file, retraction: r.value, rationale: r.rationale });
    }
  }
  return out;
}

interface LatestGoMod { version: string; cached: string[]; file: string; retracts: Retraction[] }

/** The newest version of a module whose go.mod the cache holds, and that go.mod's retractions. */
async function latestGoMod(host: Host, gomodcache: string, modulePath: string): Promise<LatestGoMod | null> {
  const names = await host.readdir(moduleVersionsDir(gomodcache, modulePath));
  const cached = (names ?? []).filter((n) => n.endsWith('.mod')).map((n) => unescapeModulePath(n.slice(0, -'.mod'.length)));
  const version = latestOf(cached);
  if (!version) return null;
  const file = moduleDownloadFiles(gomodcache, modulePath, version).mod;
  const text = await host.readText(file, 4 << 20);
  return text === null ? null : { version, cached, file, retracts: parseModFile(text).retracts };
}

export const retractionsCollector = defineCollector({
  area: 'retractions',
  after: ['project', 'goenv'],
  collect: async (host, _opts, earlier) => {
    const gomod = earlierValue(earlier, 'project')?.gomod;
    return collectRetractions(host, earlierValue(earlier, 'goenv')?.settings.GOMODCACHE?.value || null, gomod ? [gomod] : []);
  },
});
