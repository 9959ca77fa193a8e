import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  dirOf,
  isUnder
} from "./chunk-CBPLS572.js";
import {
  compareSemver
} from "./chunk-MYFXW2B4.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/pool.ts
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
__name(pool, "pool");

// src/analyzers/gomod/parse.ts
var MOD_VERBS = /* @__PURE__ */ new Set(["module", "go", "toolchain", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]);
var WORK_VERBS = /* @__PURE__ */ new Set(["go", "toolchain", "godebug", "use", "replace"]);
var WORD_RUN = /[^ \t\r()[\],"`\/=]+/y;
function tokenize(line, lineNo) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const column = i + 1;
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "/" && line[i + 1] === "/") {
      tokens.push({ kind: "comment", text: line.slice(i + 2).trim(), line: lineNo, column });
      break;
    }
    if (c === "(" || c === ")" || c === "[" || c === "]" || c === ",") {
      const kind = { "(": "lparen", ")": "rparen", "[": "lbrack", "]": "rbrack", ",": "comma" }[c];
      tokens.push({ kind, text: c, line: lineNo, column });
      i++;
      continue;
    }
    if (c === "=" && line[i + 1] === ">") {
      tokens.push({ kind: "arrow", text: "=>", line: lineNo, column });
      i += 2;
      continue;
    }
    if (c === '"') {
      let j2 = i + 1;
      let out = "";
      while (j2 < line.length && line[j2] !== '"') {
        if (line[j2] === "\\" && j2 + 1 < line.length) {
          out += line[j2 + 1];
          j2 += 2;
          continue;
        }
        out += line[j2];
        j2++;
      }
      if (j2 >= line.length) return { tokens, error: { line: lineNo, column, message: "unterminated quoted string" } };
      tokens.push({ kind: "string", text: out, line: lineNo, column });
      i = j2 + 1;
      continue;
    }
    if (c === "`") {
      const j2 = line.indexOf("`", i + 1);
      if (j2 < 0) return { tokens, error: { line: lineNo, column, message: "unterminated raw string" } };
      tokens.push({ kind: "string", text: line.slice(i + 1, j2), line: lineNo, column });
      i = j2 + 1;
      continue;
    }
    let j = i;
    for (; ; ) {
      WORD_RUN.lastIndex = j;
      if (WORD_RUN.test(line)) j = WORD_RUN.lastIndex;
      const ch = line[j];
      if ((ch === "/" || ch === "=") && line[j + 1] !== (ch === "/" ? "/" : ">")) j++;
      else break;
    }
    tokens.push({ kind: "word", text: line.slice(i, j), line: lineNo, column });
    i = j;
  }
  return { tokens };
}
__name(tokenize, "tokenize");
function parseModFile(text, kind = "go.mod") {
  const mf = {
    kind,
    module: null,
    go: null,
    toolchain: null,
    godebug: [],
    requires: [],
    excludes: [],
    replaces: [],
    retracts: [],
    tools: [],
    uses: [],
    ignores: [],
    directives: [],
    errors: []
  };
  const verbs = kind === "go.work" ? WORK_VERBS : MOD_VERBS;
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  let block = null;
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const { tokens, error } = tokenize(lines[n], lineNo);
    if (error) {
      mf.errors.push(error);
      continue;
    }
    const comment = tokens.at(-1)?.kind === "comment" ? tokens.pop().text : "";
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens[0].kind === "rparen") {
        if (tokens.length > 1) mf.errors.push({ line: lineNo, column: tokens[1].column, message: "unexpected text after )" });
        block = null;
        continue;
      }
      addDirective(mf, block.verb, tokens, comment, true);
      continue;
    }
    const head = tokens[0];
    if (head.kind !== "word") {
      mf.errors.push({ line: lineNo, column: head.column, message: `unexpected ${JSON.stringify(head.text)}` });
      continue;
    }
    if (!verbs.has(head.text)) {
      mf.errors.push({ line: lineNo, column: head.column, message: `unknown directive: ${head.text}` });
      continue;
    }
    if (tokens.length === 2 && tokens[1].kind === "lparen") {
      block = { verb: head.text, line: lineNo };
      continue;
    }
    addDirective(mf, head.text, tokens.slice(1), comment, false, head);
  }
  if (block) mf.errors.push({ line: block.line, column: 1, message: `${block.verb} block is not closed` });
  return mf;
}
__name(parseModFile, "parseModFile");
function addDirective(mf, verb, args, comment, inBlock, head) {
  const first = head ?? args[0];
  if (!first) return;
  const at = { line: first.line, column: first.column };
  const words = args.map((t) => t.text);
  mf.directives.push({ verb, args: words, comment, inBlock, ...at });
  const bad = /* @__PURE__ */ __name((message) => mf.errors.push({ ...at, message: `${verb}: ${message}` }), "bad");
  const argAt = /* @__PURE__ */ __name((i) => args[i] ? { line: args[i].line, column: args[i].column } : at, "argAt");
  switch (verb) {
    case "module":
      if (words.length !== 1) return bad("usage: module module/path");
      mf.module = { value: words[0], ...argAt(0) };
      return;
    case "go":
    case "toolchain":
      if (words.length !== 1) return bad(`usage: ${verb} ${verb === "go" ? "1.23" : "go1.23.0"}`);
      if (verb === "go") {
        if (!/^[1-9][0-9]*\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/.test(words[0])) bad(`invalid go version '${words[0]}': must match format 1.23.0`);
        mf.go = { value: words[0], ...argAt(0) };
      } else {
        if (!/^default$|^go1($|\.)/.test(words[0])) bad(`invalid toolchain version '${words[0]}': must match format go1.23.0 or default`);
        mf.toolchain = { value: words[0], ...argAt(0) };
      }
      return;
    case "godebug": {
      const kv = words.join("");
      const eq = kv.indexOf("=");
      if (words.length !== 1 || eq <= 0) return bad("usage: godebug key=value");
      mf.godebug.push({ value: { key: kv.slice(0, eq), value: kv.slice(eq + 1) }, ...at });
      return;
    }
    case "require":
    case "exclude": {
      if (words.length !== 2) return bad(`usage: ${verb} module/path v1.2.3`);
      const req = { path: words[0], version: words[1], indirect: /(^|;)\s*indirect\s*(;|$)/.test(comment), ...argAt(0) };
      (verb === "require" ? mf.requires : mf.excludes).push(req);
      return;
    }
    case "replace": {
      const arrow = args.findIndex((t) => t.kind === "arrow");
      if (arrow !== 1 && arrow !== 2) return bad("usage: replace module/path [v1.2.3] => other/module v1.4 | ./local/dir");
      const left = words.slice(0, arrow);
      const right = words.slice(arrow + 1);
      if (right.length < 1 || right.length > 2) return bad("usage: replace module/path [v1.2.3] => other/module v1.4 | ./local/dir");
      const to = right[0];
      const local = isLocalPath(to);
      if (!local && right.length !== 2) bad(`replacement module without version must be directory path (rooted or starting with ./ or ../)`);
      mf.replaces.push({ from: left[0], fromVersion: left[1] ?? null, to, toVersion: right[1] ?? null, local, ...argAt(0) });
      return;
    }
    case "retract": {
      const body = args.filter((t) => t.kind === "word" || t.kind === "string").map((t) => t.text);
      if (body.length === 0) return bad("usage: retract v1.2.3 or retract [v1.0.0, v1.1.0]");
      mf.retracts.push({ value: body.length === 1 ? body[0] : `[${body.join(", ")}]`, low: body[0], high: body.at(-1), rationale: comment, ...at });
      return;
    }
    case "tool":
    case "use":
    case "ignore":
      if (words.length !== 1) return bad(`usage: ${verb} ${verb === "tool" ? "module/path/cmd" : "path"}`);
      (verb === "tool" ? mf.tools : verb === "use" ? mf.uses : mf.ignores).push({ value: words[0], ...argAt(0) });
      return;
  }
}
__name(addDirective, "addDirective");
function isLocalPath(p) {
  return p === "." || p === ".." || p.startsWith("./") || p.startsWith("../") || p.startsWith("/") || p.startsWith(".\\") || p.startsWith("..\\") || /^[A-Za-z]:[\\/]/.test(p);
}
__name(isLocalPath, "isLocalPath");
function retractionOf(retracts, version) {
  return retracts.find((r) => compareSemver(r.low, version) <= 0 && compareSemver(version, r.high) <= 0) ?? null;
}
__name(retractionOf, "retractionOf");

