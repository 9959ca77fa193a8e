import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  GOLANGCI_SOURCES,
  breaksFor,
  goError,
  golangciSupports,
  packageArgs,
  packageDirIn,
  parseToolVersion
} from "./chunk-TEAIDRKW.js";
import {
  dirOf,
  isUnder
} from "./chunk-CBPLS572.js";
import {
  KNOWN_GO_VARS
} from "./chunk-YKY675GG.js";
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  compareGoVersions
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/docker-images.ts
var DOCKER_IMAGE_SOURCES = [
  "https://hub.docker.com/_/golang",
  "https://github.com/docker-library/golang/pull/472"
];
function isGolangImage(image) {
  const name = image.split("@")[0].replace(/:[^/]*$/, "").toLowerCase();
  return name === "golang" || name === "library/golang" || /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(library\/)?golang$/.test(name) || /\/library\/golang$/.test(name);
}
__name(isGolangImage, "isGolangImage");
function parseGolangImage(image) {
  if (!isGolangImage(image)) return null;
  const [ref, digest] = image.split("@");
  const colon = ref.lastIndexOf(":");
  const tag = colon > ref.lastIndexOf("/") ? ref.slice(colon + 1) : null;
  const t = (tag ?? "").toLowerCase();
  const variant = t.includes("alpine") ? "alpine" : /windowsservercore|nanoserver/.test(t) ? "windows" : "debian";
  const m = /^(\d+(?:\.\d+){0,2}(?:rc\d+|beta\d+)?)(?:-|$)/.exec(t);
  const goVersion = m ? m[1] : null;
  let pinning;
  if (digest) pinning = "digest";
  else if (tag === null) pinning = "untagged";
  else if (t.includes("$")) pinning = "variable";
  else if (!goVersion) pinning = "latest";
  else pinning = ["major", "minor", "patch"][Math.min(goVersion.split(".").length, 3) - 1];
  return { goVersion, variant, hasGcc: variant === "debian", pinning, tag };
}
__name(parseGolangImage, "parseGolangImage");
function golangTagSuffix(img) {
  return !img.tag || img.tag === "latest" ? "" : img.goVersion ? img.tag.slice(img.goVersion.length) : `-${img.tag}`;
}
__name(golangTagSuffix, "golangTagSuffix");
function runtimeLibc(image) {
  const name = image.split("@")[0].toLowerCase();
  if (name === "scratch") return "none";
  if (/distroless\/static|chainguard\/static|distroless\/static-debian/.test(name)) return "none";
  if (/(^|\/)alpine(:|$)/.test(name) || /-alpine/.test(name)) return "musl";
  if (/distroless\/(base|cc)|debian|ubuntu|bookworm|bullseye|trixie|fedora|ubi|centos|rockylinux|almalinux|golang/.test(name)) return "glibc";
  return "unknown";
}
__name(runtimeLibc, "runtimeLibc");

// src/facts/docker-stages.ts
function stageByRef(d, ref) {
  if (/^\d+$/.test(ref)) return d.stages[Number(ref)] ?? null;
  return d.stages.find((s) => s.name !== null && s.name.toLowerCase() === ref.toLowerCase()) ?? null;
}
__name(stageByRef, "stageByRef");
function parentStage(d, s) {
  const ref = s.resolvedImage?.toLowerCase();
  if (!ref) return null;
  for (let i = s.index - 1; i >= 0; i--) {
    const p = d.stages[i];
    if (p.name !== null && p.name.toLowerCase() === ref) return p;
  }
  return null;
}
__name(parentStage, "parentStage");
function stageChain(d, s) {
  const cached = chainCache.get(s);
  if (cached) return cached;
  const chain = [s];
  for (let p = parentStage(d, s); p && chain.length <= d.stages.length; p = parentStage(d, p)) chain.unshift(p);
  chainCache.set(s, chain);
  return chain;
}
__name(stageChain, "stageChain");
var chainCache = /* @__PURE__ */ new WeakMap();
function imageOf(d, s) {
  return stageChain(d, s)[0].resolvedImage;
}
__name(imageOf, "imageOf");
function platformOf(d, s) {
  const chain = stageChain(d, s);
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i].platform) return chain[i].platform;
  return null;
}
__name(platformOf, "platformOf");

// src/rules/file-relations.ts
var modIndexCache = /* @__PURE__ */ new WeakMap();
function modIndex(files) {
  let index = modIndexCache.get(files);
  if (!index) {
    const list = files.mods.filter((m) => m.kind === "go.mod" && m.go);
    const byDir = /* @__PURE__ */ new Map();
    for (const m of list) if (!byDir.has(dirOf(m.path))) byDir.set(dirOf(m.path), m);
    index = { list, byDir };
    modIndexCache.set(files, index);
  }
  return index;
}
__name(modIndex, "modIndex");
function nearestAbove(byDir, path) {
  for (let dir = dirOf(path); ; dir = dirOf(dir)) {
    const hit = byDir.get(dir);
    if (hit) return hit;
    if (!dir) return null;
  }
}
__name(nearestAbove, "nearestAbove");
function goModFor(files, path) {
  const { list, byDir } = modIndex(files);
  return nearestAbove(byDir, path) ?? (list.length === 1 ? list[0] : null);
}
__name(goModFor, "goModFor");
var configIndexCache = /* @__PURE__ */ new WeakMap();
function golangciConfigFor(files, path) {
  let byDir = configIndexCache.get(files);
  if (!byDir) {
    byDir = /* @__PURE__ */ new Map();
    for (const c of files.golangci) if (!byDir.has(dirOf(c.path))) byDir.set(dirOf(c.path), c);
    configIndexCache.set(files, byDir);
  }
  return nearestAbove(byDir, path) ?? (files.golangci.length === 1 ? files.golangci[0] : null);
}
__name(golangciConfigFor, "golangciConfigFor");
function repositoryRootOf(ciPath) {
  const at3 = ciPath.search(/(^|\/)(\.github\/|\.gitlab\/|\.gitlab-ci\.ya?ml$)/);
  return at3 <= 0 ? "" : ciPath.slice(0, at3);
}
__name(repositoryRootOf, "repositoryRootOf");
function goLineRelated(mod, olderThere, where2) {
  if (!mod.go) return [];
  return [{ file: mod.path, line: mod.go.line, column: mod.go.column, message: `go ${mod.go.value} here; ${olderThere} at ${where2.file}${where2.line ? `:${where2.line}` : ""} is older` }];
}
__name(goLineRelated, "goLineRelated");
function at(file, line, column, endColumn) {
  return { file, line, ...column ? { column } : {}, ...endColumn ? { endLine: line, endColumn } : {} };
}
__name(at, "at");
function scalarAt(file, s) {
  return at(file, s.line, s.column, s.endColumn);
}
__name(scalarAt, "scalarAt");
function scalarEdit(title, file, s, newRaw) {
  const before = s.lineText.slice(0, s.column - 1);
  if (!s.lineText.slice(s.column - 1).startsWith(s.raw)) return null;
  return { kind: "edit", title, file, range: { startLine: s.line, endLine: s.line }, replacement: before + newRaw + s.lineText.slice(s.column - 1 + s.raw.length), safety: "review" };
}
__name(scalarEdit, "scalarEdit");
function lineEdit(title, file, startLine, endLine, replacement) {
  return { kind: "edit", title, file, range: { startLine, endLine }, replacement, safety: "review" };
}
__name(lineEdit, "lineEdit");
function olderThan(have, need) {
  const h = have.replace(/^go/, "");
  const n = need.replace(/^go/, "");
  if (/^\d+\.\d+$/.test(h)) return compareGoVersions(`go${h}`, `go${langOf(n)}`) < 0;
  return compareGoVersions(`go${h}`, `go${n}`) < 0;
}
__name(olderThan, "olderThan");
function langOf(v) {
  const m = /^(?:go)?(\d+\.\d+)/.exec(v);
  return m ? m[1] : v;
}
__name(langOf, "langOf");
function switchesToolchain(v) {
  return compareGoVersions(`go${v.replace(/^go/, "")}`, "go1.21") >= 0;
}
__name(switchesToolchain, "switchesToolchain");
function preToolchainGoRejects(mod) {
  return (mod.go?.value.split(".").length ?? 0) > 2 || mod.toolchain !== null;
}
__name(preToolchainGoRejects, "preToolchainGoRejects");
function setupGoOutcome(version, ref, goToolchain = null) {
  if (!switchesToolchain(version)) return "fails";
  if (goToolchain?.trim() === "local") return "failsEnv";
  const m = ref ? /^v(\d+)/.exec(ref) : null;
  if (!m) return "unknownRef";
  return Number(m[1]) >= 6 ? "failsLocal" : "switches";
}
__name(setupGoOutcome, "setupGoOutcome");
function ciGoToolchain(c, job) {
  let v = null;
  for (const scope of ["workflow", "job"]) {
    for (const e of c.env) if (e.name === "GOTOOLCHAIN" && e.scope === scope && (scope === "workflow" || e.job === job)) v = e.value.value;
  }
  return v;
}
__name(ciGoToolchain, "ciGoToolchain");
function exactSetupGoVersion(v) {
  const tilde = /^~\s*(\d+\.\d+)(?:\.\d+)?$/.exec(v.trim());
  if (tilde) return tilde[1];
  const t = v.trim().replace(/\.x$/, "");
  return /^\d+\.\d+(\.\d+)?(rc\d+|beta\d+)?$/.test(t) ? t : null;
}
__name(exactSetupGoVersion, "exactSetupGoVersion");
function joinRel(dir, rel) {
  const parts = dir ? dir.split("/") : [];
  for (const p of rel.replace(/\\/g, "/").split("/")) {
    if (p === "." || p === "") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}
__name(joinRel, "joinRel");
function ciRoot(file) {
  const m = /^(?:(.*)\/)?\.(?:github|gitlab)\//.exec(file);
  return m ? m[1] ?? "" : dirOf(file);
}
__name(ciRoot, "ciRoot");
function runnerHost(labels) {
  const l = labels.join(" ").toLowerCase();
  if (!l || l.includes("${{")) return null;
  const os = /ubuntu|linux/.test(l) ? "linux" : /windows/.test(l) ? "windows" : /macos/.test(l) ? "darwin" : null;
  if (!os) return null;
  const arch = /arm|aarch64/.test(l) || os === "darwin" && !/macos-1[23]\b|large|intel/.test(l) ? "arm64" : "amd64";
  return { os, arch };
}
__name(runnerHost, "runnerHost");
function makeExports(m) {
  const out = {};
  for (const v of m.variables) if (m.exportAll || v.exported || m.exported.includes(v.name)) out[v.name] = v.value;
  return out;
}
__name(makeExports, "makeExports");
var shellLineCache = /* @__PURE__ */ new WeakMap();
function shellLines(files) {
  const cached = shellLineCache.get(files);
  if (cached) return cached;
  const out = [];
  for (const c of files.ci) {
    for (const s of c.scripts) {
      const commands = s.goCommands;
      if (!commands.length) continue;
      const exported = {};
      for (const scope of ["workflow", "job", "step"]) {
        for (const e of c.env) {
          if (e.scope === scope && (scope === "workflow" || e.job === s.job) && (scope !== "step" || e.step === s.step)) exported[e.name] = e.value.value;
        }
      }
      const labels = c.runsOn?.find((r) => r.job === s.job)?.labels ?? [];
      const dir = s.dir === void 0 ? ciRoot(c.path) : s.dir.includes("${{") ? null : joinRel(ciRoot(c.path), s.dir);
      out.push({ file: c.path, line: s.line, column: s.column, endLine: s.line, text: s.text, commands, exported, source: null, origin: "ci", scope: s.job, host: runnerHost(labels), dir });
    }
  }
  for (const m of files.makefiles) {
    const exported = makeExports(m);
    for (const r of m.recipes) {
      const commands = r.goCommands;
      if (commands.length) out.push({ file: m.path, line: r.line, column: r.column, endLine: r.endLine, text: r.text, commands, exported, source: r.source, origin: "makefile", scope: r.target, host: null, dir: dirOf(m.path) });
    }
  }
  shellLineCache.set(files, out);
  return out;
}
__name(shellLines, "shellLines");
function instructionsOf(d, s) {
  return stageChain(d, s).flatMap((x) => x.instructions);
}
__name(instructionsOf, "instructionsOf");
function stagesReachingFinal(d) {
  const final = d.stages.at(-1);
  if (!final) return [];
  const seen = /* @__PURE__ */ new Set();
  const visit = /* @__PURE__ */ __name((s) => {
    if (seen.has(s.index)) return;
    seen.add(s.index);
    const parent = parentStage(d, s);
    if (parent) visit(parent);
    for (const i of s.instructions) {
      const refs = [i.flags.find((f) => f.name === "from")?.value, ...i.flags.filter((f) => f.name === "mount").map((f) => /(?:^|,)from=([^,]+)/.exec(f.value ?? "")?.[1])];
      for (const ref of refs) {
        const src = ref ? stageByRef(d, ref) : null;
        if (src && src.index < s.index) visit(src);
      }
    }
  }, "visit");
  visit(final);
  return d.stages.filter((s) => seen.has(s.index));
}
__name(stagesReachingFinal, "stagesReachingFinal");
function prefixGoBuild(source, assignment, nth = 0) {
  const re = /(^|[\s;&|(])((?:\S*\/)?go\s+(?:build|install)\b)/g;
  let i = 0;
  let done = false;
  const out = source.replace(re, (m, pre, cmd) => !done && i++ === nth ? (done = true, `${pre}${assignment} ${cmd}`) : m);
  return done ? out : null;
}
__name(prefixGoBuild, "prefixGoBuild");
function installedName(pkg) {
  const parts = pkg.replace(/@.*$/, "").replace(/\/\.\.\.$/, "").split("/");
  const last = parts.at(-1);
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2) : last;
}
__name(installedName, "installedName");
var NOT_BINARY = /\.(ya?ml|json|toml|txt|md|conf|cfg|ini|pem|crt|key|html?|css|js|sh|sql|tmpl|proto)$/i;
function buildsModule(s) {
  return s.instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.some((f) => f.name === "from") && i.args.trim().split(/\s+/).slice(0, -1).some((a) => a === "." || a === "./" || a === "*" || /(^|\/)go\.(mod|\*)$/.test(a) || a.endsWith("/")) || i.keyword === "RUN" && i.flags.some((f) => f.name === "mount" && /type=bind/.test(f.value ?? "")));
}
__name(buildsModule, "buildsModule");
function copiesBuildOutput(copyArgs, build) {
  const sources = copyArgs.trim().split(/\s+/).slice(0, -1);
  const oi = build.args.indexOf("-o");
  const out = oi >= 0 ? build.args[oi + 1] ?? null : build.args.find((a) => a.startsWith("-o="))?.slice(3) ?? null;
  return sources.some((src) => {
    if (out) {
      const o = out.replace(/\/$/, "");
      const base = o.slice(o.lastIndexOf("/") + 1);
      return src === o || src.startsWith(`${o}/`) || src.endsWith(`/${base}`) || src === base || o.startsWith(src.replace(/\/$/, "") + "/");
    }
    if (build.sub === "install") {
      const names = build.args.filter((a) => !a.startsWith("-") && a !== "install").map(installedName);
      const base = src.replace(/\/$/, "").slice(src.replace(/\/$/, "").lastIndexOf("/") + 1);
      const dirOnly = src.endsWith("/") || /^\/go\/bin\/?$|\/bin\/?$/.test(src) || src.includes("*");
      return (src.startsWith("/go/bin") || src.includes("/bin/")) && (dirOnly || names.length === 0 || names.includes(base));
    }
    return !NOT_BINARY.test(src);
  });
}
__name(copiesBuildOutput, "copiesBuildOutput");
function ciExpressionValues(c, job, text) {
  const m = /^\$\{\{\s*(env|matrix)\.([\w.-]+)\s*\}\}$/.exec(text.trim());
  if (!m) return null;
  if (m[1] === "env") {
    const defs = c.env.filter((e) => e.name === m[2] && e.scope !== "step" && (e.scope === "workflow" || e.job === job));
    const d = defs.find((e) => e.scope === "job") ?? defs[0];
    return d ? { values: [d.value], via: `env.${m[2]}` } : null;
  }
  const mx = c.matrices.find((x) => x.job === job && x.key === m[2]);
  return mx ? { values: mx.values, via: `matrix.${m[2]}` } : null;
}
__name(ciExpressionValues, "ciExpressionValues");
var COMPILER_INSTALL = /\b(apk|apt-get|apt|dnf|yum|microdnf)\b.*\b(gcc|build-base|build-essential|clang|musl-dev)\b/;
var GLIBC_COMPAT_INSTALL = /\bapk\b.*\b(gcompat|libc6-compat)\b/;
function hasCompiler(d, s, upTo) {
  const img = imageOf(d, s);
  if (img && parseGolangImage(img)?.hasGcc) return true;
  const all = instructionsOf(d, s);
  const end = upTo ? all.indexOf(upTo) : all.length;
  return all.slice(0, end < 0 ? all.length : end).some((i) => i.keyword === "RUN" && COMPILER_INSTALL.test(i.args));
}
__name(hasCompiler, "hasCompiler");

