import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  compareSemver,
  fetchedVersion,
  isValidSemver
} from "./chunk-MYFXW2B4.js";
import {
  defineCollector,
  earlierValue
} from "./chunk-7NBLZL43.js";
import {
  withNeutralDir
} from "./chunk-XVVG7EUA.js";
import {
  escapeModulePath
} from "./chunk-URFTV32G.js";
import {
  splitPathList
} from "./chunk-EDRERVNO.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/system/context.ts
function skip(ctx, fact, reason) {
  ctx.skipped.push({ fact, reason });
}
__name(skip, "skip");
async function readSmall(ctx, p, fact, maxBytes = 256 * 1024) {
  const text = await ctx.host.readText(p, maxBytes);
  if (text === null && fact) skip(ctx, fact, `${p} is missing or unreadable`);
  return text;
}
__name(readSmall, "readSmall");
async function runOut(ctx, file, args) {
  const r = await ctx.host.run(file, args, { timeoutMs: ctx.timeoutMs, maxBytes: 1024 * 1024 });
  if (r.timedOut) ctx.hung.push({ command: [file, ...args].join(" "), program: file, timeoutMs: ctx.timeoutMs });
  if (!r.ok || r.code !== 0 || r.timedOut) return null;
  return r.stdout;
}
__name(runOut, "runOut");
async function lookPath(host, program) {
  const isWin = host.platform === "win32";
  if (program.includes("/") || isWin && program.includes("\\")) return await host.isExecutable(program) ? program : null;
  const exts = isWin ? ["", ".exe", ".bat", ".cmd"] : [""];
  for (const dir of splitPathList(host.env.PATH ?? host.env.Path, host.platform)) {
    if (!(isWin ? /^([a-zA-Z]:)?[\\/]/.test(dir) : dir.startsWith("/"))) continue;
    for (const ext of exts) {
      const candidate = `${dir.replace(/[\\/]+$/, "")}${isWin ? "\\" : "/"}${program}${ext}`;
      if (await host.isExecutable(candidate)) return candidate;
    }
  }
  return null;
}
__name(lookPath, "lookPath");

// src/collectors/vulns.ts
import * as path from "node:path";

// src/knowledge/osv.ts
var STDLIB_MODULE = "stdlib";
var TOOLCHAIN_VULN_MODULE = "toolchain";
function osvToSemver(v) {
  return v.startsWith("v") ? v : `v${v}`;
}
__name(osvToSemver, "osvToSemver");
function goVersionToSemver(go) {
  const m = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(go.trim());
  if (!m) return null;
  const [, major, minor, patch, pre, n] = m;
  return `v${major}.${minor}.${patch ?? "0"}${pre ? `-${pre}.${n}` : ""}`;
}
__name(goVersionToSemver, "goVersionToSemver");
function affecting(entries, module, version) {
  if (!isValidSemver(version)) return [];
  const out = [];
  for (const e of entries) {
    if (e.withdrawn) continue;
    let hit = false;
    let fixed = null;
    for (const a of e.affected ?? []) {
      if (a.package?.name !== module) continue;
      for (const r of a.ranges ?? []) {
        if (r.type !== "SEMVER") continue;
        const f = rangeHit(r.events ?? [], version);
        if (f.affected) {
          hit = true;
          if (f.fixed && (!fixed || compareSemver(f.fixed, fixed) > 0)) fixed = f.fixed;
        }
      }
      if (!(a.ranges ?? []).some((r) => r.type === "SEMVER")) hit = true;
    }
    if (hit) out.push({ id: e.id, aliases: e.aliases ?? [], summary: e.summary ?? "", fixed });
  }
  return out.sort((a, b) => a.id < b.id ? -1 : 1);
}
__name(affecting, "affecting");
function rangeHit(events, version) {
  const sorted = events.map((e) => ({ kind: e.introduced !== void 0 ? "i" : "f", v: e.introduced !== void 0 ? e.introduced === "0" ? "" : osvToSemver(e.introduced) : osvToSemver(e.fixed ?? "") })).sort((a, b) => a.v === "" ? -1 : b.v === "" ? 1 : compareSemver(a.v, b.v));
  let affected = false;
  let fixed = null;
  for (const e of sorted) {
    if (e.v !== "" && compareSemver(version, e.v) < 0) {
      if (affected && e.kind === "f") fixed = e.v;
      break;
    }
    affected = e.kind === "i";
  }
  return { affected, fixed: affected ? fixed : null };
}
__name(rangeHit, "rangeHit");

