import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  modulesCollector,
  projectCollector
} from "./chunk-VFMCARKJ.js";
import {
  readFileCaps
} from "./chunk-EKXUNDYH.js";
import {
  retractionsCollector
} from "./chunk-FXICBWLO.js";
import {
  pool
} from "./chunk-SW3IABDB.js";
import {
  lookPath,
  readSmall,
  runOut,
  skip,
  vulnsCollector
} from "./chunk-UQYNX74J.js";
import {
  hash1GoMod
} from "./chunk-MKTU6BHA.js";
import {
  TYPE_CHECKING_TOOLS,
  splitQuoted
} from "./chunk-KB37XK2A.js";
import {
  redactUserinfo
} from "./chunk-HCNRKEPA.js";
import {
  shellsCollector
} from "./chunk-CTKGUG5O.js";
import {
  goenvCollector,
  toolchainsCollector
} from "./chunk-UUY3J6IC.js";
import {
  defineCollector,
  earlierValue,
  runCollectors
} from "./chunk-7NBLZL43.js";
import {
  factsOf
} from "./chunk-SODXAFS5.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import {
  makeDir,
  makeTempDir,
  removeReadOnlyTree,
  writeFile
} from "./chunk-77TINIMA.js";
import {
  headLooksGo
} from "./chunk-SFO5HY6L.js";
import {
  moduleDownloadFiles
} from "./chunk-URFTV32G.js";
import {
  APK_TO_GOARCH,
  DPKG_TO_GOARCH,
  RELEVANT_CPU_FLAGS,
  RPM_TO_GOARCH,
  UNAME_TO_GOARCH,
  amd64Level,
  numericVersion
} from "./chunk-W5XSRNJ5.js";
import {
  portsFromArgs,
  portsFromEnv
} from "./chunk-N5CH7USA.js";
import {
  splitPathList
} from "./chunk-EDRERVNO.js";
import {
  LocalHost,
  readFiles,
  readlinks
} from "./chunk-SDAAKID4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/runtime.ts
import * as path from "node:path";

// src/collectors/runtime-classify.ts
var RULES = [
  [/go: parsing \$GOFLAGS|GOFLAGS.*unknown flag|invalid value ".*" for flag .* in \$GOFLAGS/i, "goflags"],
  [/requires go >= \S+ \(running go \S+; GOTOOLCHAIN=|toolchain not available|switching to go\S+|go: downloading go1\.\d/i, "toolchain-switch"],
  [/cgo: C compiler "[^"]*" not found|exec: "[^"]*(gcc|clang|cc)": executable file not found|C compiler .* not found/i, "no-c-compiler"],
  [/fork\/exec .*: permission denied|EACCES|spawn .* permission denied|exec format error: permission denied/i, "noexec"],
  [/x509: certificate signed by unknown authority|x509: certificate is not trusted|certificate verify failed|x509: .*certificate/i, "x509"],
  [/lookup \S+( on \S+)?: (no such host|server misbehaving|Temporary failure in name resolution)|no such host|dial tcp: lookup/i, "dns"],
  [/connect: connection refused|connection refused/i, "connection-refused"],
  [/i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout exceeded|timed out after/i, "timeout"],
  [/module lookup disabled by GOPROXY=off/i, "proxy-off"],
  [/: 401 Unauthorized|terminal prompts disabled|could not read Username/i, "http-401"],
  [/: 403 Forbidden/i, "http-403"],
  [/: 410 Gone/i, "http-410"],
  [/: 404 Not Found/i, "http-404"],
  [/: 5\d\d [A-Z][A-Za-z ]+/, "http-5xx"]
];
function detailOf(text) {
  const lines = text.split("\n").map((l) => l.trimEnd()).filter((l) => l && !/^go: (downloading|finding|extracting) /.test(l));
  return redactUserinfo(lines.slice(0, 6).join("\n")).replace(/(https?:\/\/)[^/\s@]*@/g, "$1xxxxx@");
}
__name(detailOf, "detailOf");
function urlOf(text) {
  const m = /(?:reading|Get "?|fetching) ?"?(https?:\/\/[^\s":]+(?::\d+)?[^\s":]*)/.exec(text);
  return m ? redactUserinfo(m[1]).replace(/(https?:\/\/)[^/\s@]*@/, "$1xxxxx@") : null;
}
__name(urlOf, "urlOf");
function whereOf(text, cls) {
  if (cls === "noexec" || cls === "no-c-compiler" || cls === "goflags" || cls === "toolchain-switch") return "local";
  if (/verifying (module|go\.mod)|\/lookup\/|\/sumdb\/|\/tile\/|checksum database/i.test(text)) return "sumdb";
  if (/git |hg |svn |fossil |bzr |go-get=1|unrecognized import path|terminal prompts disabled|could not read Username/i.test(text)) return "origin";
  return "proxy";
}
__name(whereOf, "whereOf");
function classifyFailure(r) {
  if (r.ok && r.code === 0) return null;
  const text = [r.stderr, jsonErrors(r.stdout), r.error ?? ""].filter(Boolean).join("\n");
  let cls = r.timedOut ? "timeout" : "other";
  if (!r.timedOut) {
    for (const [re, c] of RULES) if (re.test(text)) {
      cls = c;
      break;
    }
  }
  return { class: cls, where: whereOf(text, cls), url: urlOf(text), detail: detailOf(text) || `exit status ${r.code ?? "unknown"}` };
}
__name(classifyFailure, "classifyFailure");
function jsonErrors(stdout) {
  const errs = [];
  for (const m of stdout.matchAll(/"Error":\s*"((?:[^"\\]|\\.)*)"/g)) {
    try {
      errs.push(JSON.parse(`"${m[1]}"`));
    } catch {
      errs.push(m[1]);
    }
  }
  return errs.join("\n");
}
__name(jsonErrors, "jsonErrors");

