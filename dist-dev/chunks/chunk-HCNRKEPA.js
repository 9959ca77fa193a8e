import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  matchingPattern
} from "./chunk-CBPLS572.js";
import {
  compareGoVersions,
  isValidGoVersion
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/govcs.ts
var DEFAULT_RULES = [{ pattern: "private", allowed: ["all"] }, { pattern: "public", allowed: ["git", "hg"] }];
function parseGovcs(value) {
  const s = value.trim();
  if (s === "") return { rules: DEFAULT_RULES, error: null };
  const rules = [];
  const have = /* @__PURE__ */ new Map();
  for (const raw of s.split(",")) {
    const item = raw.trim();
    if (item === "") return { rules: [], error: "empty entry in GOVCS" };
    const colon = item.indexOf(":");
    if (colon < 0) return { rules: [], error: `malformed entry in GOVCS (missing colon): ${JSON.stringify(item)}` };
    const pattern = item.slice(0, colon).trim();
    const list = item.slice(colon + 1).trim();
    if (pattern === "") return { rules: [], error: `empty pattern in GOVCS: ${JSON.stringify(item)}` };
    if (list === "") return { rules: [], error: `empty VCS list in GOVCS: ${JSON.stringify(item)}` };
    if (pattern === "." || pattern === ".." || pattern.startsWith("./") || pattern.startsWith("../")) return { rules: [], error: `relative pattern not allowed in GOVCS: ${JSON.stringify(pattern)}` };
    const old = have.get(pattern);
    if (old) return { rules: [], error: `unreachable pattern in GOVCS: ${JSON.stringify(item)} after ${JSON.stringify(old)}` };
    have.set(pattern, item);
    const allowed = list.split("|").map((a) => a.trim());
    if (allowed.some((a) => a === "")) return { rules: [], error: `empty VCS name in GOVCS: ${JSON.stringify(item)}` };
    rules.push({ pattern, allowed });
  }
  return { rules: [...rules, ...DEFAULT_RULES], error: null };
}
__name(parseGovcs, "parseGovcs");
function govcsRefusal(govcs, goprivate, root, vcs) {
  const { rules, error } = parseGovcs(govcs);
  if (error) return error;
  const isPrivate = matchingPattern(goprivate, root) !== null;
  for (const rule of rules) {
    const match = rule.pattern === "private" ? isPrivate : rule.pattern === "public" ? !isPrivate : matchingPattern(rule.pattern, root) !== null;
    if (!match) continue;
    if (rule.allowed.some((a) => a === vcs || a === "all")) return null;
    break;
  }
  return `GOVCS disallows using ${vcs} for ${isPrivate ? "private" : "public"} ${root}; see 'go help vcs'`;
}
__name(govcsRefusal, "govcsRefusal");

// src/knowledge/gosumdb.ts
import { createHash } from "node:crypto";
var KNOWN_SUMDB_KEYS = {
  "sum.golang.org": "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"
};
var DEFAULT_GOSUMDB = "sum.golang.org";
function parseGosumdb(value) {
  let v = value;
  if (v === "sum.golang.google.cn") v = "sum.golang.org https://sum.golang.google.cn";
  if (v === "off") return { kind: "off" };
  const fields = v.split(/\s+/).filter(Boolean);
  if (fields.length === 0) return { kind: "invalid", error: "missing GOSUMDB" };
  if (fields.length > 2) return { kind: "invalid", error: "invalid GOSUMDB: too many fields" };
  const known = KNOWN_SUMDB_KEYS[fields[0]];
  const key = known ?? fields[0];
  const verifier = verifierProblem(key);
  if (verifier) return { kind: "invalid", error: `invalid GOSUMDB: ${verifier} (${fields[0]} is neither a known database name nor name+hash+key)` };
  const name = key.slice(0, key.indexOf("+"));
  if (name.endsWith("/") || !/^[^/\s:@?#]+(\/[^\s:@?#]*)?$/.test(name)) {
    return { kind: "invalid", error: `invalid sumdb name (must be host[/path]): ${name}` };
  }
  const url = fields[1] ?? null;
  if (url !== null && !/^[a-z][a-z0-9+.-]*:/i.test(url)) return { kind: "invalid", error: `invalid GOSUMDB URL: ${url}` };
  return { kind: "db", name, key, url, known: known !== void 0 };
}
__name(parseGosumdb, "parseGosumdb");
function verifierProblem(vkey) {
  const cut = /* @__PURE__ */ __name((t) => {
    const i = t.indexOf("+");
    return i < 0 ? [t, ""] : [t.slice(0, i), t.slice(i + 1)];
  }, "cut");
  const [name, rest] = cut(vkey);
  const [hash16, key64] = cut(rest);
  const key = /^[A-Za-z0-9+/]*={0,2}$/.test(key64) && key64.length % 4 === 0 ? Buffer.from(key64, "base64") : null;
  if (hash16.length !== 8 || !/^[0-9a-fA-F]{8}$/.test(hash16) || !key || key.length === 0 || name === "" || /\s|\+/.test(name)) {
    return "malformed verifier id";
  }
  const sum = createHash("sha256").update(name).update("\n").update(key).digest();
  if (sum.readUInt32BE(0) !== parseInt(hash16, 16)) return "invalid verifier hash";
  if (key[0] !== 1) return "unknown verifier algorithm";
  if (key.length !== 33) return "malformed verifier id";
  return null;
}
__name(verifierProblem, "verifierProblem");

// src/knowledge/goproxy.ts
var DEFAULT_GOPROXY = "https://proxy.golang.org,direct";
var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
function memo(parse) {
  const cache = /* @__PURE__ */ new Map();
  return (value) => {
    let hit = cache.get(value);
    if (hit === void 0) {
      if (cache.size > 64) cache.clear();
      hit = parse(value);
      cache.set(value, hit);
    }
    return hit;
  };
}
__name(memo, "memo");
var parseGoproxy = memo(parseGoproxyUncached);
function parseGoproxyUncached(value) {
  const entries = [];
  let rest = value;
  let ended = false;
  const ignored = [];
  while (rest !== "") {
    const i = rest.search(/[,|]/);
    let raw;
    let fallBackOnError = false;
    if (i >= 0) {
      raw = rest.slice(0, i);
      fallBackOnError = rest[i] === "|";
      rest = rest.slice(i + 1);
    } else {
      raw = rest;
      rest = "";
    }
    const url0 = raw.trim();
    if (url0 === "") continue;
    if (ended) {
      ignored.push(url0);
      continue;
    }
    if (url0 === "off" || url0 === "direct") {
      entries.push({ kind: url0, url: url0, raw, fallBackOnError: false, hasUserinfo: false });
      ended = true;
      continue;
    }
    let url = url0;
    if (/[.:/]/.test(url) && !url.includes(":/") && !isAbsolutePath(url)) url = "https://" + url;
    const problem = proxyUrlProblem(url);
    if (problem) return { entries, ignored, error: problem };
    entries.push({ kind: "proxy", url, raw, fallBackOnError, hasUserinfo: hasUserinfo(url) });
  }
  if (entries.length === 0) return { entries, ignored, error: "GOPROXY list is not the empty string, but contains no entries" };
  return { entries, ignored, error: null };
}
__name(parseGoproxyUncached, "parseGoproxyUncached");
function isAbsolutePath(p) {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
__name(isAbsolutePath, "isAbsolutePath");
function proxyUrlProblem(url) {
  const m = SCHEME.exec(url);
  const scheme = m ? m[1].toLowerCase() : "";
  const shown = redactUserinfo(url);
  if (scheme === "http" || scheme === "https") return null;
  if (scheme === "file") {
    return /^file:\/\/[^/]/.test(url) || /[?#]/.test(url) ? `invalid file:// proxy URL with non-path elements: ${shown}` : null;
  }
  if (scheme === "") return `invalid proxy URL missing scheme: ${shown}`;
  return `invalid proxy URL scheme (must be https, http, file): ${shown}`;
}
__name(proxyUrlProblem, "proxyUrlProblem");
function hasUserinfo(url) {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url) || !url.includes("://") && /^[^/?#\s]*@/.test(url);
}
__name(hasUserinfo, "hasUserinfo");
function redactUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1xxxxx@").replace(/^(?![a-z][a-z0-9+.-]*:\/\/)[^/?#\s]*@/i, "xxxxx@");
}
__name(redactUserinfo, "redactUserinfo");
function proxyHost(url) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#]*@)?([^/?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : null;
}
__name(proxyHost, "proxyHost");
function routeEnvFrom(get) {
  const priv = get("GOPRIVATE") ?? "";
  const or = /* @__PURE__ */ __name((k, d) => {
    const v = get(k);
    return v === void 0 || v === "" ? d : v;
  }, "or");
  return {
    GOPROXY: get("GOPROXY") ?? DEFAULT_GOPROXY,
    GOSUMDB: get("GOSUMDB") ?? DEFAULT_GOSUMDB,
    GOPRIVATE: priv,
    GONOPROXY: or("GONOPROXY", priv),
    GONOSUMDB: or("GONOSUMDB", priv),
    GOINSECURE: get("GOINSECURE") ?? "",
    GOFLAGS: get("GOFLAGS") ?? "",
    GOVCS: get("GOVCS") ?? ""
  };
}
__name(routeEnvFrom, "routeEnvFrom");
var KNOWN_HOST_VCS = [
  [/^github\.com\//, "git"],
  [/^bitbucket\.org\//, "git"],
  [/^hub\.jazz\.net\/git\//, "git"],
  [/^git\.apache\.org\//, "git"],
  [/^git\.openstack\.org\//, "git"],
  [/^launchpad\.net\//, "bzr"],
  [/^chiselapp\.com\//, "fossil"]
];
function vcsFromPath(module) {
  for (const [re, vcs] of KNOWN_HOST_VCS) if (re.test(module)) return vcs;
  const m = /\.(git|hg|svn|bzr|fossil)(\/|$)/.exec(module);
  return m ? m[1] : null;
}
__name(vcsFromPath, "vcsFromPath");
function goflagsList(goflags) {
  return goflags.split(/\s+/).filter(Boolean);
}
__name(goflagsList, "goflagsList");
var parseGosumdbCached = memo(parseGosumdb);
function sumdbVia(db, proxies) {
  if (db.kind !== "db") return [];
  if (db.url) return [db.url];
  const via = [];
  for (const p of proxies) {
    if (p.kind !== "proxy") break;
    via.push(`${p.url.replace(/\/$/, "")}/sumdb/${db.name}`);
  }
  via.push(`https://${db.name}`);
  return via;
}
__name(sumdbVia, "sumdbVia");
function routeModule(env, module) {
  const proxy = parseGoproxy(env.GOPROXY);
  const db = parseGosumdbCached(env.GOSUMDB);
  const noProxyPattern = matchingPattern(env.GONOPROXY, module);
  const insecurePattern = matchingPattern(env.GOINSECURE, module);
  const vendorOnly = goflagsList(env.GOFLAGS).some((f) => /^--?mod=vendor$/.test(f));
  const sumdb = sumdbDecision(env, db, module, proxy.entries);
  const base = { module, noProxyPattern, insecurePattern, vcs: vcsFromPath(module), sumdb, vendorOnly };
  if (proxy.error) return { ...base, steps: [], direct: false, govcs: null, error: proxy.error };
  let steps;
  if (noProxyPattern !== null) {
    steps = [{ kind: "direct", url: "direct", fallThrough: "never" }];
  } else {
    steps = proxy.entries.map((e, i) => ({
      kind: e.kind,
      url: e.url,
      fallThrough: i === proxy.entries.length - 1 || e.kind !== "proxy" ? "never" : e.fallBackOnError ? "any-error" : "not-found"
    }));
  }
  const direct = steps.some((s) => s.kind === "direct");
  return { ...base, steps, direct, govcs: direct ? govcsRefusal(env.GOVCS ?? "", env.GOPRIVATE, module, base.vcs ?? "git") : null, error: null };
}
__name(routeModule, "routeModule");
function sumdbDecision(env, db, module, proxies) {
  const name = db.kind === "db" ? db.name : null;
  if (module === "golang.org/toolchain") {
    return { consulted: true, reason: "toolchain-always", pattern: null, name, via: sumdbVia(db, proxies) };
  }
  if (db.kind === "off") return { consulted: false, reason: "gosumdb-off", pattern: null, name: null, via: [] };
  const pattern = matchingPattern(env.GONOSUMDB, module);
  if (pattern !== null) return { consulted: false, reason: "gonosumdb", pattern, name, via: [] };
  if (db.kind === "invalid") return { consulted: true, reason: "invalid", pattern: null, name: null, via: [] };
  return { consulted: true, reason: "default", pattern: null, name, via: sumdbVia(db, proxies) };
}
__name(sumdbDecision, "sumdbDecision");

// src/knowledge/toolchain-names.ts
function versionFromToolchain(name) {
  if (/[\\/]/.test(name)) return "";
  let v;
  if (name.startsWith("go")) v = name.slice(2);
  else {
    const i = name.indexOf("-go");
    if (i < 0) return "";
    v = name.slice(i + 3);
  }
  v = v.split(/[ \t-]/)[0];
  return isValidGoVersion(v) ? v : "";
}
__name(versionFromToolchain, "versionFromToolchain");
function isLang(v) {
  return /^\d+\.\d+$/.test(v);
}
__name(isLang, "isLang");
var FIRST_SWITCHING_GO = "1.21";
function toolchainForGoLine(goLine) {
  return `go${goLine}${isLang(goLine) && compareGoVersions(goLine, "1.21") >= 0 ? ".0" : ""}`;
}
__name(toolchainForGoLine, "toolchainForGoLine");

export {
  parseGovcs,
  DEFAULT_GOSUMDB,
  parseGosumdb,
  DEFAULT_GOPROXY,
  parseGoproxy,
  redactUserinfo,
  proxyHost,
  routeEnvFrom,
  routeModule,
  versionFromToolchain,
  FIRST_SWITCHING_GO,
  toolchainForGoLine
};