// src/collectors/gosource.ts
import * as path from "node:path";

// src/analyzers/gosource/header.ts
function constraints(text) {
  let goBuild = null;
  let problem = null;
  const plus = [];
  let end = 0;
  let ended = false;
  let inSlashStar = false;
  let pos = 0;
  lines: while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const next = nl < 0 ? text.length : nl + 1;
    let line = text.slice(pos, nl < 0 ? text.length : nl).trim();
    pos = next;
    if (!line && !ended) {
      end = pos;
      continue;
    }
    if (!line.startsWith("//")) ended = true;
    if (!inSlashStar) {
      const gb = /^\/\/go:build(?:\s+(.*)|$)/.exec(line);
      if (gb) {
        if (goBuild !== null) problem = "multiple //go:build comments";
        goBuild = (gb[1] ?? "").trim();
      }
      const pb = /^\/\/\s*\+build(?:\s+(.*)|$)/.exec(line);
      if (pb) plus.push({ expr: (pb[1] ?? "").trim(), at: pos });
    }
    while (line) {
      if (inSlashStar) {
        const i = line.indexOf("*/");
        if (i < 0) continue lines;
        inSlashStar = false;
        line = line.slice(i + 2).trim();
        continue;
      }
      if (line.startsWith("//")) continue lines;
      if (line.startsWith("/*")) {
        inSlashStar = true;
        line = line.slice(2).trim();
        continue;
      }
      break lines;
    }
  }
  return { goBuild, plusBuild: plus.filter((p) => p.at <= end).map((p) => p.expr), problem };
}
__name(constraints, "constraints");
function readGoHeader(text, cut = false) {
  const c = constraints(text);
  const out = { pkg: null, goBuild: c.goBuild, plusBuild: c.plusBuild, imports: [], problem: c.problem };
  let i = 0;
  const n = text.length;
  const incomplete = /* @__PURE__ */ __name(() => {
    out.problem ??= cut ? "header longer than the part read" : "file ends inside its header";
  }, "incomplete");
  const skip = /* @__PURE__ */ __name(() => {
    while (i < n) {
      const ch = text[i];
      if (ch === " " || ch === "	" || ch === "\r" || ch === "\n" || ch === ";" || ch === "\uFEFF") i++;
      else if (text.startsWith("//", i)) {
        const e = text.indexOf("\n", i);
        i = e < 0 ? n : e + 1;
      } else if (text.startsWith("/*", i)) {
        const e = text.indexOf("*/", i + 2);
        if (e < 0) {
          i = n;
          return false;
        }
        i = e + 2;
      } else return true;
    }
    return true;
  }, "skip");
  const ident = /* @__PURE__ */ __name(() => {
    const m = /[\p{L}_][\p{L}\p{N}_]*/uy;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r) return null;
    i = m.lastIndex;
    return r[0];
  }, "ident");
  const lineAt = /* @__PURE__ */ __name((at) => {
    let l = 1;
    for (let k = text.indexOf("\n"); k >= 0 && k < at; k = text.indexOf("\n", k + 1)) l++;
    return l;
  }, "lineAt");
  const str = /* @__PURE__ */ __name(() => {
    const q = text[i];
    if (q === "`") {
      const e = text.indexOf("`", i + 1);
      if (e < 0) return null;
      const s2 = text.slice(i + 1, e);
      i = e + 1;
      return s2;
    }
    if (q !== '"') return null;
    let s = "";
    for (let k = i + 1; k < n; k++) {
      const ch = text[k];
      if (ch === "\\") {
        s += text[k + 1] ?? "";
        k++;
        continue;
      }
      if (ch === "\n") return null;
      if (ch === '"') {
        i = k + 1;
        return s;
      }
      s += ch;
    }
    return null;
  }, "str");
  const spec = /* @__PURE__ */ __name(() => {
    if (!skip()) return false;
    if (text[i] === ".") i++;
    else if (text[i] !== '"' && text[i] !== "`") {
      if (!ident()) return false;
      if (!skip()) return false;
    }
    if (!skip()) return false;
    const at = i;
    const p = str();
    if (p === null) return false;
    out.imports.push({ path: p, line: lineAt(at) });
    return true;
  }, "spec");
  if (!skip() || i >= n) {
    incomplete();
    return out;
  }
  if (ident() !== "package") {
    out.problem ??= "no package clause";
    return out;
  }
  if (!skip()) {
    incomplete();
    return out;
  }
  out.pkg = ident();
  if (!out.pkg) {
    if (i >= n) incomplete();
    else out.problem ??= "no package name";
    return out;
  }
  for (; ; ) {
    if (!skip()) {
      incomplete();
      return out;
    }
    if (i >= n) {
      if (cut) incomplete();
      return out;
    }
    const save = i;
    if (ident() !== "import") {
      i = save;
      return out;
    }
    if (!skip()) {
      incomplete();
      return out;
    }
    if (text[i] === "(") {
      i++;
      for (; ; ) {
        if (!skip() || i >= n) {
          incomplete();
          return out;
        }
        if (text[i] === ")") {
          i++;
          break;
        }
        if (!spec()) {
          if (i >= n) incomplete();
          else out.problem ??= "import declaration go cannot read";
          return out;
        }
      }
    } else if (!spec()) {
      if (i >= n) incomplete();
      else out.problem ??= "import declaration go cannot read";
      return out;
    }
  }
}
__name(readGoHeader, "readGoHeader");

