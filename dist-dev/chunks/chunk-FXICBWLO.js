import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  parseModFile,
  retractionOf
} from "./chunk-SW3IABDB.js";
import {
  compareSemver,
  isValidSemver
} from "./chunk-MYFXW2B4.js";
import {
  defineCollector,
  earlierValue
} from "./chunk-7NBLZL43.js";
import {
  moduleDownloadFiles,
  moduleVersionsDir,
  unescapeModulePath
} from "./chunk-URFTV32G.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/retractions.ts
function latestOf(versions) {
  const rank = /* @__PURE__ */ __name((v) => (v.endsWith("+incompatible") ? 2 : 0) + (/^v\d+\.\d+\.\d+(\+incompatible)?$/.test(v) ? 0 : 1), "rank");
  const valid = versions.filter(isValidSemver);
  if (!valid.length) return null;
  const best = Math.min(...valid.map(rank));
  return valid.filter((v) => rank(v) === best).sort(compareSemver).at(-1);
}
__name(latestOf, "latestOf");
async function collectRetractions(host, gomodcache, goMods) {
  const out = { gomodcache, goMods: goMods.length, latestRead: 0, retracted: [], note: null };
  if (!gomodcache || !(await host.stat(gomodcache))?.isDir) {
    out.gomodcache = null;
    out.note = `no module cache${gomodcache ? ` at ${gomodcache}` : ""}: retracted requirements are not known offline`;
    return out;
  }
  for (const mod of goMods) {
    const replacedAll = new Set(mod.replaces.filter((r) => !r.fromVersion).map((r) => r.from));
    for (const req of mod.requires) {
      if (replacedAll.has(req.path)) continue;
      const names = await host.readdir(moduleVersionsDir(gomodcache, req.path));
      const cached = (names ?? []).filter((n) => n.endsWith(".mod")).map((n) => unescapeModulePath(n.slice(0, -".mod".length)));
      const latest = latestOf(cached);
      if (!latest || latestOf([...cached, req.version]) !== latest) continue;
      const file = moduleDownloadFiles(gomodcache, req.path, latest).mod;
      const text = await host.readText(file, 4 << 20);
      if (text === null) continue;
      out.latestRead++;
      const r = retractionOf(parseModFile(text).retracts, req.version);
      if (r) out.retracted.push({ goMod: mod.path, line: req.line, path: req.path, version: req.version, latest, file, retraction: r.value, rationale: r.rationale });
    }
  }
  return out;
}
__name(collectRetractions, "collectRetractions");
var retractionsCollector = defineCollector({
  area: "retractions",
  after: ["project", "goenv"],
  collect: /* @__PURE__ */ __name(async (host, _opts, earlier) => {
    const gomod = earlierValue(earlier, "project")?.gomod;
    return collectRetractions(host, earlierValue(earlier, "goenv")?.settings.GOMODCACHE?.value || null, gomod ? [gomod] : []);
  }, "collect")
});

export {
  collectRetractions,
  retractionsCollector
};