// src/collectors/runtime.ts
var DEFAULT_CROSS_TARGETS = ["linux/amd64", "linux/arm64", "darwin/arm64", "windows/amd64"];
var DEFAULT_PROBE_MODULE = "rsc.io/quote@v1.5.2";
function parseCrossTargets(value) {
  const targets = value.split(",").map((t) => t.trim()).filter(Boolean);
  const bad = targets.find((t) => !/^[a-z0-9]+\/[a-z0-9]+$/.test(t));
  if (targets.length === 0) return "--cross-targets needs at least one GOOS/GOARCH";
  if (bad) return `--cross-targets: ${JSON.stringify(bad)} is not GOOS/GOARCH (e.g. linux/arm64)`;
  return targets;
}
__name(parseCrossTargets, "parseCrossTargets");
var HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from godiag") }\n';
var CGO_HELLO = 'package main\n\n/*\nint answer(void) { return 42; }\n*/\nimport "C"\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from godiag cgo", int(C.answer())) }\n';
var GO_MOD = "module godiag.test/probe\n\ngo 1.18\n";
var MACHINES = {
  amd64: ["x86-64", "x86_64"],
  arm64: ["AArch64", "arm64", "ARM64"],
  "386": ["i386", "Intel 80386"],
  arm: ["ARM", "arm", "ARMv7 Thumb-2"]
};
var FORMATS = { linux: "elf", darwin: "macho", windows: "pe", freebsd: "elf", aix: "xcoff" };
function show(env, argv) {
  return [...Object.entries(env).map(([k, v]) => `${k}=${redactUserinfo(v)}`), ...argv].join(" ");
}
__name(show, "show");
function step(name, target, command, started, r, extra = {}) {
  const failure = r ? classifyFailure(r) : null;
  return {
    name,
    target,
    command,
    ms: Math.round(performance.now() - started),
    status: extra.skipped ? "skipped" : failure || (extra.problems?.length ?? 0) > 0 ? "failed" : "ok",
    failure,
    skipped: null,
    binary: null,
    problems: [],
    ...extra
  };
}
__name(step, "step");
async function runGo(c, cwd, args, env = {}, timeoutMs = c.timeoutMs) {
  return c.host.run(c.go, args, { cwd, env: { ...c.env, ...env }, timeoutMs, maxBytes: 1024 * 1024 });
}
__name(runGo, "runGo");
async function buildAndRun(c, name, dir, env, expect) {
  const started = performance.now();
  const exe = path.join(dir, name);
  const build = ["build", "-o", exe, "."];
  const cmd = show(env, ["go", ...build]);
  const b = await runGo(c, dir, build, env);
  if (!b.ok || b.code !== 0) return step(name, null, cmd, started, b);
  const r = await c.host.run(exe, [], { cwd: dir, env: c.env, timeoutMs: c.timeoutMs });
  const res = step(name, null, `${cmd} && ${exe}`, started, r);
  if (res.status === "ok" && !r.stdout.includes(expect)) {
    return { ...res, status: "failed", failure: { class: "other", where: "local", url: null, detail: `the program printed ${JSON.stringify(r.stdout.slice(0, 200))}, expected ${JSON.stringify(expect)}` } };
  }
  return res;
}
__name(buildAndRun, "buildAndRun");
async function ccFacts(c, dir, goenvCC) {
  const r = await runGo(c, dir, ["env", "CC"]);
  const value = (r.code === 0 ? r.stdout.trim() : "") || goenvCC?.value || "gcc";
  const explicit = !!c.env.CC || goenvCC !== void 0 && goenvCC.source !== "default";
  const first = value.split(/\s+/)[0] ?? value;
  const found = first.includes("/") ? await c.host.isExecutable(first) ? first : null : await lookPath(c.host, first);
  return { value, explicit, found };
}
__name(ccFacts, "ccFacts");
async function crossBuild(c, dir, target) {
  const started = performance.now();
  const [goos, goarch] = target.split("/");
  const out = path.join(dir, "cross", `hello-${goos}-${goarch}${goos === "windows" ? ".exe" : ""}`);
  const env = { GOOS: goos, GOARCH: goarch, CGO_ENABLED: "0" };
  const args = ["build", "-o", out, "."];
  const r = await runGo(c, dir, args, env, Math.max(c.timeoutMs, 18e4));
  const res = step("cross", target, show(env, ["go", ...args]), started, r);
  if (res.status !== "ok") return res;
  const { inspectBinary } = await import("./read-BSPOMWE4.js");
  try {
    const bin = await inspectBinary(out, c.host);
    const problems = [];
    if (FORMATS[goos] && bin.format !== FORMATS[goos]) problems.push(`format ${bin.format}, expected ${FORMATS[goos]}`);
    if (bin.goos !== goos || bin.goarch !== goarch) problems.push(`built for ${bin.goos}/${bin.goarch}, expected ${target}`);
    if (MACHINES[goarch] && !MACHINES[goarch].includes(bin.machine)) problems.push(`header machine ${bin.machine}, expected ${MACHINES[goarch][0]}`);
    if (goos === "linux" && bin.linkage !== "static") problems.push(`linkage ${bin.linkage}${bin.interpreter ? ` (interpreter ${bin.interpreter})` : ""}, expected static with CGO_ENABLED=0`);
    const binary = { format: bin.format, goos: bin.goos, goarch: bin.goarch, machine: bin.machine, linkage: bin.linkage, interpreter: bin.interpreter };
    return { ...res, binary, problems, status: problems.length ? "failed" : "ok", ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { ...res, status: "failed", problems: [`the output could not be read as a binary: ${e.message}`] };
  }
}
__name(crossBuild, "crossBuild");
async function collectRuntime(host, opts, earlier, ro = {}) {
  if (host.kind !== "local") throw new Error("runtime probes need the local machine");
  const goenv = earlierValue(earlier, "goenv");
  const tc = earlierValue(earlier, "toolchains");
  const go = goenv?.goBinary ?? tc?.installs[0]?.path;
  if (!go) throw new Error("no go on PATH to build with");
  const progress = opts.progress ?? (() => {
  });
  const module = ro.module ?? DEFAULT_PROBE_MODULE;
  const targets = ro.targets ?? opts.crossTargets ?? DEFAULT_CROSS_TARGETS;
  const tmpBase = host.env.TMPDIR || "/tmp";
  const root = makeTempDir("godiag-runtime-", tmpBase);
  const env = { ...host.env, GOTOOLCHAIN: "local", GOWORK: "off" };
  const c = { host, go, env, timeoutMs: ro.stepTimeoutMs ?? Math.max(opts.timeoutMs ?? 0, 12e4), progress };
  const setting = /* @__PURE__ */ __name((k) => goenv?.settings[k]?.value ?? host.env[k] ?? "", "setting");
  const steps = [];
  const want = /* @__PURE__ */ __name((n) => !ro.only || ro.only.includes(n), "want");
  const log = /* @__PURE__ */ __name((s) => {
    steps.push(s);
    const what = s.target ? `${s.name} ${s.target}` : s.name;
    const how = s.status === "ok" ? "ok" : s.status === "skipped" ? `skipped (${s.skipped})` : `FAILED: ${s.failure?.class ?? s.problems[0] ?? "see details"}`;
    progress(`${what} ${how} (${s.ms} ms)`);
    return s;
  }, "log");
  let cc = { value: "", explicit: false, found: null };
  let tempRemoved = false;
  const program = /* @__PURE__ */ __name(async (name, source) => {
    const dir = path.join(root, name);
    makeDir(dir);
    writeFile(path.join(dir, "go.mod"), GO_MOD);
    writeFile(path.join(dir, "main.go"), source);
    return dir;
  }, "program");
  const probeCgo = /* @__PURE__ */ __name(async (dir) => {
    cc = await ccFacts(c, dir, goenv?.settings.CC);
    if (!cc.found && !cc.explicit) {
      return log(step("cgo", null, "go build (CGO_ENABLED=1)", performance.now(), null, { skipped: `no C compiler: ${cc.value} is not on PATH, so cgo is off by default` }));
    }
    return log(await buildAndRun(c, "cgo", dir, { CGO_ENABLED: "1" }, "hello from godiag cgo 42"));
  }, "probeCgo");
  const probeDownload = /* @__PURE__ */ __name(async (dir) => {
    progress(`network: go mod download ${module} through GOPROXY=${redactUserinfo(setting("GOPROXY"))} GOSUMDB=${setting("GOSUMDB")}`);
    const started = performance.now();
    const denv = { GOMODCACHE: path.join(root, "modcache") };
    const dargs = ["mod", "download", "-json", module];
    const d = await runGo(c, dir, dargs, denv, ro.downloadTimeoutMs ?? Math.max(opts.timeoutMs ?? 0, 9e4));
    return log(step("download", null, show(denv, ["go", ...dargs]), started, d));
  }, "probeDownload");
  const probeProject = /* @__PURE__ */ __name(async (gomodPath) => {
    const s0 = performance.now();
    const dir = path.dirname(gomodPath);
    const r = await runGo(c, dir, ["list", "-m"], { GOWORK: host.env.GOWORK ?? "" });
    return log(step("project", null, `cd ${dir} && GOTOOLCHAIN=local go list -m`, s0, r));
  }, "probeProject");
  try {
    progress(`probing in ${root} with ${go} (GOTOOLCHAIN=local)`);
    const hello = await program("hello", HELLO);
    const project = earlierValue(earlier, "project");
    const builds = [];
    if (want("hello")) builds.push(() => buildAndRun(c, "hello", hello, {}, "hello from godiag").then(log));
    if (want("cgo")) builds.push(() => program("cgo", CGO_HELLO).then(probeCgo));
    if (want("cross")) for (const t of targets) builds.push(async () => log(await crossBuild(c, hello, t)));
    const worker = /* @__PURE__ */ __name(async () => {
      for (let job = builds.shift(); job; job = builds.shift()) await job();
    }, "worker");
    await Promise.all([
      worker(),
      worker(),
      want("download") && probeDownload(hello),
      project?.gomod && want("project") && probeProject(project.gomod.path)
    ]);
  } finally {
    tempRemoved = removeReadOnlyTree(root);
    progress(`${tempRemoved ? "removed" : "could NOT remove"} ${root}`);
  }
  const order = ["hello", "cgo", "download", "cross", "project"];
  steps.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name) || targets.indexOf(a.target ?? "") - targets.indexOf(b.target ?? ""));
  return {
    goBinary: go,
    tempDir: root,
    tempRemoved,
    network: { module, goproxy: redactUserinfo(setting("GOPROXY")), gosumdb: setting("GOSUMDB") },
    cc,
    gotoolchain: goenv?.settings.GOTOOLCHAIN?.value ?? host.env.GOTOOLCHAIN ?? "local",
    steps
  };
}
__name(collectRuntime, "collectRuntime");
function makeRuntimeCollector(ro = {}) {
  return defineCollector({
    area: "runtime",
    after: ["goenv", "project", "toolchains"],
    // Only `doctor --runtime`: the default doctor makes no network request.
    enabled: /* @__PURE__ */ __name((opts) => !!opts.runtime, "enabled"),
    collect: /* @__PURE__ */ __name((host, opts, earlier) => collectRuntime(host, opts, earlier, ro), "collect")
  });
}
__name(makeRuntimeCollector, "makeRuntimeCollector");
var runtimeCollector = makeRuntimeCollector();

// src/collectors/system/index.ts
import * as path4 from "node:path";

// src/collectors/system/ca-roots.ts
import { X509Certificate, createHash } from "node:crypto";
var MAX_CA_ROOTS = 4096;
function rootBudget(max = MAX_CA_ROOTS) {
  return { left: max, truncated: false, parsed: /* @__PURE__ */ new Map() };
}
__name(rootBudget, "rootBudget");
var CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----\r?\n([^-]*)-----END CERTIFICATE-----/g;
function readCaRoots(data, file, into, seen, budget) {
  let unparsable = 0;
  for (const m of data.toString("latin1").matchAll(CERTIFICATE_BLOCK)) {
    if (m[1].includes(":")) continue;
    if (budget.left <= 0) {
      budget.truncated = true;
      break;
    }
    budget.left--;
    const der = Buffer.from(m[1], "base64");
    const key = createHash("sha256").update(der).digest("hex");
    if (seen.has(key)) continue;
    seen.add(key);
    let root = budget.parsed.get(key);
    if (root === void 0) budget.parsed.set(key, root = parseRoot(der));
    if (root) into.push({ ...root, file });
    else unparsable++;
  }
  return unparsable;
}
__name(readCaRoots, "readCaRoots");
function parseRoot(der) {
  try {
    const cert = new X509Certificate(der);
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return null;
    return { subject: cert.subject.split("\n").join(", "), notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString() };
  } catch {
    return null;
  }
}
__name(parseRoot, "parseRoot");

// src/collectors/system/ca.ts
var CERT_FILE_BYTES = 1024 * 1024;
var LINUX_CERT_FILES = [
  "/etc/ssl/certs/ca-certificates.crt",
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/pki/tls/cacert.pem",
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
  "/etc/ssl/cert.pem"
];
var LINUX_CERT_DIRS = ["/etc/ssl/certs", "/etc/pki/tls/certs"];
var PEM_MARKER = Buffer.from("-----BEGIN CERTIFICATE-----");
function countPemCertificates(data) {
  let n = 0;
  for (let at = data.indexOf(PEM_MARKER); at >= 0; at = data.indexOf(PEM_MARKER, at + PEM_MARKER.length)) n++;
  return n;
}
__name(countPemCertificates, "countPemCertificates");
async function collectCa(ctx) {
  const { host } = ctx;
  const sslCertFile = host.env.SSL_CERT_FILE || null;
  const sslCertDir = host.env.SSL_CERT_DIR || null;
  if (host.platform !== "linux" && host.platform !== "freebsd") return { sslCertFile, sslCertDir, candidates: [], certificates: null };
  const candidates2 = [];
  const files = sslCertFile ? [sslCertFile] : [...LINUX_CERT_FILES];
  const dirs = sslCertDir ? sslCertDir.split(":").filter(Boolean) : [...LINUX_CERT_DIRS];
  let total = 0;
  let fileLoaded = false;
  const budget = rootBudget();
  const checkedAt = (/* @__PURE__ */ new Date()).toISOString();
  for (const f of files) {
    const data = await host.readBytes(f, 32 * 1024 * 1024);
    const certs = data ? countPemCertificates(data) : 0;
    const candidate = { path: f, kind: "file", exists: data !== null, bytes: data?.length ?? 0, certificates: certs };
    if (data !== null && !fileLoaded) {
      total += certs;
      fileLoaded = true;
      candidate.roots = [];
      candidate.unparsable = readCaRoots(data, f, candidate.roots, /* @__PURE__ */ new Set(), budget);
    }
    candidates2.push(candidate);
  }
  for (const d of dirs) {
    const entries = await host.readdirTyped(d);
    let certs = 0;
    let bytes = 0;
    let unparsable = 0;
    const roots = [];
    const seen = /* @__PURE__ */ new Set();
    const links = (entries ?? []).filter((e) => e.isSymlink).map((e) => `${d}/${e.name}`);
    const targets = await readlinks(host, links);
    const sameDir = new Set(links.filter((_, i) => !targets[i]?.includes("/")));
    const files2 = (entries ?? []).map((e) => `${d}/${e.name}`).filter((f) => !sameDir.has(f));
    const contents = await readFiles(host, files2, CERT_FILE_BYTES);
    for (const [i, data] of contents.entries()) {
      if (!data) continue;
      certs += countPemCertificates(data);
      bytes += data.length;
      unparsable += readCaRoots(data, files2[i], roots, seen, budget);
    }
    candidates2.push({ path: d, kind: "dir", exists: entries !== null, bytes, certificates: certs, ...entries !== null ? { roots, unparsable } : {} });
    total += certs;
  }
  return { sslCertFile, sslCertDir, candidates: candidates2, certificates: total, checkedAt, rootsTruncated: budget.truncated };
}
__name(collectCa, "collectCa");