// src/analyzers/gosource/packages.ts
function ignoredByGo(relToModule) {
  return relToModule.split("/").some((part, i, all) => part.startsWith(".") || part.startsWith("_") || i < all.length - 1 && (part === "testdata" || part === "vendor"));
}
__name(ignoredByGo, "ignoredByGo");
function goPackages(root, modules, inputs, opts) {
  const mods = [...modules].sort((a, b) => b.dir.length - a.dir.length);
  const inModule = /* @__PURE__ */ __name((path2) => (i) => i === path2 || i.startsWith(`${path2}/`), "inModule");
  const byDir = /* @__PURE__ */ new Map();
  let read = 0;
  let cgoFiles = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const f of inputs) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    const mod = mods.find((m) => isUnder(f.path, m.dir));
    if (!mod) continue;
    const rel = mod.dir === "" ? f.path : f.path.slice(mod.dir.length + 1);
    if (!f.path.endsWith(".go") || f.path.endsWith("_test.go") || ignoredByGo(rel)) continue;
    read++;
    const dir = dirOf(f.path);
    const relDir = dirOf(rel);
    let pkg = byDir.get(dir);
    if (!pkg) {
      pkg = { dir, importPath: relDir ? `${mod.path}/${relDir}` : mod.path, files: [], ...opts.partialDirs?.has(dir) ? { partial: true } : {} };
      byDir.set(dir, pkg);
    }
    const name = f.path.slice(f.path.lastIndexOf("/") + 1);
    if (f.text === null) {
      pkg.files.push({ name, goBuild: null, plusBuild: [], cgoLine: null, imports: [], problem: "cannot read file" });
      continue;
    }
    const h = readGoHeader(f.text, f.cut);
    const c = h.imports.find((i) => i.path === "C");
    if (c) cgoFiles++;
    const imports = [...new Set(h.imports.map((i) => i.path).filter((i) => modules.some((m) => inModule(m.path)(i))))].sort(compareText);
    pkg.files.push({ name, goBuild: h.goBuild, plusBuild: h.plusBuild, cgoLine: c ? c.line : null, imports, problem: h.problem });
  }
  const packages = cgoFiles ? [...byDir.values()].sort((a, b) => compareText(a.importPath, b.importPath)).map((p) => ({ ...p, files: p.files.sort((a, b) => compareText(a.name, b.name)) })) : [];
  return { root, modules: [...modules], read, cgoFiles, truncated: opts.truncated, packages };
}
__name(goPackages, "goPackages");