// src/rules/dockerfile/gd601-golang-image-unpinned.ts
var gd601 = defineRule({
  id: "GD601",
  name: "golang-image-unpinned",
  category: "dockerfile",
  severity: "warning",
  title: "golang base image without a Go version in its tag",
  requires: ["files"],
  messages: {
    untagged: "`FROM {image}` has no tag, so it means golang:latest: the Go version changes whenever a new Go is released.",
    latest: "`FROM {image}` follows the newest Go release; a new Go (and its changed defaults) arrives without a change to this file.",
    major: "`FROM {image}` follows every Go 1.x release; pin at least the minor version."
  },
  fixTitles: {
    pinTheGoVersion: "Pin the Go version {value} ({want})",
    pinTheImage: "Pin the image"
  },
  sources: [...DOCKER_IMAGE_SOURCES, "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions"],
  fixable: true,
  docs: {
    what: "Reports FROM lines using the official golang image (not an earlier stage of the same name) untagged, as latest, as a variant-only tag (alpine, bookworm) or with only a major version (golang:1).",
    why: "These tags move to each new Go release. The build then compiles with a Go its go.mod and CI never saw: new vet checks fail `go test`, changed GODEBUG defaults alter behaviour, and two builds of one commit differ.",
    fix: "Pin golang:1.N (the go.mod language version) or golang:1.N.P, ideally with an @sha256 digest, and update it deliberately (Dependabot and Renovate can)."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      const want = mod?.go ? langOf(mod.go.value) : files.installedGo.version ? langOf(files.installedGo.version) : null;
      for (const s of d.stages) {
        const img = s.resolvedImage && !parentStage(d, s) ? parseGolangImage(s.resolvedImage) : null;
        if (!img || !s.image || !["untagged", "latest", "major"].includes(img.pinning)) continue;
        const messageId = img.pinning;
        const suffix = golangTagSuffix(img);
        const fixed = want ? s.source.replace(s.image, `${s.image.split("@")[0].replace(/:[^/]*$/, "")}:${want}${suffix}`) : null;
        out.push({
          messageId,
          data: { image: s.image },
          evidence: { image: s.resolvedImage, goModGo: mod?.go?.value ?? null },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          fixes: fixed && !s.image.includes("$") ? [lineEdit(fixTitle("pinTheGoVersion", { value: mod?.go ? "of go.mod" : "installed here", want }), d.path, s.line, s.line + s.source.split("\n").length - 1, fixed)] : [{ kind: "manual", title: fixTitle("pinTheImage"), steps: ["Use golang:1.N or golang:1.N.P (matching the go.mod go line), optionally @sha256:<digest>."], url: "https://hub.docker.com/_/golang" }]
        });
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd602-golang-image-older-than-go-mod.ts
function allowsSwitch(instructions) {
  let value = null;
  for (const i of instructions) for (const p of i.pairs) if (i.keyword === "ENV" && p.name === "GOTOOLCHAIN") value = p.value;
  return value !== null && value.trim() !== "" && !/^local$/.test(value.trim());
}
__name(allowsSwitch, "allowsSwitch");
var gd602 = defineRule({
  id: "GD602",
  name: "golang-image-older-than-go-mod",
  category: "dockerfile",
  severity: "error",
  title: "golang image older than the go.mod go line",
  requires: ["files"],
  messages: {
    fails: '`FROM {image}` has Go {imageGo}, but {gomod} requires go >= {goLine}; the image sets GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    tooOld: "`FROM {image}` has Go {imageGo}, older than the go {goLine} that {gomod} requires; Go before 1.21 cannot switch toolchains and fails on newer modules."
  },
  fixTitles: {
    useAGolangImage: "Use a golang image with Go {value}",
    raiseTheImageVersion: "Raise the image version"
  },
  sources: [...DOCKER_IMAGE_SOURCES, "https://go.dev/doc/toolchain", "src/cmd/go/internal/gover/mod.go"],
  fixable: true,
  docs: {
    what: "Compares the Go version in each golang:<version> FROM tag with the go line of the go.mod the Dockerfile builds (the nearest go.mod at or above the Dockerfile), in stages that copy go.mod or the build context (a stage that only runs `go install tool@version` does not use go.mod), following stage aliases to the image; skipped when the Dockerfile sets ENV GOTOOLCHAIN to something other than local.",
    why: 'Since Go 1.21 the go line is a minimum. The official images set GOTOOLCHAIN=local, so an older image stops with "go.mod requires go >= 1.N (running go 1.M; GOTOOLCHAIN=local)" instead of downloading a toolchain; with GOTOOLCHAIN=auto it would download one on every uncached build.',
    fix: "Raise the image tag to at least the go line (golang:1.N), or lower the go line if the module really supports the older Go."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      if (!mod?.go) continue;
      const judged = /* @__PURE__ */ new Set();
      for (const build of d.stages) {
        if (!buildsModule(build)) continue;
        const s = stageChain(d, build)[0];
        if (judged.has(s.index)) continue;
        judged.add(s.index);
        const img = s.resolvedImage ? parseGolangImage(s.resolvedImage) : null;
        if (!img?.goVersion || img.pinning === "major" || !olderThan(img.goVersion, mod.go.value)) continue;
        if (switchesToolchain(img.goVersion) && allowsSwitch(instructionsOf(d, build))) continue;
        const data = { image: s.image ?? "", imageGo: img.goVersion, goLine: mod.go.value, gomod: mod.path };
        const fixed = s.image && !s.image.includes("$") ? s.source.replace(s.image, s.image.replace(img.goVersion, mod.go.value)) : null;
        out.push({
          messageId: switchesToolchain(img.goVersion) ? "fails" : "tooOld",
          data,
          evidence: { image: s.resolvedImage, imageGo: img.goVersion, goModGo: mod.go.value, goMod: mod.path, goModLine: mod.go.line },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          related: goLineRelated(mod, `the image ${s.resolvedImage ?? s.image ?? ""}`, at(d.path, s.line)),
          fixes: fixed ? [lineEdit(fixTitle("useAGolangImage", { value: mod.go.value }), d.path, s.line, s.line + s.source.split("\n").length - 1, fixed)] : [{ kind: "manual", title: fixTitle("raiseTheImageVersion"), steps: [`Set the ARG that names the image version to ${mod.go.value} or later.`] }]
        });
      }
    }
    return out;
  }
});

// src/knowledge/go-command-kinds.ts
function downloadsModules(c) {
  if (c.sub === "mod") return ["download", "tidy", "vendor", "verify", "graph", "why"].some((s) => c.args.includes(s));
  return ["build", "install", "get", "test", "run", "generate", "list", "vet"].includes(c.sub);
}
__name(downloadsModules, "downloadsModules");
function latestTargets(c) {
  if (!["install", "get", "run"].includes(c.sub)) return [];
  return c.args.filter((a) => !a.startsWith("-") && /@(latest|master|main|HEAD)$/.test(a));
}
__name(latestTargets, "latestTargets");
function isGoGetUpdate(c) {
  return c.sub === "get" && c.args.some((a) => a === "-u" || a === "--u" || a.startsWith("-u="));
}
__name(isGoGetUpdate, "isGoGetUpdate");
var VALUE_FLAGS = /* @__PURE__ */ new Set(["-C", "-o", "-p", "-asmflags", "-buildmode", "-compiler", "-gccgoflags", "-gcflags", "-installsuffix", "-ldflags", "-mod", "-modfile", "-overlay", "-pgo", "-pkgdir", "-tags", "-toolexec", "-exec", "-covermode", "-coverpkg"]);
function unversionedInstallTargets(c) {
  if (c.sub !== "install") return [];
  const out = [];
  let subSeen = false;
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i];
    const flag = a.replace(/^--/, "-");
    if (flag.startsWith("-")) {
      const name = flag.split("=")[0];
      const value = flag.includes("=") ? flag.slice(name.length + 1) : VALUE_FLAGS.has(name) ? c.args[++i] ?? "" : "";
      if (name === "-C" || name === "-modfile" || name === "-mod" && value === "mod") return [];
      continue;
    }
    if (!subSeen) {
      subSeen = true;
      continue;
    }
    if (a.includes("@") || /^[./$~]/.test(a) || !a.split("/")[0].includes(".")) continue;
    out.push(a);
  }
  return out;
}
__name(unversionedInstallTargets, "unversionedInstallTargets");

// src/rules/dockerfile/gd603-go-env-after-download.ts
var FETCH_SETTINGS = /* @__PURE__ */ new Set(["GOPROXY", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOSUMDB", "GOFLAGS", "GOINSECURE", "GOAUTH", "GOTOOLCHAIN"]);
function locksDown(name, value) {
  const v = value.trim();
  if (name === "GOPROXY") return v === "off";
  if (name === "GOFLAGS") return /(^|\s)-mod=(vendor|readonly)(\s|$)/.test(v);
  if (name === "GOTOOLCHAIN") return v === "local";
  return false;
}
__name(locksDown, "locksDown");
var gd603 = defineRule({
  id: "GD603",
  name: "go-env-after-download",
  category: "dockerfile",
  severity: "warning",
  title: "Module settings set after the RUN that downloads modules",
  requires: ["files"],
  messages: {
    late: "`ENV {name}` (line {envLine}) comes after the RUN at line {runLine} that runs `go {sub}`; that download used the default {name}."
  },
  fixTitles: {
    setBeforeTheRun: "Set {name} before the RUN at line {line} (the later ENV then is redundant)"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#env", "https://go.dev/ref/mod#environment-variables"],
  fixable: true,
  docs: {
    what: "Within each build stage, finds ENV instructions setting GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB, GOFLAGS, GOINSECURE, GOAUTH or GOTOOLCHAIN after the first RUN that downloads modules (go mod download, go build, go get ...), when the variable was not set before that RUN. Values that forbid fetching (GOPROXY=off, GOFLAGS=-mod=vendor or -mod=readonly, GOTOOLCHAIN=local) are a deliberate lock after the download and are not reported.",
    why: 'ENV applies only to later instructions. The earlier RUN downloaded through the public proxy and checksum database: private modules fail with 404/410 or "verifying module: ... not found", or a corporate proxy is bypassed.',
    fix: "Move the ENV above the first RUN that runs go, or set the variable inline in that RUN."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const seen = /* @__PURE__ */ new Set();
        let firstRun = null;
        for (const ins of s.instructions) {
          if (ins.keyword === "RUN" && !firstRun) {
            const c = ins.goCommands.find(downloadsModules);
            if (c) firstRun = { ins, sub: c.sub === "mod" ? `mod ${c.args.find((a) => a !== "mod" && !a.startsWith("-")) ?? ""}`.trim() : c.sub };
            continue;
          }
          if (ins.keyword !== "ENV" && ins.keyword !== "ARG") continue;
          for (const p of ins.pairs) {
            if (!FETCH_SETTINGS.has(p.name)) continue;
            if (firstRun && locksDown(p.name, p.value ?? "")) {
              seen.add(p.name);
              continue;
            }
            if (!firstRun || seen.has(p.name) || ins.keyword === "ARG") {
              seen.add(p.name);
              continue;
            }
            const run = firstRun.ins;
            const envLine = p.value === null ? `ENV ${p.name}` : `ENV ${p.name}=${/\s/.test(p.value) ? JSON.stringify(p.value) : p.value}`;
            out.push({
              messageId: "late",
              data: { name: p.name, envLine: p.line, runLine: run.line, sub: firstRun.sub },
              evidence: { stage: s.name ?? s.index, run: run.args.slice(0, 200), value: p.value },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: [lineEdit(fixTitle("setBeforeTheRun", { name: p.name, line: run.line }), d.path, run.line, run.endLine, `${envLine}
${run.source}`)]
            });
            seen.add(p.name);
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd604-goos-goarch-fixed-in-env.ts
var TARGET_ARGS = /\$\{?(TARGETPLATFORM|TARGETOS|TARGETARCH|BUILDPLATFORM)\b/;
function multiPlatform(files, d) {
  const text = d.stages.flatMap((s) => [s.source, ...s.instructions.map((i) => i.source)]).join("\n");
  const fromCi = ciPlatforms(files, d);
  if (fromCi) return fromCi;
  if (TARGET_ARGS.test(text)) return { evidence: "the Dockerfile uses TARGET*/BUILDPLATFORM arguments", platforms: [] };
  return null;
}
__name(multiPlatform, "multiPlatform");
function ciPlatforms(files, d) {
  const name = d.path.slice(d.path.lastIndexOf("/") + 1);
  for (const c of files.ci) {
    const root = repositoryRootOf(c.path);
    if (root && !d.path.startsWith(`${root}/`)) continue;
    for (const b of c.dockerBuilds) {
      const sameFile = b.file ? b.file.replace(/^\.\//, "").endsWith(d.path) || b.file.endsWith(name) : name === "Dockerfile";
      if (sameFile && b.platforms.length > 1) return { evidence: `${c.path} line ${b.line} builds it for ${b.platforms.join(", ")}`, platforms: b.platforms };
    }
  }
  return null;
}
__name(ciPlatforms, "ciPlatforms");
var gd604 = defineRule({
  id: "GD604",
  name: "goos-goarch-fixed-in-env",
  category: "dockerfile",
  severity: "error",
  title: "GOOS/GOARCH fixed in a multi-platform build",
  requires: ["files"],
  messages: {
    fixed: "`ENV {name}={value}` fixes the target in a multi-platform build ({evidence}); every platform's image gets a {name}={value} binary.",
    emulated: "This stage cross-compiles with $TARGETOS/$TARGETARCH but its FROM has no --platform=$BUILDPLATFORM, so buildx runs the Go compiler under QEMU emulation for each platform."
  },
  fixTitles: {
    deriveTheTargetFrom: "Derive the target from buildx",
    runThisStageOn: "Run this stage on the build platform"
  },
  sources: ["https://docs.docker.com/build/building/multi-platform/#cross-compilation", "https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope"],
  fixable: true,
  docs: {
    what: "In Dockerfiles built for several platforms (they use TARGETOS/TARGETARCH/TARGETPLATFORM/BUILDPLATFORM, or a CI job builds them with several platforms), reports ENV GOOS/GOARCH with fixed values (GOOS=linux only when a CI job builds a non-Linux platform), and cross-compiling stages that run neither on --platform=$BUILDPLATFORM nor FROM a stage that does.",
    why: 'A fixed ENV GOARCH=amd64 puts an amd64 binary into the arm64 image too: it fails with "exec format error". A builder stage without --platform=$BUILDPLATFORM is emulated, often 5-20 times slower, for a compiler that can cross-compile natively.',
    fix: "Use `FROM --platform=$BUILDPLATFORM golang:\u2026 AS build`, `ARG TARGETOS TARGETARCH` and `RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build \u2026`."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const multi = multiPlatform(files, d);
      if (!multi) continue;
      const { evidence } = multi;
      const allLinux = multi.platforms.every((p) => p.startsWith("linux/"));
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== "ENV") continue;
          for (const p of ins.pairs) {
            if (p.name === "GOOS" && p.value === "linux" && allLinux) continue;
            if ((p.name === "GOOS" || p.name === "GOARCH") && p.value && !p.value.includes("$")) {
              out.push({
                messageId: "fixed",
                data: { name: p.name, value: p.value, evidence },
                evidence: { stage: s.name ?? s.index },
                location: at(d.path, p.line, p.column, p.column + p.name.length),
                fixes: [{ kind: "manual", title: fixTitle("deriveTheTargetFrom"), steps: ["ARG TARGETOS TARGETARCH", "RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build \u2026", `Remove ${p.name} from this ENV.`], url: "https://docs.docker.com/build/building/multi-platform/#cross-compilation" }]
              });
            }
          }
        }
        const crossBuild = s.instructions.some((i) => i.keyword === "RUN" && i.goCommands.some((c) => c.sub === "build" && /\$\{?TARGET(OS|ARCH)/.test(`${c.env.GOOS ?? ""}${c.env.GOARCH ?? ""}`)));
        if (crossBuild && !platformOf(d, s) && s.image) {
          out.push({
            messageId: "emulated",
            data: {},
            evidence: { stage: s.name ?? s.index, image: s.image },
            location: at(d.path, s.line, s.column),
            fixes: [lineEdit(fixTitle("runThisStageOn"), d.path, s.line, s.line + s.source.split("\n").length - 1, s.source.replace(/^(\s*FROM)\s+/i, "$1 --platform=$BUILDPLATFORM "))]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd605-cgo-binary-in-static-image.ts
function staticAnyway(c, stageCgo) {
  const cgo = c.env.CGO_ENABLED ?? stageCgo;
  if (cgo === "0") return true;
  const args = c.args.join(" ");
  return /-extldflags[= ]['"]?[^'"]*-static/.test(args) || /\bnetgo\b/.test(args) && /\bosusergo\b/.test(args);
}
__name(staticAnyway, "staticAnyway");
function builderLibc(image) {
  if (!image) return "unknown";
  const golang = parseGolangImage(image);
  if (golang) return golang.variant === "alpine" ? "musl" : golang.variant === "debian" ? "glibc" : "unknown";
  const libc = runtimeLibc(image);
  return libc === "musl" || libc === "glibc" ? libc : "unknown";
}
__name(builderLibc, "builderLibc");
function buildCopied(d, s, copyArgs) {
  let stageCgo = null;
  let found = null;
  for (const ins of instructionsOf(d, s)) {
    for (const p of ins.pairs) if (ins.keyword === "ENV" && p.name === "CGO_ENABLED" && p.value !== null) stageCgo = p.value;
    if (ins.keyword !== "RUN") continue;
    const builds = ins.goCommands.filter((c) => c.sub === "build" || c.sub === "install");
    for (let nth = 0; nth < builds.length; nth++) {
      if (copiesBuildOutput(copyArgs, builds[nth])) found = { ins, cmd: builds[nth], stageCgo, nth };
    }
  }
  return found;
}
__name(buildCopied, "buildCopied");
var gd605 = defineRule({
  id: "GD605",
  name: "cgo-binary-in-static-image",
  category: "dockerfile",
  severity: "warning",
  title: "Binary built with cgo copied into an image without glibc",
  requires: ["files"],
  messages: {
    noLibc: 'COPY --from={from} brings a binary built with cgo enabled (stage {from} has a C compiler and the go {sub} at line {buildLine} that builds it does not set CGO_ENABLED=0) into `{final}`, which has no C library: if it links net or os/user it fails with "no such file or directory".',
    musl: "COPY --from={from} brings a binary built with cgo enabled against glibc (the builder is `{builder}`; go {sub} at line {buildLine}) into `{final}`, which has musl: a dynamically linked glibc binary fails to start there."
  },
  fixTitles: {
    buildAStaticBinary: "Build a static binary"
  },
  sources: ["src/go/build/build.go", "https://pkgs.alpinelinux.org/package/edge/main/x86_64/gcompat", "https://pkg.go.dev/cmd/cgo", "https://pkg.go.dev/net#hdr-Name_Resolution", ...DOCKER_IMAGE_SOURCES],
  fixable: true,
  docs: {
    what: "Follows COPY --from into final stages based on scratch, distroless/static or alpine (through stage aliases), finds the go build/install whose output is copied, and reports it when its stage has a C compiler (golang:* Debian images ship gcc; or gcc/build-base installed) and it sets neither CGO_ENABLED=0, netgo+osusergo tags nor -extldflags -static. On Alpine only binaries from a glibc builder are reported (an Alpine builder links musl), and not when the stage installs the glibc compatibility layer (apk add gcompat or libc6-compat).",
    why: 'With a C compiler present and no cross-compilation, CGO_ENABLED defaults to 1 (go/build defaultContext, and since Go 1.20 only when a compiler is found). Packages net and os/user then use the C resolver and link libc dynamically; the kernel cannot find the interpreter /lib64/ld-linux-x86-64.so.2 in scratch or on Alpine and exec fails with a misleading "no such file or directory".',
    fix: "Build with CGO_ENABLED=0 (or -tags netgo,osusergo), or run the binary on an image with the same glibc (distroless/base, debian)."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const finalImage = imageOf(d, s);
        const libc = finalImage ? runtimeLibc(finalImage) : "unknown";
        if (libc !== "none" && libc !== "musl") continue;
        if (libc === "musl" && instructionsOf(d, s).some((i) => i.keyword === "RUN" && GLIBC_COMPAT_INSTALL.test(i.args))) continue;
        for (const ins of s.instructions) {
          if (ins.keyword !== "COPY") continue;
          const from = ins.flags.find((f) => f.name === "from")?.value;
          const src = from ? stageByRef(d, from) : null;
          if (!src || !hasCompiler(d, src)) continue;
          const found = buildCopied(d, src, ins.args);
          if (!found || staticAnyway(found.cmd, found.stageCgo)) continue;
          const linkedAgainst = builderLibc(imageOf(d, src));
          if (libc === "musl" && linkedAgainst !== "glibc") continue;
          const build = found.ins;
          const fixed = prefixGoBuild(build.source, "CGO_ENABLED=0", found.nth);
          out.push({
            messageId: libc === "none" ? "noLibc" : "musl",
            data: { from, final: s.image ?? "", buildLine: build.line, sub: found.cmd.sub, builder: imageOf(d, src) ?? "" },
            evidence: { builderImage: imageOf(d, src), builderLibc: linkedAgainst, finalImage, build: build.args.slice(0, 200) },
            location: at(d.path, ins.line, ins.column),
            fixes: fixed ? [lineEdit(fixTitle("buildAStaticBinary"), d.path, build.line, build.endLine, fixed)] : [{ kind: "manual", title: fixTitle("buildAStaticBinary"), steps: [`Set CGO_ENABLED=0 for the go build at line ${build.line}, or use a runtime image with glibc.`] }]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd606-scratch-without-ca-certificates.ts
function sourcesFor(files, dockerfile) {
  const mod = goModFor(files, dockerfile)?.path;
  const scope = mod ? dirOf(mod) : "";
  const nested = mod === void 0 ? [] : files.mods.filter((m) => m.kind === "go.mod").map((m) => dirOf(m.path)).filter((d) => d !== scope && isUnder(d, scope));
  const inScope = /* @__PURE__ */ __name((p) => isUnder(p, scope) && !nested.some((d) => isUnder(p, d)), "inScope");
  const tlsFiles = files.goSources.tlsFiles.filter(inScope);
  const seen = tlsFiles.map((f) => `${f}: ${files.goSources.tlsSeen?.[f] ?? "imports crypto/tls or net/http"}`);
  return { scope: scope || ".", scanned: files.goSources.dirs.some(inScope), tlsFiles, seen };
}
__name(sourcesFor, "sourcesFor");
function receivesGoBinary(d, final) {
  return final.instructions.some((i) => {
    const from = i.keyword === "COPY" ? i.flags.find((f) => f.name === "from")?.value : void 0;
    const src = from ? stageByRef(d, from) : null;
    return !!src && src.instructions.some((r) => r.keyword === "RUN" && r.goCommands.some((c) => (c.sub === "build" || c.sub === "install") && copiesBuildOutput(i.args, c)));
  });
}
__name(receivesGoBinary, "receivesGoBinary");
var gd606 = defineRule({
  id: "GD606",
  name: "scratch-without-ca-certificates",
  category: "dockerfile",
  severity: "info",
  title: "scratch image without CA certificates",
  requires: ["files"],
  messages: {
    tls: 'The final image is FROM scratch and copies no CA certificates, but the program makes outbound TLS connections ({tlsFiles}); they fail with "x509: certificate signed by unknown authority".',
    unknown: 'The final image is FROM scratch and copies no CA certificates; if the program makes TLS calls they fail with "x509: certificate signed by unknown authority".'
  },
  fixTitles: {
    copyTheCaBundle: "Copy the CA bundle from the build stage"
  },
  sources: ["src/crypto/x509/root_linux.go", "https://pkg.go.dev/crypto/x509#SystemCertPool"],
  fixable: true,
  docs: {
    what: "Reports a final stage FROM scratch that receives a Go binary built in another stage but never copies a CA bundle (/etc/ssl/certs, ca-certificates), when Go sources of the module of the Dockerfile (the nearest go.mod, else the whole linted root) make outbound TLS connections (http.Get/NewRequest/Client, tls.Dial, grpc.Dial/NewClient, or import a cloud or API client SDK), or when none of its Go sources were visible. A server that only listens needs no CA bundle and is not reported.",
    why: "On Linux crypto/x509 loads roots from files such as /etc/ssl/certs/ca-certificates.crt (root_linux.go) or SSL_CERT_FILE/SSL_CERT_DIR; scratch has none, so every TLS handshake to a public server fails.",
    fix: 'COPY --from=<builder> /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/, or embed roots with `import _ "golang.org/x/crypto/x509roots/fallback"`.'
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const { scope, scanned, tlsFiles, seen } = sourcesFor(files, d.path);
      if (scanned && tlsFiles.length === 0) continue;
      const final = d.stages.at(-1);
      if (!final || imageOf(d, final)?.toLowerCase() !== "scratch" || !receivesGoBinary(d, final)) continue;
      const inEffect = instructionsOf(d, final);
      const hasCerts = inEffect.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && /ca-certificates|\/etc\/ssl|\/etc\/pki|certs?\b/i.test(i.args));
      const env = inEffect.some((i) => i.pairs.some((p) => p.name === "SSL_CERT_FILE" || p.name === "SSL_CERT_DIR"));
      if (hasCerts || env) continue;
      const builder = d.stages.slice(0, -1).reverse().find((s) => s.name) ?? null;
      const copy = `COPY --from=${builder?.name ?? "0"} /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`;
      out.push({
        messageId: tlsFiles.length ? "tls" : "unknown",
        data: { tlsFiles: seen.slice(0, 3).join("; ") + (seen.length > 3 ? "; \u2026" : "") },
        evidence: { sourcesUnder: scope, goSourcesSeen: scanned, tlsFiles: tlsFiles.slice(0, 20), seen: seen.slice(0, 20) },
        location: at(d.path, final.line, final.column),
        fixes: [lineEdit(fixTitle("copyTheCaBundle"), d.path, final.line, final.line + final.source.split("\n").length - 1, `${final.source}
${copy}`)]
      });
    }
    return out;
  }
});

// src/rules/pin-fix.ts
var PIN_FIX_TITLES = { pinVersion: "Pin a version" };
function pinFix(target) {
  const mod = target.slice(0, target.lastIndexOf("@"));
  return {
    kind: "manual",
    title: fixTitle("pinVersion"),
    steps: [`Pick a release from https://pkg.go.dev/${mod}?tab=versions and use ${mod}@vX.Y.Z.`, `On Go 1.24+: go get -tool ${mod}@vX.Y.Z, then run it with go tool.`],
    url: "https://go.dev/ref/mod#go-install"
  };
}
__name(pinFix, "pinFix");

// src/rules/dockerfile/gd607-go-get-update-in-dockerfile.ts
var gd607 = defineRule({
  id: "GD607",
  name: "go-get-update-in-dockerfile",
  category: "dockerfile",
  severity: "warning",
  title: "go get -u or @latest in a Dockerfile RUN",
  requires: ["files"],
  messages: {
    update: "`go get -u` in RUN upgrades dependencies at build time, ignoring go.mod/go.sum pins: two builds of one commit ship different code.",
    latest: "`go {sub} {target}` in RUN installs whatever is newest on build day; pin a version (@vX.Y.Z)."
  },
  fixTitles: {
    ...PIN_FIX_TITLES,
    buildWhatGoMod: "Build what go.mod pins"
  },
  sources: ["https://go.dev/ref/mod#go-get", "https://go.dev/ref/mod#go-install"],
  fixable: false,
  docs: {
    what: "Reports RUN instructions that run `go get -u` or install/run a module at @latest (or a branch such as @master).",
    why: "Docker caches the layer, so the result depends on when the cache was last built; -u also rewrites go.mod inside the image, so the image no longer matches the reviewed go.mod and go.sum.",
    fix: "Pin tools by version (@v1.2.3), or on Go 1.24+ record them with `go get -tool` and run `go tool NAME`; update dependencies in the repository, not in the image."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== "RUN") continue;
          for (const c of ins.goCommands) {
            if (isGoGetUpdate(c)) out.push({ messageId: "update", data: {}, evidence: { run: ins.args.slice(0, 200) }, location: at(d.path, ins.line, ins.column), fixes: [{ kind: "manual", title: fixTitle("buildWhatGoMod"), steps: ["Drop -u: run `go mod download` (or nothing) and upgrade dependencies in a reviewed commit."], url: "https://go.dev/ref/mod#go-get" }] });
            for (const target of latestTargets(c)) {
              out.push({ messageId: "latest", data: { sub: c.sub, target }, evidence: { run: ins.args.slice(0, 200) }, location: at(d.path, ins.line, ins.column), fixes: [pinFix(target)] });
            }
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd608-source-copied-before-download.ts
function copiesEverything(args) {
  const parts = args.trim().split(/\s+/);
  return parts.length >= 2 && parts.slice(0, -1).some((p) => p === "." || p === "./" || p === "*");
}
__name(copiesEverything, "copiesEverything");
var gd608 = defineRule({
  id: "GD608",
  name: "source-copied-before-download",
  category: "dockerfile",
  severity: "warning",
  title: "Source copied before go mod download",
  requires: ["files"],
  messages: {
    order: "`COPY {args}` (line {copyLine}) copies the whole source before `go mod download` (line {runLine}), so any code change invalidates the module download layer."
  },
  fixTitles: {
    downloadModulesFromGo: "Download modules from go.mod and go.sum before copying the source"
  },
  sources: ["https://docs.docker.com/build/cache/", "https://docs.docker.com/guides/golang/build-images/"],
  fixable: true,
  docs: {
    what: "Within a stage, reports a COPY of the whole build context that comes before the first RUN with `go mod download`.",
    why: "Docker reuses a layer only while everything before it is unchanged. Copying all sources first makes the download layer depend on every file, so each edit re-downloads every module: slow builds and needless load on the proxy.",
    fix: "COPY go.mod go.sum ./, RUN go mod download, then COPY . . (or use RUN --mount=type=cache,target=/go/pkg/mod)."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        let wholeCopy = null;
        for (const ins of s.instructions) {
          if (ins.keyword === "COPY" || ins.keyword === "ADD") {
            if (!wholeCopy && !ins.flags.some((f) => f.name === "from") && copiesEverything(ins.args)) wholeCopy = ins;
            continue;
          }
          if (ins.keyword !== "RUN") continue;
          const dl = ins.goCommands.some((c) => c.sub === "mod" && c.args.includes("download"));
          if (!dl) continue;
          if (!wholeCopy) break;
          out.push({
            messageId: "order",
            data: { args: wholeCopy.args, copyLine: wholeCopy.line, runLine: ins.line },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, wholeCopy.line, wholeCopy.column),
            fixes: [lineEdit(fixTitle("downloadModulesFromGo"), d.path, wholeCopy.line, wholeCopy.endLine, `COPY go.mod go.sum ./
RUN go mod download
${wholeCopy.source}`)]
          });
          break;
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd609-go-env-w-in-dockerfile.ts
var gd609 = defineRule({
  id: "GD609",
  name: "go-env-w-in-dockerfile",
  category: "dockerfile",
  severity: "warning",
  title: "go env -w in a Dockerfile",
  requires: ["files"],
  messages: {
    envW: "`go {args}` writes the go env file of the build user ($HOME/.config/go/env): it is lost for other users and HOME values, and any ENV of the same name overrides it."
  },
  fixTitles: {
    useEnvInstead: "Use ENV instead"
  },
  sources: ["src/cmd/go/internal/envcmd/env.go", "src/cmd/go/internal/cfg/cfg.go", "https://docs.docker.com/reference/dockerfile/#env"],
  fixable: true,
  docs: {
    what: "Reports RUN instructions that run `go env -w` (or -u).",
    why: "go env -w writes os.UserConfigDir()/go/env of whoever runs the build; a later USER, another HOME in CI or at run time, or GOENV=off make the setting vanish, and a process environment variable always wins over the file (cfg.go). ENV is visible to every later instruction and to `docker inspect`.",
    fix: "Replace `RUN go env -w KEY=value` with `ENV KEY=value`."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== "RUN") continue;
          const cmds = ins.goCommands.filter((c) => c.sub === "env" && c.args.some((a) => a === "-w" || a === "-u"));
          for (const c of cmds) {
            const pairs = c.args.filter((a) => /^[A-Z0-9_]+=/.test(a));
            const alone = ins.args.trim().split(/\s+/).length === c.args.length + 1 && c.args.includes("-w") && pairs.length > 0;
            out.push({
              messageId: "envW",
              data: { args: c.args.join(" ") },
              evidence: { run: ins.args.slice(0, 200) },
              location: at(d.path, ins.line, ins.column),
              fixes: alone ? [lineEdit(fixTitle("useEnvInstead"), d.path, ins.line, ins.endLine, `ENV ${pairs.map((p) => /\s/.test(p) ? `${p.slice(0, p.indexOf("=") + 1)}${JSON.stringify(p.slice(p.indexOf("=") + 1))}` : p).join(" ")}`)] : [{ kind: "manual", title: fixTitle("useEnvInstead"), steps: ["Replace the go env -w part of this RUN with an ENV KEY=value instruction above it."] }]
            });
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd610-gopath-goroot-set-by-hand.ts
var GOLANG_IMAGE_DEFAULTS = { GOROOT: "/usr/local/go", GOPATH: "/go" };
var gd610 = defineRule({
  id: "GD610",
  name: "gopath-goroot-set-by-hand",
  category: "dockerfile",
  severity: "warning",
  title: "GOROOT or GOPATH set by hand in a Dockerfile",
  requires: ["files"],
  messages: {
    goroot: '`ENV GOROOT={value}` overrides the GOROOT the go binary finds next to itself; when the path and the go binary disagree the build fails with "compile: version ... does not match go tool version" or "package fmt is not in std".',
    gopath: "`ENV GOPATH={value}` on a golang image, which already sets GOPATH=/go and puts /go/bin on PATH; installed tools may land outside PATH."
  },
  fixTitles: {
    removeTheEnv: "Remove the ENV {name}",
    removeFromThisEnv: "Remove {name} from this ENV"
  },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/install/source#environment", "https://hub.docker.com/_/golang", "https://github.com/docker-library/golang/blob/master/Dockerfile-linux.template"],
  fixable: true,
  docs: {
    what: "Reports ENV GOROOT in any stage, and ENV GOPATH in stages based on the official golang image (directly or through an earlier stage), except GOROOT=/usr/local/go and GOPATH=/go on the golang image: those are the values it already uses.",
    why: "The go command locates GOROOT from its own executable (cfg.go findGOROOT); a hand-set GOROOT goes stale when the base image or install path changes. The golang images set GOPATH=/go with /go/bin on PATH; another GOPATH moves `go install` output off PATH.",
    fix: "Delete the ENV; call go by its path or put its bin directory on PATH instead."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const image = imageOf(d, s);
        const golang = image ? parseGolangImage(image) : null;
        for (const ins of s.instructions) {
          if (ins.keyword !== "ENV") continue;
          for (const p of ins.pairs) {
            if (p.name !== "GOROOT" && !(p.name === "GOPATH" && golang)) continue;
            if (golang && golang.variant !== "windows" && (p.value ?? "").replace(/\/+$/, "") === GOLANG_IMAGE_DEFAULTS[p.name]) continue;
            const alone = ins.pairs.length === 1;
            out.push({
              messageId: p.name === "GOROOT" ? "goroot" : "gopath",
              data: { value: p.value ?? "" },
              evidence: { image },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: alone ? [lineEdit(fixTitle("removeTheEnv", { name: p.name }), d.path, ins.line, ins.endLine, "")] : [{ kind: "manual", title: fixTitle("removeFromThisEnv", { name: p.name }), steps: [`Delete ${p.name}=\u2026 and keep the other variables.`] }],
              ...p.name === "GOPATH" ? { severity: "info" } : {}
            });
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd611-base-image-unpinned.ts
function tagOf(image) {
  const [ref, digest] = image.split("@");
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  return { tag: colon > slash ? ref.slice(colon + 1) : null, digest: digest !== void 0 };
}
__name(tagOf, "tagOf");
var gd611 = defineRule({
  id: "GD611",
  name: "base-image-unpinned",
  category: "dockerfile",
  severity: "warning",
  title: "Base image without a tag or on latest",
  requires: ["files"],
  messages: {
    untagged: "`FROM {image}` has no tag, so Docker pulls {image}:latest: whatever is newest on build day becomes this image's base.",
    latest: "`FROM {image}` follows a moving tag ({tag}): two builds of the same commit can get different base images."
  },
  fixTitles: {
    pinTheBaseImage: "Pin the base image"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#from", "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions", "https://github.com/hadolint/hadolint/wiki/DL3006", "https://github.com/hadolint/hadolint/wiki/DL3007"],
  fixable: false,
  docs: {
    what: "Reports FROM lines of stages that reach the final image (the final stage, the stages it derives from and those it copies from, transitively) whose image has no tag, or a latest tag (latest, latest-*, *-latest). golang images are GD601's; scratch, stage names, digests and images named by variables are not reported here, except a latest-$VAR tag (latest whatever the variable holds).",
    why: "Without a tag Docker uses :latest (docker reference: FROM). latest moves with each release of the image: the same commit builds on another OS release, C library or CA bundle, and a build that worked yesterday fails or behaves differently.",
    fix: "Name a version tag (alpine:3.20, debian:12-slim, gcr.io/distroless/static-debian12:nonroot), ideally with an @sha256 digest, and update it on purpose."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of stagesReachingFinal(d)) {
        const image = s.resolvedImage;
        if (!image || !s.image || image.toLowerCase() === "scratch" || parentStage(d, s) || isGolangImage(image)) continue;
        const { tag, digest } = tagOf(image);
        if (digest) continue;
        if (image.includes("$") && !/^latest-/.test(tag ?? "")) continue;
        const latest = tag !== null && /^latest$|^latest-|-latest$/.test(tag);
        if (tag !== null && !latest) continue;
        out.push({
          messageId: tag === null ? "untagged" : "latest",
          data: { image: s.image, tag: tag ?? "" },
          evidence: { stage: s.name ?? s.index, image },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          fixes: [{ kind: "manual", title: fixTitle("pinTheBaseImage"), steps: [`Replace ${s.image} with a versioned tag (and optionally @sha256:<digest>).`], url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions" }]
        });
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd612-from-arg-without-default.ts
var AUTOMATIC = /* @__PURE__ */ new Set(["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"]);
var gd612 = defineRule({
  id: "GD612",
  name: "from-arg-without-default",
  category: "dockerfile",
  severity: "warning",
  title: "FROM uses an ARG that has no default",
  requires: ["files"],
  messages: {
    noDefault: '`FROM {image}` uses ${name}, declared (line {argLine}) without a default: a build without --build-arg {name}=\u2026 fails with "invalid reference format" or pulls an unintended image.',
    undeclared: "`FROM {image}` uses ${name}, which no ARG before the first FROM declares: FROM sees only global ARGs, so it expands to an empty string."
  },
  fixTitles: {
    giveTheArgA: "Give the ARG a default"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact", "https://docs.docker.com/reference/build-checks/undefined-arg-in-from/"],
  fixable: false,
  docs: {
    what: "Reports variables in FROM lines that are global ARGs without a default value, or that no global ARG declares (BuildKit's automatic platform arguments excepted; ${NAME:-default} forms are fine).",
    why: "FROM expands only ARGs declared before the first FROM. Without a default the value is empty unless every `docker build` passes --build-arg: `golang:` is an invalid reference, and `$REGISTRY/app` silently becomes `/app`.",
    fix: "Give the ARG a default (ARG GO_VERSION=1.23) or write ${GO_VERSION:-1.23} in the FROM line."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const globals = new Map(d.globalArgs.map((a) => [a.name, a]));
      for (const s of d.stages) {
        if (!s.image) continue;
        for (const m of s.image.matchAll(/\$\{(\w+)(:?[-+][^}]*)?\}|\$(\w+)/g)) {
          const name = m[1] ?? m[3];
          if (m[2] || AUTOMATIC.has(name)) continue;
          const arg = globals.get(name);
          if (arg && arg.value !== null && arg.value !== "") continue;
          out.push({
            messageId: arg ? "noDefault" : "undeclared",
            data: { image: s.image, name, argLine: arg?.line ?? 0 },
            evidence: { stage: s.name ?? s.index, variable: name },
            location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
            fixes: [{ kind: "manual", title: fixTitle("giveTheArgA"), steps: [arg ? `Change line ${arg.line} to ARG ${name}=<default>.` : `Add ARG ${name}=<default> before the first FROM.`], url: "https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact" }]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd613-global-arg-not-redeclared.ts
var USES = /* @__PURE__ */ new Set(["RUN", "ENV", "COPY", "ADD", "WORKDIR", "LABEL", "USER", "EXPOSE", "VOLUME"]);
var gd613 = defineRule({
  id: "GD613",
  name: "global-arg-not-redeclared",
  category: "dockerfile",
  severity: "warning",
  title: "Global ARG used in a stage without redeclaring it",
  requires: ["files"],
  messages: {
    empty: "${name} is declared before the first FROM (line {argLine}) but not inside this stage: here it expands to an empty string (a global ARG is visible to FROM lines only until redeclared with `ARG {name}`)."
  },
  fixTitles: {
    redeclareInThisStage: "Redeclare {name} in this stage"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact", "https://docs.docker.com/reference/dockerfile/#scope"],
  fixable: true,
  docs: {
    what: "Reports RUN, ENV, COPY, ADD, WORKDIR and similar instructions that use a variable declared only as a global ARG (before the first FROM), in a stage that has no `ARG NAME` and no ENV of that name (its own or inherited from the stage it derives from).",
    why: "An ARG before the first FROM is outside every build stage. Inside a stage it must be redeclared (`ARG GO_VERSION` without a value inherits the global default), otherwise `go install tool@v${VERSION}` becomes `tool@v` and the build fails, or a path silently loses its version.",
    fix: "Add `ARG NAME` (no value: it takes the global default) at the start of the stage."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const globals = new Map(d.globalArgs.map((a) => [a.name, a]));
      if (!globals.size) continue;
      for (const s of d.stages) {
        const declared = /* @__PURE__ */ new Set();
        const inherited = instructionsOf(d, s).slice(0, -s.instructions.length || void 0);
        for (const i of inherited) for (const p of i.pairs) declared.add(p.name);
        const reported = /* @__PURE__ */ new Set();
        for (const ins of s.instructions) {
          if (ins.keyword === "ARG" || ins.keyword === "ENV") {
            for (const p of ins.pairs) declared.add(p.name);
            if (ins.keyword === "ARG") continue;
          }
          if (!USES.has(ins.keyword)) continue;
          for (const m of ins.args.matchAll(/\$\{(\w+)[^}]*\}|\$(\w+)/g)) {
            const name = m[1] ?? m[2];
            const arg = globals.get(name);
            if (!arg || declared.has(name) || reported.has(name)) continue;
            reported.add(name);
            out.push({
              messageId: "empty",
              data: { name, argLine: arg.line },
              evidence: { stage: s.name ?? s.index, instruction: ins.args.slice(0, 200) },
              location: at(d.path, ins.line, ins.column),
              fixes: [{ kind: "edit", title: fixTitle("redeclareInThisStage", { name }), file: d.path, range: { startLine: s.line, endLine: s.line + s.source.split("\n").length - 1 }, replacement: `${s.source}
ARG ${name}`, safety: "review" }]
            });
          }
        }
      }
    }
    return out;
  }
});

// src/rules/assignments.ts
var VALUE = String.raw`(?:"[^"]*"|'[^']*'|\$\([^()]*\)|[^\s"'])*`;
var ONLY_ASSIGNMENTS = new RegExp(String.raw`^\s*(?:export\s+)?[A-Za-z_]\w*=${VALUE}(?:\s+[A-Za-z_]\w*=${VALUE})*\s*$`);
var PAIR = new RegExp(String.raw`([A-Za-z_]\w*)=(${VALUE})`, "g");
function assignmentsOnly(statement) {
  if (!ONLY_ASSIGNMENTS.test(statement)) return null;
  return [...statement.replace(/^\s*export\s+/, "").matchAll(PAIR)].map((m) => ({ name: m[1], text: m[0] }));
}
__name(assignmentsOnly, "assignmentsOnly");

// src/rules/dockerfile/gd614-run-assignment-without-effect.ts
var gd614 = defineRule({
  id: "GD614",
  name: "run-assignment-without-effect",
  category: "dockerfile",
  severity: "warning",
  title: "RUN that only sets variables",
  requires: ["files"],
  messages: {
    lost: "`RUN {args}` only sets {names} in a shell that exits at once: later RUN lines (and `go build`) never see {names}."
  },
  fixTitles: {
    setThemWithEnv: "Set them with ENV"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#run", "https://docs.docker.com/reference/dockerfile/#env", "https://github.com/hadolint/hadolint/wiki/SC2030"],
  fixable: true,
  docs: {
    what: "Reports RUN instructions whose whole command is variable assignments (`export NAME=value`, `NAME=value`, several joined by && or ;).",
    why: 'Each RUN starts a new shell; its variables die with it. `RUN export CGO_ENABLED=0` followed by `RUN go build` builds with cgo on: a dynamically linked binary that fails in scratch or distroless/static with "no such file or directory".',
    fix: "Use ENV NAME=value (kept for later instructions and the image), or put the assignment in front of the command that needs it in the same RUN."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== "RUN" || ins.flags.length) continue;
          const parts = ins.args.split(/&&|;|\n/).map((p) => p.trim()).filter(Boolean);
          const assigned = parts.map(assignmentsOnly);
          if (!parts.length || assigned.some((a) => a === null)) continue;
          const pairs = assigned.flatMap((a) => a.map((p) => p.text));
          const names = assigned.flatMap((a) => a.map((p) => p.name));
          out.push({
            messageId: "lost",
            data: { args: ins.args.trim().slice(0, 120), names: names.join(", ") },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, ins.line, ins.column),
            fixes: [lineEdit(fixTitle("setThemWithEnv"), d.path, ins.line, ins.endLine, `ENV ${pairs.join(" ")}`)]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd615-build-platform-binary-for-host.ts
var ON_BUILD_PLATFORM = /\$\{?BUILDPLATFORM\b/;
function shipsToTarget(d, s) {
  if (s === d.stages.at(-1)) return true;
  return d.stages.some((t) => t.index > s.index && !ON_BUILD_PLATFORM.test(platformOf(d, t) ?? "") && t.instructions.some((i) => {
    const refs = [i.flags.find((f) => f.name === "from")?.value, ...i.flags.filter((f) => f.name === "mount").map((f) => /(?:^|,)from=([^,]+)/.exec(f.value ?? "")?.[1])];
    return refs.some((r) => r && stageByRef(d, r) === s);
  }));
}
__name(shipsToTarget, "shipsToTarget");
var gd615 = defineRule({
  id: "GD615",
  name: "build-platform-binary-for-host",
  category: "dockerfile",
  severity: "error",
  title: "go build on $BUILDPLATFORM without GOOS/GOARCH from the target",
  requires: ["files"],
  messages: {
    host: 'This stage runs on $BUILDPLATFORM, and the go build at line {buildLine} sets no {missing}: it builds for the build machine, so an arm64 image built on an amd64 runner gets an amd64 binary ("exec format error").'
  },
  fixTitles: {
    buildForTheTarget: "Build for the target platform"
  },
  sources: ["https://docs.docker.com/build/building/multi-platform/#cross-compilation", "https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope", "src/go/build/build.go"],
  fixable: true,
  docs: {
    what: "Reports go build commands in a stage that runs on --platform=$BUILDPLATFORM (itself or through the stage it derives from), and whose output reaches the target (it is the last stage, or a stage not on $BUILDPLATFORM copies from it), when neither the command, an export before it, nor an ENV of the stage sets GOARCH (and GOOS) \u2014 from TARGETARCH/TARGETOS or any other value.",
    why: "--platform=$BUILDPLATFORM runs the stage natively on the builder so Go can cross-compile; Go then targets runtime.GOOS/GOARCH of that builder unless GOOS/GOARCH say otherwise (go/build defaultContext). Every platform of a multi-platform image receives the builder's binary.",
    fix: "Add `ARG TARGETOS TARGETARCH` to the stage and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build \u2026`."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        if (!ON_BUILD_PLATFORM.test(platformOf(d, s) ?? "") || !shipsToTarget(d, s)) continue;
        const env = {};
        const own = new Set(s.instructions);
        for (const ins of instructionsOf(d, s)) {
          if (ins.keyword === "ENV") for (const p of ins.pairs) env[p.name] = p.value ?? "";
          if (ins.keyword !== "RUN" || !own.has(ins)) continue;
          const builds = ins.goCommands.filter((c2) => c2.sub === "build");
          const at0 = builds.findIndex((c2) => !{ ...env, ...c2.env }.GOARCH);
          if (at0 < 0) continue;
          const c = builds[at0];
          const all = { ...env, ...c.env };
          const missing = all.GOOS ? "GOARCH" : "GOOS/GOARCH";
          const prefixed = prefixGoBuild(ins.source, all.GOOS ? "GOARCH=$TARGETARCH" : "GOOS=$TARGETOS GOARCH=$TARGETARCH", at0);
          const declared = instructionsOf(d, s).some((i) => i.keyword === "ARG" && i.pairs.some((p) => p.name === "TARGETARCH"));
          const fixed = prefixed && !declared ? `ARG TARGETOS TARGETARCH
${prefixed}` : prefixed;
          out.push({
            messageId: "host",
            data: { buildLine: ins.line, missing },
            evidence: { stage: s.name ?? s.index, platform: platformOf(d, s), build: ins.args.slice(0, 200) },
            location: at(d.path, ins.line, ins.column),
            fixes: fixed ? [{ kind: "edit", title: fixTitle("buildForTheTarget"), file: d.path, range: { startLine: ins.line, endLine: ins.endLine }, replacement: fixed, safety: "review" }] : []
          });
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd616-final-stage-on-build-platform.ts
var ON_BUILD_PLATFORM2 = /\$\{?BUILDPLATFORM\b/;
var gd616 = defineRule({
  id: "GD616",
  name: "final-stage-on-build-platform",
  category: "dockerfile",
  severity: "error",
  title: "Final stage on $BUILDPLATFORM",
  requires: ["files"],
  messages: {
    final: `The final stage runs on --platform={platform}: an image built for another platform (linux/arm64 on an amd64 runner) gets the build machine's {image} with its shell, C library and packages, which cannot run there ("exec format error").`
  },
  fixTitles: {
    letTheFinalStage: "Let the final stage follow the target platform"
  },
  sources: ["https://docs.docker.com/build/building/multi-platform/#cross-compilation", "https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope", "https://docs.docker.com/reference/dockerfile/#from"],
  fixable: true,
  docs: {
    what: "Reports the last stage of a Dockerfile (the image built when no --target is given) when it, or the stage it derives from, runs on --platform=$BUILDPLATFORM, unless it is FROM scratch (a stage that only carries files for --output).",
    why: `$BUILDPLATFORM is the machine running the build. It belongs on builder stages that cross-compile (GOOS=$TARGETOS GOARCH=$TARGETARCH). On the final stage it makes every platform of a multi-platform build the build machine's: the arm64 image contains an amd64 base, and its first RUN or ENTRYPOINT fails with "exec format error" on arm64 hosts.`,
    fix: "Drop --platform from the final FROM (it then follows the target platform), and keep --platform=$BUILDPLATFORM on the stages that compile."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      const s = d.stages.at(-1);
      const platform = s ? platformOf(d, s) : null;
      if (!s || !platform || !ON_BUILD_PLATFORM2.test(platform)) continue;
      const image = imageOf(d, s) ?? "";
      if (image.toLowerCase() === "scratch") continue;
      const setter = stageChain(d, s).filter((x) => x.platform).at(-1);
      const fixed = setter.source.replace(/--platform=\S+\s+/, "");
      out.push({
        messageId: "final",
        data: { platform, image },
        evidence: { stage: s.name ?? s.index, platformSetBy: setter.name ?? setter.index },
        location: at(d.path, setter.line, setter.column),
        fixes: fixed !== setter.source ? [lineEdit(fixTitle("letTheFinalStage"), d.path, setter.line, setter.line + setter.source.split("\n").length - 1, fixed)] : [{ kind: "manual", title: fixTitle("letTheFinalStage"), steps: ["Remove --platform=$BUILDPLATFORM from the FROM the final stage derives from, or start the final stage FROM an image without it."] }]
      });
    }
    return out;
  }
});

// src/rules/dockerfile/gd617-custom-platform-arg.ts
var AUTOMATIC2 = /* @__PURE__ */ new Set(["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT"]);
var TARGET_VARS = ["GOOS", "GOARCH"];
function referencedArgs(value) {
  return [...value.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]);
}
__name(referencedArgs, "referencedArgs");
function argsOf(d, s) {
  const out = /* @__PURE__ */ new Map();
  for (const a of d.globalArgs) out.set(a.name, a.value);
  for (const i of s.instructions) if (i.keyword === "ARG") for (const p of i.pairs) out.set(p.name, p.value ?? out.get(p.name) ?? null);
  return out;
}
__name(argsOf, "argsOf");
var gd617 = defineRule({
  id: "GD617",
  name: "custom-platform-arg",
  category: "dockerfile",
  severity: "warning",
  title: "GOOS/GOARCH from a custom ARG instead of TARGETOS/TARGETARCH",
  requires: ["files"],
  messages: {
    custom: "{name} comes from ARG {arg}, which no build sets by itself: `docker buildx build --platform` sets TARGETOS/TARGETARCH, not {arg}, so without --build-arg {arg}=\u2026 {name} is {fallback}."
  },
  fixTitles: {
    useTheAutomaticPlatform: "Use the automatic platform ARGs"
  },
  sources: ["https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope", "https://docs.docker.com/build/building/multi-platform/#cross-compilation", "src/go/build/build.go"],
  fixable: false,
  docs: {
    what: "Reports ENV GOOS/GOARCH and `GOOS=\u2026 GOARCH=\u2026 go \u2026` in RUN whose value comes from an ARG other than the automatic platform ARGs (TARGETOS, TARGETARCH, TARGETPLATFORM, BUILDOS, BUILDARCH, BUILDPLATFORM, and their VARIANT).",
    why: "BuildKit fills TARGETOS and TARGETARCH for each platform of `--platform linux/amd64,linux/arm64`. A custom ARG such as ARCH or PLATFORM is set only by a --build-arg: without it GOARCH is empty (go builds for the build machine) or stuck at its default, so a multi-platform build packs the same architecture into every image.",
    fix: "Declare ARG TARGETOS TARGETARCH in the stage and use GOOS=$TARGETOS GOARCH=$TARGETARCH; keep a custom ARG only for names that are not the target platform."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const args = argsOf(d, s);
        const report = /* @__PURE__ */ __name((name, value, line, column) => {
          const arg = referencedArgs(value).find((a) => args.has(a) && !AUTOMATIC2.has(a));
          if (!arg) return;
          const dflt = args.get(arg);
          out.push({
            messageId: "custom",
            data: { name, arg, fallback: dflt ? `always ${dflt}` : "empty, and go builds for the build machine" },
            evidence: { stage: s.name ?? s.index, value },
            location: at(d.path, line, column),
            fixes: [{ kind: "manual", title: fixTitle("useTheAutomaticPlatform"), steps: [`ARG TARGETOS TARGETARCH in this stage, then ${name}=$${name === "GOOS" ? "TARGETOS" : "TARGETARCH"}.`], url: "https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope" }]
          });
        }, "report");
        for (const i of s.instructions) {
          if (i.keyword === "ENV") {
            for (const p of i.pairs) if (TARGET_VARS.includes(p.name) && p.value) report(p.name, p.value, p.line, p.column);
          }
          if (i.keyword !== "RUN") continue;
          const seen = /* @__PURE__ */ new Set();
          for (const c of i.goCommands) {
            for (const name of TARGET_VARS) {
              const v = c.env[name];
              if (v && !seen.has(name)) {
                seen.add(name);
                report(name, v, i.line, i.column);
              }
            }
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd618-moving-source-fetch.ts
var PINNED_REF = /\d|\$/;
var BRANCH_ARCHIVE = /\/archive\/refs\/heads\/[^\s"']+|\/(?:-\/)?archive\/(?:main|master|develop|trunk|HEAD)(?:\/[^\s"']*)?\.(?:zip|tar\.gz|tgz)\b/;
function simpleCommands(text) {
  return text.split(/&&|\|\||[;|\n]/).map((c) => c.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, "")).filter(Boolean));
}
__name(simpleCommands, "simpleCommands");
function movingClone(cmds, at3, laterRuns) {
  const words = cmds[at3];
  const i = words.indexOf("clone");
  const rest = words.slice(i + 1);
  const b = rest.findIndex((w) => w === "-b" || w === "--branch" || w.startsWith("--branch="));
  const ref = b < 0 ? null : rest[b].startsWith("--branch=") ? rest[b].slice(9) : rest[b + 1] ?? null;
  const later = [...cmds.slice(at3 + 1), ...laterRuns].some((c) => c[0] === "git" && c.some((w) => w === "checkout" || w === "reset" || w === "switch"));
  if (later || ref && PINNED_REF.test(ref)) return null;
  return ref ? `branch ${ref}` : "the default branch";
}
__name(movingClone, "movingClone");
var gd618 = defineRule({
  id: "GD618",
  name: "moving-source-fetch",
  category: "dockerfile",
  severity: "warning",
  title: "Sources fetched from a moving branch at build time",
  requires: ["files"],
  messages: {
    clone: "`git clone` fetches {what} at build time: two builds of the same Dockerfile get different sources, and a push to that repository can break (or change) this image.",
    archive: "This RUN downloads a branch archive ({url}): two builds of the same Dockerfile get different sources, and a push to that repository can break (or change) this image."
  },
  fixTitles: {
    fetchAFixedRef: "Fetch a fixed ref"
  },
  sources: ["https://docs.docker.com/build/building/best-practices/#pin-base-image-versions", "https://git-scm.com/docs/git-clone#Documentation/git-clone.txt---branchname", "https://docs.github.com/en/repositories/working-with-files/using-files/downloading-source-code-archives#source-code-archive-urls"],
  fixable: false,
  docs: {
    what: "Reports RUN instructions that `git clone` a repository without a release ref (no --branch, or a --branch without a version such as main or a feature branch) and without a later checkout/reset to a fixed ref in the same RUN, and downloads of branch archives (archive/refs/heads/\u2026, archive/main.zip).",
    why: "A branch moves. The image then depends on the day it was built, the layer cache hides the change until it is invalidated, and a broken commit upstream breaks this build with no change here. Tags (and commit SHAs) stay put.",
    fix: "Clone a tag or commit (git clone --depth 1 --branch v1.2.3 \u2026, or git checkout <sha> after the clone), download a tag archive (archive/refs/tags/v1.2.3.tar.gz), or install a released version (go install module@vX.Y.Z)."
  },
  check({ files }) {
    const out = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const runs = s.instructions.filter((i) => i.keyword === "RUN");
        runs.forEach((i, n) => {
          const cmds = simpleCommands(i.args);
          const clone = cmds.findIndex((c) => c[0] === "git" && c.includes("clone"));
          const what = clone >= 0 ? movingClone(cmds, clone, runs.slice(n + 1).flatMap((r) => simpleCommands(r.args))) : null;
          const archive = BRANCH_ARCHIVE.exec(i.args)?.[0];
          if (!what && !archive) return;
          out.push({
            messageId: what ? "clone" : "archive",
            data: { what: what ?? "", url: archive ?? "" },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, i.line, i.column),
            fixes: [{ kind: "manual", title: fixTitle("fetchAFixedRef"), steps: ["Clone or download a tag or commit SHA (git clone --depth 1 --branch vX.Y.Z \u2026), or install a released version."] }]
          });
        });
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd619-cgo-package-in-cgo-off-docker-build.ts
function stageEnv(d, s, upTo) {
  const env = /* @__PURE__ */ new Map();
  const goenv = /* @__PURE__ */ new Map();
  let workdir = null;
  let moduleAt = null;
  for (const i of instructionsOf(d, s)) {
    if (i === upTo) break;
    if (i.keyword === "ENV") for (const p of i.pairs) env.set(p.name, { value: p.value, line: p.line, how: "ENV" });
    if (i.keyword === "ARG") {
      for (const p of i.pairs) if (env.get(p.name)?.how !== "ENV") env.set(p.name, { value: p.value, line: p.line, how: "ARG" });
    }
    if (i.keyword === "WORKDIR") workdir = joinPath(workdir ?? "/", i.args.trim());
    if ((i.keyword === "COPY" || i.keyword === "ADD") && moduleAt === null && !i.flags.some((f) => f.name === "from")) {
      const words = i.args.trim().split(/\s+/);
      const dest = words.at(-1);
      if (words.slice(0, -1).some((a) => a === "." || a === "./" || /(^|\/)go\.(mod|\*)$/.test(a))) moduleAt = joinPath(workdir ?? "/", dest);
    }
    if (i.keyword === "RUN") {
      for (const c of i.goCommands) if (c.sub === "env" && c.args.includes("-w")) for (const a of c.args) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(a);
        if (m) goenv.set(m[1], { value: m[2], line: i.line });
      }
    }
  }
  return { env, goenv, workdir, moduleAt };
}
__name(stageEnv, "stageEnv");
function joinPath(base, p) {
  const full = p.startsWith("/") ? p : `${base.replace(/\/$/, "")}/${p}`;
  const parts = [];
  for (const x of full.split("/")) {
    if (!x || x === ".") continue;
    if (x === "..") parts.pop();
    else parts.push(x);
  }
  return `/${parts.join("/")}`;
}
__name(joinPath, "joinPath");
function resolved(v, env) {
  if (v === void 0 || v === null) return null;
  const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(v);
  if (ref) return env.get(ref[1])?.value ?? null;
  return v.includes("$") ? null : v;
}
__name(resolved, "resolved");
function cgoOff(d, s, ins, c, e) {
  const own = c.env.CGO_ENABLED;
  const staged = e.env.get("CGO_ENABLED");
  const w = e.goenv.get("CGO_ENABLED");
  if (own !== void 0) return resolved(own, e.env) === "0" ? { reason: "explicit", where: `CGO_ENABLED=${own} on the command at line ${ins.line}` } : null;
  if (staged) return resolved(staged.value, e.env) === "0" ? { reason: "explicit", where: `${staged.how} CGO_ENABLED=${staged.value} at line ${staged.line}` } : null;
  if (w) return w.value === "0" ? { reason: "explicit", where: `go env -w CGO_ENABLED=0 at line ${w.line}` } : null;
  const goarchRaw = c.env.GOARCH ?? e.env.get("GOARCH")?.value ?? null;
  const goosRaw = c.env.GOOS ?? e.env.get("GOOS")?.value ?? null;
  const goarch = resolved(goarchRaw, e.env);
  const goos = resolved(goosRaw, e.env);
  const platform = platformOf(d, s) ?? "";
  const literal = /^linux\/([a-z0-9]+)/.exec(platform)?.[1] ?? null;
  if (goos && goos !== "linux") return { reason: "cross", where: `GOOS=${goos} in a Linux build container` };
  if (goarch && (literal ? goarch !== literal : !["amd64", "arm64"].includes(goarch))) return { reason: "cross", where: `GOARCH=${goarch} on a ${literal ?? "amd64 or arm64"} builder` };
  if (goarchRaw && /TARGETARCH/.test(goarchRaw) && /\$\{?BUILDPLATFORM\b/.test(platform)) return { reason: "crossLegs", where: `GOARCH=${goarchRaw} in a stage on --platform=${platform}` };
  if (c.env.CC ?? e.env.get("CC")) return null;
  const img = imageOf(d, s);
  const golang = img ? parseGolangImage(img) : null;
  if (golang?.variant === "alpine" && !hasCompiler(d, s, ins) && (!golang.goVersion || compareGoVersions(`go${golang.goVersion.split(".").slice(0, 2).join(".")}`, "go1.20") >= 0)) {
    return { reason: "noCompiler", where: `${img} has no C compiler` };
  }
  return null;
}
__name(cgoOff, "cgoOff");
var gd619 = defineRule({
  id: "GD619",
  name: "cgo-package-in-cgo-off-docker-build",
  category: "dockerfile",
  severity: "error",
  title: "go build of a package that needs cgo, with cgo off",
  requires: ["files"],
  messages: {
    excluded: 'go {sub} here runs with cgo off ({where}), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. go fails with: {error}',
    crossLegs: `go {sub} here builds with cgo off whenever the target platform is not the build machine's ({where}: a cross-compile), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. Those platforms fail with: {error}`,
    skipped: 'go {sub} here runs with cgo off ({where}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `{pattern}` leaves it out without a word \u2014 it is not compiled in this image.'
  },
  fixTitles: {
    enableCgo: "Build with cgo (CGO_ENABLED=1 and a C compiler in the builder), or give the package a file with //go:build !cgo"
  },
  sources: ["src/go/build/build.go", "src/cmd/go/internal/load/pkg.go", "src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/go1.20#cgo", "https://pkg.go.dev/cmd/go#hdr-Build_constraints", ...DOCKER_IMAGE_SOURCES],
  fixable: false,
  docs: {
    what: 'Reads the Go packages of the module a Dockerfile builds (build constraints, _GOOS/_GOARCH file names, `import "C"`, imports) and, for each go build/install in a stage that reaches the final image, decides whether cgo is off: CGO_ENABLED=0 on the command, in ENV or an ARG default, or by `go env -w`; GOOS/GOARCH naming another platform than the builder (a cross-compile, also on the non-native legs of a $BUILDPLATFORM stage that builds for $TARGETARCH); or a golang:*-alpine builder (Go 1.20+) with no C compiler installed. It then reports the packages the build names or imports that have no file left without cgo, with the error go prints; packages only matched by a `...` pattern are noted, because go leaves them out silently.',
    why: 'go/build leaves a file that imports "C" out of its package when cgo is disabled. A package whose every file needs cgo then has no file at all: `go build` fails with "build constraints exclude all Go files in DIR" (for a package reached through imports, after the import stack). Cgo is off not only when CGO_ENABLED=0 is written: cross-compiles turn it off by default (CC being set does not change that), and since Go 1.20 so does the lack of a C compiler, which is the case in golang:*-alpine.',
    fix: "Enable cgo for that build (CGO_ENABLED=1, a C compiler \u2014 apk add build-base on Alpine \u2014 and a cross C compiler for cross builds), or give the package a pure-Go fallback file with //go:build !cgo, or stop importing it from the built command."
  },
  check({ files }) {
    const out = [];
    const pk = files.goPackages;
    if (!pk || !pk.cgoFiles) return out;
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      if (!mod?.module || !pk.modules.some((m) => m.dir === dirOf(mod.path))) continue;
      const modDir = dirOf(mod.path);
      for (const s of stagesReachingFinal(d)) {
        for (const ins of s.instructions) {
          if (ins.keyword !== "RUN" || /(^|[;&|(\s])cd\s/.test(ins.args)) continue;
          const builds = ins.goCommands.filter((c) => c.sub === "build" || c.sub === "install");
          if (!builds.length) continue;
          const e = stageEnv(d, s, ins);
          for (const c of builds) {
            const why = cgoOff(d, s, ins, c, e);
            if (!why) continue;
            const root = e.moduleAt ?? e.workdir ?? (parseGolangImage(imageOf(d, s) ?? "") ? "/go" : "/");
            const runDir = e.workdir ?? root;
            const sub = runDir === root ? "" : runDir.startsWith(`${root}/`) || root === "/" ? runDir.slice(root === "/" ? 1 : root.length + 1) : null;
            if (sub === null) continue;
            const goos = resolved(c.env.GOOS ?? e.env.get("GOOS")?.value, e.env) ?? "linux";
            const arch = resolved(c.env.GOARCH ?? e.env.get("GOARCH")?.value, e.env) ?? /^linux\/([a-z0-9]+)/.exec(platformOf(d, s) ?? "")?.[1];
            const img = parseGolangImage(imageOf(d, s) ?? "");
            const targets = (arch ? [arch] : ["amd64", "arm64"]).map((goarch) => ({ goos, goarch }));
            const breaks = breaksFor(pk, [modDir, sub].filter(Boolean).join("/"), c, targets, img?.goVersion ?? null, resolved(c.env.GOFLAGS ?? e.env.get("GOFLAGS")?.value, e.env) ?? void 0);
            for (const b of breaks) {
              if (modDir ? !b.pkg.dir.startsWith(`${modDir}/`) && b.pkg.dir !== modDir : b.pkg.dir.startsWith("../")) continue;
              const relDir = modDir ? b.pkg.dir.slice(modDir.length + 1) : b.pkg.dir;
              const dirInImage = relDir ? joinPath(root, relDir) : root;
              const error = goError(b, dirInImage);
              const pattern = packageArgs(c).find((p) => p.endsWith("...")) ?? "./...";
              out.push({
                messageId: b.how === "skipped" ? "skipped" : why.reason === "crossLegs" ? "crossLegs" : "excluded",
                ...b.how === "skipped" ? { severity: "info" } : {},
                data: { sub: c.sub, where: why.where, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ""}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || ".", error: (error ?? "").replace(/\n\t/g, " "), pattern },
                evidence: { reason: why.reason, package: b.pkg.importPath, how: b.how, importStack: b.chain, build: ins.args.slice(0, 200), goError: error },
                location: at(d.path, ins.line, ins.column),
                fixes: [{ kind: "manual", title: fixTitle("enableCgo"), steps: [`Set CGO_ENABLED=1 for this build and install a C compiler in the builder (apk add build-base on Alpine), or add a file with //go:build !cgo to ${b.pkg.dir || "."}.`], url: "https://pkg.go.dev/cmd/cgo" }]
              });
            }
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd620-module-build-without-go-mod.ts
var BRINGS_A_MODULE = /\bgo\s+mod\s+init\b|\bgit\s+clone\b|\b(curl|wget)\b|\bgo\s+work\s+init\b/;
function copiesContext(instructions) {
  return instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.some((f) => f.name === "from") && !/:\/\//.test(i.args) || i.keyword === "RUN" && i.flags.some((f) => f.name === "mount" && /type=bind/.test(f.value ?? "") && !/from=/.test(f.value ?? "")));
}
__name(copiesContext, "copiesContext");
function needsModule(c) {
  const targets = c.args.slice(c.args.indexOf(c.sub) + 1).filter((a) => !a.startsWith("-"));
  switch (c.sub) {
    case "get":
      return true;
    case "mod":
      return !targets.includes("init") && targets.some((t) => t === "download" || t === "tidy" || t === "vendor" || t === "verify" || t === "graph");
    case "install":
    case "run":
      return targets.length === 0 || !targets.some((t) => t.includes("@")) && !targets.every((t) => t.endsWith(".go"));
    case "build":
    case "test":
    case "vet":
      return targets.length === 0 || !targets.every((t) => t.endsWith(".go"));
    default:
      return false;
  }
}
__name(needsModule, "needsModule");
var gd620 = defineRule({
  id: "GD620",
  name: "module-build-without-go-mod",
  category: "dockerfile",
  severity: "error",
  title: "Go build in module mode with no go.mod",
  requires: ["files"],
  messages: {
    noModule: '`go {args}` runs in module mode (the default since Go 1.16, and {image} is Go {version}) but no go.mod reaches it: the repository has none and nothing in the build creates one, so it fails with "go: go.mod file not found in current directory or any parent directory".'
  },
  fixTitles: {
    makeItAModule: "Make the repository a module"
  },
  sources: ["https://go.dev/doc/go1.16#go-command", "https://go.dev/doc/go-get-install-deprecation", "src/cmd/go/internal/modload/init.go", "https://go.dev/ref/mod#mod-commands"],
  fixable: false,
  docs: {
    what: "Reports a Dockerfile RUN whose go command needs a main module (go get, go build/install/test/vet of packages, go mod download/tidy) when the linted tree has no go.mod or go.work (nor one above it in the repository), the stage does not create or fetch one (go mod init, git clone, curl/wget), GO111MODULE is not off or auto, and the golang image is Go 1.16 or later (or unknown).",
    why: 'Dockerfiles written for GOPATH mode (`WORKDIR /go/src/github.com/you/app`, `go get -d -v ./...`, `go install -v ./...`, as the golang image once documented) stopped working when Go 1.16 made module mode the default: without a go.mod the go command fails with "go.mod file not found", and since Go 1.22 `go get` outside a module is refused outright.',
    fix: "Run `go mod init <import path>` and `go mod tidy` in the repository, commit go.mod and go.sum, and COPY them before the build (`go mod download`, then `go build`). A legacy GOPATH build can still run with ENV GO111MODULE=off, but that mode gets no new features."
  },
  check({ files }) {
    const out = [];
    if (files.mods.length || files.outerGoMod) return out;
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const chain = instructionsOf(d, s);
        const img = parseGolangImage(imageOf(d, s) ?? "");
        if (img?.goVersion && olderThan(img.goVersion, "1.16")) continue;
        const env = Object.fromEntries(chain.filter((i) => i.keyword === "ENV").flatMap((i) => i.pairs.map((p) => [p.name, p.value ?? ""])));
        let brought = false;
        let fromContext = copiesContext(chain.slice(0, chain.length - s.instructions.length));
        for (const i of s.instructions) {
          if (i.keyword === "RUN" && BRINGS_A_MODULE.test(i.args) || i.flags.some((f) => f.name === "from") || i.keyword === "ADD" && /:\/\//.test(i.args)) brought = true;
          if (copiesContext([i])) fromContext = true;
          if (i.keyword !== "RUN" || brought || !fromContext) continue;
          const c = i.goCommands.find((g) => needsModule(g) && !/^(off|auto)$/.test(g.env.GO111MODULE ?? env.GO111MODULE ?? ""));
          if (!c) continue;
          out.push({
            messageId: "noModule",
            data: { args: c.args.join(" ").slice(0, 80), image: imageOf(d, s) ?? "the image", version: img?.goVersion ?? "1.16 or later" },
            evidence: { stage: s.name ?? s.index, workdir: chain.filter((x) => x.keyword === "WORKDIR").at(-1)?.args ?? null },
            location: at(d.path, i.line, i.column),
            fixes: [{
              kind: "manual",
              title: fixTitle("makeItAModule"),
              url: "https://go.dev/doc/tutorial/create-module",
              steps: ["In the repository: go mod init <its import path> && go mod tidy; commit go.mod and go.sum.", "In the Dockerfile: COPY go.mod go.sum ./ and RUN go mod download before copying the sources, then go build (no go get)."]
            }]
          });
          break;
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/gd621-gobin-inside-goroot-in-image.ts
var GOLANG_IMAGE_GOROOT = "/usr/local/go";
var trimSlash = /* @__PURE__ */ __name((p) => p.replace(/\/+$/, ""), "trimSlash");
var gd621 = defineRule({
  id: "GD621",
  name: "gobin-inside-goroot-in-image",
  category: "dockerfile",
  severity: "warning",
  title: "GOBIN points into the Go installation (GOROOT) in a Dockerfile",
  requires: ["files"],
  messages: {
    installInside: "`GOBIN={value} go install` writes into GOROOT {goroot}: the tool lands among the toolchain's own programs (a tool named go or gofmt replaces them) and the command fails for a non-root USER, as the Go tree belongs to root; /go/bin (GOPATH/bin) is already on PATH in the golang image.",
    inside: "`ENV GOBIN={value}` is inside GOROOT {goroot}: `go install` writes tools among the toolchain's own programs (a tool named go or gofmt replaces them) and fails for a non-root USER, as the Go tree belongs to root; the golang image already puts GOPATH/bin (/go/bin) on PATH for tools."
  },
  fixTitles: {
    removeTheEnv: "Remove the ENV GOBIN",
    removeFromThisEnv: "Remove GOBIN from this ENV",
    installOutsideGoroot: "Install the tool outside GOROOT"
  },
  sources: ["https://go.dev/ref/mod#go-install", "src/cmd/go/internal/cfg/cfg.go", "https://github.com/docker-library/golang/blob/master/Dockerfile-linux.template"],
  fixable: true,
  docs: {
    what: "Reports ENV GOBIN, or GOBIN given to a `go install` of a RUN line, set to the GOROOT of its stage or a directory below it: under the ENV GOROOT the stage sets, or under /usr/local/go on the official golang image (directly or through an earlier stage). Not reported: adding a Go bin directory to PATH that is already there (`ENV PATH=/usr/local/go/bin:$PATH` on the golang image): the go command and exec.LookPath take the first match, so a repeated entry changes nothing.",
    why: "`go install` writes binaries to GOBIN. Inside GOROOT they sit among go, gofmt and the toolchain's other programs (a tool of the same name replaces one), need write access to the installation \u2014 root in the golang images, so a later non-root USER cannot install \u2014 and are copied along wherever the Go tree is copied (`COPY --from=builder /usr/local/go`).",
    fix: "Remove ENV GOBIN: tools then go to $GOPATH/bin (/go/bin on the golang image, already on PATH), or point it at a directory of its own that is on PATH."
  },
  check({ files }) {
    const out = [];
    const inside = /* @__PURE__ */ __name((goroot, gobin) => {
      const v = trimSlash(gobin ?? "");
      return !!goroot && !!v && (v === goroot || v.startsWith(`${goroot}/`));
    }, "inside");
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const image = imageOf(d, s);
        let goroot = image && parseGolangImage(image) ? GOLANG_IMAGE_GOROOT : null;
        for (const ins of s.instructions) {
          const install = ins.goCommands.find((g) => g.sub === "install" && inside(goroot, g.env.GOBIN));
          if (install) {
            out.push({
              messageId: "installInside",
              data: { value: install.env.GOBIN, goroot },
              evidence: { image, goroot },
              location: at(d.path, ins.line, ins.column),
              fixes: [{ kind: "manual", title: fixTitle("installOutsideGoroot"), steps: ["Drop GOBIN=\u2026 from the command (the tool goes to $GOPATH/bin, /go/bin on the golang image, already on PATH), or set it to a directory of its own on PATH such as /usr/local/bin."] }]
            });
          }
          if (ins.keyword !== "ENV") continue;
          for (const p of ins.pairs) {
            if (p.name === "GOROOT" && p.value?.startsWith("/")) goroot = trimSlash(p.value);
            const gobin = p.value ?? void 0;
            if (p.name !== "GOBIN" || !inside(goroot, gobin)) continue;
            out.push({
              messageId: "inside",
              data: { value: gobin, goroot },
              evidence: { image, goroot },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: ins.pairs.length === 1 ? [lineEdit(fixTitle("removeTheEnv"), d.path, ins.line, ins.endLine, "")] : [{ kind: "manual", title: fixTitle("removeFromThisEnv"), steps: ["Delete GOBIN=\u2026 and keep the other variables."] }]
            });
          }
        }
      }
    }
    return out;
  }
});

// src/rules/dockerfile/index.ts
var DOCKERFILE_RULES = [gd601, gd602, gd603, gd604, gd605, gd606, gd607, gd608, gd609, gd610, gd611, gd612, gd613, gd614, gd615, gd616, gd617, gd618, gd619, gd620, gd621];

// src/rules/ci/gd701-setup-go-version-unquoted.ts
var TEMPLATE_REF = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/;
var GO_KEYS = /^(go|go-?version|golang|go_version|goversion)$/i;
function setupGoVersions(c) {
  const out = [];
  const templated = /* @__PURE__ */ new Set();
  for (const g of c.setupGo) {
    const inside = !g.matrixKey && g.version ? TEMPLATE_REF.exec(g.version.value) : null;
    if (g.version && !g.matrixKey && !inside) out.push({ s: g.version, job: g.job, fromMatrix: null, ref: g.ref });
    if (g.matrixKey) {
      for (const m of c.matrices) if (m.job === g.job && m.key === g.matrixKey) for (const s of m.values) out.push({ s, job: g.job, fromMatrix: m.key, ref: g.ref });
    }
    if (inside && g.version) {
      const key = inside[1];
      templated.add(`${g.job}\0${key}`);
      for (const m of c.matrices) {
        if (m.job !== g.job || m.key !== key) continue;
        for (const v of m.values) {
          const filled = g.version.value.replace(TEMPLATE_REF, v.value);
          out.push({ s: { ...v, value: filled, raw: filled, numeric: false }, job: g.job, fromMatrix: m.key, ref: g.ref });
        }
      }
    }
  }
  for (const m of c.matrices) {
    if (c.setupGo.some((g) => g.job === m.job && g.matrixKey === m.key) || templated.has(`${m.job}\0${m.key}`) || !GO_KEYS.test(m.key)) continue;
    for (const s of m.values) out.push({ s, job: m.job, fromMatrix: m.key, ref: null });
  }
  return out;
}
__name(setupGoVersions, "setupGoVersions");
var gd701 = defineRule({
  id: "GD701",
  name: "setup-go-version-unquoted",
  category: "ci",
  severity: "error",
  title: "Go version written as an unquoted YAML number",
  requires: ["files"],
  messages: {
    truncated: "Go version {raw} is an unquoted YAML number and reads as {value}: the job asks for Go {value}, not {raw}. Quote it: '{raw}'.",
    number: "Go version {raw} is an unquoted YAML number; it works only while the minor version has no trailing zero (1.20 reads as 1.2). Quote it: '{raw}'."
  },
  fixTitles: {
    quoteTheVersion: "Quote the version"
  },
  sources: ["https://yaml.org/spec/1.2.2/#10214-floating-point", "https://github.com/actions/setup-go#supported-version-syntax"],
  fixable: true,
  docs: {
    what: "Reports Go versions for actions/setup-go (go-version, and the matrix values it reads) and Go-version matrix keys written as plain YAML numbers.",
    why: 'YAML reads 1.20 as the float 1.2; setup-go then resolves "1.2" \u2014 an ancient or missing release \u2014 or the matrix silently tests the wrong Go. The setup-go README asks for quoted versions for this reason.',
    fix: "Quote the version ('1.20'), or use go-version-file: go.mod."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      for (const { s, job, fromMatrix } of setupGoVersions(c)) {
        if (!s.numeric) continue;
        const truncated = s.value !== s.raw.trim();
        const fix = scalarEdit(fixTitle("quoteTheVersion"), c.path, s, `'${s.raw.trim()}'`);
        out.push({
          messageId: truncated ? "truncated" : "number",
          data: { raw: s.raw.trim(), value: s.value },
          evidence: { job, matrixKey: fromMatrix },
          location: scalarAt(c.path, s),
          fixes: fix ? [fix] : [{ kind: "manual", title: fixTitle("quoteTheVersion"), steps: [`Write '${s.raw.trim()}' (a string) instead of ${s.raw.trim()}.`], url: "https://github.com/actions/setup-go#supported-version-syntax" }],
          ...truncated ? {} : { severity: "warning" }
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd702-ci-go-older-than-go-mod.ts
var gd702 = defineRule({
  id: "GD702",
  name: "ci-go-older-than-go-mod",
  category: "ci",
  severity: "error",
  title: "CI Go version older than the go.mod go line",
  requires: ["files"],
  messages: {
    switches: "setup-go@{ref} installs Go {version} but {gomod} requires go >= {goLine}: the go command (GOTOOLCHAIN=auto from go.env) downloads go{goLine} at run time, so this job does not test Go {version}.",
    fails: 'setup-go installs Go {version}, older than the go {goLine} that {gomod} requires; Go before 1.21 cannot switch toolchains and cannot read a three-part go line or a toolchain directive, so the build fails with "errors parsing go.mod".',
    failsLocal: 'setup-go@{ref} installs Go {version}, older than the go {goLine} that {gomod} requires; setup-go v6+ exports GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    failsEnv: 'setup-go installs Go {version}, older than the go {goLine} that {gomod} requires; the workflow sets GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    unknownRef: "setup-go installs Go {version}, older than the go {goLine} that {gomod} requires: with setup-go v6+ (GOTOOLCHAIN=local) the build fails, with v5 and earlier the go command downloads go{goLine} and the job does not test Go {version}.",
    image: 'The job image {image} has Go {version}, older than the go {goLine} that {gomod} requires; golang images set GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".'
  },
  fixTitles: {
    useGo: "Use Go {goLine}",
    followGoMod: "Follow go.mod",
    useAGolangImage: "Use a golang image with Go {goLine}"
  },
  sources: ["https://go.dev/doc/toolchain", "src/cmd/go/internal/modload/init.go", "https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file", "https://github.com/actions/setup-go/pull/460", "https://github.com/docker-library/golang/pull/472"],
  fixable: true,
  docs: {
    what: "Compares the fixed go-version of actions/setup-go steps, and golang:<version> job images (GitHub container:, GitLab image:), with the go line of the repository's go.mod.",
    why: `Since Go 1.21 the go line is a minimum. setup-go v6 and later export GOTOOLCHAIN=local (actions/setup-go#460), as the golang images do, so the build fails; with setup-go v5 and earlier go.env's GOTOOLCHAIN=auto silently downloads the newer toolchain, so the job no longer tests the version it names and pays a download. Go before 1.21 fails on a three-part go line or a toolchain directive ("errors parsing go.mod"); a two-part go line is advisory to it (it builds, and names the line only when compiling fails), so that case is not reported.`,
    fix: "Use go-version-file: go.mod, or raise go-version / the image tag to the go line."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      if (!mod?.go) continue;
      const goLine = mod.go.value;
      for (const g of c.setupGo) {
        const v = g.version && !g.matrixKey && !g.versionFile ? exactSetupGoVersion(g.version.value) : null;
        if (!g.version || !v || !olderThan(v, goLine)) continue;
        const fix = scalarEdit(fixTitle("useGo", { goLine }), c.path, g.version, `'${goLine}'`);
        const outcome = setupGoOutcome(v, g.ref, ciGoToolchain(c, g.job));
        if (outcome === "fails" && !preToolchainGoRejects(mod)) continue;
        out.push({
          messageId: outcome,
          data: { version: v, goLine, gomod: mod.path, ref: g.ref ?? "" },
          evidence: { job: g.job, action: `actions/setup-go@${g.ref ?? ""}`, goMod: mod.path, goModLine: mod.go.line },
          location: scalarAt(c.path, g.version),
          related: goLineRelated(mod, `setup-go's Go ${v}`, scalarAt(c.path, g.version)),
          fixes: fix ? [fix] : [{ kind: "manual", title: fixTitle("followGoMod"), steps: ["Use `go-version-file: go.mod` (or raise the version/image to the go line)."], url: "https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file" }],
          ...outcome === "switches" || outcome === "unknownRef" ? { severity: "warning" } : {}
        });
      }
      for (const { job, image } of c.images) {
        const img = parseGolangImage(image.value);
        if (!img?.goVersion || img.pinning === "major" || !olderThan(img.goVersion, goLine)) continue;
        const fix = scalarEdit(fixTitle("useAGolangImage", { goLine }), c.path, image, image.raw.replace(img.goVersion, goLine));
        out.push({
          messageId: "image",
          data: { image: image.value, version: img.goVersion, goLine, gomod: mod.path },
          evidence: { job, goMod: mod.path },
          location: scalarAt(c.path, image),
          related: goLineRelated(mod, `the job image ${image.value}`, scalarAt(c.path, image)),
          fixes: fix ? [fix] : [{ kind: "manual", title: fixTitle("followGoMod"), steps: ["Use `go-version-file: go.mod` (or raise the version/image to the go line)."], url: "https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file" }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd703-matrix-below-module-minimum.ts
var gd703 = defineRule({
  id: "GD703",
  name: "matrix-below-module-minimum",
  category: "ci",
  severity: "warning",
  title: "CI matrix Go version below the module minimum",
  requires: ["files"],
  messages: {
    switches: "Matrix {key}: {version} is below the go {goLine} in {gomod}; with setup-go@{ref} the go command switches to go{goLine}, so this cell repeats another cell instead of testing Go {version}.",
    fails: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; Go {version} cannot switch toolchains and cannot read a three-part go line or a toolchain directive, so this cell fails with "errors parsing go.mod".',
    failsLocal: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; setup-go@{ref} exports GOTOOLCHAIN=local, so this cell fails with "go.mod requires go >= {goLine}".',
    failsEnv: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; the workflow sets GOTOOLCHAIN=local, so this cell fails with "go.mod requires go >= {goLine}".',
    unknownRef: "Matrix {key}: {version} is below the go {goLine} in {gomod}: the cell fails under GOTOOLCHAIN=local (setup-go v6+, golang images) or silently runs go{goLine} instead of Go {version}."
  },
  fixTitles: {
    matchTheMatrixTo: "Match the matrix to go.mod"
  },
  sources: ["https://go.dev/doc/toolchain", "src/cmd/go/internal/modload/init.go", "https://go.dev/ref/mod#go-mod-file-go", "https://github.com/actions/setup-go/pull/460"],
  fixable: false,
  docs: {
    what: "Reports Go versions in CI matrices (the key setup-go reads, or keys named go/go-version/golang) that are lower than the repository go.mod go line.",
    why: "The go line is a minimum since Go 1.21. Matrix cells below it fail (Go < 1.21 on a three-part go line or a toolchain directive, or GOTOOLCHAIN=local as setup-go v6+ exports; Go < 1.21 treats a two-part go line as advisory, so that cell is not reported) or quietly run the newer toolchain the go command downloads (setup-go v5 and earlier), so the matrix claims coverage it does not have.",
    fix: "Drop the versions below the go line from the matrix, or lower the go line if those versions must stay supported."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      if (!mod?.go) continue;
      for (const { s, job, fromMatrix, ref } of setupGoVersions(c)) {
        const v = fromMatrix ? exactSetupGoVersion(s.value) : null;
        if (!v || !olderThan(v, mod.go.value)) continue;
        const outcome = setupGoOutcome(v, ref, ciGoToolchain(c, job));
        if (outcome === "fails" && !preToolchainGoRejects(mod)) continue;
        out.push({
          messageId: outcome,
          data: { key: fromMatrix, version: s.numeric && s.raw.trim() !== s.value ? `${s.raw.trim()} (read as ${v})` : v, goLine: mod.go.value, gomod: mod.path, ref: ref ?? "" },
          evidence: { job, goMod: mod.path, action: ref ? `actions/setup-go@${ref}` : null },
          location: scalarAt(c.path, s),
          fixes: [{ kind: "manual", title: fixTitle("matchTheMatrixTo"), steps: [`Remove ${v} from matrix.${fromMatrix}, or lower the go line in ${mod.path} if Go ${v} must stay supported.`], url: "https://go.dev/doc/toolchain" }],
          ...outcome === "fails" || outcome === "failsLocal" || outcome === "failsEnv" ? { severity: "error" } : {}
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd704-go-install-latest.ts
var gd704 = defineRule({
  id: "GD704",
  name: "go-install-latest",
  category: "ci",
  severity: "warning",
  title: "Tool installed at @latest in CI or a Makefile",
  requires: ["files"],
  messages: {
    latest: "`go {sub} {target}` installs whatever is newest today: a new release (or one needing a newer Go) breaks this job without any change in the repository."
  },
  fixTitles: { ...PIN_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#go-install", "https://go.dev/doc/modules/managing-dependencies#tools"],
  fixable: false,
  docs: {
    what: "Reports `go install`, `go run` and `go get` of module@latest (or a branch: @master, @main, @HEAD) in CI run:/script: lines and Makefile recipes, except the repository's own module (a nightly job that tries its main branch does so on purpose).",
    why: 'An unpinned tool differs between developers and CI and between runs; new tool releases often require a newer Go ("requires go >= 1.N") and fail the job on a day nothing changed.',
    fix: "Pin @vX.Y.Z (and let Dependabot/Renovate bump it), or on Go 1.24+ `go get -tool module/cmd@vX.Y.Z` and run `go tool NAME`."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        const own = goModFor(files, l.file)?.module?.value;
        for (const target of latestTargets(c)) {
          if (own && (target.startsWith(`${own}@`) || target.startsWith(`${own}/`))) continue;
          out.push({ messageId: "latest", data: { sub: c.sub, target }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [pinFix(target)] });
        }
      }
    }
    return out;
  }
});

// src/rules/ci/gd705-golangci-lint-too-old.ts
var INSTALL = /golangci-lint(?:\/v\d+)?\/cmd\/golangci-lint@(v?\d+(?:\.\d+){0,2})\b/;
var SCRIPT = /golangci-lint.*install\.sh.*?\s(v\d+\.\d+(?:\.\d+)?)\b/;
function pins(files) {
  const out = [];
  for (const c of files.ci) {
    for (const g of c.golangciLint) {
      if (g.version) out.push({ file: c.path, version: g.version.value, location: scalarAt(c.path, g.version), scalar: g.version });
    }
    for (const s of c.scripts) {
      const m = INSTALL.exec(s.text) ?? SCRIPT.exec(s.text);
      if (m) out.push({ file: c.path, version: m[1], location: at(c.path, s.line, s.column), scalar: null });
    }
  }
  for (const mk of files.makefiles) {
    for (const r of mk.recipes) {
      const m = INSTALL.exec(r.expanded) ?? SCRIPT.exec(r.expanded);
      if (m) out.push({ file: mk.path, version: m[1], location: at(mk.path, r.line, r.column), scalar: null });
    }
  }
  return out;
}
__name(pins, "pins");
var gd705 = defineRule({
  id: "GD705",
  name: "golangci-lint-too-old",
  category: "ci",
  severity: "error",
  title: "golangci-lint version cannot handle the module",
  requires: ["files"],
  messages: {
    tooOld: 'golangci-lint {version} predates Go {go} support (added in {since}); with go {goLine} in {gomod} it fails with "the Go language version ... used to build golangci-lint is lower than the targeted Go version" or crashes in its analyzers.',
    configV2: 'golangci-lint {version} is v1, but {config} is a v2 configuration (version: "2"); v1 cannot read it.',
    configV1: 'golangci-lint {version} is v2, but {config} has no `version: "2"`; v2 refuses v1 configurations (run `golangci-lint migrate`).'
  },
  fixTitles: {
    useGolangciLint: "Use golangci-lint {since}",
    upgradeToGolangciLint: "Upgrade to golangci-lint {since} or later",
    useGolangciLintV2: "Use golangci-lint v2",
    convertTheConfiguration: "Convert the configuration"
  },
  sources: [...GOLANGCI_SOURCES, "https://golangci-lint.run/docs/product/migration-guide/"],
  fixable: true,
  docs: {
    what: "Finds golangci-lint versions pinned in golangci/golangci-lint-action (version:), `go install \u2026/cmd/golangci-lint@vX` and the install.sh script, and compares them with a table of the first release supporting each Go version (from the golangci-lint release notes) and with the format version of the .golangci.yml golangci-lint would find from where the pin runs (the repository root of a workflow, the directory of a Makefile, and their parents).",
    why: "golangci-lint analyzes code with the go/types of the Go it was built with; a release older than the module's Go refuses to run (since v1.60.3) or panics on new syntax. v1 and v2 use different configuration formats.",
    fix: "Pin at least the release named in the finding; when crossing from v1 to v2, run `golangci-lint migrate` on the configuration and use golangci-lint-action v7 or later."
  },
  check({ files }) {
    const out = [];
    for (const p of pins(files)) {
      const have = parseToolVersion(p.version);
      if (!have) continue;
      const mod = goModFor(files, p.file);
      const verdict = mod?.go ? golangciSupports(p.version, mod.go.value) : null;
      if (verdict && !verdict.ok) {
        const sameMajor = parseToolVersion(verdict.need.since)[0] === have[0];
        const edit = p.scalar && sameMajor ? scalarEdit(fixTitle("useGolangciLint", { since: verdict.need.since }), p.file, p.scalar, verdict.need.since) : null;
        out.push({
          messageId: "tooOld",
          data: { version: p.version, go: verdict.need.go, since: verdict.need.since, goLine: mod.go.value, gomod: mod.path },
          evidence: { pinnedAt: p.location, goMod: mod.path },
          location: p.location,
          fixes: edit ? [edit] : [{ kind: "manual", title: fixTitle("upgradeToGolangciLint", { since: verdict.need.since }), steps: ["Run `golangci-lint migrate` to convert the configuration to v2.", "Use golangci/golangci-lint-action@v7 or later for v2."], url: "https://golangci-lint.run/docs/product/migration-guide/" }]
        });
        continue;
      }
      const config = golangciConfigFor(files, p.file);
      if (!config) continue;
      const v2config = config.configVersion === "2";
      if (have[0] === 1 && v2config) out.push({ messageId: "configV2", data: { version: p.version, config: config.path }, location: p.location, fixes: [{ kind: "manual", title: fixTitle("useGolangciLintV2"), steps: ["Pin golangci-lint v2.x (golangci/golangci-lint-action@v7 or later)."], url: "https://golangci-lint.run/docs/product/migration-guide/" }] });
      if (have[0] >= 2 && !v2config) out.push({ messageId: "configV1", data: { version: p.version, config: config.path }, location: p.location, fixes: [{ kind: "command", title: fixTitle("convertTheConfiguration"), command: "golangci-lint migrate", safety: "review" }] });
    }
    return out;
  }
});

// src/rules/ci/gd706-go-env-override-in-ci.ts
var HARMLESS_FLAG = /^-(json|v|x|n|modcacherw|p=\d+|mod=vendor)$/;
var RISKY_FLAGS = [
  [/^-mod=mod$/, "-mod=mod lets go commands rewrite go.mod/go.sum instead of failing on drift"]
];
var DEFAULT_MIRROR = "https://proxy.golang.org";
function classify(name, value) {
  if (name === "GOFLAGS") {
    if (/(^|\s)--?insecure(=\S*)?(\s|$)/.test(value)) return { id: "goflagsInsecure", severity: "error", effect: "" };
    const flags = value.trim().split(/\s+/).filter(Boolean);
    const risky = flags.flatMap((f) => RISKY_FLAGS.filter(([re]) => re.test(f)).map(([, effect]) => effect));
    if (risky.length) return { id: "goflagsRisky", severity: "warning", effect: risky.join("; ") };
    if (flags.every((f) => HARMLESS_FLAG.test(f))) return null;
    return { id: "goflags", severity: "info", effect: "" };
  }
  if (name === "GOPROXY") {
    const entries = value.split(/[,|]/).map((e) => e.trim().replace(/\/+$/, "")).filter(Boolean);
    if (entries[0] === "direct" || entries[0] === "off") return { id: "goproxyDirect", severity: "warning", effect: "" };
    if (entries.every((e) => e === DEFAULT_MIRROR || e === "direct" || e === "off")) return null;
    return { id: "goproxy", severity: "info", effect: "" };
  }
  if (name === "GOSUMDB" && value.trim() === "off" || name === "GONOSUMDB" || name === "GONOSUMCHECK" || name === "GOINSECURE") return { id: "sumdbOff", severity: "warning", effect: "" };
  return null;
}
__name(classify, "classify");
var gd706 = defineRule({
  id: "GD706",
  name: "go-env-override-in-ci",
  category: "ci",
  severity: "warning",
  title: "GOFLAGS/GOPROXY/checksum overrides in CI env blocks",
  requires: ["files"],
  messages: {
    goflags: "{scope} env sets GOFLAGS={value}: every go command in CI gets these flags, local builds do not.",
    goflagsRisky: "{scope} env sets GOFLAGS={value}: {effect}, so CI passes where a clean checkout fails.",
    goflagsInsecure: '{scope} env sets GOFLAGS={value}: -insecure was removed from go get in Go 1.17; the flag is still parsed, so other commands ignore it, but every `go get` fails with "go: -insecure flag is no longer supported; use GOINSECURE instead".',
    goproxyDirect: "{scope} env sets GOPROXY={value}: modules are fetched straight from their VCS hosts, without the module mirror's cache \u2014 slower, and broken when a repository moves or disappears.",
    goproxy: "{scope} env sets GOPROXY={value}: CI resolves modules through a different proxy than the default (https://proxy.golang.org,direct) developers use.",
    sumdbOff: "{scope} env sets {name}={value}: checksum database verification is off for the matching modules, so a tampered or force-pushed module version is accepted."
  },
  fixTitles: {
    keepModuleSettingsWhere: "Keep module settings where developers see them"
  },
  sources: ["https://go.dev/ref/mod#environment-variables", "https://go.dev/ref/mod#build-commands", "src/cmd/go/internal/modfetch/proxy.go", "src/cmd/go/internal/modget/get.go (runGet: -insecure)", "https://go.dev/doc/go1.17#go-get", "https://go.dev/doc/go1.14#vendor"],
  fixable: false,
  docs: {
    what: "Reports GOFLAGS, GOPROXY, GOSUMDB=off, GONOSUMDB and GOINSECURE set in workflow-, job- or step-level env: blocks (GitHub) and variables: (GitLab). Not reported: GOFLAGS that only change output or cache file modes (-json, -v, -x, -n, -modcacherw, -p=N) or repeat the vendoring default (-mod=vendor), harmless GOFLAGS set on one step only (they pick the tests of that step) and GOPROXY naming only the default mirror https://proxy.golang.org (with or without direct). A GitLab template's variables, which every job that `extends:` it inherits unless the job sets its own, are reported once, where the template sets them.",
    why: "These change how every go command resolves and verifies modules. Set only in CI they make CI differ from developers' machines: -mod=mod hides go.mod/go.sum drift, GOPROXY=direct bypasses the mirror, and checksum exemptions disable tamper detection. GOFLAGS=-insecure weakens nothing: go get lost the flag in Go 1.17 and now rejects it, so every go get in that CI job fails. (GONOSUMCHECK does not exist in Go at all.)",
    fix: "Keep module settings in one documented place (go.env policy or the repository), prefer -mod=readonly in CI, and restrict GONOSUMDB/GOPRIVATE to your private module prefixes."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      for (const e of c.env) {
        const k = classify(e.name, e.value.value);
        if (!k) continue;
        if (k.id === "goflags" && e.scope === "step") continue;
        const scope = e.scope === "workflow" ? c.kind === "gitlab" ? "Global" : "Workflow" : e.scope === "job" ? `Job ${e.definedIn ?? e.job}` : `A step of job ${e.job}`;
        out.push({
          messageId: k.id,
          data: { scope, name: e.name, value: e.value.value, effect: k.effect },
          evidence: { scope: e.scope, job: e.job },
          location: scalarAt(c.path, e.value),
          severity: k.severity,
          fixes: [{ kind: "manual", title: fixTitle("keepModuleSettingsWhere"), steps: [`Remove ${e.name} from this env block, or document why CI needs it; prefer -mod=readonly and narrow GONOSUMDB/GOPRIVATE patterns.`], url: "https://go.dev/ref/mod#environment-variables" }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd707-go-env-w-in-makefile.ts
var gd707 = defineRule({
  id: "GD707",
  name: "go-env-w-in-makefile",
  category: "ci",
  severity: "warning",
  title: "go env -w in a Makefile recipe or CI script",
  requires: ["files"],
  messages: {
    makefile: "`go {args}` in target {where} rewrites the developer's global Go config file (os.UserConfigDir()/go/env) for every project, not just this build.",
    ci: "`go {args}` in a CI script writes the runner's global Go config; on self-hosted runners it leaks into later jobs of other repositories."
  },
  fixTitles: {
    setItForThis: "Set it for this build only"
  },
  sources: ["src/cmd/go/internal/envcmd/env.go", "https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information"],
  fixable: false,
  docs: {
    what: "Reports `go env -w` and `go env -u` in Makefile recipes and CI run:/script: lines.",
    why: "go env -w writes the per-user file read by every go command of that user ($(go env GOENV), os.UserConfigDir()/go/env): running `make` silently changes GOPRIVATE, GOFLAGS or GOPROXY for all other projects, and the change outlives the build.",
    fix: "Set the variable for the build only: `export GOFLAGS=\u2026` at the top of the Makefile, `KEY=value go build` in the recipe, or env: in CI."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        if (c.sub !== "env" || !c.args.some((a) => a === "-w" || a === "-u")) continue;
        const target = l.origin === "makefile" ? files.makefiles.find((m) => m.path === l.file)?.recipes.find((r) => r.line === l.line)?.target ?? "" : "";
        out.push({ messageId: l.origin, data: { args: c.args.join(" "), where: target }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: "manual", title: fixTitle("setItForThis"), steps: [`Replace \`go ${c.args.join(" ")}\` with ${l.origin === "makefile" ? "`export KEY := value` at the top of the Makefile" : "an env: entry (GitHub) or variables: (GitLab)"}.`, "Undo the global change on affected machines: go env -u KEY."] }] });
      }
    }
    return out;
  }
});

// src/rules/ci/gd708-go-get-update-all.ts
var UPDATING = /update|upgrade|bump|renovate/i;
var gd708 = defineRule({
  id: "GD708",
  name: "go-get-update-all",
  category: "ci",
  severity: "warning",
  title: "go get -u in a Makefile recipe or CI script",
  requires: ["files"],
  messages: {
    update: "`go {args}` upgrades dependencies to their newest versions each time it runs: builds stop being reproducible and go.mod changes as a side effect."
  },
  fixTitles: {
    upgradeInAReviewed: "Upgrade in a reviewed commit"
  },
  sources: ["https://go.dev/ref/mod#go-get", "https://go.dev/doc/modules/managing-dependencies#upgrading"],
  fixable: false,
  docs: {
    what: "Reports `go get -u` (and -u=patch) in Makefile recipes and CI run:/script: lines, except in targets and jobs whose name says they update (update, upgrade, bump, renovate): there updating is the purpose.",
    why: "go get -u resolves the newest versions at run time and rewrites go.mod and go.sum. In a build or CI target the result depends on the day, and CI tests code that no one reviewed.",
    fix: "Upgrade dependencies deliberately in a commit (go get -u, go mod tidy, review the diff), or let Dependabot/Renovate do it; build targets should use the committed go.mod (`go build -mod=readonly`)."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      if (UPDATING.test(l.scope)) continue;
      for (const c of l.commands) {
        if (isGoGetUpdate(c)) out.push({ messageId: "update", data: { args: c.args.join(" ") }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: "manual", title: fixTitle("upgradeInAReviewed"), steps: ["Remove go get -u from the build target.", "Upgrade deliberately: go get -u ./... && go mod tidy, review and commit the go.mod/go.sum diff (or let Dependabot/Renovate do it)."], url: "https://go.dev/doc/modules/managing-dependencies#upgrading" }] });
      }
    }
    return out;
  }
});

// src/rules/ci/gd709-goos-without-goarch.ts
var BUILDS = /* @__PURE__ */ new Set(["build"]);
var HOST_GOOS = /go env GO(?:HOST)?OS|GOHOSTOS|uname/;
function compileOnly(args) {
  const o = args.findIndex((a) => a === "-o" || a.startsWith("-o="));
  if (o < 0) return args.some((a) => a.endsWith("..."));
  const target = args[o] === "-o" ? args[o + 1] : args[o].slice(3);
  return target === "/dev/null" || target === "NUL";
}
__name(compileOnly, "compileOnly");
var gd709 = defineRule({
  id: "GD709",
  name: "goos-without-goarch",
  category: "ci",
  severity: "warning",
  title: "GOOS set without GOARCH",
  requires: ["files"],
  messages: {
    noArch: "`GOOS={goos} go {sub}` sets no GOARCH, so the architecture is that of whatever machine runs it: the same line builds amd64 on one runner and arm64 on another."
  },
  fixTitles: {
    nameTheArchitectureToo: "Name the architecture too"
  },
  sources: ["src/go/build/build.go", "https://go.dev/doc/install/source#environment"],
  fixable: false,
  docs: {
    what: "Reports go build commands in Makefile recipes and CI scripts whose environment (inline, `export`, CI env: and variables: blocks, or exported Makefile variables) sets GOOS but not GOARCH. Not reported: GOOS read from the machine itself (`go env GOOS`), Make expressions that expand to a GOARCH too, and compile-only builds whose output is discarded (`go build ./...` without -o, `-o /dev/null`).",
    why: 'An unset GOARCH defaults to the host architecture (runtime.GOARCH via go/build). A release built on an arm64 Mac or runner produces arm64 binaries named as if they were amd64, and "exec format error" follows on the target.',
    fix: "Always set GOOS and GOARCH together (GOOS=linux GOARCH=amd64 go build \u2026), or loop over explicit os/arch pairs."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        const env = { ...l.exported, ...c.env };
        if (!BUILDS.has(c.sub) || !env.GOOS || env.GOARCH) continue;
        if (HOST_GOOS.test(env.GOOS) || /\bGOARCH=/.test(env.GOOS) || compileOnly(c.args)) continue;
        out.push({ messageId: "noArch", data: { goos: env.GOOS, sub: c.sub }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: "manual", title: fixTitle("nameTheArchitectureToo"), steps: [`Set GOARCH next to GOOS=${env.GOOS} (e.g. GOARCH=amd64 or arm64), one build per os/arch pair.`] }] });
      }
    }
    return out;
  }
});

// src/rules/ci/gd710-cross-build-without-cgo-disabled.ts
var COMMON_HOSTS = /* @__PURE__ */ new Set(["amd64", "arm64"]);
var gd710 = defineRule({
  id: "GD710",
  name: "cross-build-without-cgo-disabled",
  category: "ci",
  severity: "warning",
  title: "Target build without CGO_ENABLED=0",
  requires: ["files"],
  messages: {
    cgo: "`GOOS={goos} GOARCH={goarch} go {sub}` does not set CGO_ENABLED: it is static only when cross-compiling; on a {goos}/{goarch} machine cgo defaults to on and the binary links the build machine's libc dynamically."
  },
  fixTitles: {
    disableCgoForA: "Disable cgo for a static binary"
  },
  sources: ["src/go/build/build.go", "src/cmd/go/internal/cfg/cfg.go", "https://pkg.go.dev/cmd/cgo"],
  fixable: true,
  docs: {
    what: "Reports go build/install commands in Makefile recipes and CI scripts that name an explicit Linux target (GOOS=linux and GOARCH) but leave CGO_ENABLED unset, in the command, an `export`, CI env: and variables: blocks, or exported Makefile variables. Builds that are certainly cross-compiles are not reported, because cgo is already off there: a GitHub job whose runs-on names another OS or architecture, or a GOARCH other than amd64/arm64.",
    why: 'go/build enables cgo by default only when the target equals the host (and, since Go 1.20, a C compiler is found). The same line yields a static binary on a different host and a dynamically linked one (net, os/user via libc) on a matching host \u2014 which then fails in scratch, distroless/static or Alpine with "no such file or directory", or on an older glibc with "GLIBC_2.34 not found".',
    fix: "Set CGO_ENABLED=0 next to GOOS/GOARCH when a static binary is expected; set CGO_ENABLED=1 explicitly (with a cross C compiler) when cgo is intended."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        const env = { ...l.exported, ...c.env };
        if (c.sub !== "build" && c.sub !== "install" || env.GOOS !== "linux" || !env.GOARCH || env.CGO_ENABLED !== void 0) continue;
        if (l.host ? l.host.os !== "linux" || l.host.arch !== env.GOARCH : !COMMON_HOSTS.has(env.GOARCH)) continue;
        const fixed = l.source ? prefixGoBuild(l.source, "CGO_ENABLED=0") : null;
        out.push({
          messageId: "cgo",
          data: { goos: env.GOOS, goarch: env.GOARCH, sub: c.sub },
          evidence: { line: l.text.slice(0, 200) },
          location: at(l.file, l.line, l.column),
          fixes: fixed ? [lineEdit(fixTitle("disableCgoForA"), l.file, l.line, l.endLine, fixed)] : [{ kind: "manual", title: fixTitle("disableCgoForA"), steps: ["Add CGO_ENABLED=0 next to GOOS/GOARCH (in the command or the step's env:)."] }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd711-ci-file-does-not-parse.ts
var gd711 = defineRule({
  id: "GD711",
  name: "ci-file-does-not-parse",
  category: "ci",
  severity: "error",
  title: "CI file is not valid YAML",
  requires: ["files"],
  messages: {
    syntax: '{file} is not valid YAML: {error}. GitHub rejects such a workflow ("Invalid workflow file") and GitLab such a pipeline, so none of its jobs run, and godiag checks only what it could still read.'
  },
  fixTitles: {
    repairTheYamlAt: "Repair the YAML at line {line}"
  },
  sources: ["https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax", "https://docs.gitlab.com/ci/yaml/", "https://yaml.org/spec/1.2.2/"],
  fixable: false,
  docs: {
    what: "Reports GitHub workflows and GitLab CI files that neither a strict YAML 1.2 parser (js-yaml) nor a lenient one (yaml, which also accepts what GitHub tolerates, such as a flow sequence closed at its key's indentation) can read, at the place the strict parser stopped.",
    why: 'A workflow file that does not parse never starts: GitHub shows "Invalid workflow file" on the Actions tab and no job of it runs, which is easy to miss when the file changes in a pull request that only touches CI. Every other CI check depends on reading the file.',
    fix: "Fix the indentation or quoting at the reported line; `actionlint` and the GitHub workflow editor point at the same place."
  },
  check({ files }) {
    const out = [];
    for (const f of files.files) {
      if (f.kind !== "github-workflow" && f.kind !== "gitlab-ci" || !f.error || !f.errorAt) continue;
      out.push({
        messageId: "syntax",
        data: { file: f.path, error: f.error },
        evidence: { error: f.error },
        location: at(f.path, f.errorAt.line, f.errorAt.column),
        fixes: [{ kind: "manual", title: fixTitle("repairTheYamlAt", { line: f.errorAt.line }), steps: [`Fix the indentation or quoting at line ${f.errorAt.line}, column ${f.errorAt.column}: ${f.error}.`, "Check the file again with `godiag lint` before pushing."], url: "https://yaml.org/spec/1.2.2/" }]
      });
    }
    return out;
  }
});

// src/rules/ci/gd712-golangci-lint-version-latest.ts
var FLOATING = /^(latest|v?\d+)$/;
var gd712 = defineRule({
  id: "GD712",
  name: "golangci-lint-version-latest",
  category: "ci",
  severity: "warning",
  title: "golangci-lint action on version latest",
  requires: ["files"],
  messages: {
    via: "golangci-lint-action runs `version: {expr}`, and {via} is {version} (line {line}): each golangci-lint release adds linters and changes checks, so the job fails (or stops failing) on a day nothing changed in the repository.",
    latest: "golangci-lint-action runs `version: {version}`: each golangci-lint release adds linters and changes checks, so the job fails (or stops failing) on a day nothing changed in the repository."
  },
  fixTitles: {
    pinGolangciLint: "Pin golangci-lint"
  },
  sources: ["https://github.com/golangci/golangci-lint-action#version", ...GOLANGCI_SOURCES],
  fixable: false,
  docs: {
    what: "Reports golangci/golangci-lint-action steps whose `version:` is latest (or missing a version number, such as `v2`), in GitHub workflows, also when it comes from `${{ env.NAME }}` (workflow or job env) or `${{ matrix.KEY }}` (any value of the job matrix).",
    why: "The action resolves latest at run time. New releases enable or tighten checks and require newer Go versions, so CI results depend on the day, not on the commit; GD705 can only judge a pinned version.",
    fix: "Pin `version: vX.Y.Z` and update it deliberately (Dependabot and Renovate can)."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      for (const g of c.golangciLint) {
        const v = g.version?.value.trim();
        if (!g.version || !v) continue;
        const resolved2 = ciExpressionValues(c, g.job, v);
        const floating = resolved2 ? resolved2.values.find((x) => FLOATING.test(x.value.trim())) : FLOATING.test(v) ? g.version : null;
        if (!floating) continue;
        out.push({
          messageId: resolved2 ? "via" : "latest",
          data: resolved2 ? { expr: v, via: resolved2.via, version: floating.value.trim(), line: floating.line } : { version: v },
          evidence: { job: g.job },
          location: scalarAt(c.path, g.version),
          fixes: [{ kind: "manual", title: fixTitle("pinGolangciLint"), steps: ["Set `version:` to a release such as v2.1.6 (https://github.com/golangci/golangci-lint/releases)."], url: "https://github.com/golangci/golangci-lint-action#version" }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd713-setup-go-old-major.ts
var gd713 = defineRule({
  id: "GD713",
  name: "setup-go-old-major",
  category: "ci",
  severity: "warning",
  title: "actions/setup-go on a retired major version",
  requires: ["files"],
  messages: {
    old: "actions/setup-go@{ref} runs on {node}, which GitHub-hosted runners no longer support: the step is forced onto a newer Node or fails, and it lacks the module cache (v4+) and go.mod toolchain handling of current versions."
  },
  fixTitles: {
    useACurrentSetup: "Use a current setup-go"
  },
  sources: ["https://github.com/actions/setup-go/releases", "https://github.blog/changelog/2023-09-22-github-actions-transitioning-from-node-16-to-node-20/", "https://github.blog/changelog/2022-09-22-github-actions-all-actions-will-begin-running-on-node16-instead-of-node12/"],
  fixable: false,
  docs: {
    what: "Reports `uses: actions/setup-go@v1`, `@v2` and `@v3` (version tags; commit SHAs are not judged).",
    why: "setup-go v1 and v2 declare `using: node12`, v3 `using: node16` in their action.yml; GitHub moved runners off Node 12 and then Node 16. v4 added the module cache by default and later majors read toolchain lines from go.mod.",
    fix: "Use a current major (actions/setup-go@v5 or later, or a commit SHA of it)."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      for (const g of c.setupGo) {
        const m = g.ref ? /^v([123])(\.|$)/.exec(g.ref) : null;
        if (!m) continue;
        out.push({
          messageId: "old",
          data: { ref: g.ref, node: m[1] === "3" ? "Node 16" : "Node 12" },
          evidence: { job: g.job },
          location: at(c.path, g.line, g.column),
          fixes: [{ kind: "manual", title: fixTitle("useACurrentSetup"), steps: [`Change actions/setup-go@${g.ref} to actions/setup-go@v5 (or newer).`], url: "https://github.com/actions/setup-go/releases" }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd714-ci-golang-image-unpinned.ts
var gd714 = defineRule({
  id: "GD714",
  name: "ci-golang-image-unpinned",
  category: "ci",
  severity: "warning",
  title: "CI job image golang without a Go version in its tag",
  requires: ["files"],
  messages: {
    untagged: "The job image `{image}` has no tag, so it means golang:latest: the Go that CI tests with changes whenever a new Go is released.",
    latest: "The job image `{image}` follows the newest Go release: CI starts testing with a new Go (and its changed defaults) without a change to this file.",
    major: "The job image `{image}` follows every Go 1.x release; pin at least the minor version."
  },
  fixTitles: {
    pinTheGoVersion: "Pin the Go version of go.mod ({want})",
    pinTheImage: "Pin the image"
  },
  sources: [...DOCKER_IMAGE_SOURCES, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer", "https://docs.gitlab.com/ci/yaml/#image"],
  fixable: true,
  docs: {
    what: "Reports GitHub job `container:` images and GitLab `image:` keywords (global, default: and per job) that use the official golang image untagged, as latest, as a variant-only tag (alpine, bookworm) or with only a major version (golang:1). Tags built from variables are not judged.",
    why: "These tags move to each new Go release, so CI tests with a Go its go.mod and developers never chose: new vet checks fail `go test`, changed GODEBUG defaults alter behaviour, and a pipeline that passed yesterday fails today on an unchanged commit. The same defect in a Dockerfile is GD601.",
    fix: "Pin golang:1.N (the go.mod language version) or golang:1.N.P, optionally with an @sha256 digest, and update it deliberately (Dependabot and Renovate can)."
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      const want = mod?.go ? langOf(mod.go.value) : null;
      for (const { job, image } of c.images) {
        const img = parseGolangImage(image.value);
        if (!img || !["untagged", "latest", "major"].includes(img.pinning)) continue;
        const suffix = golangTagSuffix(img);
        const pinned = want ? `${image.value.replace(/:[^/]*$/, "")}:${want}${suffix}` : null;
        const fix = pinned ? scalarEdit(fixTitle("pinTheGoVersion", { want }), c.path, image, pinned) : null;
        out.push({
          messageId: img.pinning,
          data: { image: image.value },
          evidence: { job, goModGo: mod?.go?.value ?? null },
          location: scalarAt(c.path, image),
          fixes: fix ? [fix] : [{ kind: "manual", title: fixTitle("pinTheImage"), steps: ["Use golang:1.N or golang:1.N.P (matching the go.mod go line)."], url: "https://hub.docker.com/_/golang" }]
        });
      }
    }
    return out;
  }
});

// src/rules/ci/gd715-go-get-to-install.ts
function scripts(files) {
  const out = [];
  for (const c of files.ci) for (const s of c.scripts) out.push({ file: c.path, line: s.line, column: s.column, text: s.text, commands: s.goCommands, env: /* @__PURE__ */ __name(() => Object.fromEntries(c.env.filter((e) => (e.scope !== "step" || e.step === s.step) && (e.scope === "workflow" || e.job === s.job)).map((e) => [e.name, e.value.value])), "env") });
  for (const m of files.makefiles) for (const r of m.recipes) out.push({ file: m.path, line: r.line, column: r.column, text: r.expanded, commands: r.goCommands, env: /* @__PURE__ */ __name(() => ({}), "env") });
  for (const d of files.dockerfiles) {
    for (const s of d.stages) {
      s.instructions.forEach((i, n) => {
        if (i.keyword !== "RUN") return;
        const env = /* @__PURE__ */ __name(() => Object.fromEntries(s.instructions.slice(0, n).filter((x) => x.keyword === "ENV").flatMap((x) => x.pairs.filter((p) => p.value !== null).map((p) => [p.name, p.value]))), "env");
        out.push({ file: d.path, line: i.line, column: i.column, text: i.args, commands: i.goCommands, env });
      });
    }
  }
  return out;
}
__name(scripts, "scripts");
function commandName(target) {
  return target.replace(/@.*$/, "").replace(/\/\.\.\.$/, "").split("/").pop() ?? "";
}
__name(commandName, "commandName");
function installTargets(c, env, laterText, installed) {
  if (c.sub !== "get" || c.args.includes("-d") || (c.env.GO111MODULE ?? env().GO111MODULE) === "off") return [];
  const targets = c.args.slice(c.args.indexOf("get") + 1).filter((a) => !a.startsWith("-") && a.includes(".") && a.includes("/") && !a.startsWith("."));
  const words = laterText.replace(/\S*\/\S*/g, " ");
  return targets.filter((t) => {
    const name = commandName(t);
    if (!name || installed.has(t.replace(/@.*$/, ""))) return false;
    return t.includes("/cmd/") || new RegExp(`(^|[\\s;&|(])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[\\s;&|)]|$)`).test(words);
  });
}
__name(installTargets, "installTargets");
var gd715 = defineRule({
  id: "GD715",
  name: "go-get-to-install",
  category: "ci",
  severity: "warning",
  title: "go get used to install a command",
  requires: ["files"],
  messages: {
    get: '`go get {target}` installs nothing since Go 1.18: in module mode go get only changes go.mod and go.sum (and outside a module it fails), so `{name}` is not built by this line; the later call runs whatever {name} is on PATH, or fails with "command not found".'
  },
  fixTitles: {
    installWithGoInstall: "Install with go install"
  },
  sources: ["https://go.dev/doc/go1.18#go-get", "https://go.dev/doc/go-get-install-deprecation", "src/cmd/go/internal/modget/get.go"],
  fixable: false,
  docs: {
    what: "Reports module-mode `go get` (no GO111MODULE=off, no -d) in CI scripts, Makefile recipes and Dockerfile RUNs whose target is a command: a path with /cmd/, or one whose last element is run as a command later in the same file. Not reported when the same file also `go install`s that path (a branch for old Go versions).",
    why: 'Go 1.16 deprecated building with go get and Go 1.18 removed it: go get now adds the module to go.mod (dirtying the checkout, or failing outside a module with "go.mod file not found") and builds nothing. Scripts written for GOPATH-era Go silently stop installing their tools.',
    fix: "Use go install path@vX.Y.Z (outside go.mod), or go get -tool path@vX.Y.Z and `go tool name` (Go 1.24+)."
  },
  check({ files }) {
    const out = [];
    const GET = /(?:^|[\s;&|(])get(?=\s|$)/;
    const anyGet = files.ci.some((c) => c.scripts.some((x) => GET.test(x.text))) || files.makefiles.some((m) => m.recipes.some((r) => GET.test(r.expanded))) || files.dockerfiles.some((d) => d.stages.some((st) => st.instructions.some((i) => i.keyword === "RUN" && GET.test(i.args))));
    if (!anyGet) return out;
    const all = scripts(files);
    const gets = all.map((x, n) => ({ x, n })).filter(({ x }) => GET.test(x.text));
    const byFile = /* @__PURE__ */ new Map();
    all.forEach((x, n) => (byFile.get(x.file) ?? byFile.set(x.file, []).get(x.file)).push(n));
    const installed = new Set(all.filter((x) => x.text.includes("install")).flatMap((x) => x.commands.filter((c) => c.sub === "install").flatMap((c) => c.args.filter((a) => a.includes("/")).map((a) => a.replace(/@.*$/, "")))));
    for (const { x: s, n } of gets) {
      const commands = s.commands.filter((c) => c.sub === "get");
      if (!commands.length) continue;
      const later = byFile.get(s.file).filter((i) => i > n).map((i) => all[i].text).join("\n");
      for (const c of commands) {
        for (const target of installTargets(c, s.env, `${s.text.slice(c.offset)}
${later}`, installed)) {
          const name = commandName(target);
          out.push({
            messageId: "get",
            data: { target, name },
            evidence: { text: s.text.slice(0, 200) },
            location: at(s.file, s.line, s.column),
            fixes: [{ kind: "manual", title: fixTitle("installWithGoInstall"), steps: [`Replace it with go install ${target.replace(/@.*$/, "")}@vX.Y.Z (a released version).`], url: "https://go.dev/doc/go-get-install-deprecation" }]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/ci/gd716-cgo-package-in-cgo-off-script-build.ts
var HOST_OS = ["linux", "darwin", "windows"];
var HOST_ARCH = ["amd64", "arm64"];
function jobImage(files, l) {
  return files.ci.find((c) => c.path === l.file)?.images.find((i) => i.job === l.scope)?.image.value ?? null;
}
__name(jobImage, "jobImage");
function cgoOff2(files, l, c) {
  const env = { ...l.exported, ...c.env };
  const gitlab = l.origin === "ci" && files.ci.find((x) => x.path === l.file)?.kind === "gitlab";
  const host = l.host ?? (gitlab ? { os: "linux", arch: null } : null);
  const known = /* @__PURE__ */ __name((v) => v !== void 0 && !v.includes("$") ? v : void 0, "known");
  const goos = known(env.GOOS);
  const goarch = known(env.GOARCH);
  const oses = goos ? [goos] : host ? [host.os] : HOST_OS.slice(0, 2);
  const arches = goarch ? [goarch] : host?.arch ? [host.arch] : HOST_ARCH;
  const set = /* @__PURE__ */ __name((name) => c.env[name] !== void 0 ? "on the command" : l.origin === "ci" ? "in the env: of the job or step" : "in an exported Makefile variable", "set");
  if (env.CGO_ENABLED !== void 0) return env.CGO_ENABLED === "0" ? { where: `CGO_ENABLED=0 ${set("CGO_ENABLED")}`, goos: oses, goarch: arches } : null;
  if (goos && (host ? goos !== host.os : !HOST_OS.includes(goos))) return { where: `GOOS=${goos} ${set("GOOS")}, a cross-compile`, goos: oses, goarch: arches };
  if (goarch && (host?.arch ? goarch !== host.arch : !HOST_ARCH.includes(goarch))) return { where: `GOARCH=${goarch} ${set("GOARCH")}, a cross-compile`, goos: oses, goarch: arches };
  if (env.CC !== void 0) return null;
  const img = l.origin === "ci" ? jobImage(files, l) : null;
  const golang = img ? parseGolangImage(img) : null;
  if (golang?.variant === "alpine" && (!golang.goVersion || compareGoVersions(`go${golang.goVersion.split(".").slice(0, 2).join(".")}`, "go1.20") >= 0)) {
    const installs = files.ci.find((x) => x.path === l.file)?.scripts.some((s) => s.job === l.scope && s.line < l.line && COMPILER_INSTALL.test(s.text));
    if (!installs) return { where: `the job's image ${img} has no C compiler`, goos: ["linux"], goarch: arches };
  }
  return null;
}
__name(cgoOff2, "cgoOff");
var gd716 = defineRule({
  id: "GD716",
  name: "cgo-package-in-cgo-off-script-build",
  category: "ci",
  severity: "error",
  title: "go build of a package that needs cgo, with cgo off (CI, Makefile)",
  requires: ["files"],
  messages: {
    excluded: 'go {sub} here runs with cgo off ({where}), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. go fails with: {error}',
    skipped: 'go {sub} here runs with cgo off ({where}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `{pattern}` leaves it out without a word \u2014 it is not compiled by this step.'
  },
  fixTitles: {
    enableCgo: "Build with cgo (CGO_ENABLED=1 and a C compiler for the target), or give the package a file with //go:build !cgo"
  },
  sources: ["src/go/build/build.go", "src/cmd/go/internal/load/pkg.go", "src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/go1.20#cgo", "https://pkg.go.dev/cmd/go#hdr-Build_constraints", "https://docs.github.com/en/actions/using-jobs/choosing-the-runner-for-a-job"],
  fixable: false,
  docs: {
    what: "For each go build/install in a CI step (GitHub Actions, GitLab CI) or a Makefile recipe, decides whether cgo is off: CGO_ENABLED=0 on the command, in the step/job/workflow env or in an exported Makefile variable; GOOS/GOARCH naming another platform than the runner (from its runs-on labels; for a Makefile only targets no build machine is, such as GOARCH=riscv64); or a golang:*-alpine job image (Go 1.20+) with no C compiler installed. It then reads the packages the command names (relative to the repository root or the Makefile's directory) and reports those, or those they import, that have no file left without cgo, with the error go prints; packages only matched by a `...` pattern are noted, because go leaves them out silently.",
    why: 'A file that imports "C" is left out of its package when cgo is disabled (go/build). A package whose every file needs cgo has then no file: go build fails with "build constraints exclude all Go files in DIR", after the import stack when another package imports it. A cross-compile turns cgo off by default even when CC is set (cmd/go/internal/cfg), and Go 1.20+ turns it off when no C compiler is found.',
    fix: "Build those packages with cgo (CGO_ENABLED=1, a C compiler, a cross C compiler for another target), give the package a pure-Go fallback file (//go:build !cgo), or leave it out of the build."
  },
  check({ files }) {
    const out = [];
    const pk = files.goPackages;
    if (!pk || !pk.cgoFiles) return out;
    for (const l of shellLines(files)) {
      if (/(^|[;&|(\s])cd\s/.test(l.text)) continue;
      const mod = goModFor(files, l.file);
      const modDir = mod ? dirOf(mod.path) : null;
      if (modDir === null || !pk.modules.some((m) => m.dir === modDir)) continue;
      const cwd = l.origin === "makefile" ? dirOf(l.file) : repositoryRootOf(l.file);
      if (!(modDir === "" || cwd === modDir || cwd.startsWith(`${modDir}/`))) continue;
      for (const c of l.commands) {
        if (c.sub !== "build" && c.sub !== "install") continue;
        const off = cgoOff2(files, l, c);
        if (!off) continue;
        const targets = off.goos.flatMap((goos) => off.goarch.map((goarch) => ({ goos, goarch })));
        const env = { ...l.exported, ...c.env };
        const breaks = breaksFor(pk, cwd, c, targets, null, env.GOFLAGS);
        for (const b of breaks) {
          const error = goError(b, packageDirIn(pk.root, b.pkg.dir));
          const pattern = packageArgs(c).find((p) => p.endsWith("...")) ?? "./...";
          out.push({
            messageId: b.how === "skipped" ? "skipped" : "excluded",
            ...b.how === "skipped" ? { severity: "info" } : {},
            data: { sub: c.sub, where: off.where, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ""}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || ".", error: (error ?? "").replace(/\n\t/g, " "), pattern },
            evidence: { package: b.pkg.importPath, how: b.how, importStack: b.chain, line: l.text.slice(0, 200), goError: error },
            location: at(l.file, l.line, l.column),
            fixes: [{ kind: "manual", title: fixTitle("enableCgo"), steps: [`Set CGO_ENABLED=1 for this build with a C compiler for the target, or add a file with //go:build !cgo to ${b.pkg.dir || "."}.`], url: "https://pkg.go.dev/cmd/cgo" }]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/ci/gd717-go-install-without-version-not-required.ts
var provides = /* @__PURE__ */ __name((modulePath, pkg) => pkg === modulePath || pkg.startsWith(`${modulePath}/`), "provides");
var UNCERTAIN = /(^|[\s;&|(])(cd|pushd|if|elif|case)\s|\|\|/;
var gd717 = defineRule({
  id: "GD717",
  name: "go-install-without-version-not-required",
  category: "ci",
  severity: "error",
  title: "go install without a version, of a package no required module provides",
  requires: ["files"],
  messages: {
    unrequired: '`go install {pkg}` has no @version, so go resolves it through {gomod} (module {module}), which requires no module providing it: the step fails with "no required module provides package {pkg}; to add it: go get {pkg}".'
  },
  fixTitles: {
    pinOrRequire: "Name a version, or require the tool in go.mod"
  },
  sources: ["src/cmd/go/internal/work/build.go", "src/cmd/go/internal/modload/import.go", "https://go.dev/ref/mod#go-install"],
  fixable: false,
  docs: {
    what: "Reports `go install` of a remote package without @version in CI run:/script: lines and Makefile recipes, when the directory the line runs in (a step's working-directory, else the repository root; a Makefile's own directory) holds a go.mod (go 1.16 or later) that neither is the package's module nor requires one that provides it. Lines that change directory or branch (cd, if, case, ||), workspaces (go.work), GOFLAGS=-mod=mod, -C and -modfile are left alone.",
    why: `Without a version, go install builds the package in the main module's context (cmd/go InstallPackages) and takes its version from the requirements; since Go 1.16 (-mod=readonly by default) a package no requirement provides stops the job with "no required module provides package \u2026". It works only where GOFLAGS=-mod=mod lets go add the requirement, or on Go before 1.16.`,
    fix: "Install a pinned release (go install pkg@vX.Y.Z), or make it a tool of the module (Go 1.24+: go get -tool pkg@vX.Y.Z, then go tool NAME; before: require it through a tools.go)."
  },
  check({ files }) {
    const out = [];
    if (files.mods.some((m) => m.kind === "go.work")) return out;
    const modAt = new Map(files.mods.filter((m) => m.kind === "go.mod").map((m) => [dirOf(m.path), m]));
    for (const l of shellLines(files)) {
      if (l.dir === null || UNCERTAIN.test(l.text)) continue;
      const mod = modAt.get(l.dir);
      const own = mod?.module?.value;
      if (!mod || !own || mod.errors.length || !mod.go || olderThan(mod.go.value, "1.16")) continue;
      for (const c of l.commands) {
        const goflags = c.env.GOFLAGS ?? l.exported.GOFLAGS ?? "";
        if (/(^|\s)-mod=mod(\s|$)/.test(goflags)) continue;
        for (const pkg of unversionedInstallTargets(c)) {
          if (provides(own, pkg) || (mod.requires ?? []).some((r) => provides(r.path, pkg)) || mod.tools.includes(pkg)) continue;
          out.push({
            messageId: "unrequired",
            data: { pkg, gomod: mod.path, module: own },
            evidence: { line: l.text.slice(0, 200), dir: l.dir || "." },
            location: at(l.file, l.line, l.column),
            fixes: [{ kind: "manual", title: fixTitle("pinOrRequire"), steps: [`go install ${pkg}@vX.Y.Z   (a release from https://pkg.go.dev/${pkg}?tab=versions)`, `Go 1.24+: go get -tool ${pkg}@vX.Y.Z, then go tool ${pkg.split("/").at(-1)}`], url: "https://go.dev/ref/mod#go-install" }]
          });
        }
      }
    }
    return out;
  }
});

// src/rules/ci/gd718-export-not-carried-to-later-steps.ts
var POSIX_SHELL = /^(bash|sh|zsh|dash|ksh)\b/;
function stepsOf(c) {
  const steps = [];
  for (const s of c.scripts) {
    if (s.step === null) continue;
    const last = steps.at(-1);
    if (last && last.job === s.job && last.line === s.step) last.lines.push(s);
    else steps.push({ job: s.job, line: s.step, lines: [s] });
  }
  return steps;
}
__name(stepsOf, "stepsOf");
var statements = /* @__PURE__ */ __name((text) => text.split(/&&|\|\||;|\n/).map((p) => p.trim()).filter(Boolean), "statements");
function use(step, name, goCommandsRead, windowsRunner) {
  const ref = POSIX_SHELL.test(step.lines[0].shell ?? (windowsRunner ? "pwsh" : "bash")) ? new RegExp(`\\$\\{?${name}\\b`) : new RegExp(`\\$env:${name}\\b|%${name}%`, "i");
  const assigns = new RegExp(`^(?:export\\s+)?${name}=`);
  if (step.lines.some((l) => statements(l.text).some((s) => assigns.test(s)))) return null;
  return step.lines.find((l) => ref.test(l.text) || goCommandsRead && KNOWN_GO_VARS.has(name) && l.goCommands.some((g) => !(name in g.env))) ?? null;
}
__name(use, "use");
function usedAfter(step, line, statement) {
  const from = line.text.indexOf(statement) + statement.length;
  return step.lines.some((l) => l.goCommands.some((g) => l.line > line.line || l === line && g.offset >= from));
}
__name(usedAfter, "usedAfter");
function setElsewhere(c, step, name) {
  return c.env.some((e) => e.name === name && (e.scope === "workflow" || e.job === step.job && (e.scope === "job" || e.step === step.line)));
}
__name(setElsewhere, "setElsewhere");
var GITHUB_ENV_DOCS = "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable";
var gd718 = defineRule({
  id: "GD718",
  name: "export-not-carried-to-later-steps",
  category: "ci",
  severity: "warning",
  title: "Variable exported in one step, needed in a later one",
  requires: ["files"],
  messages: {
    read: "`{statement}` sets {name} only in this step's shell: each `run:` step is a new process, so the step at line {readLine} (`{reader}`) does not see {name}.",
    noEffect: "`{statement}` is all this step does: each `run:` step is a new process, and {name} is gone when it ends."
  },
  fixTitles: {
    passThroughGithubEnv: "Pass it on through $GITHUB_ENV"
  },
  sources: [
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun",
    GITHUB_ENV_DOCS
  ],
  fixable: false,
  docs: {
    what: "Reports, in GitHub Actions workflows and composite actions, an `export NAME=value` (or `NAME=value`) statement in a `run:` step when a later step of the same job reads `$NAME` \u2014 or, for a Go setting (GOFLAGS, CGO_ENABLED, GOPROXY ...), runs a go command \u2014 and NAME is not set for that step by `env:` or written to $GITHUB_ENV. A step that does nothing but assign is reported too.",
    why: "Every `run:` step starts a new shell on the runner. An exported value dies with its step: `export CGO_ENABLED=0` in one step and `go build` in the next builds with cgo on, `export GOFLAGS=-mod=vendor` never reaches the test step. Nothing fails at the export; the later step silently runs with the default.",
    fix: 'Write it to the job environment: `echo "NAME=value" >> "$GITHUB_ENV"` (later steps of the job see it), or set it with `env:` on the job or the step that needs it.'
  },
  check({ files }) {
    const out = [];
    for (const c of files.ci) {
      if (c.kind !== "github") continue;
      const steps = stepsOf(c);
      steps.forEach((step, n) => {
        const text = step.lines.map((l) => l.text).join("\n");
        const onlyAssigns = statements(text).every((s) => assignmentsOnly(s) !== null);
        const passedOn = text.split("\n").filter((t) => t.includes("GITHUB_ENV")).join("\n");
        for (const l of step.lines) {
          for (const statement of statements(l.text)) {
            for (const { name } of assignmentsOnly(statement) ?? []) {
              if (new RegExp(`\\b${name}=`).test(passedOn)) continue;
              const served = KNOWN_GO_VARS.has(name) && usedAfter(step, l, statement);
              let reader = null;
              for (const later of steps.slice(n + 1)) {
                if (later.job === step.job && !setElsewhere(c, later, name)) reader ??= use(later, name, !served, runnerHost(c.runsOn?.find((r) => r.job === later.job)?.labels ?? [])?.os === "windows");
              }
              const base = {
                evidence: { step: step.line, job: step.job },
                location: at(c.path, l.line, l.column),
                fixes: [{
                  kind: "manual",
                  title: fixTitle("passThroughGithubEnv"),
                  url: GITHUB_ENV_DOCS,
                  steps: [`Replace \`${statement}\` with \`echo "${name}=<the same value>" >> "$GITHUB_ENV"\` (later steps of the job see it), or set ${name} under env: of the job.`]
                }]
              };
              if (reader) out.push({ ...base, messageId: "read", data: { statement: statement.slice(0, 120), name, readLine: reader.line, reader: reader.text.trim().slice(0, 80) } });
              else if (onlyAssigns) out.push({ ...base, messageId: "noEffect", data: { statement: statement.slice(0, 120), name } });
            }
          }
        }
      });
    }
    return out;
  }
});

// src/rules/ci/gd719-go-mod-tidy-before-build.ts
var CHECKED = /\bgit\s+(diff|diff-index|status|add|commit)\b|(^|[\s;&|(])diff\s/;
var EDITS_GO_MOD = /* @__PURE__ */ __name((c) => c.sub === "mod" && (c.args.includes("edit") || c.args.includes("init")) || c.sub === "get" || c.sub === "work", "EDITS_GO_MOD");
var ON_PURPOSE = /update|upgrade|bump|renovate|tidy|deps|generate/i;
var BUILDS2 = /* @__PURE__ */ new Set(["build", "test", "install", "run", "vet", "generate", "list"]);
var isTidy = /* @__PURE__ */ __name((c) => c.sub === "mod" && c.args.includes("tidy") && !c.args.some((a) => /^--?diff(=|$)/.test(a)), "isTidy");
function around(files, l, at3) {
  const lines = l.origin === "ci" ? files.ci.find((c) => c.path === l.file).scripts.filter((s) => s.job === l.scope) : files.makefiles.find((m) => m.path === l.file).recipes.filter((r) => r.target === l.scope);
  const before = [], after = [];
  const textAfter = [];
  for (const x of lines) {
    if (x.line < l.line) before.push(...x.goCommands);
    else if (x.line > l.line) {
      after.push(...x.goCommands);
      textAfter.push(x.text);
    } else {
      for (const c of x.goCommands) (c.offset < at3.offset ? before : c.offset > at3.offset ? after : []).push(c);
      textAfter.push(x.text.slice(at3.offset));
    }
  }
  return { before, after, textAfter: textAfter.join("\n") };
}
__name(around, "around");
var gd719 = defineRule({
  id: "GD719",
  name: "go-mod-tidy-before-build",
  category: "ci",
  severity: "warning",
  title: "go mod tidy rewrites go.mod before the build",
  requires: ["files"],
  messages: {
    tidy: '`{command}` rewrites go.mod and go.sum before {builds}: a requirement or go.sum line missing from the commit is added here, so this builds a module that is not the one committed, and a checkout of it fails elsewhere with "missing go.sum entry".'
  },
  fixTitles: {
    checkInstead: "Check instead of rewriting"
  },
  sources: ["src/cmd/go/internal/modcmd/tidy.go", "https://go.dev/doc/go1.16#go-command", "https://go.dev/doc/go1.23#go-command", "https://go.dev/ref/mod#go-mod-tidy"],
  fixable: false,
  docs: {
    what: "Reports `go mod tidy` (without -diff) in a CI job or Makefile target when a build, test, vet, install or run (or, in CI, make) follows it in the same job or target, nothing after it compares or commits the result (git diff, git status, diff, git add/commit), go.mod was not changed on purpose just before (go mod edit/init, go get), and the job or target is not named for updating or tidying (update, upgrade, bump, tidy, deps, generate).",
    why: 'Since Go 1.16 build commands run with -mod=readonly: a go.mod or go.sum that does not match the code fails the build, which is how CI catches a commit that forgot them. `go mod tidy` first rewrites both files in the runner\'s checkout, so the build passes with requirements nobody committed, and the next `go build` on a fresh clone fails with "missing go.sum entry" or "no required module provides package".',
    fix: "Check instead: `go mod tidy -diff` (Go 1.23+: prints the changes and exits non-zero when there are any), or `go mod tidy && git diff --exit-code -- go.mod go.sum`; download with `go mod download`."
  },
  check({ files }) {
    const out = [];
    for (const l of shellLines(files)) {
      const tidy = l.commands.find(isTidy);
      if (!tidy || ON_PURPOSE.test(l.scope)) continue;
      const { before, after, textAfter } = around(files, l, tidy);
      if (CHECKED.test(textAfter) || before.some(EDITS_GO_MOD)) continue;
      const builds = [...new Set(after.filter((c) => BUILDS2.has(c.sub)).map((c) => `go ${c.sub}`))];
      if (l.origin === "ci" && /(^|[\s;&|(])make\s/.test(textAfter)) builds.push("make");
      if (builds.length === 0) continue;
      out.push({
        messageId: "tidy",
        data: { command: `go ${tidy.args.join(" ")}`, builds: builds.join(", ") },
        evidence: { scope: l.scope, line: l.text.slice(0, 200) },
        location: at(l.file, l.line, l.column),
        fixes: [{
          kind: "manual",
          title: fixTitle("checkInstead"),
          url: "https://go.dev/ref/mod#go-mod-tidy",
          steps: ["Replace it with `go mod tidy -diff` (Go 1.23 and later), or follow it with `git diff --exit-code -- go.mod go.sum` so a stale go.mod fails the job.", "Fetch modules with `go mod download` if that is what the step was for."]
        }]
      });
    }
    return out;
  }
});

// src/rules/ci/gd749-file-not-analysed.ts
var gd749 = defineRule({
  id: "GD749",
  name: "file-not-analysed",
  category: "ci",
  severity: "error",
  title: "A file lint found was not analysed",
  requires: ["files"],
  messages: {
    notAnalysed: "{file} was not analysed ({reason}): no rule checked it, so a clean result says nothing about this file."
  },
  fixTitles: {
    checkSeparately: "Check {path} separately"
  },
  sources: ["https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#toolexecutionnotifications-object"],
  fixable: false,
  docs: {
    what: "Reports every file `godiag lint` discovered (Dockerfile, CI file, Makefile, go.mod, go.work, tools.go) that it did not check: larger than godiag reads for its kind, past the bytes one run reads, unreadable, or rejected by its parser. CI files that are not valid YAML are GD711, with the place the parser stopped.",
    why: "A gate that passes because a file was skipped is worse than no gate: the pipeline is green while nothing looked at the file. SARIF consumers treat such cases as tool execution notifications for the same reason.",
    fix: "Lint the file on its own (`godiag lint PATH`), split it, or make it readable; if it is generated and should not be linted, exclude it with an inline `# godiag ignore-file=GD749 -- reason` in a file that is read, or lower the severity in .godiag.yaml."
  },
  check({ files }) {
    const out = [];
    for (const f of files.files) {
      if (!f.error || f.context) continue;
      if ((f.kind === "github-workflow" || f.kind === "gitlab-ci") && f.errorAt) continue;
      out.push({
        messageId: "notAnalysed",
        data: { file: f.path, reason: f.error },
        evidence: { reason: f.error },
        location: at(f.path, 1),
        fixes: [{ kind: "manual", title: fixTitle("checkSeparately", { path: f.path }), steps: [`Run \`godiag lint ${f.path}\` on its own, or make the file smaller or readable.`] }]
      });
    }
    return out;
  }
});

// src/rules/ci/index.ts
var CI_RULES = [gd701, gd702, gd703, gd704, gd705, gd706, gd707, gd708, gd709, gd710, gd711, gd712, gd713, gd714, gd715, gd716, gd717, gd718, gd719, gd749];

// src/rules/gomod/gd751-go-line-newer-than-installed.ts
var gd751 = defineRule({
  id: "GD751",
  name: "go-line-newer-than-installed",
  category: "gomod",
  severity: "warning",
  title: "go line newer than the installed Go",
  requires: ["files"],
  messages: {
    newer: '{file} requires go >= {goLine}, but the installed Go is {installed}: with GOTOOLCHAIN=auto every go command here downloads go{goLine} (golang.org/toolchain); with GOTOOLCHAIN=local it fails with "go.mod requires go >= {goLine}".'
  },
  fixTitles: {
    installGoOrLater: "Install Go {value} or later"
  },
  sources: ["https://go.dev/doc/toolchain", "src/cmd/go/internal/toolchain/select.go"],
  fixable: false,
  docs: {
    what: "Compares the go line of each go.mod and go.work with the Go that `go version` reports on this machine (run once, with GOTOOLCHAIN=local, from a neutral directory).",
    why: "Since Go 1.21 the go line is a minimum. The default GOTOOLCHAIN=auto then fetches a toolchain module through GOPROXY on first use (slow, and impossible offline or behind a proxy that blocks golang.org/toolchain); GOTOOLCHAIN=local, as in the golang Docker images and many distributions, stops the build.",
    fix: "Install Go at least as new as the go line (https://go.dev/dl/), or lower the go line if the module does not need the newer language."
  },
  check({ files }) {
    const out = [];
    const installed = files.installedGo.version;
    if (!installed) return out;
    for (const m of files.mods) {
      if (!m.go || compareGoVersions(`go${m.go.value}`, installed) <= 0) continue;
      out.push({
        messageId: "newer",
        data: { file: m.path, goLine: m.go.value, installed },
        evidence: { installed, goLine: m.go.value },
        location: at(m.path, m.go.line, m.go.column),
        fixes: [{ kind: "manual", title: fixTitle("installGoOrLater", { value: m.go.value }), steps: [`Download go${m.go.value} from https://go.dev/dl/ and put it first on PATH.`], url: "https://go.dev/doc/install" }]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd752-toolchain-older-than-go-line.ts
var gd752 = defineRule({
  id: "GD752",
  name: "toolchain-older-than-go-line",
  category: "gomod",
  severity: "warning",
  title: "toolchain line older than the go line",
  requires: ["files"],
  messages: {
    older: "`toolchain {toolchain}` in {file} is older than `go {goLine}`: toolchain selection ignores it (it only counts when newer than the go line), so it suggests a version that is never used."
  },
  fixTitles: {
    removeTheToolchainLine: "Remove the toolchain line"
  },
  sources: ["src/cmd/go/internal/toolchain/select.go", "https://go.dev/doc/toolchain#config"],
  fixable: true,
  docs: {
    what: "Reports go.mod and go.work files whose toolchain line names a Go older than the go line.",
    why: "The go command uses the toolchain line only when it is newer than the go line (toolchain/select.go). An older one usually survives a hand edit of the go line; readers and tools that trust it (CI scripts parsing go.mod, Renovate) then pick a Go that cannot build the module.",
    fix: "Delete the toolchain line, or raise it to at least the go line (`go get toolchain@go1.N.P`)."
  },
  check({ files }) {
    const out = [];
    for (const m of files.mods) {
      if (!m.go || !m.toolchain || m.toolchain.value === "default") continue;
      const tv = m.toolchain.value.replace(/^.*?-?(go1[^-]*)$/, "$1");
      if (compareGoVersions(tv, `go${m.go.value}`) >= 0) continue;
      out.push({
        messageId: "older",
        data: { toolchain: m.toolchain.value, goLine: m.go.value, file: m.path },
        evidence: { toolchain: m.toolchain.value, goLine: m.go.value },
        location: at(m.path, m.toolchain.line, m.toolchain.column),
        fixes: [lineEdit(fixTitle("removeTheToolchainLine"), m.path, m.toolchain.line, m.toolchain.line, "")]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd753-replace-to-local-path.ts
function downloadWithoutReplacement(files, m, to) {
  const target = to.replace(/^\.\//, "").replace(/\/$/, "");
  for (const d of files.dockerfiles) {
    if (goModFor(files, d.path) !== m) continue;
    for (const s of d.stages) {
      let copiedGoMod = false;
      for (const i of s.instructions) {
        if ((i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.some((f) => f.name === "from")) {
          const sources = i.args.trim().split(/\s+/).slice(0, -1).map((a) => a.replace(/^\.\//, "").replace(/\/$/, ""));
          if (sources.some((a) => a === "." || a === "" || a === "*" || a === target || target.startsWith(`${a}/`) || a === `${target}/go.mod`)) break;
          if (sources.some((a) => /(^|\/)go\.(mod|sum|\*)$/.test(a))) copiedGoMod = true;
        }
        if (i.keyword === "RUN" && copiedGoMod && i.goCommands.some((c) => c.sub === "mod" && c.args.includes("download"))) {
          return { file: d.path, line: i.line };
        }
        if (i.keyword === "RUN" && i.flags.some((f) => f.name === "mount" && /type=bind/.test(f.value ?? ""))) break;
      }
    }
  }
  return null;
}
__name(downloadWithoutReplacement, "downloadWithoutReplacement");
var gd753 = defineRule({
  id: "GD753",
  name: "replace-to-local-path",
  category: "gomod",
  severity: "warning",
  title: "replace directive pointing to a local path",
  requires: ["files"],
  messages: {
    outside: '`replace {from} => {to}` in {file} points outside the repository: CI checkouts and Docker build contexts do not contain it, so builds fail with "replacement directory {to} does not exist".',
    inside: '`replace {from} => {to}` in {file} needs {to} at build time, but {dockerfile} line {runLine} runs `go mod download` after copying only go.mod/go.sum: it fails with "replacement directory {to} does not exist".'
  },
  fixTitles: {
    buildWithoutTheLocal: "Build without the local replacement",
    copyTheReplacedDirectory: "Copy the replaced directory before the download"
  },
  sources: ["https://go.dev/ref/mod#go-mod-file-replace", "src/cmd/go/internal/modload/init.go"],
  fixable: false,
  docs: {
    what: "Reports replace directives in go.mod and go.work whose target is a directory (./, ../ or absolute): an error when it leaves the repository; inside the repository (the usual multi-module layout) only when a Dockerfile of the module runs `go mod download` after copying go.mod/go.sum but before the replaced directory.",
    why: "A directory replacement needs that directory at build time. Paths outside the repository exist only on the author's machine; inside paths break the `COPY go.mod go.sum ./ && go mod download` Docker pattern. Replace directives only apply in the main module, so dependents silently get the unreplaced version.",
    fix: "Publish the module and require a version, use a go.work file (not committed) for local development, or vendor the code into the repository."
  },
  check({ files }) {
    const out = [];
    for (const m of files.mods) {
      const depth = m.path.split("/").length - 1;
      for (const r of m.replaces) {
        if (!r.local) continue;
        const ups = r.to.replace(/\\/g, "/").split("/").filter((p) => p === "..").length;
        const outside = r.to.startsWith("/") || /^[A-Za-z]:/.test(r.to) || ups > depth;
        const docker = outside ? null : downloadWithoutReplacement(files, m, r.to);
        if (!outside && !docker) continue;
        out.push({
          messageId: outside ? "outside" : "inside",
          data: { from: r.from, to: r.to, file: m.path, dockerfile: docker?.file ?? "", runLine: docker?.line ?? 0 },
          evidence: { kind: m.kind, ...docker ? { dockerfile: docker.file, runLine: docker.line } : {} },
          location: at(m.path, r.line, r.column),
          fixes: outside ? [{ kind: "manual", title: fixTitle("buildWithoutTheLocal"), steps: ["Tag and publish the replaced module, then `go mod edit -dropreplace=" + r.from + "` and require the version.", "For local work across modules, use `go work init . " + r.to + "` and keep go.work out of version control."], url: "https://go.dev/ref/mod#workspaces" }] : [{ kind: "manual", title: fixTitle("copyTheReplacedDirectory"), steps: [`In ${docker.file}, COPY ${r.to} (with its go.mod) before the RUN at line ${docker.line}.`], url: "https://go.dev/ref/mod#go-mod-file-replace" }],
          severity: outside ? "error" : "warning"
        });
      }
    }
    return out;
  }
});

// src/rules/gomod/gd754-tools-go-with-tool-directive.ts
var gd754 = defineRule({
  id: "GD754",
  name: "tools-go-with-tool-directive",
  category: "gomod",
  severity: "info",
  title: "tools.go in a module that can use the tool directive",
  requires: ["files"],
  messages: {
    tools: "{file} tracks {count} tool(s) with blank imports, but {gomod} is at go {goLine}: since Go 1.24 `go get -tool` records them as tool directives and `go tool NAME` runs them.",
    duplicate: "{file} blank-imports {paths}, which {gomod} already lists as tool directives: the blank import only repeats them (both use the version go.mod requires): `go tool NAME` runs them, and the import can go."
  },
  fixTitles: {
    recordTheToolsIn: "Record the tools in go.mod",
    thenRetireToolsGo: "Then retire tools.go"
  },
  sources: ["https://go.dev/doc/go1.24#tools", "https://go.dev/doc/modules/managing-dependencies#tools"],
  fixable: false,
  docs: {
    what: "Reports tools.go files (build tag `tools`, blank imports) in modules whose go line is 1.24 or later, and says so when go.mod already lists an import as a tool directive.",
    why: "The tools.go workaround mixes tool dependencies into the build graph and needs `go run pkg@version` or `go install` steps to use them. The tool directive (Go 1.24) pins each tool in go.mod and `go tool NAME` builds and caches it with the module's versions.",
    fix: "For each import run `go get -tool <import path>`, replace `go run <path>` with `go tool <name>`, then delete tools.go and run `go mod tidy`."
  },
  check({ files }) {
    const out = [];
    for (const t of files.toolsGo) {
      if (!t.toolsTag || t.imports.length === 0) continue;
      const mod = goModFor(files, t.path);
      if (!mod?.go || compareGoVersions(`go${mod.go.value}`, "go1.24") < 0) continue;
      const missing = t.imports.filter((i) => !mod.tools.includes(i.path));
      const both = t.imports.filter((i) => mod.tools.includes(i.path));
      const tool = mod.toolDirectives?.find((d) => d.value === both[0]?.path);
      out.push({
        ...both.length ? { messageId: "duplicate", data: { file: t.path, paths: both.map((i) => i.path).join(", "), gomod: mod.path }, ...tool ? { related: [{ file: mod.path, line: tool.line, column: tool.column, message: `tool ${tool.value} here; ${t.path} blank-imports it too` }] } : {} } : { messageId: "tools", data: { file: t.path, count: t.imports.length, gomod: mod.path, goLine: mod.go.value } },
        evidence: { imports: t.imports.map((i) => i.path), alreadyTools: mod.tools },
        location: at(t.path, (both[0] ?? t.imports[0]).line, (both[0] ?? t.imports[0]).column),
        fixes: [
          ...missing.length ? [{ kind: "command", title: fixTitle("recordTheToolsIn"), command: `go get -tool ${missing.map((i) => i.path).join(" ")}`, shell: "sh", safety: "review" }] : [],
          { kind: "manual", title: fixTitle("thenRetireToolsGo"), steps: ["Replace `go run <path>` with `go tool <name>` in Makefiles and scripts.", `Delete ${t.path} and run go mod tidy.`] }
        ]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd755-go-mod-does-not-parse.ts
var gd755 = defineRule({
  id: "GD755",
  name: "go-mod-does-not-parse",
  category: "gomod",
  severity: "error",
  title: "go.mod or go.work does not parse",
  requires: ["files"],
  messages: {
    syntax: '{file}:{line}: {message}; the go command refuses a {base} with any syntax error ("go: errors parsing {base}"), so every build, test and module command that reads it fails.'
  },
  fixTitles: {
    repairLineOf: "Repair line {line} of {base}"
  },
  sources: ["src/cmd/go/internal/modload/modfile.go", "src/cmd/go/internal/modload/init.go", "src/cmd/vendor/golang.org/x/mod/modfile/rule.go", "https://go.dev/ref/mod#go-mod-file-grammar"],
  fixable: false,
  docs: {
    what: "Reports each syntax error in go.mod and go.work files: unknown directives, directives with the wrong number of arguments, invalid go and toolchain versions, unterminated strings and blocks, following the grammar of golang.org/x/mod/modfile.",
    why: 'modload reads go.mod with modfile.Parse and fails with "errors parsing go.mod" and the list of bad lines (modfile.go; go.work in init.go), so nothing in the module builds; a hand edit or a bad merge is the usual cause.',
    fix: "Correct the line (`go mod edit -fmt` rewrites a file that parses; `go mod tidy` repairs require blocks), or restore go.mod from version control."
  },
  check({ files }) {
    const out = [];
    for (const m of files.mods) {
      const base = m.path.slice(m.path.lastIndexOf("/") + 1);
      for (const e of m.errors) {
        out.push({
          messageId: "syntax",
          data: { file: m.path, line: String(e.line), message: e.message, base },
          evidence: { errors: m.errors.length },
          location: at(m.path, e.line, e.column),
          fixes: [{
            kind: "manual",
            title: fixTitle("repairLineOf", { line: e.line, base }),
            steps: [`Correct or delete line ${e.line}: ${e.message}.`, `If a merge or a hand edit broke it, compare with version control (\`git diff -- ${m.path}\`).`, m.kind === "go.work" ? "Check with `go work edit -json` (offline)." : "Check with `go mod edit -json` (offline), then `go mod tidy`."],
            url: "https://go.dev/ref/mod#go-mod-file-grammar"
          }]
        });
      }
    }
    return out;
  }
});

// src/rules/gomod/gd756-go-work-go-below-module.ts
var gd756 = defineRule({
  id: "GD756",
  name: "go-work-go-below-module",
  category: "gomod",
  severity: "error",
  title: "go.work go line below a module it uses",
  requires: ["files"],
  messages: {
    below: '{work} says go {workGo}, but it uses {mod} which requires go {modGo}: go commands in the workspace fail with "module {dir} listed in go.work file requires go >= {modGo}, but go.work lists go {workGo}".'
  },
  fixTitles: {
    raiseTheGoWork: "Raise the go.work go line to {need}"
  },
  sources: ["src/cmd/go/internal/modload/init.go", "https://go.dev/ref/mod#go-work-file-go"],
  fixable: true,
  docs: {
    what: "Compares the go line of each go.work with the go lines of the go.mod files its `use` directives name (those in the linted tree).",
    why: "The workspace's go line must be at least every used module's (cmd/go modload checks this when it loads the workspace). A module that raised its go line without go.work following breaks every build, test and `go list` run in the workspace.",
    fix: "Raise the go.work go line to the highest go line of its modules (`go work use` does this), or run `go work edit -go=1.N`."
  },
  check({ files }) {
    const out = [];
    const byDir = new Map(files.mods.filter((m) => m.kind === "go.mod").map((m) => [dirOf(m.path), m]));
    for (const w of files.mods) {
      if (w.kind !== "go.work" || !w.go) continue;
      let worst = null;
      for (const u of w.uses) {
        const dir = joinRel(dirOf(w.path), u.value);
        const mod = byDir.get(dir);
        if (!mod?.go || !olderThan(w.go.value, mod.go.value)) continue;
        if (!worst || olderThan(worst.mod.go.value, mod.go.value)) worst = { mod, dir: u.value };
      }
      if (!worst) continue;
      const need = worst.mod.go.value;
      out.push({
        messageId: "below",
        data: { work: w.path, workGo: w.go.value, mod: worst.mod.path, modGo: need, dir: worst.dir },
        evidence: { goWork: w.path, module: worst.mod.path },
        location: at(w.path, w.go.line, w.go.column),
        fixes: [{ kind: "edit", title: fixTitle("raiseTheGoWork", { need }), file: w.path, range: { startLine: w.go.line, endLine: w.go.line }, replacement: `go ${need}`, safety: "review" }]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd757-linter-as-module-dependency.ts
var GOLANGCI_MODULE = /^github\.com\/golangci\/golangci-lint(\/v2)?$/;
var GOLANGCI_PACKAGE = /^github\.com\/golangci\/golangci-lint(\/v2)?(\/cmd\/golangci-lint)?$/;
var gd757 = defineRule({
  id: "GD757",
  name: "linter-as-module-dependency",
  category: "gomod",
  severity: "warning",
  title: "golangci-lint as a module dependency",
  requires: ["files"],
  messages: {
    tool: "`tool {path}` makes golangci-lint a dependency of {gomod}: its hundreds of modules join this module's graph, where minimal version selection builds it with versions it was not released with (or raises yours), which golangci-lint does not support.",
    require: "{gomod} requires {path} {version} directly (a tools.go import): its hundreds of modules join this module's graph, where minimal version selection builds it with versions it was not released with (or raises yours), which golangci-lint does not support."
  },
  fixTitles: {
    installGolangciLintAs: "Install golangci-lint as a binary"
  },
  sources: ["https://golangci-lint.run/welcome/install/#install-from-sources", "https://go.dev/ref/mod#minimal-version-selection", ...GOLANGCI_SOURCES],
  fixable: false,
  docs: {
    what: "Reports go.mod tool directives naming golangci-lint and direct (not `// indirect`) requirements of the golangci-lint module.",
    why: "golangci-lint's install documentation says installs through go install/go get, go tool and the tools.go pattern are not guaranteed to work: the linter then builds with whatever versions of its ~300 dependencies the module graph selects. The same graph change reaches this module: shared dependencies are raised to the linter's versions, and modules that require this one inherit the requirement.",
    fix: "Install a released binary (the golangci-lint-action, the install script with a version, or a package manager), and remove the tool directive (go get -tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint@none) or the tools.go import, then go mod tidy."
  },
  check({ files }) {
    const out = [];
    for (const m of files.mods) {
      if (m.kind !== "go.mod") continue;
      const tool = m.toolDirectives?.find((t) => GOLANGCI_PACKAGE.test(t.value));
      const direct = m.requires?.find((r) => GOLANGCI_MODULE.test(r.path) && !r.indirect);
      if (!tool && !direct) continue;
      out.push({
        messageId: tool ? "tool" : "require",
        data: { path: tool ? tool.value : direct.path, version: direct?.version ?? "", gomod: m.path },
        evidence: { tool: tool?.value ?? null, require: direct ? `${direct.path} ${direct.version}` : null },
        location: tool ? at(m.path, tool.line, tool.column) : at(m.path, direct.line, direct.column),
        fixes: [{ kind: "manual", title: fixTitle("installGolangciLintAs"), steps: ["Use a released binary (golangci-lint-action with a pinned version, or the install script with a version).", tool ? `go get -tool ${tool.value}@none && go mod tidy` : "Remove the tools.go import of golangci-lint, then go mod tidy."], url: "https://golangci-lint.run/welcome/install/" }]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd758-tool-directive-below-go-1-24.ts
var gd758 = defineRule({
  id: "GD758",
  name: "tool-directive-below-go-1-24",
  category: "gomod",
  severity: "warning",
  title: "tool directive with a go line below 1.24",
  requires: ["files"],
  messages: {
    old: '`tool {path}` needs Go 1.24, but {gomod} says go {goLine}: a Go {goLine} toolchain (which this line admits, and which does not switch) fails on every command with "{gomod}:{line}: unknown directive: tool".'
  },
  fixTitles: {
    raiseTheGoLine: "Raise the go line to 1.24"
  },
  sources: ["https://go.dev/doc/go1.24#tools", "https://go.dev/ref/mod#go-mod-file-tool", "https://go.dev/doc/toolchain"],
  fixable: true,
  docs: {
    what: "Reports tool directives in a go.mod whose go line is below 1.24.",
    why: 'The tool directive arrived in Go 1.24; older go commands stop at it with "unknown directive: tool" (checked with go1.19). The go line is the oldest Go the module claims to work with, and a Go of that version selects no newer toolchain, so users and CI on it cannot build at all.',
    fix: "Raise the go line to 1.24 or later (go mod edit -go=1.24), or keep the tool out of go.mod (go run path@version)."
  },
  check({ files }) {
    const out = [];
    for (const m of files.mods) {
      const tool = m.toolDirectives?.[0];
      if (m.kind !== "go.mod" || !tool || !m.go || compareGoVersions(`go${m.go.value}`, "go1.24") >= 0) continue;
      out.push({
        messageId: "old",
        data: { path: tool.value, gomod: m.path, goLine: m.go.value, line: tool.line },
        evidence: { tools: m.toolDirectives.map((t) => t.value), goLine: m.go.value },
        location: at(m.path, tool.line, tool.column),
        fixes: [{ kind: "edit", title: fixTitle("raiseTheGoLine"), file: m.path, range: { startLine: m.go.line, endLine: m.go.line }, replacement: "go 1.24", safety: "review" }]
      });
    }
    return out;
  }
});

// src/rules/gomod/gd759-go-work-use-without-go-mod.ts
var gd759 = defineRule({
  id: "GD759",
  name: "go-work-use-without-go-mod",
  category: "gomod",
  severity: "error",
  title: "go.work uses a directory that holds no go.mod",
  requires: ["files"],
  messages: {
    missing: '{work} uses {dir}, which holds no go.mod: every go command in the workspace fails with "go: cannot load module {name} listed in go.work file: open {goMod}: no such file or directory".'
  },
  fixTitles: {
    dropTheUse: "Drop the use directive (or create the module there with go mod init)"
  },
  sources: ["src/cmd/go/internal/modload/init.go", "https://go.dev/ref/mod#go-work-file-use"],
  fixable: true,
  docs: {
    what: "Reports each `use` directive of a go.work whose directory has no go.mod file, as read from the disk when lint walks the tree.",
    why: 'The go command loads every module a workspace uses before it does anything else (cmd/go modload, loadModFile); a used directory without a go.mod \u2014 removed, renamed, or never created \u2014 stops go build, go test and go list in the whole workspace with "cannot load module \u2026 listed in go.work file".',
    fix: "Remove the line with `go work edit -dropuse=DIR`, or create the module there (`go mod init` in DIR)."
  },
  check({ files }) {
    const out = [];
    for (const w of files.mods) {
      if (w.kind !== "go.work") continue;
      for (const u of w.uses) {
        if (u.goMod !== false) continue;
        const dir = u.value.replace(/\/+$/, "");
        out.push({
          messageId: "missing",
          data: { work: w.path, dir: u.value, name: dir.replace(/^\.\//, ""), goMod: `${dir.replace(/^\.\//, "")}/go.mod` },
          location: at(w.path, u.line, u.column),
          fixes: [{ kind: "command", title: fixTitle("dropTheUse"), command: `go work edit -dropuse=${shQuote(u.value)}`, safety: "review" }]
        });
      }
    }
    return out;
  }
});

// src/rules/gomod/index.ts
var GOMOD_RULES = [gd751, gd752, gd753, gd754, gd755, gd756, gd757, gd758, gd759];

// src/knowledge/quantities.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
function parseK8sQuantity(text) {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? 10 ** Number(m[2].slice(1)) : 1);
  const suffix = m[3] ?? "";
  return n * (BINARY[suffix] ?? DECIMAL[suffix]);
}
__name(parseK8sQuantity, "parseK8sQuantity");
function parseDockerBytes(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(text.trim());
  if (!m) return null;
  const pow = "bkmgt".indexOf((m[2] || "b").toLowerCase());
  return Math.round(Number(m[1]) * 1024 ** pow);
}
__name(parseDockerBytes, "parseDockerBytes");
function parseGoMemLimit(text) {
  if (text === "" || text === "off") return { bytes: null, malformed: false };
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(text);
  if (!m) return { bytes: null, malformed: true };
  const pow = ["B", "KiB", "MiB", "GiB", "TiB"].indexOf(m[2] ?? "B");
  return { bytes: Number(m[1]) * 1024 ** pow, malformed: false };
}
__name(parseGoMemLimit, "parseGoMemLimit");
function goMemLimitText(bytes) {
  for (const [unit, size] of [["GiB", 2 ** 30], ["MiB", 2 ** 20], ["KiB", 2 ** 10]]) {
    if (bytes >= size && Number.isInteger(bytes / size)) return `${bytes / size}${unit}`;
  }
  return bytes >= 2 ** 20 ? `${Math.floor(bytes / 2 ** 20)}MiB` : `${Math.floor(bytes)}B`;
}
__name(goMemLimitText, "goMemLimitText");
function bytesText(bytes) {
  for (const [unit, size] of [["GiB", 2 ** 30], ["MiB", 2 ** 20], ["KiB", 2 ** 10]]) {
    if (bytes >= size) return `${Math.round(bytes / size * 100) / 100} ${unit}`;
  }
  return `${bytes} B`;
}
__name(bytesText, "bytesText");

// src/rules/deploy/shared.ts
function sites(files) {
  return (files.manifests ?? []).flatMap((file) => file.workloads.flatMap((workload) => workload.containers.map((container) => ({ file, workload, container }))));
}
__name(sites, "sites");
function envVar(c, name) {
  return c.env.filter((e) => e.name === name).at(-1) ?? null;
}
__name(envVar, "envVar");
var at2 = /* @__PURE__ */ __name((s, line) => ({ file: s.file.path, line, column: 1 }), "at");
function where(s) {
  const single = s.workload.containers.length === 1 && (s.workload.kind === "compose service" || s.workload.kind === "Helm values");
  return single ? s.workload.name : `${s.workload.name}, container ${s.container.name}`;
}
__name(where, "where");
function imageName(image) {
  const noDigest = image.split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const tagAt = noDigest.indexOf(":", lastSlash + 1);
  return (tagAt < 0 ? noDigest : noDigest.slice(0, tagAt)).slice(lastSlash + 1);
}
__name(imageName, "imageName");
function moduleName(m) {
  const parts = (m.module?.value ?? "").split("/").filter((p) => !/^v\d+$/.test(p));
  return parts.at(-1)?.toLowerCase() ?? null;
}
__name(moduleName, "moduleName");
function goEvidence(files, s) {
  const goVar = s.container.env.find((e) => /^(GOMAXPROCS|GOMEMLIMIT|GOGC|GODEBUG|GOTRACEBACK)$/.test(e.name));
  if (goVar) return `it sets ${goVar.name}`;
  const mod = goModFor(files, s.file.path);
  const name = mod ? moduleName(mod) : null;
  const image = s.container.image?.value;
  if (!mod || !name || !image || image.includes("{{")) return null;
  const repo = imageName(image).toLowerCase();
  return repo === name || repo === `${name}-server` || repo === `${name}d` ? `its image ${imageName(image)} is named after the Go module ${mod.module.value} (${mod.path})` : null;
}
__name(goEvidence, "goEvidence");
var isOn = /* @__PURE__ */ __name((v) => v?.value === "true", "isOn");

// src/rules/deploy/gd770-gomemlimit-vs-memory-limit.ts
var gd770 = defineRule({
  id: "GD770",
  name: "gomemlimit-vs-memory-limit",
  category: "deploy",
  severity: "warning",
  title: "GOMEMLIMIT is malformed, or at or above the container's memory limit",
  requires: ["files"],
  messages: {
    malformed: '{where} sets GOMEMLIMIT={value}, which the Go runtime does not accept (digits with an optional B, KiB, MiB, GiB or TiB suffix, or off): the program dies at start-up with "malformed GOMEMLIMIT".',
    atOrAbove: "{where} sets GOMEMLIMIT={value} ({limitText}) {relation} its memory limit {memRaw} ({memText}): the kernel kills the container (OOM) before the Go GC works harder to stay under it. About 90 % of the limit leaves room for memory the Go runtime does not count: GOMEMLIMIT={suggest}."
  },
  fixTitles: {
    writeTheLimitIn: "Write the limit in a unit Go reads",
    leaveHeadroomUnderThe: "Leave headroom under the container limit"
  },
  sources: ["src/runtime/mgcpacer.go", "src/runtime/string.go", "https://go.dev/doc/gc-guide#Memory_limit", "https://pkg.go.dev/runtime/debug#SetMemoryLimit", "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"],
  fixable: true,
  docs: {
    what: "Reads GOMEMLIMIT from the environment of each container of a Kubernetes workload (a Helm chart template too, rendered with its chart's values.yaml where the values are plain), Helm values entry or compose service, with the container's memory limit (resources.limits.memory, mem_limit, deploy.resources.limits.memory). Reports a value the runtime rejects, and a limit at or above the container's (resourceFieldRef limits.memory gives exactly the limit).",
    why: 'GOMEMLIMIT is a soft limit on the memory the Go runtime manages; the container limit is a hard one enforced by the kernel. Set at or above the container limit, the GC starts working harder only when the cgroup is already full, and the OOM killer ends the process first. The runtime parses GOMEMLIMIT strictly (runtime/string.go parseByteCount): 1G, 512M or 1.5GiB make it throw "malformed GOMEMLIMIT" before main runs.',
    fix: "Set GOMEMLIMIT to about 90 % of the container's memory limit, in a unit Go reads (460MiB for 512Mi), leaving headroom for memory outside the Go heap (cgo, stacks of blocked threads, mapped files)."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const v = envVar(s.container, "GOMEMLIMIT");
      if (!v) continue;
      const mem = s.container.memoryLimit;
      const fromLimit = v.resourceField === "limits.memory";
      if (v.value !== null && !v.value.includes("{{") && !v.value.includes("$")) {
        const parsed = parseGoMemLimit(v.value);
        if (parsed.malformed) {
          const fixed = /^(\d+)\s*([KMGT])i?B?$/i.exec(v.value.trim());
          const step = fixed ? `GOMEMLIMIT=${fixed[1]}${fixed[2].toUpperCase()}iB` : "GOMEMLIMIT=<digits><B|KiB|MiB|GiB|TiB>, e.g. 460MiB";
          out.push({ messageId: "malformed", severity: "error", data: { where: where(s), value: v.value }, location: at2(s, v.line), fixes: [{ kind: "manual", title: fixTitle("writeTheLimitIn"), steps: [step] }] });
          continue;
        }
        if (!mem || parsed.bytes === null || parsed.bytes < mem.bytes) continue;
        out.push(report(s, v.line, v.value, parsed.bytes, mem));
      } else if (fromLimit && mem) {
        out.push(report(s, v.line, "resourceFieldRef limits.memory", mem.bytes, mem));
      }
    }
    return out;
    function report(s, line, value, bytes, mem) {
      const suggest = goMemLimitText(Math.floor(mem.bytes * 0.9 / 2 ** 20) * 2 ** 20);
      return {
        messageId: "atOrAbove",
        data: { where: where(s), value, limitText: bytesText(bytes), relation: bytes === mem.bytes ? "equals" : "is above", memRaw: mem.raw, memText: bytesText(mem.bytes), suggest },
        evidence: { gomemlimitBytes: bytes, memoryLimitBytes: mem.bytes, memoryLimitLine: mem.line },
        location: at2(s, line),
        fixes: [{ kind: "manual", title: fixTitle("leaveHeadroomUnderThe"), steps: [`GOMEMLIMIT=${suggest} (about 90 % of ${mem.raw})`] }]
      };
    }
    __name(report, "report");
  }
});

// src/rules/deploy/gd771-memory-limit-without-gomemlimit.ts
var gd771 = defineRule({
  id: "GD771",
  name: "memory-limit-without-gomemlimit",
  category: "deploy",
  severity: "info",
  title: "A Go container has a memory limit but no GOMEMLIMIT",
  requires: ["files"],
  messages: {
    missing: "{where} runs a Go program ({evidence}) with a memory limit of {memRaw} ({memText}) and no GOMEMLIMIT: the Go GC does not know the limit (the runtime does not read cgroup memory limits) and lets the heap grow to twice its live size by GOGC, so a spike ends in an OOM kill. About 90 % of the limit is usual: GOMEMLIMIT={suggest}."
  },
  fixTitles: {
    tellTheGoGc: "Tell the Go GC the limit"
  },
  sources: ["https://go.dev/doc/gc-guide#Memory_limit", "https://pkg.go.dev/runtime/debug#SetMemoryLimit", "https://go.dev/doc/go1.19#runtime", "src/runtime/mgcpacer.go"],
  fixable: true,
  docs: {
    what: "Reports a container of a Kubernetes workload (a Helm chart template too, rendered with its chart's values.yaml where the values are plain), Helm values entry or compose service that has a memory limit, runs a Go program (it sets a Go runtime variable, or its image is named after the repository's Go module) and sets no GOMEMLIMIT.",
    why: "Since Go 1.19 the GC can pace itself against a memory limit, but only one given by GOMEMLIMIT or debug.SetMemoryLimit: the runtime reads no cgroup memory limit. Without it, GOGC=100 lets the heap reach twice the live heap before a collection, so a container sized close to its steady state is OOM-killed on a burst that a GC cycle would have absorbed. The Go GC guide suggests leaving 5-10 % headroom for memory the runtime does not manage.",
    fix: "Add GOMEMLIMIT at about 90 % of the limit (e.g. 460MiB for 512Mi), or from the downward API with a divisor-free resourceFieldRef and a lower GOMEMLIMIT computed in the entrypoint; keep GOGC as it is unless memory is the only concern."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const mem = s.container.memoryLimit;
      if (!mem || envVar(s.container, "GOMEMLIMIT")) continue;
      const evidence = goEvidence(files, s);
      if (!evidence) continue;
      const suggest = goMemLimitText(Math.floor(mem.bytes * 0.9 / 2 ** 20) * 2 ** 20);
      out.push({
        messageId: "missing",
        data: { where: where(s), evidence, memRaw: mem.raw, memText: bytesText(mem.bytes), suggest },
        location: at2(s, mem.line),
        fixes: [{ kind: "manual", title: fixTitle("tellTheGoGc"), steps: [`env: GOMEMLIMIT=${suggest}  (about 90 % of ${mem.raw})`] }]
      });
    }
    return out;
  }
});

// src/rules/deploy/gd772-gomaxprocs-above-cpu-limit.ts
var gd772 = defineRule({
  id: "GD772",
  name: "gomaxprocs-above-cpu-limit",
  category: "deploy",
  severity: "warning",
  title: "GOMAXPROCS is set above the container's CPU limit",
  requires: ["files"],
  messages: {
    above: "{where} sets GOMAXPROCS={value} with a CPU limit of {cpuRaw} ({cpus} CPU): {value} threads run Go code at once against a quota of {cpus} CPU per period, so the container is throttled for the rest of each 100 ms period and tail latency grows. GOMAXPROCS={suggest} matches the limit."
  },
  fixTitles: {
    matchGomaxprocsToThe: "Match GOMAXPROCS to the limit"
  },
  sources: ["src/runtime/proc.go", "https://go.dev/doc/go1.25#runtime", "https://docs.kernel.org/scheduler/sched-bwc.html", "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-cpu"],
  fixable: true,
  docs: {
    what: "Compares a GOMAXPROCS value in a container's environment with its CPU limit (resources.limits.cpu, cpus, deploy.resources.limits.cpus) and reports a value above the limit rounded up.",
    why: "A CPU limit is a CFS bandwidth quota: so much CPU time per 100 ms period. GOMAXPROCS threads run Go code in parallel (and the GC uses a quarter of them), so more threads than the quota burn it early in the period and the whole container waits for the next one. Setting GOMAXPROCS by hand also turns off Go 1.25's automatic, cgroup-aware default.",
    fix: "Set GOMAXPROCS to the CPU limit rounded up (at least 1), or remove it and build with Go 1.25 or later from a module whose go line is 1.25 or later, where the default follows the limit."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const v = envVar(s.container, "GOMAXPROCS");
      const cpu = s.container.cpuLimit;
      if (!v?.value || !cpu || !/^\d+$/.test(v.value.trim())) continue;
      const suggest = Math.max(1, Math.ceil(cpu.cpus));
      if (Number(v.value) <= suggest) continue;
      out.push({
        messageId: "above",
        data: { where: where(s), value: v.value.trim(), cpuRaw: cpu.raw, cpus: cpu.cpus, suggest },
        evidence: { cpuLimitLine: cpu.line },
        location: at2(s, v.line),
        fixes: [{ kind: "manual", title: fixTitle("matchGomaxprocsToThe"), steps: [`GOMAXPROCS=${suggest}`] }]
      });
    }
    return out;
  }
});

// src/rules/deploy/gd773-cpu-limit-gomaxprocs-not-cgroup-aware.ts
var CGROUP_AWARE_SINCE = "1.25";
var gd773 = defineRule({
  id: "GD773",
  name: "cpu-limit-gomaxprocs-not-cgroup-aware",
  category: "deploy",
  severity: "info",
  title: "A CPU limit on a Go program whose GOMAXPROCS does not follow it (go line before 1.25)",
  requires: ["files"],
  messages: {
    old: "{where} runs a Go program ({evidence}) with a CPU limit of {cpuRaw} ({cpus} CPU), and its module {module} says go {goLine} ({modPath}:{modLine}): below go 1.25 the runtime keeps the old default (GODEBUG containermaxprocs=0 even when built with Go 1.25 or later), so GOMAXPROCS is the node's CPU count and the container is throttled whenever more threads run than the quota allows."
  },
  fixTitles: {
    makeGomaxprocsFollowThe: "Make GOMAXPROCS follow the limit"
  },
  sources: ["https://go.dev/doc/go1.25#runtime", "https://go.dev/blog/container-aware-gomaxprocs", "src/internal/godebugs/table.go", "src/runtime/cgroup_linux.go", "https://go.dev/doc/godebug"],
  fixable: true,
  docs: {
    what: "Reports a container with a CPU limit that runs the repository's Go program (it sets a Go runtime variable, or its image is named after the Go module) when that module's go line is below 1.25, GOMAXPROCS is not set in the container and no source imports go.uber.org/automaxprocs.",
    why: "Go 1.25 made the default GOMAXPROCS follow the cgroup CPU limit. The change is a GODEBUG setting (containermaxprocs, internal/godebugs/table.go: Changed 25, Old 0) and GODEBUG defaults follow the main module's go line: a module that says go 1.24 keeps GOMAXPROCS at the number of CPUs the node has even when built with Go 1.25 or later. On a 64-CPU node with a 2-CPU limit, 64 threads share a quota of 2 CPUs per 100 ms period and the container is throttled.",
    fix: "Raise the module's go line to 1.25 or later (and build with Go 1.25 or later), or set GOMAXPROCS in the container to the limit rounded up, or add //go:debug containermaxprocs=1 to the main package."
  },
  check({ files }) {
    const out = [];
    if (files.goSources.automaxprocs?.length) return out;
    for (const s of sites(files)) {
      const cpu = s.container.cpuLimit;
      if (!cpu || envVar(s.container, "GOMAXPROCS")) continue;
      if (/containermaxprocs=1/.test(envVar(s.container, "GODEBUG")?.value ?? "")) continue;
      const mod = goModFor(files, s.file.path);
      if (!mod?.go || !olderThan(mod.go.value, CGROUP_AWARE_SINCE)) continue;
      const evidence = goEvidence(files, s);
      if (!evidence) continue;
      out.push({
        messageId: "old",
        data: { where: where(s), evidence, cpuRaw: cpu.raw, cpus: cpu.cpus, module: mod.module?.value ?? "?", goLine: mod.go.value, modPath: mod.path, modLine: mod.go.line },
        evidence: { goLine: mod.go.value, cpuLimit: cpu.cpus },
        location: at2(s, cpu.line),
        fixes: [{ kind: "manual", title: fixTitle("makeGomaxprocsFollowThe"), steps: [`env: GOMAXPROCS=${Math.max(1, Math.ceil(cpu.cpus))}`, `or: go mod edit -go=${CGROUP_AWARE_SINCE} (and build with Go ${CGROUP_AWARE_SINCE} or later)`] }]
      });
    }
    return out;
  }
});

// src/rules/deploy/gd774-image-arch-vs-node-arch.ts
var ARCH_WORDS = {
  amd64: "amd64",
  x86_64: "amd64",
  arm64: "arm64",
  aarch64: "arm64",
  arm64v8: "arm64",
  armv7: "arm",
  arm32v7: "arm",
  armhf: "arm",
  arm32v6: "arm",
  ppc64le: "ppc64le",
  s390x: "s390x",
  i386: "386",
  "386": "386",
  riscv64: "riscv64"
};
var ARCH_RE = new RegExp(`(?:^|[-_.])(${Object.keys(ARCH_WORDS).join("|")})(?=$|[-_.])`);
function imageArch(image) {
  const ref = image.split("@")[0];
  const lastSlash = ref.lastIndexOf("/");
  const colon = ref.indexOf(":", lastSlash + 1);
  const tag = colon < 0 ? "" : ref.slice(colon + 1);
  const m = ARCH_RE.exec(tag);
  if (m) return { arch: ARCH_WORDS[m[1]], word: m[1] };
  const ns = /^(amd64|arm64v8|arm32v7|arm32v6|ppc64le|s390x|i386|riscv64)\//.exec(ref);
  return ns ? { arch: ARCH_WORDS[ns[1]], word: `${ns[1]}/` } : null;
}
__name(imageArch, "imageArch");
var gd774 = defineRule({
  id: "GD774",
  name: "image-arch-vs-node-arch",
  category: "deploy",
  severity: "error",
  title: "An architecture-specific image is scheduled on nodes of another architecture",
  requires: ["files"],
  messages: {
    mismatch: '{where} runs {image}, an {arch} image ({word} in its name), on nodes selected by {label}={nodeArch} (line {archLine}): the container fails to start with "exec format error" (or runs emulated where binfmt is set up).'
  },
  fixTitles: {
    useTheMultiArchitecture: "Use the multi-architecture image or matching nodes"
  },
  sources: ["https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-arch", "https://docs.docker.com/reference/compose-file/services/#platform", "https://github.com/docker-library/official-images#architectures-other-than-amd64", "man:execve(2)"],
  fixable: true,
  docs: {
    what: "Compares the architecture an image reference names \u2014 a tag such as 1.4-arm64 or a Docker Hub namespace such as arm64v8/ \u2014 with the architectures the pod may be scheduled on (nodeSelector or required node affinity on kubernetes.io/arch, a compose service's platform:).",
    why: `A single-architecture image pulled onto a node of another architecture pulls fine and then fails with "exec format error" (standard_init_linux.go: exec user process caused: exec format error); a Go binary built with GOARCH=amd64 cannot run on arm64 nodes, and Kubernetes does not check the image's platform against the node.`,
    fix: "Use the multi-architecture image (the tag without the architecture suffix, built with docker buildx --platform linux/amd64,linux/arm64), or select the nodes of the image's architecture."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const image = s.container.image;
      const nodes = s.workload.nodeArch;
      if (!image || !nodes || image.value.includes("{{") || image.value.includes("$")) continue;
      const arch = imageArch(image.value);
      if (!arch || nodes.values.some((v) => (ARCH_WORDS[v] ?? v) === arch.arch)) continue;
      out.push({
        messageId: "mismatch",
        data: { where: where(s), image: image.value, arch: arch.arch, word: arch.word, label: s.workload.kind === "compose service" ? "platform" : "kubernetes.io/arch", nodeArch: nodes.values.join(","), archLine: nodes.line },
        location: at2(s, image.line),
        fixes: [{ kind: "manual", title: fixTitle("useTheMultiArchitecture"), steps: [`image: ${image.value.replace(new RegExp(`[-_.]?${arch.word.replace("/", "\\/")}`), "")} (multi-arch)`, `or nodeSelector: kubernetes.io/arch: ${arch.arch}`] }]
      });
    }
    return out;
  }
});

// src/rules/deploy/gd775-stdin-never-closes.ts
var gd775 = defineRule({
  id: "GD775",
  name: "stdin-never-closes",
  category: "deploy",
  severity: "info",
  title: "stdin is kept open without stdinOnce or a terminal: a read to EOF never returns",
  requires: ["files"],
  messages: {
    k8s: "{where} sets stdin: true without stdinOnce: true or tty: true: the runtime keeps the container's stdin open across attaches and never closes it, so a Go program that reads stdin to EOF (io.ReadAll(os.Stdin), bufio.Scanner until false) blocks for ever.",
    compose: "{where} sets stdin_open: true without tty: true: its stdin stays open with nothing attached (docker run -i), so a Go program that reads stdin to EOF (io.ReadAll(os.Stdin), bufio.Scanner until false) blocks for ever."
  },
  fixTitles: {
    closeStdinAfterOne: "Close stdin after one client, or drop it"
  },
  sources: ["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#interactive", "https://docs.docker.com/reference/compose-file/services/#stdin_open", "https://pkg.go.dev/io#ReadAll"],
  fixable: true,
  docs: {
    what: "Reports a container that runs a Go program (it sets a Go runtime variable, or its image is named after the repository's Go module): a Kubernetes container with stdin: true and neither stdinOnce: true nor tty: true, and a compose service with stdin_open: true and no tty: true.",
    why: "With stdin: true the runtime gives the container a stdin stream that stays open whether or not a client is attached; stdinOnce: true closes it after the first attach detaches. A program that reads until EOF (io.ReadAll(os.Stdin), a bufio.Scanner loop, json.Decoder until io.EOF) never gets EOF and never starts its real work; nothing in the logs says why.",
    fix: "Remove stdin: true (stdin_open) when nothing writes to it, set stdinOnce: true when one client feeds it once (kubectl attach, kubectl run -i), or feed the input from a file or volume."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const c = s.container;
      if (!isOn(c.stdin) || isOn(c.stdinOnce) || isOn(c.tty) || !goEvidence(files, s)) continue;
      out.push({ messageId: s.workload.kind === "compose service" ? "compose" : "k8s", data: { where: where(s) }, location: at2(s, c.stdin.line), fixes: [{ kind: "manual", title: fixTitle("closeStdinAfterOne"), steps: [s.workload.kind === "compose service" ? "remove stdin_open: true" : "stdinOnce: true  (or remove stdin: true)"] }] });
    }
    return out;
  }
});

// src/rules/deploy/gd776-tty-nobody-attached.ts
var gd776 = defineRule({
  id: "GD776",
  name: "tty-nobody-attached",
  category: "deploy",
  severity: "info",
  title: "A container gets a terminal (tty: true) with no stdin for anyone to attach",
  requires: ["files"],
  messages: {
    tty: "{where} sets tty: true without stdin: its program writes to a pseudo-terminal only the runtime reads: stdout and stderr merge into one stream, lines end in CRLF in the logs, and a program that checks for a terminal (isatty, golang.org/x/term.IsTerminal) switches to interactive output such as colours and progress bars; when the runtime stops draining the terminal, the program blocks in write."
  },
  fixTitles: {
    giveServicesPlainPipes: "Give services plain pipes"
  },
  sources: ["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#interactive", "https://docs.docker.com/reference/compose-file/services/#tty", "man:pty(7)", "https://pkg.go.dev/golang.org/x/term#IsTerminal"],
  fixable: true,
  docs: {
    what: "Reports a Kubernetes container or compose service that runs a Go program (it sets a Go runtime variable, or its image is named after the repository's Go module) with tty: true and no stdin (stdin: true, stdin_open: true): a terminal with nothing to type into it.",
    why: "With tty: true the runtime allocates a pseudo-terminal for the container and copies what the program writes from its master side into the log. The program sees a terminal: stderr and stdout become one stream, the line discipline turns \\n into \\r\\n, and libraries that check isatty emit colour codes and redraw progress lines into the log. A pty buffer is small (a few KiB), so a program writing while the runtime is not reading (a detached docker attach, a stalled log shipper) blocks in write, as it does on any full terminal.",
    fix: "Remove tty: true from services, or set stdin: true (stdin_open) as well when the terminal is meant for an interactive session."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const c = s.container;
      if (!isOn(c.tty) || isOn(c.stdin) || !goEvidence(files, s)) continue;
      out.push({ messageId: "tty", data: { where: where(s) }, location: at2(s, c.tty.line), fixes: [{ kind: "manual", title: fixTitle("giveServicesPlainPipes"), steps: ["remove tty: true"] }] });
    }
    return out;
  }
});

// src/knowledge/selinux-labels.ts
function relabelsBind(options) {
  return options.some((o) => o === "z" || o === "Z" || o.startsWith("relabel="));
}
__name(relabelsBind, "relabelsBind");
var disablesLabels = /* @__PURE__ */ __name((securityOpt) => /^label[=:]disable$/.test(securityOpt), "disablesLabels");

// src/rules/deploy/gd777-bind-mount-without-selinux-label.ts
var gd777 = defineRule({
  id: "GD777",
  name: "bind-mount-without-selinux-label",
  category: "deploy",
  severity: "info",
  title: "A bind mount (compose, docker/podman run) has no :z/:Z label option in a project meant for SELinux hosts",
  requires: ["files"],
  messages: {
    bind: '{where} bind-mounts {spec} without :z or :Z, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): on an enforcing host the files keep their own label (user_home_t, ...), which container_t may not read or write, and the program fails with "permission denied" although the mode bits allow it.',
    run: '`{tool} run` bind-mounts {spec} without :z or :Z, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): on an enforcing host the files keep their own label (user_home_t, ...), which container_t may not read or write, and the program in the container fails with "permission denied" although the mode bits allow it.',
    dockerMount: '`docker run --mount type=bind` mounts {spec}, while {file} says it runs on SELinux hosts ({evidence}, line {selinuxLine}): docker\'s --mount has no SELinux label option, so on an enforcing host the container may not read or write the files ("permission denied").'
  },
  fixTitles: {
    labelTheBindMount: "Label the bind mount for containers",
    useVolumeWithLabel: "Use -v with the z option instead of --mount"
  },
  sources: ["https://docs.docker.com/engine/storage/bind-mounts/#configure-the-selinux-label", "https://docs.docker.com/reference/compose-file/services/#volumes", "https://docs.docker.com/reference/cli/docker/container/run/#mount", "https://docs.podman.io/en/latest/markdown/podman-run.1.html#volume-v-source-volume-host-dir-container-dir-options", "man:selinux(8)"],
  fixable: true,
  docs: {
    what: "In a compose file, CI file or Makefile that shows it targets SELinux hosts \u2014 another bind mount with :z or :Z, a label security option, or a line naming SELinux \u2014 reports the bind mounts (compose volumes, docker/podman run -v and --mount type=bind) that have neither option, except in containers that run unconfined (privileged, or security option label=disable).",
    why: 'Under SELinux a container process runs as container_t and may touch only files labelled for containers (container_file_t). A bind-mounted host directory keeps its label, so reads and writes fail with EACCES ("permission denied") and an AVC denial in the audit log, although ls -l shows the permissions allow them. :z relabels the content for all containers to share it, :Z for this container only.',
    fix: "Add :z (shared) or :Z (private) to the bind mount, e.g. ./config:/etc/app:ro,z, bind.selinux: z in the compose long syntax, relabel=shared in a podman --mount; docker --mount has no label option, so use -v there. Never relabel system directories such as /home or /usr this way."
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const sel = s.file.selinux;
      if (!sel || s.file.format !== "compose" || s.container.labelDisabled) continue;
      for (const b of s.container.binds) {
        if (relabelsBind(b.options)) continue;
        out.push({ messageId: "bind", data: { where: where(s), spec: b.spec, file: s.file.path, evidence: sel.evidence, selinuxLine: sel.line }, location: at2(s, b.line), fixes: [{ kind: "manual", title: fixTitle("labelTheBindMount"), steps: [`${b.spec}${b.options.length ? "," : ":"}z   (or Z for this container only)`] }] });
      }
    }
    for (const r of files.containerRuns ?? []) {
      const sel = r.selinux;
      if (!sel || r.labelDisabled) continue;
      for (const b of r.binds) {
        if (relabelsBind(b.options)) continue;
        const data = { tool: r.tool, spec: b.spec, file: r.file, evidence: sel.evidence, selinuxLine: sel.line };
        const location = { file: r.file, line: b.line, column: b.column };
        if (b.flag === "--mount" && r.tool === "docker") {
          out.push({ messageId: "dockerMount", data, location, fixes: [{ kind: "manual", title: fixTitle("useVolumeWithLabel"), steps: [`-v ${shellWord(volumeOf(b.options, b.spec))}`] }] });
        } else {
          const labelled = b.flag === "--mount" ? `${b.spec},relabel=shared` : `${b.spec}${b.options.length ? "," : ":"}z`;
          out.push({ messageId: "run", data, location, fixes: [{ kind: "manual", title: fixTitle("labelTheBindMount"), steps: [`${b.flag === "--mount" ? "--mount" : "-v"} ${shellWord(labelled)}   (${b.flag === "--mount" ? "relabel=private" : "Z"} for this container only)`] }] });
        }
      }
    }
    return out;
  }
});
var shellWord = /* @__PURE__ */ __name((w) => /[\s$]/.test(w) && !/["`\\]/.test(w) ? `"${w}"` : w, "shellWord");
function volumeOf(options, spec) {
  const item = /* @__PURE__ */ __name((...keys) => spec.split(",").find((i) => keys.some((k) => i.startsWith(`${k}=`)))?.replace(/^[^=]*=/, "") ?? "?", "item");
  const ro = options.some((o) => o === "readonly" || o === "ro" || o === "readonly=true" || o === "ro=true");
  return `${item("source", "src")}:${item("target", "destination", "dst")}:${ro ? "ro," : ""}z`;
}
__name(volumeOf, "volumeOf");

// src/rules/deploy/gd778-exec-form-variable.ts
var SHELL_VAR = /(?<!\$)\$(\{[A-Za-z_][A-Za-z0-9_]*[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)/;
var SHELLS = /(^|[\\/])(sh|bash|ash|dash|zsh|ksh|fish|powershell|pwsh|cmd)(\.exe)?$/i;
var SCRIPT_FLAG = /^(-\w*c\w*|-command|-encodedcommand|\/c|\/k)$/i;
function viaShell(words) {
  return words.some((w, i) => SHELLS.test(w) && words.slice(i + 1).some((x) => SCRIPT_FLAG.test(x)));
}
__name(viaShell, "viaShell");
function unexpanded(exec) {
  const all = exec.flatMap((e) => e.words);
  if (viaShell(all)) return null;
  for (const e of exec) {
    for (const w of e.words) {
      const m = SHELL_VAR.exec(w);
      if (m) return { word: w, name: m[1].replace(/^\{|[:}].*$/g, ""), line: e.line, field: e.field };
    }
  }
  return null;
}
__name(unexpanded, "unexpanded");
var gd778 = defineRule({
  id: "GD778",
  name: "exec-form-variable",
  category: "deploy",
  severity: "warning",
  title: "An exec-form command holds $VAR, which no shell expands",
  requires: ["files"],
  messages: {
    k8s: '{where} passes "{word}" in {field}: Kubernetes runs the command without a shell and expands only $(NAME), so the program receives the text "{word}" instead of the value of {name}.',
    compose: `{where} passes "{word}" in its {field} list, and {name} is set in the service's environment: compose replaces \${name} from the shell and .env file of whoever runs compose (empty when unset, with a warning), not from the container's environment, and the exec form runs no shell inside the container.`,
    dockerfile: '{file}:{line} {keyword} uses the exec (JSON) form with "{word}": Docker runs it without a shell, so the program receives the text "{word}" instead of the value of {name}.'
  },
  fixTitles: {
    expandItInsideThe: "Expand it inside the container",
    useTheSyntaxKubernetes: "Use the syntax Kubernetes expands",
    letAShellExpand: "Let a shell expand it"
  },
  sources: ["https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#use-environment-variables-to-define-arguments", "https://docs.docker.com/reference/dockerfile/#shell-and-exec-form", "https://docs.docker.com/reference/compose-file/interpolation/", "src/os/exec/exec.go"],
  fixable: true,
  docs: {
    what: "Reports $NAME and ${NAME} in exec-form commands: a Kubernetes container's command and args, a compose service's command or entrypoint list whose variable is set only in the service's environment, and the JSON form of a Dockerfile's ENTRYPOINT and CMD. Commands that run sh -c are left alone.",
    why: `An exec-form command is handed to execve word by word: no shell parses it, so $PORT reaches the Go program as the four characters "$PORT" (flag parsing then fails with "invalid value \\"$PORT\\"", or the server listens on a literal address). Kubernetes expands only its own $(NAME) syntax from the container's env; compose interpolates \${NAME} when it reads the file, from the environment of the compose command, not the service's environment: list.`,
    fix: 'Kubernetes: write $(NAME). Dockerfile: use the shell form, or ["sh", "-c", "exec /app --port \\"$PORT\\""]. Compose: set the value in .env, or run through sh -c with $$NAME. Go programs can also read the variable themselves (os.Getenv).'
  },
  check({ files }) {
    const out = [];
    for (const s of sites(files)) {
      const hit = unexpanded(s.container.exec.filter((e) => !e.words.some((w) => w.includes("{{"))));
      if (!hit) continue;
      if (s.workload.kind === "compose service") {
        if (!envVar(s.container, hit.name)) continue;
        out.push({ messageId: "compose", data: { where: where(s), word: hit.word, field: hit.field, name: hit.name }, location: at2(s, hit.line), fixes: [{ kind: "manual", title: fixTitle("expandItInsideThe"), steps: [`${hit.field}: ["sh", "-c", "exec ... ${hit.word.replace(/\$/g, "$$$$")}"]  ($$ keeps compose from interpolating)`, `or set ${hit.name} in .env for compose to interpolate`] }] });
      } else {
        out.push({ messageId: "k8s", data: { where: where(s), word: hit.word, field: hit.field, name: hit.name }, location: at2(s, hit.line), fixes: [{ kind: "manual", title: fixTitle("useTheSyntaxKubernetes"), steps: [`"${hit.word.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, "$($1)")}"`] }] });
      }
    }
    for (const d of files.dockerfiles) {
      for (const st of d.stages) {
        for (const ins of st.instructions) {
          if (ins.keyword !== "ENTRYPOINT" && ins.keyword !== "CMD") continue;
          const json = ins.source.replace(/^\s*\w+\s+/, "").trim();
          if (!json.startsWith("[")) continue;
          let words;
          try {
            words = JSON.parse(json.replace(/\\\r?\n/g, " "));
          } catch {
            continue;
          }
          if (!Array.isArray(words) || !words.every((w) => typeof w === "string")) continue;
          const hit = unexpanded([{ words, line: ins.line, field: ins.keyword }]);
          if (hit) out.push({ messageId: "dockerfile", data: { file: d.path, line: ins.line, keyword: ins.keyword, word: hit.word, name: hit.name }, location: { file: d.path, line: ins.line, column: ins.column }, fixes: [{ kind: "manual", title: fixTitle("letAShellExpand"), steps: [`${ins.keyword} ["sh", "-c", "exec ${words.join(" ")}"]`, `or the shell form: ${ins.keyword} ${words.join(" ")}`] }] });
        }
      }
    }
    return out;
  }
});

// src/rules/deploy/index.ts
var DEPLOY_RULES = [gd770, gd771, gd772, gd773, gd774, gd775, gd776, gd777, gd778];

export {
  relabelsBind,
  disablesLabels,
  parseK8sQuantity,
  parseDockerBytes,
  imageOf,
  DOCKERFILE_RULES,
  CI_RULES,
  GOMOD_RULES,
  DEPLOY_RULES
};
