import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  PROBE_CACHE,
  PROBE_CONFIG
} from "./chunk-XVVG7EUA.js";
import {
  findGoVersion
} from "./chunk-S74V6A24.js";
import {
  leftoverText
} from "./chunk-RGSSBWB6.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/env-file.ts
import * as path from "node:path";
function parseEnvFile(text, path3) {
  const entries = [];
  const problems = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const eq = line.indexOf("=");
    const first = line.charCodeAt(0);
    const trimmed = line.trim();
    if (eq < 0 || !(first >= 65 && first <= 90)) {
      if (trimmed !== "" && !trimmed.startsWith("#")) {
        problems.push({ line: lineNo, text: line, problem: eq < 0 ? 'no "=": Go ignores this line' : "does not start with an upper-case letter: Go ignores this line" });
      }
      return;
    }
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (/\s/.test(key)) problems.push({ line: lineNo, text: line, problem: `key ${JSON.stringify(key)} contains white space: it sets nothing Go reads` });
    if (value.endsWith("\r")) problems.push({ line: lineNo, text: line, problem: 'ends with a carriage return (CRLF file): the value includes "\\r"' });
    if (/^(["']).*\1$/.test(value)) problems.push({ line: lineNo, text: line, problem: "value is quoted: Go keeps the quotes as part of the value" });
    entries.push({ key, value, line: lineNo });
  });
  return { path: path3, exists: true, entries, problems };
}
__name(parseEnvFile, "parseEnvFile");
function lastValue(file, key) {
  if (!file) return null;
  for (let i = file.entries.length - 1; i >= 0; i--) {
    const e = file.entries[i];
    if (e.key === key) return { value: e.value, line: e.line };
  }
  return null;
}
__name(lastValue, "lastValue");
function userDir(host, win, mac, xdgVar, unix) {
  const e = host.env;
  if (host.platform === "win32") return win.map((k) => e[k]).find(Boolean) || null;
  if (host.platform === "darwin") return e.HOME ? path.posix.join(e.HOME, "Library", mac) : null;
  const xdg = e[xdgVar];
  if (xdg) return path.posix.isAbsolute(xdg) ? xdg : null;
  return e.HOME ? path.posix.join(e.HOME, unix) : null;
}
__name(userDir, "userDir");
var userConfigDir = /* @__PURE__ */ __name((host) => userDir(host, ["AppData", "APPDATA"], "Application Support", "XDG_CONFIG_HOME", ".config"), "userConfigDir");
var userCacheDir = /* @__PURE__ */ __name((host) => userDir(host, ["LocalAppData", "LOCALAPPDATA"], "Caches", "XDG_CACHE_HOME", ".cache"), "userCacheDir");
function envFilePath(host) {
  const g = host.env.GOENV;
  if (g) return g === "off" ? null : g;
  const dir = userConfigDir(host);
  return dir ? (host.platform === "win32" ? path.win32 : path.posix).join(dir, "go", "env") : null;
}
__name(envFilePath, "envFilePath");

// src/collectors/go-probe.ts
import * as path2 from "node:path";

// src/knowledge/node-platform.ts
var GOOS = {
  linux: "linux",
  darwin: "darwin",
  win32: "windows",
  freebsd: "freebsd",
  openbsd: "openbsd",
  netbsd: "netbsd",
  aix: "aix"
};
var GOARCH = {
  x64: "amd64",
  arm64: "arm64",
  ia32: "386",
  s390x: "s390x",
  riscv64: "riscv64",
  loong64: "loong64"
};
function thisProcessGoPlatform(platform = process.platform, arch = process.arch) {
  const goos = GOOS[platform];
  const goarch = GOARCH[arch];
  return goos && goarch ? `${goos}/${goarch}` : null;
}
__name(thisProcessGoPlatform, "thisProcessGoPlatform");

// src/collectors/go-probe.ts
function probeEnv(host, scratch, overrides = {}) {
  const isolate = scratch && host.kind !== "recorded" && host.platform !== "win32" ? { GOCACHE: path2.join(scratch, PROBE_CACHE), XDG_CONFIG_HOME: path2.join(scratch, PROBE_CONFIG), GOENV: host.env.GOENV || envFilePath(host) || "off" } : {};
  return { ...host.env, GOTOOLCHAIN: "local", ...isolate, ...overrides };
}
__name(probeEnv, "probeEnv");
var PROBE_TIMEOUT_MS = 8e3;
function describeFailure(r, what) {
  const left = r.leftover?.length ? `; it left ${leftoverText(r.leftover)} outside its process group, holding its output open (killed)` : "";
  if (r.timedOut) return `${what} did not answer within ${r.ms} ms (killed)${left}`;
  if (r.error && r.code === null) return `${what} could not start: ${r.error}`;
  const err = r.stderr.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" / ");
  if (r.code !== 0) return `${what} exited with status ${r.code ?? r.signal}${err ? `: ${err}` : ""}${left}`;
  return `${what} printed no recognisable output${left}`;
}
__name(describeFailure, "describeFailure");
async function versionFromBuildInfo(host, goPath) {
  if (host.kind === "recorded") return null;
  const hostPlatform = thisProcessGoPlatform(host.platform, host.kind === "local" ? process.arch : host.arch ?? "");
  try {
    const { readBuildInfoSummary } = await import("./read-BSPOMWE4.js");
    const b = await readBuildInfoSummary(goPath, host);
    if (!b) return null;
    const platform = `${b.goos}/${b.goarch}`;
    const goVersion = b.buildInfo.goVersion;
    if (b.buildInfo.path !== "cmd/go" || !goVersion || platform !== hostPlatform) return null;
    return { version: findGoVersion(goVersion) ?? goVersion, platform, error: null };
  } catch {
    return null;
  }
}
__name(versionFromBuildInfo, "versionFromBuildInfo");
async function probeVersion(host, goPath, cwd, timeoutMs = PROBE_TIMEOUT_MS, hasGoroot = true) {
  const read = hasGoroot ? await versionFromBuildInfo(host, goPath) : null;
  if (read) return read;
  const r = await host.run(goPath, ["version"], {
    cwd,
    env: probeEnv(host, cwd, { ...hasGoroot ? { GOROOT: void 0 } : {}, GOFLAGS: "-modcacherw" }),
    timeoutMs,
    maxBytes: 64 * 1024
  });
  if (r.ok && r.code === 0) {
    const line = r.stdout.split("\n")[0] ?? "";
    const m = /^go version (\S+) (\S+\/\S+)/.exec(line);
    if (m) return { version: findGoVersion(m[1]) ?? m[1], platform: m[2], error: null };
  }
  return { version: null, platform: null, error: describeFailure(r, `\`${goPath} version\``) };
}
__name(probeVersion, "probeVersion");

export {
  parseEnvFile,
  lastValue,
  userConfigDir,
  userCacheDir,
  envFilePath,
  probeEnv,
  PROBE_TIMEOUT_MS,
  describeFailure,
  probeVersion
};
