import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  collectModulePackages,
  parseModFile,
  toolsGoFacts
} from "./chunk-SW3IABDB.js";
import {
  lookPath
} from "./chunk-UQYNX74J.js";
import {
  FIRST_SWITCHING_GO,
  parseGoproxy,
  parseGosumdb,
  redactUserinfo,
  routeEnvFrom,
  routeModule,
  toolchainForGoLine,
  versionFromToolchain
} from "./chunk-HCNRKEPA.js";
import {
  defineCollector,
  earlierValue
} from "./chunk-7NBLZL43.js";
import {
  withNeutralDir
} from "./chunk-XVVG7EUA.js";
import {
  compareGoVersions
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/project.ts
import * as path from "node:path";

// src/analyzers/toolchain/toolchain-select.ts
function selectToolchain(i) {
  const local = i.localVersion.replace(/^go/, "");
  const localTc = `go${local}`;
  const base = { gotoolchain: i.gotoolchain, gotoolchainSource: i.gotoolchainSource, file: i.file, required: i.goLine ? `go${i.goLine}` : null, downloadModule: null, local: localTc, targetFrom: null, cachedPath: null };
  const needs = i.goLine && compareGoVersions(i.goLine, local) > 0 ? i.goLine : null;
  if (compareGoVersions(local, FIRST_SWITCHING_GO) < 0) return oldGo(i, base, localTc, needs);
  const runLocal = /* @__PURE__ */ __name((reason) => needs ? { ...base, action: "fail-local", target: localTc, reason: `go ${i.goLine} is required but ${localTc} runs and does not switch (${reason}): "go.mod requires go >= ${i.goLine} (running go ${local}; GOTOOLCHAIN=${i.gotoolchain || "local"})"` } : { ...base, action: "local", target: localTc, reason }, "runLocal");
  if (!i.modulesEnabled) return { ...base, action: "local", target: localTc, reason: "GO111MODULE=off: no toolchain selection" };
  if (i.gotoolchain === "") return runLocal("GOTOOLCHAIN is unset");
  let minTc = localTc;
  let minVers = local;
  let mode = "";
  let targetFrom = null;
  if (i.gotoolchain === "auto" || i.gotoolchain === "path") mode = i.gotoolchain;
  else {
    const plus = i.gotoolchain.indexOf("+");
    const min = plus >= 0 ? i.gotoolchain.slice(0, plus) : i.gotoolchain;
    const suffix = plus >= 0 ? i.gotoolchain.slice(plus + 1) : "";
    if (min !== "local") {
      const v = versionFromToolchain(min);
      if (!v) return { ...base, action: "invalid", target: null, reason: plus >= 0 ? `invalid GOTOOLCHAIN "${i.gotoolchain}": invalid minimum toolchain "${min}"` : `invalid GOTOOLCHAIN "${i.gotoolchain}"` };
      minTc = min;
      minVers = v;
      targetFrom = "GOTOOLCHAIN";
    }
    if (plus >= 0 && suffix !== "auto" && suffix !== "path") return { ...base, action: "invalid", target: null, reason: `invalid GOTOOLCHAIN "${i.gotoolchain}": only version suffixes are +auto and +path` };
    mode = suffix;
  }
  let target = minTc;
  if ((mode === "auto" || mode === "path") && i.file) {
    if (i.toolchainLine !== "default") {
      if (i.toolchainLine) {
        const tv = versionFromToolchain(i.toolchainLine);
        if (!tv || !i.toolchainLine.startsWith("go") && !i.toolchainLine.includes("-go")) {
          return { ...base, action: "invalid", target: null, reason: `invalid toolchain "${i.toolchainLine}" in ${i.file}` };
        }
        if (compareGoVersions(tv, minVers) > 0) {
          target = i.toolchainLine;
          minVers = tv;
          targetFrom = "toolchain-line";
        }
      }
      if (i.goLine && compareGoVersions(i.goLine, minVers) > 0) {
        target = toolchainForGoLine(i.goLine);
        minVers = i.goLine;
        targetFrom = "go-line";
      }
    }
  }
  if (target === "local" || target === localTc) return runLocal(mode ? `GOTOOLCHAIN=${i.gotoolchain} and ${localTc} is new enough` : `GOTOOLCHAIN=${i.gotoolchain}`);
  if (!target.startsWith("go1") && !target.includes("-go1")) return { ...base, action: "invalid", target, reason: `invalid GOTOOLCHAIN "${target}"` };
  const picked = { ...base, target, targetFrom };
  const pathOnly = i.gotoolchain === "path" || i.gotoolchain.endsWith("+path");
  const tooOld = i.goLine && compareGoVersions(versionFromToolchain(target), i.goLine) < 0 ? ` (and ${target} is itself older than the required go ${i.goLine})` : "";
  if (i.onPath.includes(target)) return { ...picked, action: "use-path", reason: `runs ${target} found on PATH${tooOld}` };
  if (pathOnly) return { ...picked, action: "fail-path", reason: `GOTOOLCHAIN=${i.gotoolchain} only looks on PATH: "cannot find "${target}" in PATH"` };
  const downloadModule = `golang.org/toolchain@v0.0.1-${target}.${i.hostOS}-${i.hostArch}`;
  const cachedPath = i.cached[target] ?? null;
  if (cachedPath) return { ...picked, action: "use-cache", downloadModule, cachedPath, reason: `runs ${target} from the module cache (${cachedPath}), downloaded earlier${tooOld}` };
  if (i.goproxy.split(/[,|]/)[0]?.trim() === "off") {
    return { ...picked, action: "fail-download", downloadModule, reason: `${target} is neither on PATH nor in the module cache, and GOPROXY=off forbids the download: "go: download ${target} for ${i.hostOS}/${i.hostArch}: toolchain not available"` };
  }
  return { ...picked, action: "download", downloadModule, reason: `${target} is neither on PATH nor in the module cache, so the first go command downloads it through GOPROXY (checksum-verified)${tooOld}` };
}
__name(selectToolchain, "selectToolchain");
function oldGo(i, base, localTc, needs) {
  const why = `${localTc} predates toolchain switching (Go ${FIRST_SWITCHING_GO}): it ignores GOTOOLCHAIN${i.gotoolchain ? `=${i.gotoolchain}` : ""} and never downloads or runs another Go`;
  if (!i.file || !i.modulesEnabled) return { ...base, action: "local", target: localTc, reason: why };
  const problems = [];
  if (i.goLine && /^\d+\.\d+\.\d+/.test(i.goLine)) problems.push(`"invalid go version '${i.goLine}': must match format 1.23"`);
  if (i.toolchainLine) problems.push('"unknown directive: toolchain"');
  if (problems.length) return { ...base, action: "old-go", target: localTc, reason: `${why}; it cannot even parse ${i.file}: ${problems.join(" and ")}` };
  if (needs) return { ...base, action: "old-go", target: localTc, reason: `${why}; it builds go ${needs} code as ${localTc} and, when that fails, only notes "module requires Go ${needs}"` };
  return { ...base, action: "local", target: localTc, reason: why };
}
__name(oldGo, "oldGo");

// src/collectors/project.ts
var MAX_MODFILE = 4 * 1024 * 1024;
async function findUpward(host, start, name) {
  let dir = start;
  for (let i = 0; i < 256; i++) {
    const candidate = path.join(dir, name);
    const st = await host.stat(candidate);
    if (st?.isFile) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}
__name(findUpward, "findUpward");
async function readModSummary(host, file, kind) {
  const text = await host.readText(file, MAX_MODFILE);
  if (text === null) return { path: file, module: null, go: null, toolchain: null, requires: [], replaces: [], tools: [], errors: [{ line: 0, message: "cannot read file" }] };
  const mf = parseModFile(text, kind);
  return {
    path: file,
    module: mf.module?.value ?? null,
    go: mf.go?.value ?? null,
    toolchain: mf.toolchain?.value ?? null,
    requires: mf.requires.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect, line: r.line })),
    replaces: mf.replaces.map((r) => ({ from: r.from, fromVersion: r.fromVersion, to: r.to, toVersion: r.toVersion, line: r.line })),
    tools: mf.tools.map((t) => t.value),
    errors: mf.errors.map((e) => ({ line: e.line, message: e.message }))
  };
}
__name(readModSummary, "readModSummary");
async function cachedToolchains(host, gomodcache, goos, goarch) {
  if (!gomodcache) return {};
  const dir = path.join(gomodcache.split(host.platform === "win32" ? ";" : ":")[0], "golang.org");
  const out = {};
  const suffix = `.${goos}-${goarch}`;
  for (const name of await host.readdir(dir) ?? []) {
    if (!name.startsWith("toolchain@v0.0.1-") || !name.endsWith(suffix)) continue;
    const go = path.join(dir, name, "bin", host.platform === "win32" ? "go.exe" : "go");
    if ((await host.stat(go))?.isFile) out[name.slice("toolchain@v0.0.1-".length, -suffix.length)] = go;
  }
  return out;
}
__name(cachedToolchains, "cachedToolchains");
var TOOLS_GO_PLACES = ["tools.go", "tools/tools.go", "internal/tools/tools.go"];
async function readToolsGo(host, moduleDir) {
  const out = [];
  for (const rel of TOOLS_GO_PLACES) {
    const file = path.join(moduleDir, rel);
    const text = (await host.stat(file))?.isFile ? await host.readText(file, 256 * 1024) : null;
    if (text === null) continue;
    const t = toolsGoFacts(file, text);
    if (t.toolsTag && t.imports.length > 0) out.push({ path: file, imports: t.imports.map((i) => i.path) });
  }
  return out;
}
__name(readToolsGo, "readToolsGo");
var projectCollector = defineCollector({
  area: "project",
  after: ["toolchains", "goenv"],
  async collect(host, opts, earlier) {
    const goenv = earlierValue(earlier, "goenv");
    const tc = earlierValue(earlier, "toolchains");
    const setting = /* @__PURE__ */ __name((k) => goenv?.settings[k], "setting");
    const cwd = opts.cwd;
    const modPath = await findUpward(host, cwd, "go.mod");
    const gowork = setting("GOWORK")?.value ?? host.env.GOWORK ?? "";
    const workPath = gowork === "off" ? null : gowork && path.isAbsolute(gowork) ? gowork : await findUpward(host, cwd, "go.work");
    const gomod = modPath ? await readModSummary(host, modPath, "go.mod") : null;
    const work = workPath && (await host.stat(workPath))?.isFile ? await readModSummary(host, workPath, "go.work") : null;
    const hasVendor = modPath ? !!await host.stat(path.join(path.dirname(modPath), "vendor", "modules.txt")) : false;
    const driver = work ?? gomod;
    const winner = tc?.installs[0];
    const gotc = setting("GOTOOLCHAIN");
    const hostOS = goenv?.settings.GOHOSTOS?.value || winner?.reportedPlatform?.split("/")[0] || "linux";
    const hostArch = goenv?.settings.GOHOSTARCH?.value || winner?.reportedPlatform?.split("/")[1] || "amd64";
    const selection = tc && winner?.reportedVersion ? selectToolchain({
      gotoolchain: gotc?.value ?? host.env.GOTOOLCHAIN ?? "",
      gotoolchainSource: gotc?.source ?? "env",
      localVersion: winner.reportedVersion,
      file: driver?.path ?? null,
      // gover.GoModLookup returns "" without a go line: then nothing forces a switch.
      goLine: driver?.go ?? null,
      toolchainLine: driver?.toolchain ?? null,
      onPath: tc.versionedOnPath.map((v) => v.name),
      cached: await cachedToolchains(host, setting("GOMODCACHE")?.value ?? "", hostOS, hostArch),
      goproxy: setting("GOPROXY")?.value ?? host.env.GOPROXY ?? "",
      hostOS,
      hostArch,
      modulesEnabled: (setting("GO111MODULE")?.value ?? "") !== "off"
    }) : null;
    const packages = modPath && gomod?.module && setting("CGO_ENABLED")?.value === "0" ? await collectModulePackages(host, modPath) : null;
    return { cwd, gomod, gowork: work, hasVendor, selection, packages, toolsGo: modPath ? await readToolsGo(host, path.dirname(modPath)) : [] };
  }
});

