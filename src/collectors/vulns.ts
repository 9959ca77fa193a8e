// The vulns area: the Go vulnerability database read offline (OSV files of golang.org/x/vulndb
// in the module cache, or --vulndb DIR) and matched by version against the go that runs here
// and go.mod's requirements. Nothing is fetched: `godiag vulndb update` does that, on request.
import * as path from 'node:path';
import { defineCollector, earlierValue, type Partial_ } from './collector.js';
import type { Host } from './host.js';
import type { VulnsFacts } from '../facts/schema/vulns.js';
import type { ArtifactsFacts } from '../facts/schema/artifacts.js';
import { affecting, goVersionToSemver, STDLIB_MODULE, TOOLCHAIN_VULN_MODULE, type OsvEntry } from '../knowledge/osv.js';
import { compareSemver } from '../knowledge/semver.js';
import { escapeModulePath } from '../knowledge/module-cache.js';
import { fetchedVersion } from '../knowledge/gomod-replace.js';
import { withNeutralDir } from './neutral-dir.js';

export const VULNDB_MODULE = 'golang.org/x/vulndb';
export const VULNDB_HOW_TO = 'run `godiag vulndb update` (fetches golang.org/x/vulndb through your GOPROXY into the module cache) or pass --vulndb DIR (a directory of OSV .json files, e.g. the data/osv folder of golang.org/x/vulndb)';

export interface VulnDb { dir: string; from: 'flag' | 'module-cache'; version: string | null; entries: OsvEntry[]; unreadable: number }

/** The newest golang.org/x/vulndb@<version> extraction in the module cache, as its data/osv folder. */
async function newestInCache(host: Host, gomodcache: string): Promise<{ dir: string; version: string } | null> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const parent = p.join(gomodcache, ...escapeModulePath(VULNDB_MODULE).split('/').slice(0, -1));
  const prefix = `${escapeModulePath(VULNDB_MODULE).split('/').at(-1)}@`;
  const versions = ((await host.readdir(parent)) ?? []).filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).sort(compareSemver);
  for (const v of versions.reverse()) {
    const dir = p.join(parent, `${prefix}${v}`, 'data', 'osv');
    if ((await host.stat(dir))?.isDir) return { dir, version: v };
  }
  return null;
}

/** Every OSV entry of a directory (a module root with data/osv is accepted too). */
export async function readVulnDb(host: Host, dir: string, from: VulnDb['from'], version: string | null): Promise<VulnDb | null> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  if ((await host.stat(p.join(dir, 'data', 'osv')))?.isDir) dir = p.join(dir, 'data', 'osv');
  const names = await host.readdir(dir);
  if (names === null) return null;
  const entries: OsvEntry[] = [];
  let unreadable = 0;
  for (const n of names.filter((x) => x.endsWith('.json'))) {
    const text = await host.readText(p.join(dir, n), 4 << 20);
    try {
      const e = JSON.parse(text ?? '') as OsvEntry;
      if (typeof e.id === 'string') entries.push(e); else unreadable++;
    } catch { unreadable++; }
  }
  return { dir, from, version, entries, unreadable };
}

export async function findVulnDb(host: Host, flagDir: string | undefined, gomodcache: string | null): Promise<VulnDb | null> {
  if (flagDir) {
    const db = await readVulnDb(host, flagDir, 'flag', null);
    if (!db) throw new Error(`--vulndb ${flagDir}: not a readable directory`);
    if (db.entries.length === 0) throw new Error(`--vulndb ${flagDir}: no OSV .json entries in ${db.dir}`);
    return db;
  }
  const cached = gomodcache ? await newestInCache(host, gomodcache) : null;
  return cached ? readVulnDb(host, cached.dir, 'module-cache', cached.version) : null;
}

export async function collectVulns(host: Host, earlier: Partial_, flagDir?: string): Promise<VulnsFacts> {
  const goenv = earlierValue(earlier, 'goenv');
  const toolchains = earlierValue(earlier, 'toolchains');
  const project = earlierValue(earlier, 'project');
  const db = await findVulnDb(host, flagDir, goenv?.settings.GOMODCACHE?.value || null);
  if (!db) return { db: null, howTo: `no Go vulnerability database in the module cache${goenv?.settings.GOMODCACHE?.value ? ` (${goenv.settings.GOMODCACHE.value})` : ''}: ${VULNDB_HOW_TO}`, toolchain: null, modules: [], binaries: [] };
  const goVersion = goenv?.goVersion ?? toolchains?.installs[0]?.reportedVersion ?? null;
  const semver = goVersion ? goVersionToSemver(goVersion) : null;
  const mod = project?.gomod;
  const modules = mod ? requirementAdvisories(db, mod) : [];
  return {
    ...dbFacts(db),
    toolchain: goVersion && semver ? { goVersion, semver, stdlib: affecting(db.entries, STDLIB_MODULE, semver), goCommand: affecting(db.entries, TOOLCHAIN_VULN_MODULE, semver) } : null,
    modules,
    binaries: [],
  };
}

