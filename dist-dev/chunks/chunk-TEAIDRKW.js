import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/golangci-lint.ts
var GOLANGCI_GO_SUPPORT = [
  { go: "1.18", since: "v1.45.0" },
  { go: "1.19", since: "v1.48.0" },
  { go: "1.20", since: "v1.51.0" },
  { go: "1.21", since: "v1.54.0" },
  { go: "1.22", since: "v1.56.0" },
  { go: "1.23", since: "v1.60.1" },
  { go: "1.24", since: "v1.64.2" },
  { go: "1.25", since: "v2.4.0" },
  { go: "1.26", since: "v2.9.0" }
];
var GOLANGCI_SOURCES = [
  "https://github.com/golangci/golangci-lint/blob/main/CHANGELOG.md",
  "https://golangci-lint.run/docs/product/changelog/"
];
function golangciFor(goLine) {
  const m = /^(?:go)?(\d+)\.(\d+)/.exec(goLine.trim());
  if (!m) return null;
  return GOLANGCI_GO_SUPPORT.find((s) => s.go === `${m[1]}.${m[2]}`) ?? null;
}
__name(golangciFor, "golangciFor");
function parseToolVersion(v) {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(v.trim());
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x) => x !== void 0).map(Number);
}
__name(parseToolVersion, "parseToolVersion");
function golangciSupports(pinned, goLine) {
  const need = golangciFor(goLine);
  const have = parseToolVersion(pinned);
  if (!need || !have) return null;
  const want = parseToolVersion(need.since);
  for (let i = 0; i < have.length; i++) {
    if (have[i] !== want[i]) return { ok: have[i] > want[i], need };
  }
  return { ok: true, need };
}
__name(golangciSupports, "golangciSupports");

// src/knowledge/build-constraints.ts
var KNOWN_OS = /* @__PURE__ */ new Set(["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"]);
var UNIX_OS = /* @__PURE__ */ new Set(["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux", "netbsd", "openbsd", "solaris"]);
var KNOWN_ARCH = /* @__PURE__ */ new Set(["386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"]);
var TAG = /^[A-Za-z0-9_.]+$/;
function parseGoBuild(text) {
  const toks = text.match(/\|\||&&|[!()]|[^\s!()|&]+|[|&]/g) ?? [];
  let i = 0;
  const or = /* @__PURE__ */ __name(() => {
    let x2 = and();
    while (x2 && toks[i] === "||") {
      i++;
      const y = and();
      x2 = y ? { op: "or", x: x2, y } : null;
    }
    return x2;
  }, "or");
  const and = /* @__PURE__ */ __name(() => {
    let x2 = not();
    while (x2 && toks[i] === "&&") {
      i++;
      const y = not();
      x2 = y ? { op: "and", x: x2, y } : null;
    }
    return x2;
  }, "and");
  const not = /* @__PURE__ */ __name(() => {
    if (toks[i] === "!") {
      i++;
      const x2 = not();
      return x2 ? { op: "not", x: x2 } : null;
    }
    if (toks[i] === "(") {
      i++;
      const x2 = or();
      if (toks[i] !== ")") return null;
      i++;
      return x2;
    }
    const t = toks[i];
    if (!t || !TAG.test(t)) return null;
    i++;
    return { op: "tag", tag: t };
  }, "not");
  const x = or();
  return x && i === toks.length ? x : null;
}
__name(parseGoBuild, "parseGoBuild");
function parsePlusBuild(text) {
  let x = null;
  for (const clause of text.trim().split(/\s+/).filter(Boolean)) {
    let y = null;
    for (let lit of clause.split(",")) {
      let z;
      if (lit.startsWith("!!") || lit === "!") z = { op: "tag", tag: "ignore" };
      else {
        const neg = lit.startsWith("!");
        if (neg) lit = lit.slice(1);
        z = { op: "tag", tag: TAG.test(lit) ? lit : "ignore" };
        if (neg) z = { op: "not", x: z };
      }
      y = y ? { op: "and", x: y, y: z } : z;
    }
    if (y) x = x ? { op: "or", x, y } : y;
  }
  return x ?? { op: "tag", tag: "ignore" };
}
__name(parsePlusBuild, "parsePlusBuild");
var TOOL_TAG = /^(goexperiment\.|(386|amd64|arm|arm64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|wasm)\.)/;
function matchTag(tag, t) {
  if (tag === "cgo") return t.cgo;
  if (tag === t.goos || tag === t.goarch || tag === "gc") return true;
  if (t.goos === "android" && tag === "linux" || t.goos === "illumos" && tag === "solaris" || t.goos === "ios" && tag === "darwin") return true;
  if (tag === "unix") return UNIX_OS.has(t.goos);
  if (t.tags.includes(tag)) return true;
  const release = /^go1\.(\d+)$/.exec(tag);
  if (release) {
    const have = t.goVersion ? /^(?:go)?1\.(\d+)/.exec(t.goVersion) : null;
    if (have) return Number(release[1]) <= Number(have[1]);
    return Number(release[1]) <= 20 ? true : null;
  }
  if (TOOL_TAG.test(tag) || tag === "boringcrypto") return null;
  return false;
}
__name(matchTag, "matchTag");
function evalExpr(x, t) {
  switch (x.op) {
    case "tag":
      return matchTag(x.tag, t);
    case "not": {
      const v = evalExpr(x.x, t);
      return v === null ? null : !v;
    }
    case "and": {
      const a = evalExpr(x.x, t), b = evalExpr(x.y, t);
      return a === false || b === false ? false : a === null || b === null ? null : true;
    }
    case "or": {
      const a = evalExpr(x.x, t), b = evalExpr(x.y, t);
      return a === true || b === true ? true : a === null || b === null ? null : false;
    }
  }
}
__name(evalExpr, "evalExpr");
function matchFileName(name, t) {
  const stem = name.split(".")[0];
  const us = stem.indexOf("_");
  if (us < 0) return true;
  const l = stem.slice(us).split("_");
  if (l.at(-1) === "test") l.pop();
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]) && KNOWN_ARCH.has(l[n - 1])) {
    const a = matchTag(l[n - 1], t), o = matchTag(l[n - 2], t);
    return a === false || o === false ? false : a === null || o === null ? null : true;
  }
  if (n >= 1 && (KNOWN_OS.has(l[n - 1]) || KNOWN_ARCH.has(l[n - 1]))) return matchTag(l[n - 1], t);
  return true;
}
__name(matchFileName, "matchFileName");
function fileBuilds(f, t) {
  if (f.name.endsWith("_test.go") || f.name.startsWith("_") || f.name.startsWith(".")) return false;
  const byName = matchFileName(f.name, t);
  if (byName === false) return false;
  let byLine = true;
  if (f.goBuild !== null) {
    const x = parseGoBuild(f.goBuild);
    byLine = x ? evalExpr(x, t) : null;
  } else {
    for (const p of f.plusBuild) {
      const v = evalExpr(parsePlusBuild(p), t);
      if (v === false) {
        byLine = false;
        break;
      }
      if (v === null) byLine = null;
    }
  }
  if (byLine === false) return false;
  if (f.cgo && !t.cgo) return false;
  return byName === null || byLine === null ? null : true;
}
__name(fileBuilds, "fileBuilds");