// src/collectors/modules.ts
import * as path2 from "node:path";

// src/knowledge/goauth.ts
var DEFAULT_GOAUTH = "netrc";
function parseGoauth(value) {
  const parts = value.split(";");
  const commands = [];
  const errors = [];
  for (const raw of parts) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      errors.push(`GOAUTH encountered an empty command (GOAUTH=${value})`);
      continue;
    }
    const [head, ...rest] = words;
    if (head === "off") {
      if (parts.length !== 1) errors.push(`GOAUTH=off cannot be combined with other authentication commands (GOAUTH=${value})`);
      commands.push({ kind: "off" });
    } else if (head === "netrc") {
      commands.push({ kind: "netrc" });
    } else if (head === "git") {
      const dir = rest[0] ?? "";
      if (rest.length !== 1) errors.push("GOAUTH=git dir method requires an absolute path to the git working directory");
      else if (!isAbsolute2(dir)) errors.push("GOAUTH=git dir method requires an absolute path to the git working directory, dir is not absolute");
      commands.push({ kind: "git", dir });
    } else {
      commands.push({ kind: "command", program: head });
    }
  }
  return { commands, errors };
}
__name(parseGoauth, "parseGoauth");
function isAbsolute2(p) {
  return p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
__name(isAbsolute2, "isAbsolute");
function netrcCandidates(env, platform, home) {
  if (env.NETRC) return [env.NETRC];
  if (!home) return [];
  const sep = platform === "win32" ? "\\" : "/";
  return platform === "win32" ? [`${home}${sep}_netrc`, `${home}${sep}.netrc`] : [`${home}/.netrc`];
}
__name(netrcCandidates, "netrcCandidates");
function netrcMachines(text) {
  const machines = [];
  let machine = "";
  let login = false;
  let password = false;
  let inMacro = false;
  for (const line of text.split("\n")) {
    if (inMacro) {
      if (line === "") inMacro = false;
      continue;
    }
    const f = line.split(/\s+/).filter(Boolean);
    let i = 0;
    for (; i < f.length - 1; i += 2) {
      const [k, v] = [f[i], f[i + 1]];
      if (k === "machine") {
        machine = v;
        login = false;
        password = false;
      } else if (k === "login") login = v !== "";
      else if (k === "password") password = v !== "";
      else if (k === "macdef") inMacro = true;
      if (machine && login && password) {
        machines.push(machine);
        machine = "";
        login = false;
        password = false;
      }
    }
    if (i < f.length && f[i] === "default") return { machines, hasDefault: true };
  }
  return { machines, hasDefault: false };
}
__name(netrcMachines, "netrcMachines");

// src/collectors/modules.ts
var KEYS = ["GOPROXY", "GOSUMDB", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOFLAGS", "GOAUTH", "GOVCS"];
async function workspaceModFiles(host, workPath) {
  const text = await host.readText(workPath, 4 * 1024 * 1024);
  if (text === null) return [];
  const p = host.platform === "win32" ? path2.win32 : path2.posix;
  const out = [];
  for (const use of parseModFile(text, "go.work").uses.slice(0, 500)) {
    const file = p.join(p.resolve(p.dirname(workPath), use.value), "go.mod");
    if ((await host.stat(file))?.isFile) out.push(await readModSummary(host, file, "go.mod"));
  }
  return out;
}
__name(workspaceModFiles, "workspaceModFiles");
async function requirementsOf(host, earlier) {
  const project = earlierValue(earlier, "project");
  const files = project?.gowork ? await workspaceModFiles(host, project.gowork.path) : [];
  if (files.length === 0 && project?.gomod) files.push(project.gomod);
  const local = new Set(files.map((f) => f.module).filter((m) => !!m));
  for (const f of [...files, project?.gowork]) {
    for (const r of f?.replaces ?? []) if (!r.toVersion && /^(\.|\/|[A-Za-z]:)/.test(r.to)) local.add(r.from);
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (const r of file.requires) {
      if (seen.has(r.path) || local.has(r.path)) continue;
      seen.add(r.path);
      out.push({ path: r.path, version: r.version, indirect: r.indirect, file: file.path, line: r.line });
    }
  }
  return out;
}
__name(requirementsOf, "requirementsOf");
function scrubbedEnv(env) {
  const out = {};
  for (const k of KEYS) out[k] = k === "GOPROXY" || k === "GOSUMDB" ? env[k].split(/([,|\s])/).map(redactUserinfo).join("") : env[k] ?? "";
  out.GOAUTH = env.GOAUTH.split(";").map((c) => {
    const w = c.trim().split(/\s+/);
    return w[0] === "git" || w.length < 2 ? c.trim() : `${w[0]} ***`;
  }).join(";");
  return out;
}
__name(scrubbedEnv, "scrubbedEnv");
async function gitFacts(host, git, timeoutMs = 5e3) {
  if (!git) return { path: null, insteadOf: [], credentialHelpers: [] };
  return withNeutralDir(host, async (cwd) => {
    const env = { ...host.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
    const r = await host.run(git, ["config", "--get-regexp", "^(url\\..*\\.insteadof|credential\\.helper)$"], { cwd, env, timeoutMs, maxBytes: 256 * 1024 });
    const insteadOf = [];
    const helpers = [];
    for (const line of r.stdout.split("\n").map((l) => l.trim())) {
      const url = /^url\.(.+)\.insteadof\s+(.*)$/i.exec(line);
      if (url) insteadOf.push({ base: redactUserinfo(url[1]), insteadOf: redactUserinfo(url[2]) });
      const helper = /^credential\.helper\s+(.+)$/i.exec(line);
      if (helper) helpers.push(helper[1].trim());
    }
    return { path: git, insteadOf, credentialHelpers: helpers, ...r.timedOut ? { hung: { command: `${git} config --get-regexp ...`, program: git, timeoutMs } } : {} };
  });
}
__name(gitFacts, "gitFacts");
function buildModulesFacts(get, sourceOf, requirements, privateHosts, hostFacts) {
  const routeEnv = { ...routeEnvFrom(get), GOAUTH: get("GOAUTH") ?? DEFAULT_GOAUTH };
  const sources = {};
  for (const k of KEYS) sources[k] = sourceOf(k);
  const routes = requirements.map((r) => {
    const route = routeModule(routeEnv, r.path);
    return { ...route, steps: route.steps.map((s) => ({ ...s, url: redactUserinfo(s.url) })), sumdb: { ...route.sumdb, via: route.sumdb.via.map(redactUserinfo) } };
  });
  const proxy = parseGoproxy(routeEnv.GOPROXY);
  const db = parseGosumdb(routeEnv.GOSUMDB);
  const auth = parseGoauth(routeEnv.GOAUTH);
  return {
    env: scrubbedEnv(routeEnv),
    sources,
    proxy: { entries: proxy.entries.map((e) => ({ kind: e.kind, url: redactUserinfo(e.url), fallBackOnError: e.fallBackOnError, hasUserinfo: e.hasUserinfo })), ignored: proxy.ignored.map(redactUserinfo), error: proxy.error },
    sumdb: db.kind === "db" ? { kind: "db", name: db.name, url: db.url, error: null } : db.kind === "off" ? { kind: "off", name: null, url: null, error: null } : { kind: "invalid", name: null, url: null, error: db.error },
    goauth: { commands: auth.commands.map((c) => c.kind === "git" ? `git ${c.dir}` : c.kind === "command" ? c.program : c.kind), errors: auth.errors },
    requirements,
    routes,
    privateHosts: [...privateHosts],
    ...hostFacts
  };
}
__name(buildModulesFacts, "buildModulesFacts");
async function moduleHostFacts(host, timeoutMs) {
  const home = host.env.HOME ?? host.env.USERPROFILE ?? null;
  const netrcPaths = netrcCandidates(host.env, host.platform, home);
  let netrc = { path: netrcPaths.at(-1) ?? null, exists: false, machines: [], hasDefault: false };
  for (const p of netrcPaths) {
    const text = await host.readText(p, 256 * 1024);
    if (text !== null) {
      netrc = { path: p, exists: true, ...netrcMachines(text) };
      break;
    }
  }
  const [git, hg] = await Promise.all([lookPath(host, "git"), lookPath(host, "hg")]);
  return {
    netrc,
    git: await gitFacts(host, git, Math.min(timeoutMs ?? 5e3, 5e3)),
    hgPath: hg,
    gitTerminalPrompt: host.env.GIT_TERMINAL_PROMPT ?? null
  };
}
__name(moduleHostFacts, "moduleHostFacts");
async function collectModules(host, earlier, privateHosts = [], timeoutMs, hostFacts) {
  const goenv = earlierValue(earlier, "goenv");
  const get = /* @__PURE__ */ __name((k) => goenv ? goenv.settings[k]?.value : host.env[k] || void 0, "get");
  const sourceOf = /* @__PURE__ */ __name((k) => goenv?.settings[k]?.source ?? (host.env[k] ? "env" : "default"), "sourceOf");
  return buildModulesFacts(get, sourceOf, await requirementsOf(host, earlier), privateHosts, await (hostFacts ?? moduleHostFacts(host, timeoutMs)));
}
__name(collectModules, "collectModules");
var modulesCollector = defineCollector({
  area: "modules",
  after: ["goenv", "project", "toolchains"],
  early: /* @__PURE__ */ __name((host, opts) => moduleHostFacts(host, opts.timeoutMs), "early"),
  collect: /* @__PURE__ */ __name((host, opts, earlier, started) => collectModules(host, earlier, opts.privateHosts, opts.timeoutMs, started), "collect")
});

export {
  projectCollector,
  modulesCollector
};