// src/collectors/system/cgo.ts
function compilerProgram(setting) {
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(setting);
  return m ? m[1] ?? m[2] ?? m[3] ?? "" : "";
}
__name(compilerProgram, "compilerProgram");
async function compiler(ctx, get, key) {
  const s = get(key);
  if (!s || !s.value.trim()) return null;
  const program = compilerProgram(s.value);
  const path7 = await lookPath(ctx.host, program);
  let version = null;
  if (path7 && key === "CC") version = (await runOut(ctx, path7, ["--version"]))?.split("\n")[0]?.trim() || null;
  return { setting: s.value, settingSource: s.source, program, path: path7, version };
}
__name(compiler, "compiler");
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "testdata", "vendor"]);
async function findPkgConfigUsers(host, root, limit = 4e3) {
  const found = [];
  const queue = [root];
  let files = 0;
  while (queue.length && files < limit) {
    const dir = queue.shift();
    for (const name of await host.readdir(dir) ?? []) {
      if (name.startsWith(".") || name.startsWith("_") || SKIP_DIRS.has(name)) continue;
      const p = `${dir}/${name}`;
      const st = await host.lstat(p);
      if (!st) continue;
      if (st.isDir) queue.push(p);
      else if (st.isFile && name.endsWith(".go") && files++ < limit) {
        const text = await host.readText(p, 64 * 1024);
        if (text && /^\s*#cgo\s+(?:[^:\n]*\s)?pkg-config:/m.test(text)) found.push(p);
      }
    }
  }
  return found;
}
__name(findPkgConfigUsers, "findPkgConfigUsers");
async function collectCgo(ctx, get, hostGoarch, projectRoot) {
  const hostGoos = ctx.host.platform === "win32" ? "windows" : ctx.host.platform;
  const goos = get("GOOS")?.value || hostGoos;
  const goarch = get("GOARCH")?.value || hostGoarch;
  const hostArch = get("GOHOSTARCH")?.value || hostGoarch;
  const hostOs = get("GOHOSTOS")?.value || hostGoos;
  const [cc, cxx] = await Promise.all([compiler(ctx, get, "CC"), compiler(ctx, get, "CXX")]);
  const setting = get("CGO_ENABLED");
  let enabled = setting && ["0", "1"].includes(setting.value) ? setting.value === "1" : null;
  let reason;
  if (setting && setting.source !== "default" && ["0", "1"].includes(setting.value)) reason = "explicit";
  else if (hostArch && goarch && (goos !== hostOs || goarch !== hostArch)) {
    reason = "cross-compile";
    enabled = false;
  } else if (cc && !cc.path) {
    reason = "no-compiler";
    enabled = false;
  } else if (cc) {
    reason = "default-on";
    enabled ??= true;
  } else reason = "unknown";
  const pc = get("PKG_CONFIG")?.value || "pkg-config";
  return {
    enabled,
    enabledSource: setting?.source ?? null,
    reason,
    goos,
    goarch,
    hostGoos: hostOs,
    hostGoarch: hostArch,
    cc,
    cxx,
    pkgConfig: {
      setting: pc,
      path: await lookPath(ctx.host, compilerProgram(pc)),
      neededBy: projectRoot ? await findPkgConfigUsers(ctx.host, projectRoot) : []
    }
  };
}
__name(collectCgo, "collectCgo");

// src/collectors/system/cgroup.ts
function parseProcCgroup(text) {
  const lines = [];
  const problems = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(raw.trim());
    if (!m) {
      problems.push(`/proc/self/cgroup line ${i + 1} is malformed: ${raw.slice(0, 120)}`);
      return;
    }
    lines.push({ id: m[1], controllers: m[2] ? m[2].split(",") : [], path: m[3] });
  });
  return { lines, problems };
}
__name(parseProcCgroup, "parseProcCgroup");
function countCpuList(list) {
  const s = list.trim();
  if (!s) return null;
  let n = 0;
  for (const part of s.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === void 0 ? a : Number(m[2]);
    if (b < a) return null;
    n += b - a + 1;
  }
  return n;
}
__name(countCpuList, "countCpuList");
function cgroupDir(mount, path7) {
  const root = mount.root === "/" ? "" : mount.root;
  const rel = root && (path7 === root || path7.startsWith(root + "/")) ? path7.slice(root.length) : root ? "" : path7;
  return (mount.mountPoint + rel).replace(/\/+$/, "") || "/";
}
__name(cgroupDir, "cgroupDir");
function parseCpuMax(text) {
  const m = /^(max|\d+)\s+(\d+)\s*$/.exec(text.trim());
  if (!m || Number(m[2]) <= 0) return null;
  return { quota: m[1] === "max" ? null : Number(m[1]), period: Number(m[2]) };
}
__name(parseCpuMax, "parseCpuMax");
function parseMemoryLimit(text) {
  const s = text.trim();
  if (s === "max") return { maxBytes: null };
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return { maxBytes: n >= 2 ** 62 ? null : n };
}
__name(parseMemoryLimit, "parseMemoryLimit");
async function collectCgroup(ctx, mounts) {
  const { host } = ctx;
  const result = {
    version: null,
    path: null,
    cpu: { quotaUs: null, periodUs: null, limit: null, source: null },
    cpuset: { cpus: null, count: null, source: null },
    memory: { maxBytes: null, source: null },
    affinityCpus: null,
    onlineCpus: null
  };
  if (host.platform !== "linux") return result;
  const status = await readSmall(ctx, "/proc/self/status", "cgroup.affinity");
  const allowed = status && /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
  if (allowed) result.affinityCpus = countCpuList(allowed);
  const online = await readSmall(ctx, "/sys/devices/system/cpu/online");
  if (online) result.onlineCpus = countCpuList(online);
  result.affinityCpus ??= result.onlineCpus;
  const text = await readSmall(ctx, "/proc/self/cgroup", "cgroup");
  if (text === null) return result;
  const { lines, problems } = parseProcCgroup(text);
  for (const p of problems) skip(ctx, "cgroup", p);
  if (!mounts) {
    skip(ctx, "cgroup", "no mountinfo: cannot locate the cgroup filesystem");
    return result;
  }
  const v1 = /* @__PURE__ */ __name((ctrl) => lines.find((l) => l.id !== "0" && l.controllers.includes(ctrl)), "v1");
  const v2 = lines.find((l) => l.id === "0" && l.controllers.length === 0);
  const v1Mount = /* @__PURE__ */ __name((ctrl) => mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes(ctrl)), "v1Mount");
  const v2Mount = mounts.find((m) => m.fsType === "cgroup2");
  const read = /* @__PURE__ */ __name(async (dir, file) => {
    const p = `${dir}/${file}`;
    const t = await readSmall(ctx, p);
    return t === null ? null : { path: p, text: t };
  }, "read");
  const cpuV1 = v1("cpu");
  const cpuMountV1 = v1Mount("cpu");
  if (cpuV1 && cpuMountV1) {
    result.version = 1;
    result.path = cpuV1.path;
    const dir = cgroupDir(cpuMountV1, cpuV1.path);
    const q = await read(dir, "cpu.cfs_quota_us");
    const per = await read(dir, "cpu.cfs_period_us");
    if (q && per && /^-?\d+$/.test(q.text.trim()) && /^\d+$/.test(per.text.trim())) {
      const quota = Number(q.text.trim());
      result.cpu = { quotaUs: quota < 0 ? null : quota, periodUs: Number(per.text.trim()), limit: quota < 0 ? null : quota / Number(per.text.trim()), source: q.path };
    } else skip(ctx, "cgroup.cpu", `${dir}/cpu.cfs_quota_us or cpu.cfs_period_us is missing or malformed`);
  } else if (v2 && v2Mount) {
    result.version = 2;
    result.path = v2.path;
    const dir = cgroupDir(v2Mount, v2.path);
    const cm = await read(dir, "cpu.max");
    const parsed = cm && parseCpuMax(cm.text);
    if (parsed) result.cpu = { quotaUs: parsed.quota, periodUs: parsed.period, limit: parsed.quota === null ? null : parsed.quota / parsed.period, source: cm.path };
    else if (cm) skip(ctx, "cgroup.cpu", `${cm.path} is malformed: ${JSON.stringify(cm.text.trim().slice(0, 60))}`);
  } else if (lines.length) {
    skip(ctx, "cgroup", "no cgroup filesystem for the cpu controller in mountinfo");
  }
  if (result.version === 2 && v2 && v2Mount) {
    const dir = cgroupDir(v2Mount, v2.path);
    const cs = await read(dir, "cpuset.cpus.effective");
    if (cs) result.cpuset = { cpus: cs.text.trim(), count: countCpuList(cs.text), source: cs.path };
    const mm = await read(dir, "memory.max");
    const mem = mm && parseMemoryLimit(mm.text);
    if (mem) result.memory = { maxBytes: mem.maxBytes, source: mm.path };
    else if (mm) skip(ctx, "cgroup.memory", `${mm.path} is malformed`);
  } else {
    const csLine = v1("cpuset");
    const csMount = v1Mount("cpuset");
    if (csLine && csMount) {
      const cs = await read(cgroupDir(csMount, csLine.path), "cpuset.effective_cpus");
      if (cs) result.cpuset = { cpus: cs.text.trim(), count: countCpuList(cs.text), source: cs.path };
    }
    const memLine = v1("memory");
    const memMount = v1Mount("memory");
    if (memLine && memMount) {
      const mm = await read(cgroupDir(memMount, memLine.path), "memory.limit_in_bytes");
      const mem = mm && parseMemoryLimit(mm.text);
      if (mem) result.memory = { maxBytes: mem.maxBytes, source: mm.path };
      else if (mm) skip(ctx, "cgroup.memory", `${mm.path} is malformed`);
    }
  }
  return result;
}
__name(collectCgroup, "collectCgroup");