/** A go.mod's requirements (as replace directives make them) that have advisories at their version. */
function requirementAdvisories(db: VulnDb, mod: GoModRequirements): VulnsFacts['modules'] {
  const out: VulnsFacts['modules'] = [];
  for (const r of mod.requires) {
    const v = fetchedVersion(mod.replaces.map((x) => ({ ...x, fromVersion: x.fromVersion ?? null })), r.path, r.version);
    if (!v) continue;
    const advisories = affecting(db.entries, v.path, v.version);
    if (advisories.length) out.push({ path: v.path, version: v.version, file: mod.path, line: r.line, advisories });
  }
  return out;
}

interface GoModRequirements {
  path: string;
  requires: readonly { path: string; version: string; line: number }[];
  replaces: readonly { from: string; fromVersion?: string | null; to: string; toVersion: string | null }[];
}

/** lint --vuln: the requirements of every go.mod linted (go.work files name no versions). */
export function matchModFiles(db: VulnDb, mods: readonly (Omit<GoModRequirements, 'requires'> & { kind: string; requires?: GoModRequirements['requires'] })[]): VulnsFacts {
  const modules = mods.filter((m) => m.kind === 'go.mod').flatMap((m) => requirementAdvisories(db, { ...m, requires: m.requires ?? [] }));
  return { ...dbFacts(db), toolchain: null, modules, binaries: [] };
}

const dbFacts = (db: VulnDb) => ({ db: { dir: db.dir, from: db.from, version: db.version, entries: db.entries.length, unreadable: db.unreadable }, howTo: null });

/**
 * inspect: each Go binary's standard library, by the Go version that built it, and each module
 * of its build info (replacements as built), matched by version.
 */
export function matchBinaries(db: VulnDb, artifacts: ArtifactsFacts): VulnsFacts {
  const binaries = artifacts.binaries.filter((b) => b.goVersion || b.buildInfo).map((b) => {
    const goVersion = (b.buildInfo?.goVersion ?? b.goVersion)?.split(/\s/)[0] ?? null;
    const semver = goVersion ? goVersionToSemver(goVersion) : null;
    const modules = (b.buildInfo?.deps ?? []).map((d) => (d.replace?.version ? { path: d.replace.path, version: d.replace.version } : { path: d.path, version: d.version }))
      .map((m) => ({ ...m, advisories: affecting(db.entries, m.path, m.version) }))
      .filter((m) => m.advisories.length > 0);
    return { path: b.path, goVersion, stdlib: semver ? affecting(db.entries, STDLIB_MODULE, semver) : [], modules };
  });
  return { ...dbFacts(db), toolchain: null, modules: [], binaries };
}

/**
 * `godiag vulndb update`: `go mod download golang.org/x/vulndb@latest` with the user's own
 * settings (GOPROXY, GOSUMDB, GOFLAGS, their go env file), from a neutral directory.
 */
export async function updateVulnDb(host: Host, goBinary: string, timeoutMs: number): Promise<{ dir: string | null; version: string | null; error: string | null }> {
  return withNeutralDir(host, async (cwd) => {
    const r = await host.run(goBinary, ['mod', 'download', '-json', `${VULNDB_MODULE}@latest`], { cwd, env: { ...host.env, GOTOOLCHAIN: 'local' }, timeoutMs, maxBytes: 1 << 20 });
    let info: { Dir?: string; Version?: string; Error?: string } = {};
    try { info = JSON.parse(r.stdout) as typeof info; } catch { /* reported below */ }
    if (!info.Dir || info.Error) return { dir: null, version: null, error: info.Error ?? (r.timedOut ? `timed out after ${timeoutMs} ms` : (r.stderr || r.error || `go exited ${r.code}`).trim().slice(0, 2000)) };
    return { dir: info.Dir, version: info.Version ?? null, error: null };
  });
}

export const vulnsCollector = defineCollector({
  area: 'vulns',
  after: ['goenv', 'toolchains', 'project'],
  collect: (host, opts, earlier) => collectVulns(host, earlier, opts.vulndb),
});
