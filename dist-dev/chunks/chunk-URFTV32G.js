import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  splitPathList
} from "./chunk-EDRERVNO.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/module-cache.ts
function escapeModulePath(p) {
  return p.replace(/[A-Z]/g, (c) => "!" + c.toLowerCase());
}
__name(escapeModulePath, "escapeModulePath");
function unescapeModulePath(s) {
  return s.replace(/!([a-z])/g, (_, c) => c.toUpperCase());
}
__name(unescapeModulePath, "unescapeModulePath");
function moduleVersionsDir(gomodcache, modulePath) {
  return `${gomodcache.replace(/[\\/]+$/, "")}/cache/download/${escapeModulePath(modulePath)}/@v`;
}
__name(moduleVersionsDir, "moduleVersionsDir");
function moduleDownloadFiles(gomodcache, modulePath, version) {
  const base = `${moduleVersionsDir(gomodcache, modulePath)}/${escapeModulePath(version)}`;
  return { mod: `${base}.mod`, zip: `${base}.zip`, ziphash: `${base}.ziphash`, dir: `${gomodcache.replace(/[\\/]+$/, "")}/${escapeModulePath(modulePath)}@${escapeModulePath(version)}` };
}
__name(moduleDownloadFiles, "moduleDownloadFiles");
function defaultModCache(env, platform) {
  if (env.GOMODCACHE) return env.GOMODCACHE;
  const home = env.HOME ?? env.USERPROFILE;
  const base = env.GOPATH ? splitPathList(env.GOPATH, platform)[0] : home ? `${home}/go` : null;
  return base ? `${base}/pkg/mod` : null;
}
__name(defaultModCache, "defaultModCache");

export {
  escapeModulePath,
  unescapeModulePath,
  moduleVersionsDir,
  moduleDownloadFiles,
  defaultModCache
};