// src/collectors/system/dirs.ts
import * as path2 from "node:path";

// src/collectors/system/mountinfo.ts
function unescape(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8)));
}
__name(unescape, "unescape");
function parseMountinfo(text) {
  const mounts = [];
  const problems = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const f = line.trim().split(/\s+/);
    const dash = f.indexOf("-", 6);
    if (f.length < 10 || dash < 0 || f.length < dash + 3 || !/^\d+$/.test(f[0])) {
      problems.push(`mountinfo line ${i + 1} is malformed: ${line.slice(0, 120)}`);
      return;
    }
    mounts.push({
      root: unescape(f[3]),
      mountPoint: unescape(f[4]),
      options: f[5].split(","),
      fsType: f[dash + 1],
      source: unescape(f[dash + 2]),
      superOptions: (f[dash + 3] ?? "").split(",")
    });
  });
  return { mounts, problems };
}
__name(parseMountinfo, "parseMountinfo");
function mountFor(mounts, p) {
  let best = null;
  for (const m of mounts) {
    const mp = m.mountPoint;
    const inside = mp === "/" || p === mp || p.startsWith(mp.endsWith("/") ? mp : mp + "/");
    if (inside && (!best || mp.length >= best.mountPoint.length)) best = m;
  }
  return best;
}
__name(mountFor, "mountFor");

// src/collectors/system/dirs.ts
function identityFromStatus(status) {
  const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
  const gid = /^Gid:\s+(\d+)/m.exec(status)?.[1];
  const groups = /^Groups:\s*(.*)$/m.exec(status)?.[1]?.trim().split(/\s+/).filter(Boolean).map(Number) ?? [];
  return { uid: uid === void 0 ? null : Number(uid), gids: gid === void 0 ? groups : [Number(gid), ...groups] };
}
__name(identityFromStatus, "identityFromStatus");
function canWrite(id, st, readOnly) {
  if (readOnly) return false;
  if (id.uid === null) return null;
  if (id.uid === 0) return true;
  if (st.uid === id.uid) return (st.mode & 128) !== 0;
  if (id.gids.includes(st.gid)) return (st.mode & 16) !== 0;
  return (st.mode & 2) !== 0;
}
__name(canWrite, "canWrite");
async function collectDirs(ctx, get, mounts, id) {
  const { host } = ctx;
  const isWin = host.platform === "win32";
  const entries = [];
  const tmp = isWin ? host.env.TMP ?? host.env.TEMP : host.env.TMPDIR;
  entries.push({ role: "TMPDIR", value: tmp || (isWin ? "" : "/tmp"), source: tmp ? "env" : "default" });
  for (const role of ["GOTMPDIR", "GOCACHE", "GOMODCACHE", "GOPATH", "GOROOT"]) {
    const s = get(role);
    if (!s || !s.value || role === "GOCACHE" && s.value === "off") continue;
    const value = role === "GOPATH" ? splitPathList(s.value, host.platform)[0] : s.value;
    entries.push({ role, value, source: s.source });
  }
  const out = [];
  const spaceByMount = /* @__PURE__ */ new Map();
  const spaceOf = /* @__PURE__ */ __name((key, p) => {
    if (!spaceByMount.has(key)) {
      spaceByMount.set(key, host.diskSpace(p));
    }
    return spaceByMount.get(key);
  }, "spaceOf");
  const one = /* @__PURE__ */ __name(async (e) => {
    if (!e.value) return null;
    const p = isWin ? e.value : path2.posix.resolve("/", e.value);
    const st = await host.stat(p);
    let examined = p;
    let est = st;
    while (!est && examined) {
      const parent = isWin ? path2.win32.dirname(examined) : path2.posix.dirname(examined);
      examined = parent === examined ? null : parent;
      est = examined ? await host.stat(examined) : null;
    }
    const real = examined ? await host.realpath(examined) ?? examined : null;
    const m = real && mounts ? mountFor(mounts, real) : null;
    let space = null;
    if (real && !isWin) {
      space = await spaceOf(m ? `${m.mountPoint}\0${m.source}` : real, real);
      if (!space) skip(ctx, `dirs.${e.role}.space`, `the free space of ${real} is unknown (statfs or df -Pk gave no usable answer)`);
    }
    return {
      role: e.role,
      path: p,
      source: e.source,
      exists: !!st,
      examined,
      ownerUid: est?.uid ?? null,
      mode: est ? est.mode & 4095 : null,
      writable: est && !isWin ? canWrite(id, est, !!m?.options.includes("ro")) : null,
      mount: m ? { mountPoint: m.mountPoint, fsType: m.fsType, source: m.source, options: m.options } : null,
      freeBytes: space?.freeBytes ?? null,
      totalBytes: space?.totalBytes ?? null
    };
  }, "one");
  for (const d of await Promise.all(entries.map(one))) if (d) out.push(d);
  return out;
}
__name(collectDirs, "collectDirs");

// src/collectors/system/go-context.ts
function joinPath(host, ...parts) {
  const sep = host.platform === "win32" ? "\\" : "/";
  return parts.join(sep).replace(/[\\/]+/g, sep);
}
__name(joinPath, "joinPath");
function defaultSetting(host, key, get) {
  const env = host.env;
  const home = host.platform === "win32" ? env.USERPROFILE : env.HOME;
  switch (key) {
    case "GOPATH":
      return home ? joinPath(host, home, "go") : null;
    case "GOCACHE": {
      const base = host.platform === "win32" ? env.LocalAppData : host.platform === "darwin" ? home ? joinPath(host, home, "Library", "Caches") : null : env.XDG_CACHE_HOME || (home ? joinPath(host, home, ".cache") : null);
      return base ? joinPath(host, base, "go-build") : null;
    }
    case "GOMODCACHE": {
      const gopath = get("GOPATH")?.value.split(host.platform === "win32" ? ";" : ":")[0];
      return gopath ? joinPath(host, gopath, "pkg", "mod") : null;
    }
    case "CC":
      return ["darwin", "freebsd", "openbsd"].includes(host.platform) ? "clang" : "gcc";
    case "CXX":
      return ["darwin", "freebsd", "openbsd"].includes(host.platform) ? "clang++" : "g++";
    case "PKG_CONFIG":
      return "pkg-config";
    case "GOTMPDIR":
      return "";
    default:
      return null;
  }
}
__name(defaultSetting, "defaultSetting");
function goSettings(host, earlier) {
  const goenv = earlierValue(earlier, "goenv");
  const get = /* @__PURE__ */ __name((key) => {
    const s = goenv?.settings[key];
    if (s) return { value: s.value, source: s.source };
    const v = host.env[key];
    if (v) return { value: v, source: "env" };
    const d = defaultSetting(host, key, get);
    return d === null ? null : { value: d, source: "default" };
  }, "get");
  return get;
}
__name(goSettings, "goSettings");
async function platformOfExecutable(host, p) {
  const bytes = await host.readBytes(p, 512 * 1024 * 1024);
  if (!bytes) return { goos: null, goarch: null };
  try {
    const { inspectBuffer } = await import("./binary-3444SQ6C.js");
    const [facts] = await inspectBuffer(bytes, p);
    return { goos: facts?.goos ?? null, goarch: facts?.goarch ?? null };
  } catch {
    return { goos: null, goarch: null };
  }
}
__name(platformOfExecutable, "platformOfExecutable");
async function goContext(host, earlier, get) {
  const toolchains = earlierValue(earlier, "toolchains");
  const project = earlierValue(earlier, "project");
  const goenv = earlierValue(earlier, "goenv");
  const seen = /* @__PURE__ */ new Set();
  const installs = [];
  for (const g of [...toolchains?.installs ?? [], ...toolchains?.offPath ?? []]) {
    const version = g.reportedVersion ?? g.versionFile;
    const key = g.realPath ?? g.path;
    if (!version || g.isShim || seen.has(key)) continue;
    seen.add(key);
    installs.push({ path: g.path, version, platform: g.reportedPlatform });
  }
  const unrunnable = [];
  for (const g of toolchains?.installs ?? []) {
    if (g.reportedPlatform || !g.probeError || g.isShim) continue;
    unrunnable.push({ path: g.path, ...await platformOfExecutable(host, g.realPath ?? g.path), probeError: g.probeError });
  }
  const sel = project?.selection ?? null;
  const selectedVersion = sel ? sel.action === "local" ? goenv?.goVersion ?? null : sel.target : null;
  const mod = project?.gomod ?? null;
  const envOrNull = /* @__PURE__ */ __name((k) => host.env[k] ?? null, "envOrNull");
  const amd64 = get("GOAMD64");
  return {
    installs,
    unrunnable,
    selected: sel && selectedVersion ? { version: selectedVersion, action: sel.action, gotoolchain: sel.gotoolchain } : null,
    // A go.mod without a go line means go 1.16 (FACTS §6).
    mainModule: mod ? { path: mod.path, go: mod.go ?? "1.16", requiresAutomaxprocs: mod.requires.some((r) => r.path === "go.uber.org/automaxprocs") } : null,
    env: {
      GOMAXPROCS: envOrNull("GOMAXPROCS"),
      GOMEMLIMIT: envOrNull("GOMEMLIMIT"),
      GODEBUG: envOrNull("GODEBUG"),
      GOAMD64: amd64?.value ?? null,
      GOAMD64Source: amd64?.source ?? null
    }
  };
}
__name(goContext, "goContext");