// src/collectors/vulns.ts
var VULNDB_MODULE = "golang.org/x/vulndb";
var VULNDB_HOW_TO = "run `godiag vulndb update` (fetches golang.org/x/vulndb through your GOPROXY into the module cache) or pass --vulndb DIR (a directory of OSV .json files, e.g. the data/osv folder of golang.org/x/vulndb)";
async function newestInCache(host, gomodcache) {
  const p = host.platform === "win32" ? path.win32 : path.posix;
  const parent = p.join(gomodcache, ...escapeModulePath(VULNDB_MODULE).split("/").slice(0, -1));
  const prefix = `${escapeModulePath(VULNDB_MODULE).split("/").at(-1)}@`;
  const versions = (await host.readdir(parent) ?? []).filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length)).sort(compareSemver);
  for (const v of versions.reverse()) {
    const dir = p.join(parent, `${prefix}${v}`, "data", "osv");
    if ((await host.stat(dir))?.isDir) return { dir, version: v };
  }
  return null;
}
__name(newestInCache, "newestInCache");
async function readVulnDb(host, dir, from, version) {
  const p = host.platform === "win32" ? path.win32 : path.posix;
  if ((await host.stat(p.join(dir, "data", "osv")))?.isDir) dir = p.join(dir, "data", "osv");
  const names = await host.readdir(dir);
  if (names === null) return null;
  const entries = [];
  let unreadable = 0;
  for (const n of names.filter((x) => x.endsWith(".json"))) {
    const text = await host.readText(p.join(dir, n), 4 << 20);
    try {
      const e = JSON.parse(text ?? "");
      if (typeof e.id === "string") entries.push(e);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { dir, from, version, entries, unreadable };
}
__name(readVulnDb, "readVulnDb");
async function findVulnDb(host, flagDir, gomodcache) {
  if (flagDir) {
    const db = await readVulnDb(host, flagDir, "flag", null);
    if (!db) throw new Error(`--vulndb ${flagDir}: not a readable directory`);
    if (db.entries.length === 0) throw new Error(`--vulndb ${flagDir}: no OSV .json entries in ${db.dir}`);
    return db;
  }
  const cached = gomodcache ? await newestInCache(host, gomodcache) : null;
  return cached ? readVulnDb(host, cached.dir, "module-cache", cached.version) : null;
}
__name(findVulnDb, "findVulnDb");
async function collectVulns(host, earlier, flagDir) {
  const goenv = earlierValue(earlier, "goenv");
  const toolchains = earlierValue(earlier, "toolchains");
  const project = earlierValue(earlier, "project");
  const db = await findVulnDb(host, flagDir, goenv?.settings.GOMODCACHE?.value || null);
  if (!db) return { db: null, howTo: `no Go vulnerability database in the module cache${goenv?.settings.GOMODCACHE?.value ? ` (${goenv.settings.GOMODCACHE.value})` : ""}: ${VULNDB_HOW_TO}`, toolchain: null, modules: [], binaries: [] };
  const goVersion = goenv?.goVersion ?? toolchains?.installs[0]?.reportedVersion ?? null;
  const semver = goVersion ? goVersionToSemver(goVersion) : null;
  const mod = project?.gomod;
  const modules = mod ? requirementAdvisories(db, mod) : [];
  return {
    ...dbFacts(db),
    toolchain: goVersion && semver ? { goVersion, semver, stdlib: affecting(db.entries, STDLIB_MODULE, semver), goCommand: affecting(db.entries, TOOLCHAIN_VULN_MODULE, semver) } : null,
    modules,
    binaries: []
  };
}
__name(collectVulns, "collectVulns");
function requirementAdvisories(db, mod) {
  const out = [];
  for (const r of mod.requires) {
    const v = fetchedVersion(mod.replaces.map((x) => ({ ...x, fromVersion: x.fromVersion ?? null })), r.path, r.version);
    if (!v) continue;
    const advisories = affecting(db.entries, v.path, v.version);
    if (advisories.length) out.push({ path: v.path, version: v.version, file: mod.path, line: r.line, advisories });
  }
  return out;
}
__name(requirementAdvisories, "requirementAdvisories");
function matchModFiles(db, mods) {
  const modules = mods.filter((m) => m.kind === "go.mod").flatMap((m) => requirementAdvisories(db, { ...m, requires: m.requires ?? [] }));
  return { ...dbFacts(db), toolchain: null, modules, binaries: [] };
}
__name(matchModFiles, "matchModFiles");
var dbFacts = /* @__PURE__ */ __name((db) => ({ db: { dir: db.dir, from: db.from, version: db.version, entries: db.entries.length, unreadable: db.unreadable }, howTo: null }), "dbFacts");
function matchBinaries(db, artifacts) {
  const binaries = artifacts.binaries.filter((b) => b.goVersion || b.buildInfo).map((b) => {
    const goVersion = (b.buildInfo?.goVersion ?? b.goVersion)?.split(/\s/)[0] ?? null;
    const semver = goVersion ? goVersionToSemver(goVersion) : null;
    const modules = (b.buildInfo?.deps ?? []).map((d) => d.replace?.version ? { path: d.replace.path, version: d.replace.version } : { path: d.path, version: d.version }).map((m) => ({ ...m, advisories: affecting(db.entries, m.path, m.version) })).filter((m) => m.advisories.length > 0);
    return { path: b.path, goVersion, stdlib: semver ? affecting(db.entries, STDLIB_MODULE, semver) : [], modules };
  });
  return { ...dbFacts(db), toolchain: null, modules: [], binaries };
}
__name(matchBinaries, "matchBinaries");
async function updateVulnDb(host, goBinary, timeoutMs) {
  return withNeutralDir(host, async (cwd) => {
    const r = await host.run(goBinary, ["mod", "download", "-json", `${VULNDB_MODULE}@latest`], { cwd, env: { ...host.env, GOTOOLCHAIN: "local" }, timeoutMs, maxBytes: 1 << 20 });
    let info = {};
    try {
      info = JSON.parse(r.stdout);
    } catch {
    }
    if (!info.Dir || info.Error) return { dir: null, version: null, error: info.Error ?? (r.timedOut ? `timed out after ${timeoutMs} ms` : (r.stderr || r.error || `go exited ${r.code}`).trim().slice(0, 2e3)) };
    return { dir: info.Dir, version: info.Version ?? null, error: null };
  });
}
__name(updateVulnDb, "updateVulnDb");
var vulnsCollector = defineCollector({
  area: "vulns",
  after: ["goenv", "toolchains", "project"],
  collect: /* @__PURE__ */ __name((host, opts, earlier) => collectVulns(host, earlier, opts.vulndb), "collect")
});

export {
  skip,
  readSmall,
  runOut,
  lookPath,
  VULNDB_HOW_TO,
  readVulnDb,
  findVulnDb,
  matchModFiles,
  matchBinaries,
  updateVulnDb,
  vulnsCollector
};
