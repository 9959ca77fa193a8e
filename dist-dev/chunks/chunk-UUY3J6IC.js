import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  PROBE_TIMEOUT_MS,
  describeFailure,
  envFilePath,
  lastValue,
  parseEnvFile,
  probeEnv,
  probeVersion,
  userCacheDir,
  userConfigDir
} from "./chunk-B6TL6C7X.js";
import {
  defineCollector
} from "./chunk-7NBLZL43.js";
import {
  withNeutralDir
} from "./chunk-XVVG7EUA.js";
import {
  GO_READONLY,
  GO_SETTABLE
} from "./chunk-YKY675GG.js";
import {
  splitPathList
} from "./chunk-EDRERVNO.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/toolchains.ts
import * as path from "node:path";

// src/analyzers/toolchain/install-kind.ts
var PATTERNS = [
  { kind: "gotoolchain-download", re: /\/pkg\/mod\/golang\.org\/toolchain@v0\.0\.1-go[^/]+\/bin\/go(\.exe)?$/, evidence: "toolchain module downloaded by GOTOOLCHAIN into the module cache" },
  { kind: "snap", re: /^\/snap\//, evidence: "lives under /snap (snap install --classic go)" },
  { kind: "homebrew", re: /(homebrew|\.linuxbrew|\/usr\/local)\/(Cellar|opt)\/go(@[\d.]+)?\//, evidence: "Homebrew Cellar" },
  { kind: "goenv", re: /\/\.goenv\/shims\/go$/, shim: true, evidence: "goenv shim (resolves the version per directory)" },
  { kind: "goenv", re: /\/\.goenv\/versions\/[^/]+\/bin\/go$/, evidence: "goenv-installed version" },
  { kind: "gvm", re: /\/\.gvm\/gos\/[^/]+\/bin\/go$/, evidence: "gvm-installed version" },
  { kind: "asdf", re: /\/\.asdf\/shims\/go$/, shim: true, evidence: "asdf shim (resolves .tool-versions per directory)" },
  { kind: "asdf", re: /\/\.asdf\/installs\/golang\/[^/]+\//, evidence: "asdf golang plugin install" },
  { kind: "mise", re: /\/mise\/shims\/go$/, shim: true, evidence: "mise shim" },
  { kind: "mise", re: /\/mise\/installs\/go(lang)?\/[^/]+\//, evidence: "mise-installed version" },
  { kind: "golang-dl-sdk", re: /\/sdk\/go\d[^/]*\/bin\/go(\.exe)?$/, evidence: "SDK downloaded by a golang.org/dl goX.Y.Z wrapper (~/sdk)" },
  { kind: "debian-package", re: /^\/usr\/lib\/go-\d+\.\d+\/bin\/go$/, evidence: "Debian/Ubuntu golang-1.XX-go package layout (/usr/lib/go-1.XX)" },
  { kind: "rpm-package", re: /^\/usr\/lib\/golang\/bin\/go$/, evidence: "Fedora/RHEL golang package layout (/usr/lib/golang)" },
  { kind: "distro-package", re: /^\/usr\/lib\/go\/bin\/go$/, evidence: "distribution package layout (/usr/lib/go: Alpine apk, Arch pacman)" },
  { kind: "windows-msi", re: /^[A-Za-z]:[\\/]Program Files[\\/]Go[\\/]bin[\\/]go\.exe$/i, evidence: "official Windows MSI install location" },
  { kind: "official-tarball", re: /^\/usr\/local\/go\/bin\/go$/, evidence: "official archive location /usr/local/go (go.dev/doc/install)" }
];
function classifyInstall(path3, realPath, hasVersionFile) {
  const norm = /* @__PURE__ */ __name((p) => p.replace(/\\/g, "/"), "norm");
  for (const candidate of [path3, realPath]) {
    if (!candidate) continue;
    for (const p of PATTERNS) {
      if (p.re.test(candidate) || p.re.test(norm(candidate))) {
        return { kind: p.kind, evidence: `${p.evidence}: ${candidate}`, isShim: !!p.shim };
      }
    }
  }
  if (hasVersionFile) return { kind: "official-tarball", evidence: `GOROOT with a VERSION file, as in the official archive: ${realPath ?? path3}`, isShim: false };
  return { kind: "unknown", evidence: `no known layout matches ${realPath ?? path3}`, isShim: false };
}
__name(classifyInstall, "classifyInstall");

// src/collectors/toolchains.ts
function pathApi(platform) {
  return platform === "win32" ? path.win32 : path.posix;
}
__name(pathApi, "pathApi");
async function isGOROOT(host, dir) {
  const st = await host.stat(pathApi(host.platform).join(dir, "pkg", "tool"));
  return !!st && st.isDir;
}
__name(isGOROOT, "isGOROOT");
async function findGOROOT(host, exe, realExe) {
  const p = pathApi(host.platform);
  const asExecutable = host.platform === "linux" && realExe ? realExe : exe;
  for (const candidate of [asExecutable, realExe]) {
    if (!candidate) continue;
    for (const up of ["../..", "../../.."]) {
      const dir = p.join(candidate, up);
      if (await isGOROOT(host, dir)) return dir;
    }
  }
  return null;
}
__name(findGOROOT, "findGOROOT");
async function firstLine(host, file) {
  const t = await host.readText(file, 4096);
  if (t === null) return null;
  const line = t.split("\n")[0].trim();
  return line || null;
}
__name(firstLine, "firstLine");
async function describeInstall(host, goPath, onPath, pathIndex, cwd, timeoutMs) {
  const lst = await host.lstat(goPath);
  const realPath = await host.realpath(goPath);
  const goroot = await findGOROOT(host, goPath, realPath);
  const versionFile = goroot ? await firstLine(host, pathApi(host.platform).join(goroot, "VERSION")) : null;
  const head = await host.readBytes(realPath ?? goPath, 2);
  const isScript = !!head && head.toString("latin1") === "#!";
  const cls = classifyInstall(goPath, realPath, versionFile !== null);
  const probe = await probeVersion(host, goPath, cwd, timeoutMs, goroot !== null);
  return {
    path: goPath,
    onPath,
    pathIndex,
    realPath,
    isSymlink: !!lst?.isSymlink,
    goroot,
    versionFile,
    reportedVersion: probe.version,
    reportedPlatform: probe.platform,
    probeError: probe.error,
    installKind: cls.kind,
    installEvidence: cls.evidence + (isScript && !cls.isShim ? " (a script wrapper)" : ""),
    isShim: cls.isShim || isScript
  };
}
__name(describeInstall, "describeInstall");
async function firstGoOnPath(host) {
  const exeName = host.platform === "win32" ? "go.exe" : "go";
  const p = pathApi(host.platform);
  for (const raw of splitPathList(host.env.PATH ?? host.env.Path, host.platform)) {
    if (!p.isAbsolute(raw)) continue;
    const candidate = p.join(raw, exeName);
    if (await host.isExecutable(candidate)) return candidate;
  }
  return null;
}
__name(firstGoOnPath, "firstGoOnPath");
async function wellKnownGoPaths(host) {
  const home = host.env.HOME ?? host.env.USERPROFILE ?? "";
  const p = pathApi(host.platform);
  if (host.platform === "win32") {
    return [p.join(host.env.ProgramFiles ?? "C:\\Program Files", "Go", "bin", "go.exe"), ...home ? [p.join(home, "go", "bin", "go.exe")] : []];
  }
  const out = ["/usr/local/go/bin/go", "/usr/lib/golang/bin/go", "/usr/lib/go/bin/go", "/snap/go/current/bin/go", "/opt/homebrew/bin/go", "/usr/local/bin/go", "/home/linuxbrew/.linuxbrew/bin/go"];
  for (const d of await host.readdir("/usr/lib") ?? []) if (/^go-\d+\.\d+$/.test(d)) out.push(`/usr/lib/${d}/bin/go`);
  if (home) {
    for (const base of [p.join(home, "sdk"), p.join(home, ".goenv", "versions"), p.join(home, ".gvm", "gos")]) {
      for (const d of await host.readdir(base) ?? []) out.push(p.join(base, d, "bin", "go"));
    }
    const modToolchains = p.join(host.env.GOMODCACHE || p.join(splitPathList(host.env.GOPATH, host.platform)[0] || p.join(home, "go"), "pkg", "mod"), "golang.org");
    for (const d of await host.readdir(modToolchains) ?? []) if (d.startsWith("toolchain@")) out.push(p.join(modToolchains, d, "bin", "go"));
  }
  return out;
}
__name(wellKnownGoPaths, "wellKnownGoPaths");
async function collectToolchains(host, cwd, timeoutMs) {
  const exeName = host.platform === "win32" ? "go.exe" : "go";
  const p = pathApi(host.platform);
  const dirs = splitPathList(host.env.PATH ?? host.env.Path, host.platform);
  const pathEntries = [];
  const found = [];
  const versionedOnPath = [];
  const brokenOnPath = [];
  const listed = /* @__PURE__ */ new Set();
  for (const [index, raw] of dirs.entries()) {
    if (!p.isAbsolute(raw)) {
      pathEntries.push({ dir: raw, index, exists: false, isDir: false, relative: true, problem: raw === "" ? "empty entry (means the current directory)" : "relative entry (resolved against the current directory)" });
      continue;
    }
    const dir = raw;
    const st = await host.stat(dir);
    const lst = st ? null : await host.lstat(dir);
    const problem = st ? st.isDir ? void 0 : "not a directory" : lst?.isSymlink ? "symlink that is dangling or loops" : "does not exist";
    pathEntries.push({ dir: raw, index, exists: !!st, isDir: !!st?.isDir, ...problem ? { problem } : {} });
    if (!st?.isDir) continue;
    const candidate = p.join(dir, exeName);
    if (await host.isExecutable(candidate)) found.push({ path: candidate, index });
    else {
      const cl = await host.lstat(candidate);
      if (cl) brokenOnPath.push({ path: candidate, problem: cl.isSymlink ? "symlink whose target is missing or loops" : cl.isDir ? "a directory" : "not executable" });
    }
    if (listed.has(dir)) continue;
    listed.add(dir);
    const names = await host.readdir(dir);
    if (names === null) pathEntries[index].problem = "unreadable directory";
    for (const n of names ?? []) if (/^go1\.\d+(\.\d+)?((rc|beta)\d+)?(\.exe)?$/.test(n)) versionedOnPath.push({ name: n.replace(/\.exe$/, ""), path: p.join(dir, n) });
  }
  return withNeutralDir(host, async (neutral) => {
    const installs = await Promise.all(found.map((f) => describeInstall(host, f.path, true, f.index, neutral, timeoutMs)));
    const onPathReal = new Set(installs.map((i) => i.realPath ?? i.path));
    const known = await wellKnownGoPaths(host);
    const offCandidates = [];
    for (const k of known) {
      if (!await host.isExecutable(k)) continue;
      const real = await host.realpath(k) ?? k;
      if (onPathReal.has(real) || offCandidates.some((c) => c === real)) continue;
      onPathReal.add(real);
      offCandidates.push(k);
    }
    const offPath = await Promise.all(offCandidates.map((k) => describeInstall(host, k, false, null, neutral, timeoutMs)));
    return { pathEntries, installs, offPath, versionedOnPath, brokenOnPath, exeName };
  });
}
__name(collectToolchains, "collectToolchains");
var toolchainsCollector = defineCollector({
  area: "toolchains",
  after: [],
  collect: /* @__PURE__ */ __name((host, opts) => collectToolchains(host, opts.cwd, opts.timeoutMs), "collect")
});

// src/collectors/goenv.ts
import * as path2 from "node:path";
async function readEnvFile(host, file) {
  if (!file) return { path: host.env.GOENV === "off" ? "off" : "", exists: false, entries: [], problems: [] };
  const text = await host.readText(file, 1024 * 1024);
  if (text === null) return { path: file, exists: false, entries: [], problems: [] };
  return parseEnvFile(text, file);
}
__name(readEnvFile, "readEnvFile");
var COSTLY = /* @__PURE__ */ new Set(["CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_FFLAGS", "CGO_LDFLAGS", "PKG_CONFIG", "GOGCCFLAGS"]);
var CHEAP_GO_ENV_NAMES = [...GO_SETTABLE, ...GO_READONLY].filter((k) => !COSTLY.has(k));
var NEVER_EMPTY_WHEN_KNOWN = ["GOAUTH", "GOFIPS140", "GOTELEMETRY", "GOTELEMETRYDIR", "GOARM64", "GORISCV64"];
var OS_ENV_KEEP = /^(GO|CGO_)|^(PATH|HOME|USERPROFILE|XDG_CONFIG_HOME|XDG_CACHE_HOME|CC|CXX|AR|PKG_CONFIG|TMPDIR|GIT_TERMINAL_PROMPT|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)$/;
function resolveSetting(key, env, user, goroot, effective) {
  const layers = [];
  const ev = env[key];
  if (ev !== void 0 && ev !== "") layers.push({ source: "env", value: ev });
  const uv = lastValue(user, key);
  if (uv) layers.push({ source: "user-file", value: uv.value, line: uv.line });
  const gv = lastValue(goroot, key);
  if (gv) layers.push({ source: "goroot-go.env", value: gv.value, line: gv.line });
  const [win, ...rest] = layers;
  return {
    key,
    value: effective ?? win?.value ?? "",
    source: win?.source ?? "default",
    shadowed: rest
  };
}
__name(resolveSetting, "resolveSetting");
async function collectGoEnv(host, goBinary, goVersion, timeoutMs = PROBE_TIMEOUT_MS) {
  const userFile = await readEnvFile(host, envFilePath(host));
  let effective = {};
  let probeError = null;
  await withNeutralDir(host, async (cwd) => {
    const r = await host.run(goBinary, ["env", "-json", ...CHEAP_GO_ENV_NAMES], { cwd, env: probeEnv(host, cwd, { GOFLAGS: "-modcacherw" }), timeoutMs, maxBytes: 1024 * 1024 });
    if (r.ok && r.code === 0) {
      try {
        const parsed = JSON.parse(r.stdout);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
          effective = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === "string"));
        } else probeError = "`go env -json` did not print a JSON object";
      } catch {
        probeError = "`go env -json` printed something that is not JSON";
      }
    } else probeError = describeFailure(r, `\`${goBinary} env -json\``);
  });
  delete effective.GOTOOLCHAIN;
  delete effective.GOFLAGS;
  for (const k of NEVER_EMPTY_WHEN_KNOWN) if (effective[k] === "") delete effective[k];
  const gorootDir = effective.GOROOT || host.env.GOROOT || lastValue(userFile, "GOROOT")?.value || null;
  let gorootEnvFile = null;
  if (gorootDir) {
    const f = (host.platform === "win32" ? path2.win32 : path2.posix).join(gorootDir, "go.env");
    const text = await host.readText(f, 256 * 1024);
    gorootEnvFile = text === null ? { path: f, exists: false, entries: [], problems: [] } : parseEnvFile(text, f);
  }
  Object.assign(effective, await userFacingProbeValues(host, effective, userFile, gorootEnvFile));
  const keys = /* @__PURE__ */ new Set([
    ...Object.keys(effective),
    ...Object.keys(host.env).filter((k) => /^(GO|CGO_)/.test(k)),
    ...userFile.entries.map((e) => e.key),
    ...gorootEnvFile?.entries.map((e) => e.key) ?? [],
    "GOTOOLCHAIN"
  ]);
  const settings = {};
  for (const key of [...keys].sort()) {
    const s = resolveSetting(key, host.env, userFile, gorootEnvFile, effective[key]);
    if (key === "GOTOOLCHAIN" && s.source === "default") s.value = "local";
    settings[key] = s;
  }
  const osEnv = {};
  for (const [k, v] of Object.entries(host.env)) if (v !== void 0 && OS_ENV_KEEP.test(k)) osEnv[k] = v;
  const binDirs = await installDirs(host, settings);
  const gorootTree = await describeGorootTree(host, settings.GOROOT?.value || gorootDir);
  return { goBinary, goVersion, settings, userFile, gorootEnvFile, osEnv, binDirs, gorootTree, probeError };
}
__name(collectGoEnv, "collectGoEnv");
async function userFacingProbeValues(host, probed, userFile, gorootEnvFile) {
  if (host.kind === "recorded" || host.platform === "win32") return {};
  const out = {};
  if ("GOCACHE" in probed) {
    const explicit = host.env.GOCACHE || lastValue(userFile, "GOCACHE")?.value || lastValue(gorootEnvFile, "GOCACHE")?.value || "";
    const base = userCacheDir(host);
    out.GOCACHE = explicit || (base ? path2.join(base, "go-build") : "");
  }
  if ("GOENV" in probed) out.GOENV = host.env.GOENV || envFilePath(host) || "";
  if (probed.GOTELEMETRYDIR || probed.GOTELEMETRY) {
    const cfg = userConfigDir(host);
    const dir = cfg ? path2.join(cfg, "go", "telemetry") : "";
    const mode = dir ? (await host.readText(path2.join(dir, "mode"), 4096))?.trim().split(" ")[0] || "local" : "off";
    if (probed.GOTELEMETRYDIR) out.GOTELEMETRYDIR = dir;
    if (probed.GOTELEMETRY) out.GOTELEMETRY = mode;
  }
  return out;
}
__name(userFacingProbeValues, "userFacingProbeValues");
var goenvCollector = defineCollector({
  area: "goenv",
  after: [],
  async collect(host, opts) {
    const winner = await firstGoOnPath(host);
    if (!winner) throw new Error("no go on PATH to ask for its settings");
    const env = await collectGoEnv(host, winner, null, opts.timeoutMs);
    return { ...env, goVersion: env.settings.GOVERSION?.value || null };
  }
});
async function installDirs(host, settings) {
  const p = host.platform === "win32" ? path2.win32 : path2.posix;
  const gobin = settings.GOBIN?.value;
  const dirs = gobin ? [{ dir: gobin, from: "GOBIN" }] : splitPathList(settings.GOPATH?.value, host.platform).filter((d) => d && p.isAbsolute(d)).map((d) => ({ dir: p.join(d, "bin"), from: "GOPATH" }));
  const pathDirs = splitPathList(host.env.PATH ?? host.env.Path, host.platform).filter(Boolean);
  const realPathDirs = new Set(await Promise.all(pathDirs.map(async (d) => await host.realpath(d) ?? p.normalize(d))));
  const out = [];
  for (const { dir, from } of dirs) {
    const names = await host.readdir(dir);
    const executables = [];
    for (const n of (names ?? []).slice(0, 500)) if (await host.isExecutable(p.join(dir, n))) executables.push(n);
    const real = await host.realpath(dir) ?? p.normalize(dir);
    const onPath = pathDirs.some((d) => p.normalize(d) === p.normalize(dir)) || realPathDirs.has(real);
    out.push({ dir, from, exists: names !== null, executables, onPath });
  }
  return out;
}
__name(installDirs, "installDirs");
async function describeGorootTree(host, dir) {
  if (!dir) return null;
  const p = host.platform === "win32" ? path2.win32 : path2.posix;
  const st = await host.stat(dir);
  const version = await host.readText(p.join(dir, "VERSION"), 4096);
  return {
    dir,
    exists: !!st?.isDir,
    hasSrcRuntime: !!(await host.stat(p.join(dir, "src", "runtime")))?.isDir,
    hasPkgTool: !!(await host.stat(p.join(dir, "pkg", "tool")))?.isDir,
    versionFile: version?.split("\n")[0]?.trim() || null
  };
}
__name(describeGorootTree, "describeGorootTree");

export {
  toolchainsCollector,
  collectGoEnv,
  goenvCollector
};