// src/collectors/system/package-db.ts
var DPKG_STATUS = "/var/lib/dpkg/status";
var APK_INSTALLED = "/lib/apk/db/installed";
function* stanzasWithLine(db, line) {
  for (let at = db.indexOf(line); at >= 0; at = db.indexOf(line, at + line.length)) {
    const lineEnd = at + line.length;
    if (at > 0 && db[at - 1] !== "\n" || lineEnd < db.length && db[lineEnd] !== "\n" && db[lineEnd] !== "\r") continue;
    const start = stanzaBoundary(db, at, -1);
    const end = stanzaBoundary(db, lineEnd, 1);
    yield db.slice(start, end);
  }
}
__name(stanzasWithLine, "stanzasWithLine");
function stanzaBoundary(db, i, dir) {
  const blank = /\n[ \t\r]*\n/g;
  if (dir === 1) {
    blank.lastIndex = i;
    const m = blank.exec(db);
    return m ? m.index : db.length;
  }
  let from = i;
  for (; ; ) {
    const nl = db.lastIndexOf("\n", from - 1);
    if (nl < 0) return 0;
    const prev = db.lastIndexOf("\n", nl - 1);
    if (db.slice(prev + 1, nl).trim() === "") return nl + 1;
    from = nl;
  }
}
__name(stanzaBoundary, "stanzaBoundary");
var shared = /* @__PURE__ */ new WeakMap();
function readPackageDb(ctx, p) {
  let files = shared.get(ctx);
  if (!files) shared.set(ctx, files = /* @__PURE__ */ new Map());
  let text = files.get(p);
  if (!text) files.set(p, text = ctx.host.readBytes(p, 16 * 1024 * 1024).then((b) => b?.toString("latin1") ?? null));
  return text;
}
__name(readPackageDb, "readPackageDb");

// src/collectors/system/libc.ts
var LIBC_DIRS = [
  "/lib64",
  "/usr/lib64",
  "/lib",
  "/usr/lib",
  "/lib/x86_64-linux-gnu",
  "/lib/aarch64-linux-gnu",
  "/lib/arm-linux-gnueabihf",
  "/lib/i386-linux-gnu",
  "/lib/powerpc64le-linux-gnu",
  "/lib/s390x-linux-gnu",
  "/lib/riscv64-linux-gnu",
  "/usr/lib/x86_64-linux-gnu",
  "/usr/lib/aarch64-linux-gnu"
];
function glibcFromDpkgStatus(status) {
  for (const stanza of stanzasWithLine(status, "Package: libc6")) {
    if (!/^Status: .*installed$/m.test(stanza)) continue;
    const v = /^Version: (?:\d+:)?(\d+\.\d+)/m.exec(stanza);
    if (v) return v[1];
  }
  return null;
}
__name(glibcFromDpkgStatus, "glibcFromDpkgStatus");
function glibcFromBanner(bytes) {
  const m = /GNU C Library[^\n\0]{0,200}?release version (\d+\.\d+)/.exec(bytes.toString("latin1"));
  return m ? m[1] : null;
}
__name(glibcFromBanner, "glibcFromBanner");
function muslFromApkDb(db) {
  for (const stanza of stanzasWithLine(db, "P:musl")) {
    const v = /^V:(\d+(?:\.\d+)+)/m.exec(stanza);
    if (v) return v[1];
  }
  return null;
}
__name(muslFromApkDb, "muslFromApkDb");
async function collectLibc(ctx) {
  const { host } = ctx;
  if (host.platform !== "linux") return { kind: "system", version: null, source: null };
  const apkDb = await readPackageDb(ctx, APK_INSTALLED);
  const apkMusl = apkDb ? muslFromApkDb(apkDb) : null;
  if (apkMusl) return { kind: "musl", version: apkMusl, source: APK_INSTALLED };
  let libcPath = null;
  for (const dir of LIBC_DIRS) {
    const p = `${dir}/libc.so.6`;
    if (!await host.stat(p)) continue;
    libcPath ??= p;
    const target = await host.readlink(p);
    const m = target && /libc-(\d+\.\d+)\.so$/.exec(target);
    if (m) return { kind: "glibc", version: m[1], source: `${p} -> ${target}` };
  }
  const status = await readPackageDb(ctx, DPKG_STATUS);
  const fromDpkg = status ? glibcFromDpkgStatus(status) : null;
  if (fromDpkg) return { kind: "glibc", version: fromDpkg, source: `${DPKG_STATUS} (libc6)` };
  if (libcPath) {
    const bytes = await host.readBytes(libcPath, 16 * 1024 * 1024);
    const v = bytes ? glibcFromBanner(bytes) : null;
    if (v) return { kind: "glibc", version: v, source: libcPath };
  }
  const gc = /glibc (\d+\.\d+)/.exec(await runOut(ctx, "getconf", ["GNU_LIBC_VERSION"]) ?? "");
  if (gc) return { kind: "glibc", version: gc[1], source: "getconf GNU_LIBC_VERSION" };
  if (libcPath) return { kind: "glibc", version: null, source: libcPath };
  for (const dir of ["/lib", "/usr/lib"]) {
    const loader = (await host.readdir(dir))?.find((n) => /^ld-musl-.+\.so\.1$/.test(n));
    if (loader) return { kind: "musl", version: null, source: `${dir}/${loader}` };
  }
  return { kind: "unknown", version: null, source: null };
}
__name(collectLibc, "collectLibc");