// src/collectors/gosource.ts
var GO_SOURCE_BYTES = 64 * 1024;
var MAX_GO_SOURCES = 2e3;
var READ_CONCURRENCY = 32;
var MAX_DEPTH = 24;
async function listGoFiles(host, moduleDir, limit = MAX_GO_SOURCES) {
  const out = { files: [], truncated: false, partialDirs: /* @__PURE__ */ new Set() };
  const queue = [{ dir: moduleDir, depth: 0 }];
  while (queue.length) {
    const { dir, depth } = queue.shift();
    const entries = await host.readdirTyped(dir);
    if (!entries) continue;
    if (depth > 0 && entries.some((e) => e.isFile && e.name === "go.mod")) continue;
    for (const e of entries) {
      if (e.isSymlink || e.name.startsWith(".") || e.name.startsWith("_")) continue;
      const abs = path.join(dir, e.name);
      if (e.isDir) {
        if (e.name !== "testdata" && e.name !== "vendor" && e.name !== "node_modules" && depth < MAX_DEPTH) queue.push({ dir: abs, depth: depth + 1 });
      } else if (e.isFile && e.name.endsWith(".go") && !e.name.endsWith("_test.go")) {
        if (out.files.length < limit) out.files.push(abs);
        else {
          out.truncated = true;
          out.partialDirs.add(dir);
        }
      }
    }
  }
  return out;
}
__name(listGoFiles, "listGoFiles");
function relTo(root, abs) {
  const rel = path.relative(root, abs) || "";
  return path.sep === "/" ? rel : rel.split(path.sep).join("/");
}
__name(relTo, "relTo");
async function readGoSources(host, root, files) {
  const texts = await pool(files, READ_CONCURRENCY, (f) => host.readText(f, GO_SOURCE_BYTES));
  return files.map((f, i) => goSourceInput(relTo(root, f), texts[i] ?? null));
}
__name(readGoSources, "readGoSources");
function goSourceInput(rel, text) {
  return { path: rel, text, cut: text !== null && Buffer.byteLength(text) >= GO_SOURCE_BYTES - 4 };
}
__name(goSourceInput, "goSourceInput");
function localReplacements(goModAbs, replaces) {
  return replaces.filter((r) => r.local).map((r) => ({ path: r.from, abs: path.resolve(path.dirname(goModAbs), r.to) }));
}
__name(localReplacements, "localReplacements");
async function collectModulePackages(host, goModAbs) {
  const root = path.dirname(goModAbs);
  const text = await host.readText(goModAbs, 4 * 1024 * 1024);
  const mf = text === null ? null : parseModFile(text, "go.mod");
  const mainPath = mf?.module?.value;
  if (!mainPath) return { root, modules: [], read: 0, cgoFiles: 0, truncated: false, packages: [] };
  const dirs = [{ path: mainPath, abs: root }, ...localReplacements(goModAbs, mf.replaces)];
  const modules = [];
  const inputs = [];
  const partialDirs = /* @__PURE__ */ new Set();
  let truncated = false;
  let budget = MAX_GO_SOURCES;
  for (const d of dirs) {
    if (!(await host.stat(path.join(d.abs, "go.mod")))?.isFile) continue;
    modules.push({ path: d.path, dir: relTo(root, d.abs) });
    const list = await listGoFiles(host, d.abs, budget);
    budget -= list.files.length;
    truncated ||= list.truncated;
    for (const p of list.partialDirs) partialDirs.add(relTo(root, p));
    inputs.push(...await readGoSources(host, root, list.files));
  }
  return goPackages(root, modules, inputs, { truncated, partialDirs });
}
__name(collectModulePackages, "collectModulePackages");
async function lintGoPackages(host, root, mods, walked) {
  const modules = [];
  const extra = [];
  const seen = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((modPath, abs) => {
    const dir = relTo(root, abs);
    if (seen.has(dir)) return;
    seen.add(dir);
    modules.push({ path: modPath, dir });
    if (!walked.dirs.some((w) => abs === w || abs.startsWith(w + path.sep))) extra.push({ path: modPath, abs });
  }, "add");
  for (const m of mods) if (m.kind === "go.mod" && m.module) add(m.module.value, path.dirname(path.resolve(root, m.path)));
  for (const m of mods) {
    if (m.kind !== "go.mod" || !m.module) continue;
    for (const r of localReplacements(path.resolve(root, m.path), m.replaces)) {
      if ((await host.stat(path.join(r.abs, "go.mod")))?.isFile) add(r.path, r.abs);
    }
  }
  const inputs = walked.files.map((f, i) => goSourceInput(relTo(root, f), walked.texts[i] ?? null));
  const partialDirs = new Set([...walked.partialDirs].map((d) => relTo(root, d)));
  let truncated = walked.truncated;
  let budget = MAX_GO_SOURCES - walked.files.length;
  for (const e of extra) {
    const list = await listGoFiles(host, e.abs, Math.max(budget, 0));
    budget -= list.files.length;
    truncated ||= list.truncated;
    for (const p of list.partialDirs) partialDirs.add(relTo(root, p));
    inputs.push(...await readGoSources(host, root, list.files));
  }
  return goPackages(root, modules, inputs, { truncated, partialDirs });
}
__name(lintGoPackages, "lintGoPackages");

// src/analyzers/gomod/tools-go.ts
function toolsGoFacts(path2, text) {
  const lines = text.split(/\r?\n/);
  const toolsTag = lines.some((l) => /^\s*\/\/(go:build|\s*\+build)\s.*\btools\b/.test(l));
  const imports = [];
  lines.forEach((l, i) => {
    const m = /^\s*(?:import\s+)?_\s+"([^"]+)"/.exec(l);
    if (m) imports.push({ path: m[1], line: i + 1, column: l.indexOf('"') + 2 });
  });
  return { path: path2, toolsTag, imports };
}
__name(toolsGoFacts, "toolsGoFacts");

export {
  parseModFile,
  retractionOf,
  pool,
  GO_SOURCE_BYTES,
  MAX_GO_SOURCES,
  collectModulePackages,
  lintGoPackages,
  toolsGoFacts
};