// src/rules/cgo-build.ts
function packageBuilds(p, t) {
  let unknown = false;
  for (const f of p.files) {
    const v = fileBuilds({ name: f.name, goBuild: f.goBuild, plusBuild: f.plusBuild, cgo: f.cgoLine !== null }, t);
    if (v === true) return true;
    if (v === null || f.problem) unknown = true;
  }
  return unknown || p.partial ? null : false;
}
__name(packageBuilds, "packageBuilds");
function needsCgo(p, t) {
  if (p.partial || p.files.some((f) => f.problem)) return false;
  return packageBuilds(p, { ...t, cgo: false }) === false && packageBuilds(p, { ...t, cgo: true }) === true;
}
__name(needsCgo, "needsCgo");
function buildTags(args, goflags) {
  const from = /* @__PURE__ */ __name((list) => {
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const m = /^--?tags(?:=(.*))?$/.exec(a);
      if (m) return (m[1] ?? list[i + 1] ?? "").split(/[,\s]+/).filter(Boolean);
    }
    return null;
  }, "from");
  return from(args) ?? from((goflags ?? "").trim().split(/\s+/)) ?? [];
}
__name(buildTags, "buildTags");
function packageArgs(c) {
  const args = c.args.slice(c.args.indexOf(c.sub) + 1);
  const withValue = /* @__PURE__ */ new Set(["-o", "-tags", "-ldflags", "-gcflags", "-asmflags", "-gccgoflags", "-mod", "-modfile", "-p", "-pkgdir", "-buildmode", "-compiler", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-exec", "-C", "-covermode", "-coverpkg", "-json"]);
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("-")) {
      if (!a.includes("=") && withValue.has(a.replace(/^--/, "-"))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
__name(packageArgs, "packageArgs");
var norm = /* @__PURE__ */ __name((p) => p.split("/").filter((x) => x && x !== ".").reduce((acc, x) => x === ".." && acc.length && acc.at(-1) !== ".." ? acc.slice(0, -1) : [...acc, x], []).join("/"), "norm");
function resolvePatterns(pk, cwd, patterns) {
  const named = [];
  const wild = /* @__PURE__ */ new Map();
  const byDir = new Map(pk.packages.map((p) => [p.dir, p]));
  const byPath = new Map(pk.packages.map((p) => [p.importPath, p]));
  const list = patterns.length ? patterns : ["."];
  for (const pat of list) {
    if (/[$`*?[\]{}]/.test(pat.replace(/\.\.\.$/, "")) || pat.endsWith(".go") || pat.includes("@")) return null;
    const dots = pat === "..." || pat.endsWith("/...");
    const base = dots ? pat.replace(/\/?\.\.\.$/, "") : pat;
    const relative = base === "" || base === "." || base === ".." || base.startsWith("./") || base.startsWith("../");
    let dir = null;
    if (relative) dir = norm(cwd ? `${cwd}/${base}` : base);
    else {
      const mod = pk.modules.find((m) => base === m.path || base.startsWith(`${m.path}/`));
      if (!mod) return null;
      dir = norm(mod.dir ? `${mod.dir}/${base.slice(mod.path.length)}` : base.slice(mod.path.length));
    }
    if (dots) {
      const matched = pk.packages.filter((p) => dir === "" ? !p.dir.startsWith("../") : p.dir === dir || p.dir.startsWith(`${dir}/`));
      for (const p of matched) wild.set(p.importPath, p);
    } else {
      const p = byDir.get(dir) ?? (relative ? void 0 : byPath.get(base));
      if (!p) return null;
      named.push(p);
    }
  }
  return { named, wild: [...wild.values()].sort((a, b) => compareText(a.importPath, b.importPath)) };
}
__name(resolvePatterns, "resolvePatterns");
function cgoBreaks(pk, t, roots) {
  const off = { ...t, cgo: false };
  const byPath = new Map(pk.packages.map((p) => [p.importPath, p]));
  const found = /* @__PURE__ */ new Map();
  const first = /* @__PURE__ */ __name((p) => {
    const f = p.files.find((x) => x.cgoLine !== null);
    return { name: f.name, line: f.cgoLine };
  }, "first");
  const visited = /* @__PURE__ */ new Set();
  const walk = /* @__PURE__ */ __name((p, chain) => {
    if (visited.has(p.importPath)) return;
    visited.add(p.importPath);
    const imports = /* @__PURE__ */ new Set();
    for (const f of p.files) if (fileBuilds({ name: f.name, goBuild: f.goBuild, plusBuild: f.plusBuild, cgo: f.cgoLine !== null }, off) === true) for (const i of f.imports) imports.add(i);
    for (const i of [...imports].sort(compareText)) {
      const q = byPath.get(i);
      if (!q) continue;
      if (needsCgo(q, off)) {
        const prior = found.get(q.importPath);
        if (!prior || prior.how === "skipped") found.set(q.importPath, { pkg: q, cgoFile: first(q), how: "imported", chain: [...chain, q.importPath] });
      } else if (packageBuilds(q, off) === true) walk(q, [...chain, q.importPath]);
    }
  }, "walk");
  for (const p of roots.named) {
    if (needsCgo(p, off)) {
      if (!found.has(p.importPath)) found.set(p.importPath, { pkg: p, cgoFile: first(p), how: "named", chain: [] });
    } else if (packageBuilds(p, off) === true) walk(p, [p.importPath]);
  }
  for (const p of roots.wild) {
    if (needsCgo(p, off)) {
      if (!found.has(p.importPath)) found.set(p.importPath, { pkg: p, cgoFile: first(p), how: "skipped", chain: [] });
    } else if (packageBuilds(p, off) === true) walk(p, [p.importPath]);
  }
  return [...found.values()].sort((a, b) => compareText(a.pkg.importPath, b.pkg.importPath));
}
__name(cgoBreaks, "cgoBreaks");
function packageDirIn(root, dir) {
  if (!dir) return root;
  const joined = norm(`${root}/${dir}`);
  return root.startsWith("/") ? `/${joined}` : joined;
}
__name(packageDirIn, "packageDirIn");
function goError(b, dir) {
  const tail = `build constraints exclude all Go files in ${dir}`;
  if (b.how === "named") return `package ${b.pkg.importPath}: ${tail}`;
  if (b.how === "skipped") return null;
  const [head, ...rest] = b.chain;
  return `package ${head}
${rest.map((p, i) => `	imports ${p}${i === rest.length - 1 ? `: ${tail}` : ""}`).join("\n")}`;
}
__name(goError, "goError");
function breaksFor(pk, cwd, c, targets, goVersion, goflags) {
  const roots = resolvePatterns(pk, cwd, packageArgs(c));
  if (!roots || !targets.length) return [];
  const tags = buildTags(c.args, goflags);
  const per = targets.map((t) => cgoBreaks(pk, { ...t, cgo: false, tags, goVersion }, roots));
  return per[0].filter((b) => per.every((list) => list.some((x) => x.pkg.importPath === b.pkg.importPath && x.how === b.how)));
}
__name(breaksFor, "breaksFor");

export {
  GOLANGCI_SOURCES,
  golangciFor,
  parseToolVersion,
  golangciSupports,
  buildTags,
  packageArgs,
  resolvePatterns,
  cgoBreaks,
  packageDirIn,
  goError,
  breaksFor
};