// src/collectors/system/os.ts
function parseOsRelease(text) {
  const out = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let v = m[2].trim();
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1).replace(/\\(["\\$`])/g, "$1");
    out[m[1]] = v;
  }
  return out;
}
__name(parseOsRelease, "parseOsRelease");
var FAMILY_BY_ID = {
  debian: "debian",
  ubuntu: "debian",
  raspbian: "debian",
  linuxmint: "debian",
  pop: "debian",
  kali: "debian",
  rhel: "rhel",
  fedora: "rhel",
  centos: "rhel",
  rocky: "rhel",
  almalinux: "rhel",
  ol: "rhel",
  amzn: "rhel",
  sles: "suse",
  opensuse: "suse",
  "opensuse-leap": "suse",
  "opensuse-tumbleweed": "suse",
  suse: "suse",
  alpine: "alpine",
  arch: "arch",
  manjaro: "arch",
  endeavouros: "arch"
};
function familyOf(id, idLike) {
  for (const candidate of [id, ...idLike]) {
    const f = FAMILY_BY_ID[candidate];
    if (f) return f;
  }
  return "unknown";
}
__name(familyOf, "familyOf");
function packageManagerFor(family, id, versionId) {
  switch (family) {
    case "debian":
      return "apt";
    case "rhel": {
      const major = parseInt(versionId ?? "", 10);
      return ["rhel", "centos", "ol"].includes(id) && major > 0 && major < 8 || id === "amzn" && major === 2 ? "yum" : "dnf";
    }
    case "suse":
      return "zypper";
    case "alpine":
      return "apk";
    case "arch":
      return "pacman";
    case "darwin":
      return "brew";
    case "windows":
      return "winget";
    case "freebsd":
      return "pkg";
    default:
      return null;
  }
}
__name(packageManagerFor, "packageManagerFor");
async function collectOs(ctx) {
  const { host } = ctx;
  const platform = host.platform === "win32" ? "windows" : host.platform;
  if (platform === "darwin") {
    const ver = (await runOut(ctx, "sw_vers", ["-productVersion"]))?.trim() || null;
    if (!ver) skip(ctx, "os.version", "sw_vers -productVersion did not answer");
    const kernel2 = (await runOut(ctx, "uname", ["-r"]))?.trim() || null;
    return { platform, kernelRelease: kernel2, kernelVersion: kernel2 && numericVersion(kernel2), osVersion: ver, distro: null, family: "darwin", packageManager: "brew" };
  }
  if (platform === "windows") {
    const ver = /Version\s+([\d.]+)/.exec(await runOut(ctx, "cmd", ["/c", "ver"]) ?? "")?.[1] ?? null;
    if (!ver) skip(ctx, "os.version", "cmd /c ver did not print a version");
    return { platform, kernelRelease: null, kernelVersion: null, osVersion: ver, distro: null, family: "windows", packageManager: "winget" };
  }
  if (platform === "freebsd") {
    const kernel2 = (await runOut(ctx, "uname", ["-r"]))?.trim() || null;
    const user = (await runOut(ctx, "freebsd-version", []))?.trim() || kernel2;
    return { platform, kernelRelease: kernel2, kernelVersion: kernel2 && numericVersion(kernel2), osVersion: user && numericVersion(user), distro: null, family: "freebsd", packageManager: "pkg" };
  }
  let kernel = (await readSmall(ctx, "/proc/sys/kernel/osrelease"))?.trim() || null;
  if (!kernel) {
    kernel = (await runOut(ctx, "uname", ["-r"]))?.trim() || null;
    if (!kernel) skip(ctx, "os.kernel", "/proc/sys/kernel/osrelease is missing and uname -r failed");
  }
  const osRelease = await readSmall(ctx, "/etc/os-release") ?? await readSmall(ctx, "/usr/lib/os-release");
  let distro = null;
  if (osRelease === null) skip(ctx, "os.distro", "/etc/os-release and /usr/lib/os-release are missing");
  else {
    const kv = parseOsRelease(osRelease);
    if (!kv.ID) skip(ctx, "os.distro", "os-release has no ID= line");
    else distro = { id: kv.ID, idLike: (kv.ID_LIKE ?? "").split(/\s+/).filter(Boolean), versionId: kv.VERSION_ID ?? null, prettyName: kv.PRETTY_NAME ?? null };
  }
  const family = distro ? familyOf(distro.id, distro.idLike) : "unknown";
  if (distro && family === "unknown") skip(ctx, "os.family", `unknown distribution "${distro.id}": fixes are given without a package manager`);
  return {
    platform,
    kernelRelease: kernel,
    kernelVersion: kernel && numericVersion(kernel),
    osVersion: distro?.versionId ?? null,
    distro,
    family,
    packageManager: distro ? packageManagerFor(family, distro.id, distro.versionId) : null
  };
}
__name(collectOs, "collectOs");

// src/collectors/system/platform.ts
var WINDOWS_ARCH = { AMD64: "amd64", ARM64: "arm64", x86: "386" };
function cpuFlagsFrom(cpuinfo) {
  const line = /^flags\s*:(.*)$/m.exec(cpuinfo);
  if (!line) return null;
  return [...new Set(line[1].trim().split(/\s+/).filter((f) => RELEVANT_CPU_FLAGS.has(f)))].sort();
}
__name(cpuFlagsFrom, "cpuFlagsFrom");
function dpkgNativeArch(status) {
  for (const stanza of stanzasWithLine(status, "Package: dpkg")) {
    if (/^Status: .*installed$/m.test(stanza)) return /^Architecture: (\S+)/m.exec(stanza)?.[1] ?? null;
  }
  return null;
}
__name(dpkgNativeArch, "dpkgNativeArch");
async function collectArch(ctx) {
  const { host } = ctx;
  let machine = null;
  if (host.platform === "win32") machine = host.env.PROCESSOR_ARCHITECTURE ?? null;
  else {
    machine = (await readSmall(ctx, "/proc/sys/kernel/arch"))?.trim() || (await runOut(ctx, "uname", ["-m"]))?.trim() || null;
    if (host.platform === "darwin" && (await runOut(ctx, "sysctl", ["-n", "hw.optional.arm64"]))?.trim() === "1") machine = "arm64";
  }
  if (!machine) skip(ctx, "arch.machine", "neither /proc/sys/kernel/arch nor uname -m answered");
  const goarch = machine ? (host.platform === "win32" ? WINDOWS_ARCH[machine] : UNAME_TO_GOARCH[machine]?.goarch) ?? null : null;
  if (machine && !goarch) skip(ctx, "arch.goarch", `unknown machine name "${machine}"`);
  let userland = null;
  if (host.platform === "linux") {
    const apk = (await readSmall(ctx, "/etc/apk/arch"))?.trim();
    if (apk) userland = { tool: "apk", name: apk, goarch: APK_TO_GOARCH[apk]?.goarch ?? null };
    else if (await host.stat(DPKG_STATUS)) {
      const status = await readPackageDb(ctx, DPKG_STATUS);
      const d = status && dpkgNativeArch(status) || (await runOut(ctx, "dpkg", ["--print-architecture"]))?.trim();
      if (d) userland = { tool: "dpkg", name: d, goarch: DPKG_TO_GOARCH[d]?.goarch ?? null };
    } else if (await host.stat("/var/lib/rpm") || await host.stat("/usr/lib/sysimage/rpm")) {
      const r = (await runOut(ctx, "rpm", ["--eval", "%{_arch}"]))?.trim();
      if (r) userland = { tool: "rpm", name: r, goarch: RPM_TO_GOARCH[r]?.goarch ?? null };
    }
  }
  let cpuFlags = [];
  let level = null;
  if (goarch === "amd64" && host.platform === "linux") {
    const info = await readSmall(ctx, "/proc/cpuinfo", "arch.cpuFlags", 4 * 1024 * 1024);
    const flags = info === null ? null : cpuFlagsFrom(info);
    if (info !== null && flags === null) skip(ctx, "arch.cpuFlags", "/proc/cpuinfo has no flags line");
    if (flags) {
      cpuFlags = flags;
      level = amd64Level(new Set(flags));
    }
  }
  return { machine, goarch, userland, cpuFlags, amd64Level: level };
}
__name(collectArch, "collectArch");
var CGROUP_RUNTIME_MARKERS = [
  [/kubepods/, "kubernetes"],
  [/docker/, "docker"],
  [/libpod|podman/, "podman"],
  [/containerd|cri-containerd/, "containerd"],
  [/\/lxc\//, "lxc"]
];
async function collectContainer(ctx) {
  const { host } = ctx;
  if (host.platform !== "linux") return { inContainer: false, runtime: null, evidence: [] };
  const evidence = [];
  let runtime = null;
  const note = /* @__PURE__ */ __name((rt, why) => {
    evidence.push(why);
    runtime ??= rt;
  }, "note");
  if (await host.stat("/.dockerenv")) note("docker", "/.dockerenv exists");
  if (await host.stat("/run/.containerenv")) note("podman", "/run/.containerenv exists");
  if (host.env.container) note(host.env.container, `container=${host.env.container} in the environment`);
  if (host.env.KUBERNETES_SERVICE_HOST) note("kubernetes", "KUBERNETES_SERVICE_HOST is set");
  const pid1 = await readSmall(ctx, "/proc/1/cgroup");
  for (const [re, rt] of CGROUP_RUNTIME_MARKERS) {
    if (pid1 && re.test(pid1)) {
      note(rt, `/proc/1/cgroup mentions ${rt}`);
      break;
    }
  }
  return { inContainer: evidence.length > 0, runtime, evidence };
}
__name(collectContainer, "collectContainer");
async function collectWsl(ctx, kernelRelease) {
  const { host } = ctx;
  if (host.platform !== "linux") return { isWsl: false, version: null, evidence: null };
  const rel = kernelRelease ?? "";
  if (/microsoft-standard|WSL2/i.test(rel)) return { isWsl: true, version: 2, evidence: `kernel ${rel}` };
  if (/Microsoft/.test(rel)) return { isWsl: true, version: 1, evidence: `kernel ${rel}` };
  if (await host.stat("/proc/sys/fs/binfmt_misc/WSLInterop")) return { isWsl: true, version: null, evidence: "/proc/sys/fs/binfmt_misc/WSLInterop exists" };
  if (host.env.WSL_DISTRO_NAME) return { isWsl: true, version: null, evidence: `WSL_DISTRO_NAME=${host.env.WSL_DISTRO_NAME}` };
  return { isWsl: false, version: null, evidence: null };
}
__name(collectWsl, "collectWsl");
function parseBinfmtEntry(name, text) {
  const lines = text.split("\n").map((l) => l.trim());
  return {
    name,
    enabled: lines[0] === "enabled",
    interpreter: lines.find((l) => l.startsWith("interpreter "))?.slice("interpreter ".length) ?? null,
    flags: lines.find((l) => l.startsWith("flags:"))?.slice("flags:".length).trim() ?? null
  };
}
__name(parseBinfmtEntry, "parseBinfmtEntry");
async function collectEmulation(ctx) {
  const { host } = ctx;
  if (host.platform === "darwin") {
    const t = (await runOut(ctx, "sysctl", ["-n", "sysctl.proc_translated"]))?.trim();
    return { binfmt: [], rosetta: t === void 0 ? null : t === "1" };
  }
  if (host.platform !== "linux") return { binfmt: [], rosetta: null };
  const dir = "/proc/sys/fs/binfmt_misc";
  const names = await host.readdir(dir);
  if (names === null) {
    skip(ctx, "emulation.binfmt", `${dir} is not mounted or not readable`);
    return { binfmt: [], rosetta: null };
  }
  const binfmt = [];
  for (const name of names) {
    if (name === "register" || name === "status") continue;
    const text = await readSmall(ctx, `${dir}/${name}`);
    if (text !== null) binfmt.push(parseBinfmtEntry(name, text));
  }
  return { binfmt, rosetta: binfmt.some((b) => b.enabled && /rosetta/i.test(b.name + (b.interpreter ?? ""))) };
}
__name(collectEmulation, "collectEmulation");

// src/collectors/system/selinux.ts
var CONTEXT_RE = /(?:^|\s)([a-zA-Z0-9_.]+:[a-zA-Z0-9_.]+:([a-zA-Z0-9_.]+)(?::[a-zA-Z0-9_.:,-]+)?)(?=\s|$)/;
function contextFromLsZ(line) {
  const m = CONTEXT_RE.exec(line.split("\n")[0] ?? "");
  return m ? { context: m[1], type: m[2] } : null;
}
__name(contextFromLsZ, "contextFromLsZ");
function typeOfContext(context) {
  return context.split(":")[2] ?? null;
}
__name(typeOfContext, "typeOfContext");
var GO_TOOLS = /^(go|compile|link|asm|cgo|vet|cover|pack|buildid|gofmt|gopls|dlv|.+\.test)$/;
function parseAvcDenials(text, max = 50) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!/avc:\s+denied/.test(line)) continue;
    const field = /* @__PURE__ */ __name((k) => new RegExp(`\\b${k}=("[^"]*"|\\S+)`).exec(line)?.[1]?.replace(/^"|"$/g, "") ?? null, "field");
    const comm = field("comm");
    const name = field("name");
    const path7 = field("path");
    if (!comm || !(GO_TOOLS.test(comm) || /go-build/.test(`${name ?? ""}${path7 ?? ""}`))) continue;
    const scontext = field("scontext");
    const tcontext = field("tcontext");
    const tclass = field("tclass");
    if (!scontext || !tcontext || !tclass) continue;
    const epoch = /audit\((\d+)(?:\.\d+)?:\d+\)/.exec(line)?.[1];
    out.push({
      comm,
      name,
      path: path7,
      scontext,
      tcontext,
      tclass,
      perms: /denied\s+\{([^}]*)\}/.exec(line)?.[1]?.trim().split(/\s+/) ?? [],
      time: epoch ? new Date(Number(epoch) * 1e3).toISOString() : null
    });
  }
  return out.slice(-max);
}
__name(parseAvcDenials, "parseAvcDenials");
async function collectSelinux(ctx, dirs) {
  const { host } = ctx;
  const none = { present: false, mode: null, policy: null, labels: [], audit: { source: null, readable: false, denials: [] } };
  if (host.platform !== "linux") return none;
  const config = await readSmall(ctx, "/etc/selinux/config");
  const enforce = (await readSmall(ctx, "/sys/fs/selinux/enforce"))?.trim();
  if (config === null && enforce === void 0) return none;
  const policy = config ? /^\s*SELINUXTYPE\s*=\s*(\S+)/m.exec(config)?.[1] ?? null : null;
  const mode = enforce === "1" ? "enforcing" : enforce === "0" ? "permissive" : "disabled";
  if (mode === "disabled") return { ...none, present: true, policy, mode };
  const labels = [];
  for (const d of dirs) {
    if (!d.exists) continue;
    let actual = contextFromLsZ(await runOut(ctx, "ls", ["-Zd", d.path]) ?? "");
    if (!actual) {
      const xattr = (await runOut(ctx, "getfattr", ["--only-values", "--absolute-names", "-n", "security.selinux", d.path]))?.replace(/\0/g, "").trim();
      actual = xattr ? contextFromLsZ(xattr) : null;
    }
    if (!actual) skip(ctx, `selinux.label.${d.role}`, `neither ls -Zd nor getfattr -n security.selinux gave a security context for ${d.path}`);
    const expectedOut = (await runOut(ctx, "matchpathcon", ["-n", d.path]))?.trim() ?? null;
    const expected = expectedOut && contextFromLsZ(expectedOut) ? expectedOut.split(/\s+/).pop() : null;
    labels.push({
      role: d.role,
      path: d.path,
      context: actual?.context ?? null,
      type: actual?.type ?? null,
      expected,
      expectedType: expected ? typeOfContext(expected) : null
    });
  }
  const logPath = "/var/log/audit/audit.log";
  const tail = await host.readTail(logPath, 16 * 1024 * 1024);
  const log = tail === null ? null : tail.length >= 16 * 1024 * 1024 ? tail.slice(tail.indexOf("\n") + 1) : tail;
  if (log !== null) return { present: true, mode, policy, labels, audit: { source: logPath, readable: true, denials: parseAvcDenials(log) } };
  const r = await host.run("ausearch", ["-m", "avc", "-ts", "recent"], { timeoutMs: ctx.timeoutMs });
  const ausearch = r.ok && (r.code === 0 || /<no matches>/.test(r.stderr)) ? r.stdout : null;
  if (ausearch !== null) return { present: true, mode, policy, labels, audit: { source: "ausearch -m avc -ts recent", readable: true, denials: parseAvcDenials(ausearch) } };
  skip(ctx, "selinux.audit", `${logPath} is not readable (root only) and ausearch did not answer`);
  return { present: true, mode, policy, labels, audit: { source: null, readable: false, denials: [] } };
}
__name(collectSelinux, "collectSelinux");

// src/collectors/system/privileged-ports.ts
import * as path3 from "node:path";

// src/analyzers/systemd/unit.ts
var TRUE = /^(1|yes|true|on)$/i;
function serviceAssignments(text) {
  const out = [];
  let section = "";
  let pending = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = pending + raw;
    if (/\\$/.test(line) && !/^\s*[#;]/.test(raw)) {
      pending = `${line.slice(0, -1)} `;
      continue;
    }
    pending = "";
    const t = line.trim();
    if (!t || t.startsWith("#") || t.startsWith(";")) continue;
    const sec = /^\[(.+)\]$/.exec(t);
    if (sec) {
      section = sec[1];
      continue;
    }
    const eq = t.indexOf("=");
    if (section === "Service" && eq > 0) out.push([t.slice(0, eq).trim(), t.slice(eq + 1).trim()]);
  }
  return out;
}
__name(serviceAssignments, "serviceAssignments");
function parseServiceUnit(texts) {
  const unit = { execStart: null, execPrefixes: "", user: null, dynamicUser: false, environment: {}, ambientCapabilities: [], noNewPrivileges: false };
  for (const text of texts) {
    for (const [key, value] of serviceAssignments(text)) {
      switch (key) {
        case "ExecStart": {
          if (value === "") {
            unit.execStart = null;
            break;
          }
          const prefix = /^[-@:+!]*/.exec(value)[0];
          const words = splitQuoted(value.slice(prefix.length)).words;
          unit.execStart = prefix.includes("@") ? [words[0], ...words.slice(2)] : words;
          unit.execPrefixes = prefix;
          break;
        }
        case "User":
          unit.user = value || null;
          break;
        case "DynamicUser":
          unit.dynamicUser = TRUE.test(value);
          break;
        case "NoNewPrivileges":
          unit.noNewPrivileges = TRUE.test(value);
          break;
        case "Environment":
          if (value === "") unit.environment = {};
          for (const w of splitQuoted(value).words) {
            const eq = w.indexOf("=");
            if (eq > 0) unit.environment[w.slice(0, eq)] = w.slice(eq + 1);
          }
          break;
        case "AmbientCapabilities":
          if (value === "") unit.ambientCapabilities = [];
          else if (value.startsWith("~")) {
            const drop = value.slice(1).split(/\s+/).map((c) => c.toLowerCase());
            unit.ambientCapabilities = unit.ambientCapabilities.filter((c) => !drop.includes(c));
          } else unit.ambientCapabilities.push(...value.split(/\s+/).map((c) => c.toLowerCase()));
          break;
      }
    }
  }
  return unit;
}
__name(parseServiceUnit, "parseServiceUnit");
function runsUnprivileged(u) {
  if (u.execPrefixes.includes("+")) return false;
  return u.dynamicUser || u.user !== null && u.user !== "root" && u.user !== "0";
}
__name(runsUnprivileged, "runsUnprivileged");

// src/collectors/system/privileged-ports.ts
var SYSTEM_UNIT_DIRS = ["/etc/systemd/system", "/run/systemd/system", "/usr/local/lib/systemd/system", "/usr/lib/systemd/system", "/lib/systemd/system"];
var HEAD_BYTES = 64 * 1024;
var UNIT_BYTES = 64 * 1024;
var DEFAULT_PORT_START = 1024;
async function dropIns(ctx, dirs, unit, withDropIns) {
  const byName = /* @__PURE__ */ new Map();
  for (const dir of dirs) {
    const d = path3.posix.join(dir, `${unit}.d`);
    if (!withDropIns.has(d)) continue;
    for (const e of await ctx.host.readdirTyped(d) ?? []) {
      if (!e.name.endsWith(".conf") || byName.has(e.name)) continue;
      byName.set(e.name, path3.posix.join(d, e.name));
    }
  }
  const texts = [];
  for (const name of [...byName.keys()].sort()) texts.push(await ctx.host.readText(byName.get(name), UNIT_BYTES) ?? "");
  return texts;
}
__name(dropIns, "dropIns");
async function isGoBinary(ctx, file) {
  const head = await ctx.host.readBytes(file, HEAD_BYTES);
  return !!head && headLooksGo(head);
}
__name(isGoBinary, "isGoBinary");
var DOCKERFILE_NAMES = ["Dockerfile", "Containerfile"];
async function dockerfilesOf(ctx, projectDir) {
  if (!projectDir) return [];
  const out = [];
  for (const name of DOCKERFILE_NAMES) {
    const file = path3.posix.join(projectDir, name);
    const text = await ctx.host.readText(file, 1024 * 1024);
    if (text === null) continue;
    const [{ parseDockerfile }, { dockerListen }] = await Promise.all([import("./parse-RAW3ZRRU.js"), import("./listen-user-CDREBFSD.js")]);
    let listen;
    try {
      listen = dockerListen(parseDockerfile(file, text));
    } catch {
      continue;
    }
    const low = listen?.ports.filter((p) => p.port > 0 && p.port < DEFAULT_PORT_START) ?? [];
    if (!listen || !listen.user || !listen.buildsGo || listen.setcap || low.length === 0) continue;
    out.push({ path: file, user: listen.user, userLine: listen.userLine, ports: low });
  }
  return out;
}
__name(dockerfilesOf, "dockerfilesOf");
async function collectPrivilegedPorts(ctx, dirs = SYSTEM_UNIT_DIRS, projectDir = null) {
  if (ctx.host.platform === "win32") return void 0;
  if (ctx.host.platform !== "linux") return { unprivilegedPortStart: null, unitDirs: [], unitsRead: 0, services: [], capsReader: null, capsProblem: null, dockerfiles: await dockerfilesOf(ctx, projectDir) };
  const startText = (await readSmall(ctx, "/proc/sys/net/ipv4/ip_unprivileged_port_start"))?.trim();
  const unprivilegedPortStart = startText && /^\d+$/.test(startText) ? Number(startText) : null;
  const limit = unprivilegedPortStart ?? DEFAULT_PORT_START;
  const seen = /* @__PURE__ */ new Set();
  const services = [];
  let unitsRead = 0;
  const listings = await Promise.all(dirs.map(async (dir) => ({ dir, entries: await ctx.host.readdirTyped(dir) ?? [] })));
  const withDropIns = new Set(listings.flatMap(({ dir, entries }) => entries.filter((e) => e.name.endsWith(".service.d") && (e.isDir || e.isSymlink)).map((e) => path3.posix.join(dir, e.name))));
  const units = [];
  for (const { dir, entries } of listings) {
    for (const e of entries) {
      if (!e.name.endsWith(".service") || seen.has(e.name) || !(e.isFile || e.isSymlink)) continue;
      seen.add(e.name);
      units.push({ name: e.name, file: path3.posix.join(dir, e.name) });
    }
  }
  const texts = await readFiles(ctx.host, units.map((u) => u.file), UNIT_BYTES);
  for (const [i, { name, file }] of units.entries()) {
    const text = texts[i]?.toString("utf8");
    if (text === void 0) continue;
    unitsRead++;
    const unit = parseServiceUnit([text, ...await dropIns(ctx, dirs, name, withDropIns)]);
    if (!unit.execStart?.[0] || !runsUnprivileged(unit)) continue;
    const ports = [...portsFromArgs(unit.execStart.slice(1)), ...portsFromEnv(unit.environment)].filter((p) => p.port < limit);
    const binary = unit.execStart[0];
    if (ports.length === 0 || !binary.startsWith("/") || !await isGoBinary(ctx, binary)) continue;
    services.push({
      unit: file,
      binary,
      user: unit.dynamicUser ? "(DynamicUser)" : unit.user,
      ports,
      ambientCapabilities: unit.ambientCapabilities,
      noNewPrivileges: unit.noNewPrivileges,
      fileCaps: null
    });
  }
  let capsReader = null;
  let capsProblem = null;
  if (services.length) {
    const read = await readFileCaps(ctx.host, [...new Set(services.map((s) => s.binary))]);
    capsReader = read.reader;
    capsProblem = read.problem;
    for (const s of services) {
      const c = read.caps.get(s.binary);
      s.fileCaps = read.reader === null ? null : { permitted: c?.permitted ?? [], effective: c?.effective ?? false };
    }
  }
  return { unprivilegedPortStart, unitDirs: [...dirs], unitsRead, services, capsReader, capsProblem, dockerfiles: await dockerfilesOf(ctx, projectDir) };
}
__name(collectPrivilegedPorts, "collectPrivilegedPorts");

// src/collectors/system/index.ts
async function readMounts(ctx) {
  if (ctx.host.platform !== "linux") return null;
  const text = await readSmall(ctx, "/proc/self/mountinfo", "mounts", 8 * 1024 * 1024);
  if (text === null) return null;
  const { mounts, problems } = parseMountinfo(text);
  for (const p of problems) skip(ctx, "mounts", p);
  return mounts;
}
__name(readMounts, "readMounts");
async function readIdentity(ctx) {
  if (ctx.host.platform === "linux") {
    const status = await readSmall(ctx, "/proc/self/status", "user");
    if (status) return identityFromStatus(status);
  } else if (ctx.host.platform !== "win32") {
    const uid = (await runOut(ctx, "id", ["-u"]))?.trim();
    if (uid && /^\d+$/.test(uid)) return { uid: Number(uid), gids: [] };
  }
  return { uid: null, gids: [] };
}
__name(readIdentity, "readIdentity");
async function hostProbes(host, opts) {
  const ctx = { host, timeoutMs: opts.timeoutMs ?? 1e4, skipped: [], hung: [] };
  const os = await collectOs(ctx);
  const [arch, container, wsl, emulation, libc, mounts, id, ca] = await Promise.all([
    collectArch(ctx),
    collectContainer(ctx),
    collectWsl(ctx, os.kernelRelease),
    collectEmulation(ctx),
    collectLibc(ctx),
    readMounts(ctx),
    readIdentity(ctx),
    collectCa(ctx)
  ]);
  return { ctx, os, arch, container, wsl, emulation, libc, mounts, id, ca };
}
__name(hostProbes, "hostProbes");
var systemCollector = defineCollector({
  area: "system",
  after: ["toolchains", "goenv", "project"],
  early: hostProbes,
  async collect(host, opts, earlier, started) {
    const { ctx, os, arch, container, wsl, emulation, libc, mounts, id, ca } = await (started ?? hostProbes(host, opts));
    const get = goSettings(host, earlier);
    const project = earlierValue(earlier, "project");
    const projectRoot = project?.gomod ? path4.posix.dirname(project.gomod.path) : null;
    const [cgo, cgroup, dirs, privilegedPorts] = await Promise.all([
      collectCgo(ctx, get, arch.goarch, projectRoot),
      collectCgroup(ctx, mounts),
      collectDirs(ctx, get, mounts, id),
      collectPrivilegedPorts(ctx, SYSTEM_UNIT_DIRS, projectRoot ?? project?.cwd ?? null)
    ]);
    const selinux = await collectSelinux(ctx, dirs);
    return {
      os,
      arch,
      container,
      wsl,
      emulation,
      libc,
      cgo,
      selinux,
      cgroup,
      dirs,
      ca,
      ...privilegedPorts ? { privilegedPorts } : {},
      user: { uid: id.uid, name: host.env.USER ?? host.env.USERNAME ?? null },
      go: await goContext(host, earlier, get),
      skipped: ctx.skipped,
      ...ctx.hung.length ? { hung: ctx.hung } : {}
    };
  }
});

// src/collectors/verify/index.ts
var verifyCollector = defineCollector({
  area: "verify",
  after: ["toolchains", "goenv"],
  enabled: /* @__PURE__ */ __name((opts) => !!opts.verifyToolchain, "enabled"),
  collect: /* @__PURE__ */ __name(async (host, opts, earlier) => (await import("./toolchain-YBX3XGQI.js")).collectVerify(host, opts, earlier), "collect")
});

// src/collectors/gosum.ts
import * as path5 from "node:path";

// src/analyzers/gomod/gosum.ts
function parseGoSum(text) {
  const lines = [];
  const malformed = [];
  text.split("\n").forEach((raw, i) => {
    const f = raw.trim().split(/\s+/).filter(Boolean);
    if (f.length === 0) return;
    if (f.length !== 3) {
      malformed.push({ line: i + 1, text: raw });
      return;
    }
    const goMod = f[1].endsWith("/go.mod");
    lines.push({ path: f[0], version: goMod ? f[1].slice(0, -"/go.mod".length) : f[1], goMod, hash: f[2], line: i + 1 });
  });
  return { lines, malformed };
}
__name(parseGoSum, "parseGoSum");

// src/collectors/gosum.ts
var MAX_GOSUM = 16 << 20;
var EMPTY_GOMOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";
async function collectGoSum(host, earlier) {
  const project = earlierValue(earlier, "project");
  const goenv = earlierValue(earlier, "goenv");
  if (!project?.gomod) return { path: null, exists: false, lines: [], malformed: [], workspace: !!project?.gowork, cache: { gomodcache: null, checked: 0, notInCache: 0, mismatches: [] } };
  const p = host.platform === "win32" ? path5.win32 : path5.posix;
  const file = p.join(p.dirname(project.gomod.path), "go.sum");
  const text = await host.readText(file, MAX_GOSUM);
  const { lines, malformed } = parseGoSum(text ?? "");
  const gomodcache = goenv?.settings.GOMODCACHE?.value || null;
  const cache = { gomodcache, checked: 0, notInCache: 0, mismatches: [] };
  if (gomodcache) {
    const groups = /* @__PURE__ */ new Map();
    for (const l of lines) {
      if (l.hash === EMPTY_GOMOD_HASH) continue;
      const key = `${l.path} ${l.version} ${l.goMod}`;
      groups.set(key, [...groups.get(key) ?? [], l]);
    }
    for (const group of groups.values()) {
      const l = group[0];
      const files = moduleDownloadFiles(gomodcache, l.path, l.version);
      const cached = l.goMod ? await host.readBytes(files.mod, 4 << 20) : await host.readText(files.ziphash, 4096);
      if (cached === null) {
        cache.notInCache++;
        continue;
      }
      cache.checked++;
      const actual = l.goMod ? hash1GoMod(cached) : cached.toString().trim();
      if (!group.some((g) => g.hash === actual)) cache.mismatches.push({ path: l.path, version: l.version, goMod: l.goMod, line: l.line, gosum: l.hash, cache: actual, file: l.goMod ? files.mod : files.ziphash });
    }
  }
  return { path: file, exists: text !== null, lines, malformed, workspace: !!project.gowork, cache };
}
__name(collectGoSum, "collectGoSum");
var gosumCollector = defineCollector({
  area: "gosum",
  after: ["project", "goenv"],
  collect: /* @__PURE__ */ __name((host, _opts, earlier) => collectGoSum(host, earlier), "collect")
});

// src/collectors/installed-tools.ts
import * as path6 from "node:path";
async function candidates(host, binDirs) {
  const p = host.platform === "win32" ? path6.win32 : path6.posix;
  const found = binDirs.flatMap((d) => d.executables.map((n) => ({ path: p.join(d.dir, n), from: d.from })));
  for (const t of TYPE_CHECKING_TOOLS) {
    const f = await lookPath(host, t.command);
    if (f) found.push({ path: f, from: "PATH" });
  }
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const c of found) {
    const real = await host.realpath(c.path) ?? c.path;
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(c);
  }
  return out;
}
__name(candidates, "candidates");
var toolsCollector = defineCollector({
  area: "tools",
  after: ["goenv"],
  async collect(host, opts, earlier) {
    opts.progress?.("reading the build info of installed Go tools");
    const goenv = earlierValue(earlier, "goenv");
    const list = await candidates(host, goenv?.binDirs ?? []);
    const [{ NotABinaryError }, { readBuildInfoSummary }] = await Promise.all([import("./binary-3444SQ6C.js"), import("./read-BSPOMWE4.js")]);
    const tools = [];
    const unreadable = [];
    await pool(list, 4, async (c) => {
      try {
        const s = await readBuildInfoSummary(c.path, host);
        if (!s || !s.buildInfo.path) return;
        const b = s.buildInfo;
        tools.push({
          path: c.path,
          command: path6.basename(c.path.replaceAll("\\", "/")).replace(/\.exe$/i, ""),
          from: c.from,
          mainPackage: b.path,
          module: b.main?.path ?? "",
          version: b.main?.version ?? "",
          goVersion: b.goVersion
        });
      } catch (e) {
        if (!(e instanceof NotABinaryError)) unreadable.push({ path: c.path, reason: e.message });
      }
    });
    const order = new Map(list.map((c, i) => [c.path, i]));
    tools.sort((a, b) => order.get(a.path) - order.get(b.path));
    return { tools, unreadable, read: list.length };
  }
});

// src/collectors/index.ts
var DOCTOR_COLLECTORS = [
  goenvCollector,
  toolchainsCollector,
  projectCollector,
  systemCollector,
  modulesCollector,
  runtimeCollector,
  shellsCollector,
  verifyCollector,
  gosumCollector,
  retractionsCollector,
  vulnsCollector,
  toolsCollector
];

// src/cli/doctor-run.ts
function parseTimeout(v, flag = "--timeout", max = 3600) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`${flag} must be a number of seconds between 0 and ${max} (got ${JSON.stringify(v)})`);
  return Math.round(n * 1e3);
}
__name(parseTimeout, "parseTimeout");
async function collectDoctorFacts(opts, host) {
  const { facts: partial, timings } = await runCollectors(DOCTOR_COLLECTORS, host, opts);
  return { facts: factsOf(host, opts.cwd, partial), timings };
}
__name(collectDoctorFacts, "collectDoctorFacts");
function localHost(env) {
  return new LocalHost(env);
}
__name(localHost, "localHost");

export {
  parseCrossTargets,
  parseTimeout,
  collectDoctorFacts,
  localHost
};
