import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  VULN_FLAGS,
  govulncheckSection,
  loadVulnDb,
  requireGovulncheck,
  runGovulncheck,
  vulnMode
} from "./chunk-J7E7WZNO.js";
import {
  entries,
  get,
  items,
  keyText,
  posOf,
  scalar,
  scriptLines,
  str
} from "./chunk-6W6PLVUU.js";
import {
  CI_RULES,
  DEPLOY_RULES,
  DOCKERFILE_RULES,
  GOMOD_RULES,
  disablesLabels,
  imageOf,
  parseDockerBytes,
  parseK8sQuantity,
  relabelsBind
} from "./chunk-Z5KYQY4S.js";
import {
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  boolCoreTag,
  dump,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  load,
  nullCoreTag,
  parseEvents
} from "./chunk-MEKRBVVU.js";
import "./chunk-TEAIDRKW.js";
import {
  gd525,
  gd527
} from "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import {
  collectRetractions
} from "./chunk-FXICBWLO.js";
import {
  GO_SOURCE_BYTES,
  MAX_GO_SOURCES,
  lintGoPackages,
  parseModFile,
  pool,
  toolsGoFacts
} from "./chunk-SW3IABDB.js";
import {
  lookPath,
  matchModFiles
} from "./chunk-UQYNX74J.js";
import {
  dirOf
} from "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import {
  startStatus
} from "./chunk-FV6HHQ5A.js";
import {
  probeVersion
} from "./chunk-B6TL6C7X.js";
import "./chunk-7NBLZL43.js";
import {
  withNeutralDir
} from "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import {
  factsOf,
  loadUserConfig,
  runCommand
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  REPORT_FORMATS,
  checkFormat,
  parseFailOn,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import {
  SEVERITIES
} from "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import {
  defaultModCache
} from "./chunk-URFTV32G.js";
import {
  isValidGoVersion
} from "./chunk-S74V6A24.js";
import {
  commandHead,
  goCommands,
  parseDockerfile,
  simpleCommands
} from "./chunk-7F3SIAIB.js";
import "./chunk-EDRERVNO.js";
import {
  LocalHost
} from "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/lint.ts
import * as path2 from "node:path";

// src/collectors/files/discover.ts
import * as path from "node:path";

// src/analyzers/ci/yaml-events.ts
function resolvePlain(text2) {
  if (nullCoreTag.resolve(text2, false, nullCoreTag.tagName) !== NOT_RESOLVED) return { value: null, numeric: false };
  const b = boolCoreTag.resolve(text2, false, boolCoreTag.tagName);
  if (b !== NOT_RESOLVED) return { value: String(b), numeric: false };
  const n = intCoreTag.resolve(text2, false, intCoreTag.tagName);
  if (n !== NOT_RESOLVED) return { value: String(n), numeric: true };
  const f = floatCoreTag.resolve(text2, false, floatCoreTag.tagName);
  if (f !== NOT_RESOLVED) return { value: String(f), numeric: true };
  return { value: text2, numeric: false };
}
__name(resolvePlain, "resolvePlain");
function blockIndicator(text2, contentStart) {
  const headerStart = text2.lastIndexOf("\n", contentStart - 2) + 1;
  const header = text2.slice(headerStart, Math.max(headerStart, contentStart - 1));
  const m = /[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.exec(header);
  return m ? headerStart + m.index : contentStart;
}
__name(blockIndicator, "blockIndicator");
function scalarNode(text2, e) {
  const decoded = e.fast ? text2.slice(e.valueStart, e.valueEnd) : getScalarValue(text2, e);
  const plain = e.style === SCALAR_STYLE.PLAIN && e.tagStart < 0;
  const { value: value2, numeric } = plain ? resolvePlain(decoded) : { value: decoded, numeric: false };
  const block = e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK;
  const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
  const start = block ? blockIndicator(text2, e.valueStart) : e.valueStart - quoted;
  return { kind: "scalar", start, end: e.valueEnd + quoted, block, value: value2, numeric };
}
__name(scalarNode, "scalarNode");
var NO_KEY = /* @__PURE__ */ Symbol("no key");
var MULTIPLE_DOCUMENTS = "the file holds more than one YAML document; only the first is read";
function loadYamlStrict(text2, firstLine = 1) {
  try {
    const doc = loadYamlEvents(text2);
    return firstLine === 1 ? doc : { ...doc, firstLine };
  } catch (e) {
    const shift = firstLine - 1;
    const mark = e.mark;
    const errorAt = typeof mark?.line === "number" && typeof mark.column === "number" ? { line: mark.line + 1 + shift, column: mark.column + 1 } : null;
    const first = e instanceof Error ? e.message.split("\n")[0] : String(e);
    const message = shift && errorAt ? first.replace(/ \(\d+:\d+\)$/, ` (${errorAt.line}:${errorAt.column})`) : first;
    return { root: null, text: text2, error: message, errorAt, rejected: true, ...shift ? { firstLine } : {} };
  }
}
__name(loadYamlStrict, "loadYamlStrict");
function loadYamlEvents(text2) {
  const events = parseEvents(text2, {});
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let root = null;
  let documents = 0;
  const attach = /* @__PURE__ */ __name((node) => {
    const top = stack.at(-1);
    if (!top) root = node;
    else if (top.node.kind === "seq") {
      if (node) top.node.items.push(node);
    } else if (top.key === NO_KEY) top.key = node;
    else {
      top.node.pairs.push({ key: keyText(top.key), keyNode: top.key, value: node });
      top.key = NO_KEY;
    }
  }, "attach");
  const anchor = /* @__PURE__ */ __name((start, end, node) => {
    if (start >= 0) anchors.set(text2.slice(start, end), node);
  }, "anchor");
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) return { root, text: text2, error: MULTIPLE_DOCUMENTS };
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node = e.type === EVENT_ID.MAPPING ? { kind: "map", start: e.start, pairs: [] } : { kind: "seq", start: e.start, items: [] };
        anchor(e.anchorStart, e.anchorEnd, node);
        attach(node);
        stack.push({ node, key: NO_KEY });
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(text2, e);
        anchor(e.anchorStart, e.anchorEnd, node);
        attach(node);
        break;
      }
      case EVENT_ID.ALIAS:
        attach(anchors.get(text2.slice(e.anchorStart, e.anchorEnd)) ?? null);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return { root, text: text2, error: null };
}
__name(loadYamlEvents, "loadYamlEvents");

// src/analyzers/ci/workflow.ts
function emptyCi(path3, kind) {
  return { path: path3, kind, setupGo: [], matrices: [], scripts: [], env: [], images: [], golangciLint: [], dockerBuilds: [] };
}
__name(emptyCi, "emptyCi");
function addEnv(doc, out, node, scope, job, step = null) {
  for (const [name, value2] of entries(node)) {
    const s = scalar(doc, value2);
    if (s) out.env.push({ scope, job, step, name, value: s });
  }
}
__name(addEnv, "addEnv");
function addScript(doc, out, node, job, step = null, dir = null, shell = null) {
  const nodes = items(node).length ? items(node) : node ? [node] : [];
  for (const n of nodes) for (const l of scriptLines(doc, n)) out.scripts.push({ job, step, ...l, goCommands: goCommands(l.text).commands, ...dir ? { dir } : {}, ...shell ? { shell } : {} });
}
__name(addScript, "addScript");
var defaultDir = /* @__PURE__ */ __name((node) => str(get(get(get(node, "defaults"), "run"), "working-directory")), "defaultDir");
var defaultShell = /* @__PURE__ */ __name((node) => str(get(get(get(node, "defaults"), "run"), "shell")), "defaultShell");
var MATRIX_REF = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/;
function addMatrixValue(out, job, key, s) {
  const existing = out.matrices.find((m) => m.job === job && m.key === key);
  if (existing) existing.values.push(s);
  else out.matrices.push({ job, key, values: [s] });
}
__name(addMatrixValue, "addMatrixValue");
function readMatrix(doc, out, job, matrix) {
  for (const [key, value2] of entries(matrix)) {
    if (key === "include" || key === "exclude") continue;
    for (const item of items(value2)) {
      const s = scalar(doc, item);
      if (s) addMatrixValue(out, job, key, s);
      for (const [sub, v] of entries(item)) {
        const sv = scalar(doc, v);
        if (sv) addMatrixValue(out, job, `${key}.${sub}`, sv);
      }
    }
  }
  for (const inc of items(get(matrix, "include"))) {
    for (const [key, value2] of entries(inc)) {
      const s = scalar(doc, value2);
      if (s) addMatrixValue(out, job, key, s);
    }
  }
}
__name(readMatrix, "readMatrix");
var INPUT_REF = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/;
function inputDefaults(root) {
  const out = /* @__PURE__ */ new Map();
  const on = get(root, "on") ?? get(root, "true");
  for (const inputs of [get(get(on, "workflow_call"), "inputs"), get(get(on, "workflow_dispatch"), "inputs"), get(root, "inputs")]) {
    for (const [name, def] of entries(inputs)) {
      const d = get(def, "default");
      if (d && !out.has(name)) out.set(name, d);
    }
  }
  return out;
}
__name(inputDefaults, "inputDefaults");
function readStep(doc, out, job, step, jobDir, jobShell, inputs) {
  const uses = str(get(step, "uses")) ?? "";
  const withNode = get(step, "with");
  const at = posOf(doc, step);
  if (/^actions\/setup-go@/.test(uses)) {
    const given = get(withNode, "go-version");
    const input = INPUT_REF.exec(str(given) ?? "");
    const v = scalar(doc, input && inputs.get(input[1]) || given);
    const ref = v ? MATRIX_REF.exec(v.value.trim()) : null;
    out.setupGo.push({ job, ...at, ref: uses.slice(uses.indexOf("@") + 1) || null, version: v, versionFile: str(get(withNode, "go-version-file")), matrixKey: ref ? ref[1] : null });
  }
  if (/^golangci\/golangci-lint-action@/.test(uses)) {
    out.golangciLint.push({ job, ...at, version: scalar(doc, get(withNode, "version")) });
  }
  if (/^docker\/build-push-action@/.test(uses)) {
    const platforms = (str(get(withNode, "platforms")) ?? "").split(/[\s,]+/).filter(Boolean);
    out.dockerBuilds.push({ job, ...at, platforms, file: str(get(withNode, "file")) });
  }
  addEnv(doc, out, get(step, "env"), "step", job, at.line);
  addScript(doc, out, get(step, "run"), job, at.line, str(get(step, "working-directory")) ?? jobDir, str(get(step, "shell")) ?? jobShell);
}
__name(readStep, "readStep");
function image(doc, node) {
  return scalar(doc, node) ?? scalar(doc, get(node, "image")) ?? scalar(doc, get(node, "name"));
}
__name(image, "image");
function parseGithubWorkflow(path3, text2, load2 = loadYamlStrict) {
  const doc = load2(text2);
  const out = emptyCi(path3, "github");
  addEnv(doc, out, get(doc.root, "env"), "workflow", null);
  const workflowDir = defaultDir(doc.root);
  const workflowShell = defaultShell(doc.root);
  const inputs = inputDefaults(doc.root);
  for (const [job, def] of entries(get(doc.root, "jobs"))) {
    addEnv(doc, out, get(def, "env"), "job", job);
    const runsOn = get(def, "runs-on");
    const labels = items(runsOn).length ? items(runsOn).map((n) => str(n)).filter((x) => x !== null) : [str(runsOn) ?? str(get(runsOn, "labels"))].filter((x) => x !== null);
    if (labels.length) (out.runsOn ??= []).push({ job, labels });
    const img = image(doc, get(def, "container"));
    if (img) out.images.push({ job, image: img });
    readMatrix(doc, out, job, get(get(def, "strategy"), "matrix"));
    for (const step of items(get(def, "steps"))) readStep(doc, out, job, step, defaultDir(def) ?? workflowDir, defaultShell(def) ?? workflowShell, inputs);
  }
  const runs = get(doc.root, "runs");
  if (str(get(runs, "using")) === "composite") for (const step of items(get(runs, "steps"))) readStep(doc, out, COMPOSITE_JOB, step, null, null, inputs);
  return { facts: out, error: doc.error, errorAt: doc.errorAt ?? null, rejected: !!doc.rejected };
}
__name(parseGithubWorkflow, "parseGithubWorkflow");
var COMPOSITE_JOB = "(composite action)";
var GITLAB_RESERVED = /* @__PURE__ */ new Set(["stages", "variables", "image", "services", "include", "workflow", "default", "before_script", "after_script", "cache", "types", "pages:deploy"]);
var GITLAB_VAR = /\$(?:\{(\w+)\}|(\w+))/g;
function gitlabImage(doc, node, ...scopes) {
  const img = image(doc, node);
  if (!img || !img.value.includes("$")) return img;
  let source = null;
  let unresolved = false;
  const value2 = img.value.replace(GITLAB_VAR, (whole, braced, bare) => {
    const def = scopes.map((v) => scalar(doc, get(v, braced ?? bare))).find((x) => x !== null) ?? null;
    if (!def) {
      unresolved = true;
      return whole;
    }
    source = source ? null : def;
    return def.value;
  });
  if (unresolved) return img;
  const from = source;
  return from ? { ...from, value: value2 } : { ...img, value: value2 };
}
__name(gitlabImage, "gitlabImage");
function localIncludes(node) {
  const entries2 = items(node).length ? items(node) : node ? [node] : [];
  const out = [];
  for (const e of entries2) {
    const p = str(get(e, "local")) ?? (get(e, "remote") || get(e, "project") || get(e, "template") || get(e, "component") ? null : str(e));
    if (p && !p.includes("://") && /\.ya?ml$/i.test(p) && !p.includes("*")) out.push(p.replace(/^\/+/, ""));
  }
  return out;
}
__name(localIncludes, "localIncludes");
function extendsOf(def) {
  const e = get(def, "extends");
  const one = str(e);
  return one !== null ? [one] : items(e).flatMap((n) => str(n) ?? []);
}
__name(extendsOf, "extendsOf");
function lineage(jobs, job, depth = 0) {
  const def = jobs.get(job);
  if (depth > 11) return [{ job, def }];
  return [...extendsOf(def).flatMap((b) => jobs.has(b) ? lineage(jobs, b, depth + 1) : []), { job, def }];
}
__name(lineage, "lineage");
function addMergedEnv(doc, out, nearestFirst, job) {
  const seen = /* @__PURE__ */ new Set();
  for (const from of nearestFirst) {
    for (const [name, value2] of entries(get(from.def, "variables"))) {
      const s = scalar(doc, value2);
      if (seen.has(name) || !s) continue;
      seen.add(name);
      out.env.push({ scope: "job", job, step: null, name, value: s, ...from.job !== job ? { definedIn: from.job } : {} });
    }
  }
}
__name(addMergedEnv, "addMergedEnv");
function parseGitlabCi(path3, text2, load2 = loadYamlStrict) {
  const doc = load2(text2);
  const out = emptyCi(path3, "gitlab");
  const includes = localIncludes(get(doc.root, "include"));
  if (includes.length) out.includes = includes;
  const globalVars = get(doc.root, "variables");
  addEnv(doc, out, globalVars, "workflow", null);
  const defaults = get(doc.root, "default");
  for (const [where, node] of [["(default)", doc.root], ["(default)", defaults]]) {
    const img = gitlabImage(doc, get(node, "image"), globalVars);
    if (img) out.images.push({ job: where, image: img });
    for (const key of ["before_script", "after_script"]) addScript(doc, out, get(node, key), where);
  }
  const jobs = /* @__PURE__ */ new Map();
  for (const [job, def] of entries(doc.root)) if (!GITLAB_RESERVED.has(job) && def) jobs.set(job, def);
  const extended = new Set([...jobs.values()].flatMap(extendsOf));
  for (const [job, def] of jobs) {
    if (!get(def, "script") && !get(def, "image") && !get(def, "extends")) continue;
    if (job.startsWith(".") && extended.has(job)) continue;
    const nearestFirst = lineage(jobs, job).reverse();
    const last = /* @__PURE__ */ __name((key) => nearestFirst.map((l) => get(l.def, key)).find((n) => n) ?? null, "last");
    addMergedEnv(doc, out, nearestFirst, job);
    const img = gitlabImage(doc, last("image"), ...nearestFirst.map((l) => get(l.def, "variables")), globalVars);
    if (img) out.images.push({ job, image: img });
    readMatrix(doc, out, job, items(get(last("parallel"), "matrix"))[0] ?? null);
    for (const key of ["before_script", "script", "after_script"]) addScript(doc, out, last(key), job);
  }
  return { facts: out, error: doc.error, errorAt: doc.errorAt ?? null, rejected: !!doc.rejected };
}
__name(parseGitlabCi, "parseGitlabCi");

// src/analyzers/makefile/parse.ts
var ASSIGN = /^(?:(export|override|private)\s+)*([A-Za-z_.][\w.-]*)\s*(::?=|:::=|\?=|\+=|!=|=)\s*(.*)$/;
var RULE = /^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*(.*)$/;
var DIRECTIVE = /^(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|vpath|undefine|unexport)\b/;
function logicalLines(text2) {
  const out = [];
  const phys = text2.split(/\r?\n/);
  for (let i = 0; i < phys.length; i++) {
    const start = i;
    let t = phys[i];
    while (/\\$/.test(t) && i + 1 < phys.length) {
      i++;
      t = t.slice(0, -1).trimEnd() + " " + phys[i].trimStart();
    }
    out.push({ line: start + 1, endLine: i + 1, text: t, source: phys.slice(start, i + 1).join("\n") });
  }
  return out;
}
__name(logicalLines, "logicalLines");
function stripComment(s) {
  const i = s.search(/(^|[^\\])#/);
  return i < 0 ? s : s.slice(0, i === 0 && s[0] === "#" ? 0 : i + 1);
}
__name(stripComment, "stripComment");
function expandMake(text2, vars, depth = 0) {
  if (depth > 5 || !text2.includes("$")) return text2;
  return text2.replace(/\$\$|\$\(([\w.-]+)\)|\$\{([\w.-]+)\}/g, (m, a, b) => {
    if (m === "$$") return "$";
    const v = vars.get(a ?? b);
    return v === void 0 ? m : expandMake(v, vars, depth + 1);
  });
}
__name(expandMake, "expandMake");
function parseMakefile(path3, text2) {
  const variables = [];
  const recipes = [];
  const exported = /* @__PURE__ */ new Set();
  let exportAll = false;
  const values = /* @__PURE__ */ new Map();
  let targets = null;
  let inDefine = false;
  const assign = /* @__PURE__ */ __name((name, op, value2, line, column, isExport) => {
    const v = op === "+=" && values.has(name) ? `${values.get(name)} ${value2}` : value2;
    if (op === "?=" && values.has(name)) return;
    values.set(name, v);
    variables.push({ name, value: v, line, column, exported: isExport });
    if (isExport) exported.add(name);
  }, "assign");
  for (const l of logicalLines(text2)) {
    if (inDefine) {
      if (/^\s*endef\b/.test(l.text)) inDefine = false;
      continue;
    }
    if (l.text.startsWith("	")) {
      if (targets === null) continue;
      const body = l.text.slice(1).replace(/^[@+\-\s]+/, "");
      if (body.trim()) recipes.push({ target: targets, line: l.line, column: 2, endLine: l.endLine, text: body, expanded: "", source: l.source, goCommands: [] });
      continue;
    }
    const line = stripComment(l.text).trim();
    if (!line) continue;
    if (/^define\b/.test(line) || /^(export|override)\s+define\b/.test(line)) {
      inDefine = true;
      continue;
    }
    if (DIRECTIVE.test(line)) continue;
    const exp = /^export\s+([\w.\s-]+)$/.exec(line);
    if (exp && !exp[1].includes("=")) {
      const names = exp[1].trim().split(/\s+/);
      for (const n of names) exported.add(n);
      continue;
    }
    if (line === "export") {
      exportAll = true;
      continue;
    }
    const a = ASSIGN.exec(line);
    if (a) {
      assign(a[2], a[3], a[4].trim(), l.line, l.text.indexOf(a[2]) + 1, /(^|\s)export\s/.test(line.slice(0, line.indexOf(a[2]) + 1)));
      continue;
    }
    const r = RULE.exec(line);
    if (r) {
      const rest = r[2];
      const tsv = ASSIGN.exec(rest);
      if (tsv && !rest.includes(";")) {
        assign(tsv[2], tsv[3], tsv[4].trim(), l.line, l.text.indexOf(tsv[2]) + 1, /^export\s/.test(rest));
        continue;
      }
      targets = r[1].trim();
      if (targets === ".EXPORT_ALL_VARIABLES") exportAll = true;
      const semi = rest.indexOf(";");
      if (semi >= 0 && rest.slice(semi + 1).trim()) {
        recipes.push({ target: targets, line: l.line, column: l.text.indexOf(";") + 2, endLine: l.endLine, text: rest.slice(semi + 1).trim(), expanded: "", source: l.source, goCommands: [] });
      }
    }
  }
  for (const r of recipes) {
    r.expanded = expandMake(r.text, values);
    r.goCommands = goCommands(r.expanded).commands;
  }
  return { path: path3, variables, recipes, exported: [...exported], exportAll };
}
__name(parseMakefile, "parseMakefile");

// src/analyzers/files/directives.ts
var MARK = /(?:#|\/\/)\s*godiag\s+(ignore-file|ignore|severity)\b(.*)$/;
var RULE_ID = /^(GD\d{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/i;
function targetLine(lines, i, commentAt) {
  if (lines[i].slice(0, commentAt).trim()) return i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j].trim();
    if (t && !t.startsWith("#") && !t.startsWith("//")) return j + 1;
  }
  return i + 2;
}
__name(targetLine, "targetLine");
function readDirectives(file, text2) {
  if (!text2.includes("godiag")) return [];
  const out = [];
  const lines = text2.split(/\r?\n/);
  lines.forEach((src, i) => {
    const m = MARK.exec(src);
    if (!m) return;
    const kind = m[1];
    const rest = m[2];
    const line = i + 1;
    const target = targetLine(lines, i, m.index);
    if (kind === "severity") {
      for (const pair of rest.trim().split(/\s+/).filter(Boolean)) {
        const [id, level] = pair.split("=");
        const valid = id && RULE_ID.test(id) && level && [...SEVERITIES, "off"].includes(level);
        out.push({
          file,
          line,
          target,
          kind,
          rules: id ? [id.toUpperCase().startsWith("GD") ? id.toUpperCase() : id] : [],
          reason: null,
          severity: valid ? level : null,
          problem: valid ? null : `expected RULE=error|warning|info|off, got ${JSON.stringify(pair)}`
        });
      }
      return;
    }
    const r = /^\s*=\s*([^\s]+)\s*(?:--\s*(.*))?$/.exec(rest);
    const rules = r ? r[1].split(",").filter(Boolean).map((x) => /^gd\d{3}$/i.test(x) ? x.toUpperCase() : x) : [];
    const reason = r?.[2]?.trim() || null;
    let problem = null;
    if (!r || rules.length === 0 || !rules.every((x) => RULE_ID.test(x))) problem = "expected ignore=GDnnn[,GDnnn] -- reason";
    else if (!reason) problem = 'an ignore needs a reason after " -- "';
    out.push({ file, line, target, kind, rules, reason, severity: null, problem });
  });
  return out;
}
__name(readDirectives, "readDirectives");

// src/analyzers/files/container-runs.ts
var TOOL = /^(?:\S*\/)?(docker|podman)$/;
var BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["--rm", "--init", "--privileged", "--read-only", "--interactive", "--tty", "--detach", "--publish-all", "--no-healthcheck", "--replace", "--sig-proxy", "--oom-kill-disable", "--disable-content-trust", "--quiet", "--help", "--systemd", "--no-hosts", "--http-proxy", "--read-only-tmpfs", "--env-host", "--rmi"]);
var SHORT_BOOLEANS = /^-[itdPq]+$/;
var VALUE_FLAG = /^(-v|--volume|--mount)(?:=(.*))?$/s;
var HOST_PATH = /^(\/|\.|~|\$)/;
function volumeParts(spec) {
  const parts = [];
  let depth = 0;
  let cur = "";
  for (const ch of spec) {
    if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    if (ch === ":" && depth === 0) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}
__name(volumeParts, "volumeParts");
function bindOf(flag, spec, offset) {
  if (flag === "--mount") {
    const items3 = spec.split(",");
    const type = items3.find((i) => i.startsWith("type="))?.slice(5);
    if (type !== "bind") return null;
    return { spec, flag: "--mount", options: items3.filter((i) => !/^(type|source|src|target|destination|dst)=/.test(i)), offset };
  }
  const options = volumeBindOptions(spec);
  return options ? { spec, flag: "--volume", options, offset } : null;
}
__name(bindOf, "bindOf");
function volumeBindOptions(spec) {
  const parts = volumeParts(spec);
  if (parts.length < 2 || !HOST_PATH.test(parts[0])) return null;
  return parts[2] ? parts[2].split(",") : [];
}
__name(volumeBindOptions, "volumeBindOptions");
function subcommandAt(cmd, from) {
  let k = from;
  const isSub = /* @__PURE__ */ __name((w) => w === "run" || w === "create" || w === "container", "isSub");
  while (cmd[k]?.text.startsWith("-")) {
    k++;
    if (!cmd[k - 1].text.includes("=") && cmd[k] && !cmd[k].text.startsWith("-") && !isSub(cmd[k].text)) k++;
  }
  if (cmd[k]?.text === "container") k++;
  return cmd[k]?.text === "run" || cmd[k]?.text === "create" ? k : -1;
}
__name(subcommandAt, "subcommandAt");
function containerRuns(line) {
  const out = [];
  for (const cmd of simpleCommands(line)) {
    const { head } = commandHead(cmd);
    const tool = TOOL.exec(cmd[head]?.text ?? "")?.[1];
    if (!tool) continue;
    const sub = subcommandAt(cmd, head + 1);
    if (sub < 0) continue;
    const run2 = { tool, offset: cmd[head].offset, binds: [], labelDisabled: false };
    for (let k = sub + 1; k < cmd.length; k++) {
      const w = cmd[k].text;
      if (!w.startsWith("-") || w === "-" || w === "--") break;
      const m = VALUE_FLAG.exec(w);
      if (m) {
        const valueWord = m[2] === void 0 ? cmd[++k] : cmd[k];
        const bind = valueWord ? bindOf(m[1] === "--mount" ? "--mount" : "--volume", m[2] ?? valueWord.text, valueWord.offset) : null;
        if (bind) run2.binds.push(bind);
        continue;
      }
      if (w === "--privileged") run2.labelDisabled = true;
      const securityOpt = w === "--security-opt" ? cmd[k + 1]?.text : w.startsWith("--security-opt=") ? w.slice("--security-opt=".length) : null;
      if (securityOpt && disablesLabels(securityOpt)) run2.labelDisabled = true;
      if (w.includes("=") || BOOLEAN_FLAGS.has(w) || SHORT_BOOLEANS.test(w)) continue;
      k++;
    }
    out.push(run2);
  }
  return out;
}
__name(containerRuns, "containerRuns");

// src/analyzers/files/selinux-hint.ts
var SELINUX_HINT = /selinux|^\s*-\s*["']?label[:=]|--security-opt[= ]["']?label[:=]/im;
function selinuxHint(text2, binds) {
  const labelled = binds.find((b) => relabelsBind(b.options));
  if (labelled) return { line: labelled.line, evidence: `${labelled.spec} relabels its bind mount` };
  const m = SELINUX_HINT.exec(text2);
  if (!m) return null;
  const start = text2.lastIndexOf("\n", m.index) + 1;
  const end = text2.indexOf("\n", m.index);
  const line = text2.slice(0, start).split("\n").length;
  return { line, evidence: text2.slice(start, end < 0 ? void 0 : end).trim().slice(0, 120) };
}
__name(selinuxHint, "selinuxHint");

// src/analyzers/manifests/kubernetes.ts
var WORKLOAD_KINDS = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"];
var ARCH_LABELS = ["kubernetes.io/arch", "beta.kubernetes.io/arch"];
var lineOf = /* @__PURE__ */ __name((doc, node) => posOf(doc, node).line, "lineOf");
function value(doc, node) {
  const v = str(node);
  return v === null ? null : { value: v, line: lineOf(doc, node) };
}
__name(value, "value");
function podSpecOf(kind, root) {
  if (kind === "Pod") return get(root, "spec");
  if (kind === "CronJob") return get(get(get(get(get(root, "spec"), "jobTemplate"), "spec"), "template"), "spec");
  return get(get(get(root, "spec"), "template"), "spec");
}
__name(podSpecOf, "podSpecOf");
function words(node) {
  if (!node || node.kind !== "seq") return null;
  const out = node.items.map((i) => str(i));
  return out.every((w) => w !== null) ? out : null;
}
__name(words, "words");
function k8sContainer(doc, c, fallbackName) {
  const env = [];
  for (const e of items(get(c, "env"))) {
    const name = str(get(e, "name"));
    if (!name) continue;
    const ref = get(get(e, "valueFrom"), "resourceFieldRef");
    const divisor = str(get(ref, "divisor"));
    const resourceField = divisor && divisor !== "1" ? null : str(get(ref, "resource"));
    env.push({ name, value: get(e, "valueFrom") ? null : str(get(e, "value")) ?? "", line: lineOf(doc, e), ...resourceField ? { resourceField } : {} });
  }
  const limits = get(get(c, "resources"), "limits");
  const mem = get(limits, "memory");
  const cpu = get(limits, "cpu");
  const memBytes = str(mem) !== null ? parseK8sQuantity(str(mem)) : null;
  const cpus = str(cpu) !== null ? parseK8sQuantity(str(cpu)) : null;
  const exec = [];
  for (const field2 of ["command", "args"]) {
    const node = get(c, field2);
    const w = words(node);
    if (w) exec.push({ field: field2, words: w, line: lineOf(doc, node) });
  }
  return {
    name: str(get(c, "name")) ?? fallbackName,
    line: lineOf(doc, c),
    image: value(doc, get(c, "image")),
    env,
    memoryLimit: memBytes !== null ? { bytes: memBytes, raw: str(mem), line: lineOf(doc, mem) } : null,
    cpuLimit: cpus !== null ? { cpus, raw: str(cpu), line: lineOf(doc, cpu) } : null,
    exec,
    stdin: value(doc, get(c, "stdin")),
    stdinOnce: value(doc, get(c, "stdinOnce")),
    tty: value(doc, get(c, "tty")),
    binds: []
  };
}
__name(k8sContainer, "k8sContainer");
function podArch(doc, spec) {
  for (const label of ARCH_LABELS) {
    const sel = get(get(spec, "nodeSelector"), label);
    if (str(sel)) return { values: [str(sel)], line: lineOf(doc, sel) };
  }
  const terms = items(get(get(get(get(spec, "affinity"), "nodeAffinity"), "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms"));
  if (terms.length === 0) return null;
  const values = /* @__PURE__ */ new Set();
  let line = 0;
  for (const t of terms) {
    const expr = items(get(t, "matchExpressions")).find((e) => ARCH_LABELS.includes(str(get(e, "key")) ?? ""));
    if (!expr || str(get(expr, "operator")) !== "In") return null;
    for (const v of items(get(expr, "values"))) if (str(v)) values.add(str(v));
    line ||= lineOf(doc, expr);
  }
  return values.size ? { values: [...values], line } : null;
}
__name(podArch, "podArch");
function k8sWorkloads(doc, root = doc.root) {
  const kind = str(get(root, "kind"));
  if (!root || !kind) return [];
  if (kind === "List" || kind.endsWith("List")) return items(get(root, "items")).flatMap((i) => k8sWorkloads(doc, i));
  if (!WORKLOAD_KINDS.includes(kind)) return [];
  const spec = podSpecOf(kind, root);
  if (!spec) return [];
  const containers = ["initContainers", "containers"].flatMap((f) => items(get(spec, f)).map((c, i) => k8sContainer(doc, c, `${f}[${i}]`)));
  return [{ name: `${kind}/${str(get(get(root, "metadata"), "name")) ?? "?"}`, kind, line: lineOf(doc, root), containers, nodeArch: podArch(doc, spec) }];
}
__name(k8sWorkloads, "k8sWorkloads");
var isK8sObject = /* @__PURE__ */ __name((root) => !!str(get(root, "apiVersion")) && !!str(get(root, "kind")), "isK8sObject");

// src/analyzers/manifests/compose.ts
function composeEnv(doc, node) {
  if (node?.kind === "seq") {
    return node.items.flatMap((i) => {
      const s = str(i);
      if (!s) return [];
      const eq = s.indexOf("=");
      return [{ name: eq < 0 ? s : s.slice(0, eq), value: eq < 0 ? null : s.slice(eq + 1), line: lineOf(doc, i) }];
    });
  }
  return entries(node).map(([name, v, k]) => ({ name, value: str(v), line: lineOf(doc, k) }));
}
__name(composeEnv, "composeEnv");
function composeBinds(doc, node) {
  const out = [];
  for (const v of items(node)) {
    const s = str(v);
    if (s) {
      const options = volumeBindOptions(s);
      if (options) out.push({ spec: s, options, line: lineOf(doc, v) });
    } else if (str(get(v, "type")) === "bind") {
      const selinux = str(get(get(v, "bind"), "selinux"));
      out.push({ spec: `${str(get(v, "source")) ?? "?"}:${str(get(v, "target")) ?? "?"}`, options: selinux ? [selinux] : [], line: lineOf(doc, v) });
    }
  }
  return out;
}
__name(composeBinds, "composeBinds");
function execOf(doc, svc) {
  const out = [];
  for (const field2 of ["entrypoint", "command"]) {
    const node = get(svc, field2);
    if (node?.kind !== "seq") continue;
    const w = node.items.map((i) => str(i));
    if (w.every((x) => x !== null)) out.push({ field: field2, words: w, line: lineOf(doc, node) });
  }
  return out;
}
__name(execOf, "execOf");
function composeWorkloads(doc) {
  const out = [];
  for (const [name, svc, key] of entries(get(doc.root, "services"))) {
    if (!svc || svc.kind !== "map") continue;
    const limits = get(get(get(svc, "deploy"), "resources"), "limits");
    const memNode = get(limits, "memory") ?? get(svc, "mem_limit");
    const cpuNode = get(limits, "cpus") ?? get(svc, "cpus");
    const memBytes = str(memNode) !== null ? parseDockerBytes(str(memNode)) : null;
    const cpus = str(cpuNode) !== null ? Number(str(cpuNode)) : NaN;
    const platform = str(get(svc, "platform"));
    const container = {
      name,
      line: lineOf(doc, key),
      image: value(doc, get(svc, "image")),
      env: composeEnv(doc, get(svc, "environment")),
      memoryLimit: memBytes !== null ? { bytes: memBytes, raw: str(memNode), line: lineOf(doc, memNode) } : null,
      cpuLimit: Number.isFinite(cpus) && cpus > 0 ? { cpus, raw: str(cpuNode), line: lineOf(doc, cpuNode) } : null,
      exec: execOf(doc, svc),
      stdin: value(doc, get(svc, "stdin_open")),
      stdinOnce: null,
      tty: value(doc, get(svc, "tty")),
      binds: composeBinds(doc, get(svc, "volumes")),
      labelDisabled: str(get(svc, "privileged")) === "true" || items(get(svc, "security_opt")).some((o) => disablesLabels(str(o) ?? ""))
    };
    const arch = platform?.split("/")[1];
    out.push({ name: `service ${name}`, kind: "compose service", line: lineOf(doc, key), containers: [container], nodeArch: arch ? { values: [arch], line: lineOf(doc, get(svc, "platform")) } : null });
  }
  return out;
}
__name(composeWorkloads, "composeWorkloads");

// src/analyzers/manifests/helm-values.ts
var ENV_KEYS = ["env", "extraEnv", "extraEnvVars", "envVars"];
var MAX_DEPTH = 6;
var VALUES_PREFIX = "values ";
var TOP_LEVEL = "(top level)";
function valuesPathOf(w) {
  const p = w.name.slice(VALUES_PREFIX.length);
  return p === TOP_LEVEL ? "" : p;
}
__name(valuesPathOf, "valuesPathOf");
function imageOf2(doc, node) {
  const plain = value(doc, node);
  if (plain) return plain;
  const repo = str(get(node, "repository")) ?? str(get(node, "name"));
  if (!repo) return null;
  const registry = str(get(node, "registry"));
  const tag = str(get(node, "tag"));
  const full = `${registry ? `${registry}/` : ""}${repo}${tag ? `:${tag}` : ""}`;
  return { value: full, line: lineOf(doc, get(node, "repository") ?? get(node, "name")) };
}
__name(imageOf2, "imageOf");
function envOf(doc, scope) {
  const out = [];
  for (const key of ENV_KEYS) {
    const node = get(scope, key);
    if (node?.kind === "seq") {
      for (const e of node.items) {
        const name = str(get(e, "name"));
        if (name) out.push({ name, value: get(e, "valueFrom") ? null : str(get(e, "value")) ?? "", line: lineOf(doc, e) });
      }
    } else if (node?.kind === "map") {
      for (const [name, v, k] of entries(node)) if (v?.kind !== "map" && v?.kind !== "seq") out.push({ name, value: str(v) ?? "", line: lineOf(doc, k) });
    }
  }
  return out;
}
__name(envOf, "envOf");
function helmValuesWorkloads(doc) {
  const out = [];
  const rootArch = podArch(doc, doc.root);
  const visit = /* @__PURE__ */ __name((node, path3, depth) => {
    if (!node || node.kind !== "map" || depth > MAX_DEPTH) return;
    if (get(get(node, "resources"), "limits") || get(node, "image")?.kind === "map") {
      const base2 = k8sContainer(doc, node, path3 || "values");
      const container = { ...base2, name: path3 || "(top level)", image: imageOf2(doc, get(node, "image")), env: envOf(doc, node) };
      const arch = ARCH_LABELS.some((l) => get(get(node, "nodeSelector"), l)) || get(node, "affinity") ? podArch(doc, node) : rootArch;
      out.push({ name: `${VALUES_PREFIX}${path3 || TOP_LEVEL}`, kind: "Helm values", line: lineOf(doc, node), containers: [container], nodeArch: arch });
    }
    for (const [key, v] of entries(node)) {
      if (["resources", "image", "nodeSelector", "affinity", "tolerations", ...ENV_KEYS].includes(key)) continue;
      visit(v, path3 ? `${path3}.${key}` : key, depth + 1);
    }
  }, "visit");
  visit(doc.root, "", 0);
  return out;
}
__name(helmValuesWorkloads, "helmValuesWorkloads");

// src/analyzers/manifests/documents.ts
var TEMPLATE_ACTION = /\{\{-?\s*[\s\S]*?\}\}/;
function yamlDocuments(text2, skipTemplated = true, wanted) {
  const lines = text2.split("\n");
  const out = [];
  let start = 0;
  const flush = /* @__PURE__ */ __name((end) => {
    const body = lines.slice(start, end).join("\n");
    const line = start + 1;
    const meaningful = lines.slice(start, end).some((l) => l.trim() && !l.trim().startsWith("#"));
    if (meaningful && (!wanted || wanted.test(body))) {
      const templated = TEMPLATE_ACTION.test(body);
      const doc = templated && skipTemplated ? null : loadYamlStrict(body, line);
      if (doc && !doc.error) out.push({ doc, line, skipped: null });
      else if (templated) out.push({ doc: null, line, skipped: "Helm template syntax ({{ }}): its values are known only once helm renders it" });
      else out.push({ doc: null, line, skipped: `YAML error: ${doc.error}` });
    }
    start = end + 1;
  }, "flush");
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l) || /^\.\.\.\s*$/.test(l)) flush(i);
  });
  flush(lines.length);
  return out;
}
__name(yamlDocuments, "yamlDocuments");

// src/analyzers/manifests/helm-template.ts
var UNRESOLVED = "(templated)";
var UNKNOWN = { known: false };
var known = /* @__PURE__ */ __name((v) => ({ known: true, v }), "known");
var MAX_OUTPUT = 4 * 1024 * 1024;
var MAX_INDENT = 256;
var MAX_NESTING = 100;
function tokens(template) {
  const out = [];
  let last = 0;
  let trimNext = false;
  const pushText = /* @__PURE__ */ __name((text2, offset, trimEnd) => {
    if (trimNext) {
      const kept = text2.replace(/^\s+/, "");
      offset += text2.length - kept.length;
      text2 = kept;
    }
    if (trimEnd) text2 = text2.replace(/\s+$/, "");
    if (text2) out.push({ kind: "text", text: text2, offset });
  }, "pushText");
  for (let open = template.indexOf("{{"); open >= 0; open = template.indexOf("{{", last)) {
    const close = template.indexOf("}}", open + 2);
    if (close < 0) break;
    let inner = template.slice(open + 2, close);
    const trimLeft = /^-\s/.test(inner);
    const trimRight = /\s-$/.test(inner);
    inner = inner.slice(trimLeft ? 1 : 0, trimRight ? -1 : void 0);
    pushText(template.slice(last, open), last, trimLeft);
    const end = close + 2;
    const lineEnd = template.indexOf("\n", end);
    const alone = !template.slice(template.lastIndexOf("\n", open - 1) + 1, open).trim() && !template.slice(end, lineEnd < 0 ? void 0 : lineEnd).trim();
    out.push({ kind: "action", expr: inner.trim(), offset: open, alone });
    trimNext = trimRight;
    last = end;
  }
  pushText(template.slice(last), last, false);
  return out;
}
__name(tokens, "tokens");
var keyword = /* @__PURE__ */ __name((expr) => /^(if|else if|else with|else|end|with|range|define|block)\b\s*([\s\S]*)$/.exec(expr), "keyword");
function parse(toks) {
  const root = [];
  const stack = [];
  const body = /* @__PURE__ */ __name(() => stack.at(-1)?.body ?? root, "body");
  for (const t of toks) {
    const k = t.kind === "action" ? keyword(t.expr) : null;
    if (!k || t.kind !== "action") {
      body().push(t);
      continue;
    }
    const [, word, rest] = k;
    if (word === "if" || word === "with" || word === "range" || word === "define" || word === "block") {
      const block = { kind: word === "block" ? "define" : word, branches: [{ cond: rest, body: [] }], offset: t.offset };
      body().push(block);
      stack.push({ block, body: block.branches[0].body });
    } else if (word === "end") {
      stack.pop();
    } else if (stack.length) {
      const top = stack.at(-1);
      const branch = { cond: word === "else" ? null : rest, body: [] };
      top.block.branches.push(branch);
      top.body = branch.body;
    }
  }
  return root;
}
__name(parse, "parse");
function isEmpty(v) {
  if (v === null || v === void 0 || v === false || v === 0 || v === "") return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === "object") return Object.keys(v).length === 0;
  return false;
}
__name(isEmpty, "isEmpty");
function words2(cmd) {
  const out = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\((?:[^()]|\([^()]*\))*\)|[^\s()"`]+/g;
  for (const m of cmd.matchAll(re)) out.push(m[0]);
  return out;
}
__name(words2, "words");
function stages(expr) {
  const out = [];
  let depth = 0;
  let quote = "";
  let cur = "";
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === "\\" && quote === '"') {
        cur += c + (expr[++i] ?? "");
        continue;
      }
      if (c === quote) quote = "";
    } else if (c === '"' || c === "`") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}
__name(stages, "stages");
function field(v, path3, base2) {
  const at = base2 === void 0 ? void 0 : [base2, ...path3].filter(Boolean).join(".");
  let cur = v;
  for (const p of path3) {
    if (cur === null || cur === void 0) return { known: true, v: void 0, path: at };
    if (typeof cur !== "object" || Array.isArray(cur)) return UNKNOWN;
    cur = cur[p];
  }
  return { known: true, v: cur, path: at };
}
__name(field, "field");
function kindOf(v) {
  if (v === null || v === void 0) return "invalid";
  if (Array.isArray(v)) return "slice";
  if (typeof v === "object") return "map";
  if (typeof v === "number") return "float64";
  return typeof v === "boolean" ? "bool" : "string";
}
__name(kindOf, "kindOf");
var indentLines = /* @__PURE__ */ __name((s, n) => s.split("\n").map((l) => l ? " ".repeat(n) + l : l).join("\n"), "indentLines");
function text(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}
__name(text, "text");
var Evaluator = class {
  constructor(values) {
    this.values = values;
  }
  values;
  static {
    __name(this, "Evaluator");
  }
  /** One argument: a field path, a literal, or a parenthesised pipeline. */
  arg(w, dot) {
    if (w.startsWith("(") && w.endsWith(")")) return this.pipeline(w.slice(1, -1), dot);
    if (w.startsWith('"')) {
      try {
        return known(JSON.parse(w));
      } catch {
        return UNKNOWN;
      }
    }
    if (w.startsWith("`")) return known(w.slice(1, -1));
    if (/^-?\d+(\.\d+)?$/.test(w)) return known(Number(w));
    if (w === "true" || w === "false") return known(w === "true");
    if (w === "nil") return known(null);
    if (w === ".") return this.used(dot);
    const m = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(w);
    const atRoot = dot.known && dot.v === this.rootValue;
    if (m && (w.startsWith("$") || atRoot)) return this.used(field(this.values, m[1].split(".").filter(Boolean), ""));
    if (w.startsWith(".") && dot.known && !atRoot) return this.used(field(dot.v, w.split(".").filter(Boolean), dot.path));
    return UNKNOWN;
  }
  /** The paths of the chart's values the template read. */
  read = /* @__PURE__ */ new Set();
  used(v) {
    if (v.known && v.path !== void 0) this.read.add(v.path);
    return v;
  }
  /** The dot of the template's top level: only .Values is known there. */
  rootValue = { root: true };
  /** A command: a function applied to its arguments, with the previous stage's value last. */
  command(cmd, dot, piped) {
    const [fn, ...rest] = words2(cmd);
    if (!fn) return UNKNOWN;
    const args = rest.map((w) => this.arg(w, dot));
    if (piped) args.push(piped);
    const all = args.every((a) => a.known);
    const v = /* @__PURE__ */ __name((i) => args[i].v, "v");
    switch (fn) {
      case "toYaml":
        return all && args.length === 1 ? known(isEmpty(v(0)) && typeof v(0) === "object" ? Array.isArray(v(0)) ? "[]" : "{}" : dump(v(0), { lineWidth: -1 }).replace(/\n$/, "")) : UNKNOWN;
      case "nindent":
      case "indent": {
        const s = all && args.length === 2 ? text(v(1)) : null;
        return s === null || typeof v(0) !== "number" || !(v(0) >= 0 && v(0) <= MAX_INDENT) ? UNKNOWN : known((fn === "nindent" ? "\n" : "") + indentLines(s, v(0)));
      }
      case "quote":
      case "squote": {
        if (!all || args.length !== 1) return UNKNOWN;
        const s = text(v(0));
        return s === null ? UNKNOWN : known(fn === "quote" ? JSON.stringify(s) : `'${s}'`);
      }
      case "default": {
        if (args.length !== 2) return UNKNOWN;
        if (!args[1].known) return UNKNOWN;
        return isEmpty(v(1)) ? args[0] : args[1];
      }
      case "required":
        return args.length === 2 ? args[1] : UNKNOWN;
      case "toString":
      case "trim":
      case "upper":
      case "lower": {
        const s = all && args.length === 1 ? text(v(0)) : null;
        if (s === null) return UNKNOWN;
        return known(fn === "trim" ? s.trim() : fn === "upper" ? s.toUpperCase() : fn === "lower" ? s.toLowerCase() : s);
      }
      case "int":
      case "int64":
        return all && args.length === 1 && Number.isFinite(Number(v(0))) ? known(Math.trunc(Number(v(0)))) : UNKNOWN;
      case "not":
        return all && args.length === 1 ? known(isEmpty(v(0))) : UNKNOWN;
      // and/or decide on what is known: one empty operand settles `and`, one non-empty settles `or`.
      case "and":
        return args.some((a) => a.known && isEmpty(a.v)) ? known(false) : all ? known(true) : UNKNOWN;
      case "or":
        return args.some((a) => a.known && !isEmpty(a.v)) ? known(true) : all ? known(false) : UNKNOWN;
      // The first non-empty argument; an unknown one before it leaves the result unknown.
      case "coalesce": {
        for (const a of args) {
          if (!a.known) return UNKNOWN;
          if (!isEmpty(a.v)) return a;
        }
        return known(void 0);
      }
      case "printf": {
        const parts = all ? args.map((a) => text(a.v)) : [null];
        if (parts.some((p) => p === null)) return UNKNOWN;
        const [format, ...rest2] = parts;
        if (/%[^sdv%]/.test(format)) return UNKNOWN;
        let i = 0;
        return known(format.replace(/%[sdv%]/g, (m) => m === "%%" ? "%" : rest2[i++] ?? ""));
      }
      case "contains":
      case "hasPrefix":
      case "hasSuffix": {
        const [sub, str2] = all && args.length === 2 ? [text(v(0)), text(v(1))] : [null, null];
        if (sub === null || str2 === null) return UNKNOWN;
        return known(fn === "contains" ? str2.includes(sub) : fn === "hasPrefix" ? str2.startsWith(sub) : str2.endsWith(sub));
      }
      case "empty":
        return all && args.length === 1 ? known(isEmpty(v(0))) : UNKNOWN;
      case "kindIs":
        return all && args.length === 2 && typeof v(0) === "string" ? known(kindOf(v(1)) === v(0)) : UNKNOWN;
      case "gt":
      case "lt":
      case "ge":
      case "le": {
        if (!all || args.length !== 2 || typeof v(0) !== "number" || typeof v(1) !== "number") return UNKNOWN;
        const [a, b] = [v(0), v(1)];
        return known(fn === "gt" ? a > b : fn === "lt" ? a < b : fn === "ge" ? a >= b : a <= b);
      }
      case "eq":
      case "ne":
        return all && args.length === 2 ? known(v(0) === v(1) === (fn === "eq")) : UNKNOWN;
      default:
        return args.length === 0 && !piped ? this.arg(fn, dot) : UNKNOWN;
    }
  }
  pipeline(expr, dot) {
    if (/^\$\w*\s*:?=/.test(expr)) return UNKNOWN;
    let cur;
    for (const s of stages(expr)) cur = this.command(s, dot, cur);
    return cur ?? UNKNOWN;
  }
};
var HOLE = "\0";
function renderHelmTemplate(template, values) {
  const ev = new Evaluator(values);
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === "\n") lineStarts.push(i + 1);
  const lineAt = /* @__PURE__ */ __name((offset) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }, "lineAt");
  let out = "";
  const lineOf2 = [1];
  let omitted = false;
  let firstText = true;
  const emit = /* @__PURE__ */ __name((s, sourceLine) => {
    if (out.length + s.length > MAX_OUTPUT) {
      omitted = true;
      return;
    }
    if (firstText && s) {
      lineOf2[0] = sourceLine(-1);
      firstText = false;
    }
    for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) lineOf2.push(sourceLine(i));
    out += s;
  }, "emit");
  const render = /* @__PURE__ */ __name((nodes, dot, depth = 0) => {
    if (depth > MAX_NESTING) {
      omitted = true;
      return;
    }
    for (const n of nodes) {
      if (n.kind === "text") {
        emit(n.text, (i) => lineAt(n.offset + i + 1));
        continue;
      }
      const here = lineAt(n.offset);
      if (n.kind === "action") {
        if (n.expr.startsWith("/*")) continue;
        const v = ev.pipeline(n.expr, dot);
        const s = v.known ? text(v.v) : null;
        emit(s !== null ? s : n.alone ? "" : HOLE, () => here);
        continue;
      }
      if (n.kind === "define") continue;
      if (n.kind === "range") {
        omitted = true;
        continue;
      }
      let chosen = null;
      let decided = true;
      let inner = dot;
      for (const b of n.branches) {
        if (b.cond === null) {
          chosen = b.body;
          break;
        }
        const c = ev.pipeline(b.cond, dot);
        if (!c.known) {
          decided = false;
          break;
        }
        if (!isEmpty(c.v)) {
          chosen = b.body;
          inner = n.kind === "with" ? c : dot;
          break;
        }
      }
      if (!decided) omitted = true;
      else if (chosen) render(chosen, inner, depth + 1);
    }
  }, "render");
  render(parse(tokens(template)), { known: true, v: ev.rootValue });
  const rendered = out.split("\n").map((l) => l.includes(HOLE) ? l.replaceAll(HOLE, "").trim() === "" ? "" : l.replaceAll(HOLE, UNRESOLVED) : l).join("\n");
  return { text: rendered, lineOf: lineOf2, omitted, valuesRead: [...ev.read].sort() };
}
__name(renderHelmTemplate, "renderHelmTemplate");

// src/analyzers/manifests/index.ts
var COMPOSE_NAME = /(^|\/)(docker-)?compose(\.[^/]*)?\.ya?ml$/i;
var VALUES_NAME = /(^|\/)values([.-][^/]*)?\.ya?ml$/i;
var WORKLOAD_KIND = new RegExp(`^kind:\\s*["']?(${[...WORKLOAD_KINDS, "List"].join("|")})\\b`, "m");
function manifestByName(path3) {
  return COMPOSE_NAME.test(path3) || VALUES_NAME.test(path3);
}
__name(manifestByName, "manifestByName");
function manifestFormat(path3, text2) {
  if (COMPOSE_NAME.test(path3)) return /^services:/m.test(text2) ? "compose" : null;
  if (VALUES_NAME.test(path3)) return /^\s*(resources|image):/m.test(text2) ? "helm-values" : null;
  return WORKLOAD_KIND.test(text2) && /^apiVersion:/m.test(text2) ? "kubernetes" : null;
}
__name(manifestFormat, "manifestFormat");
function readManifest(path3, text2, chart) {
  const format = manifestFormat(path3, text2);
  if (!format) return null;
  const file = { path: path3, format, workloads: [], skipped: [], selinux: null };
  if (format === "kubernetes" && chart && TEMPLATE_ACTION.test(text2)) {
    readChartTemplate(file, text2, chart);
    return file;
  }
  for (const d of yamlDocuments(text2, format === "kubernetes", format === "kubernetes" ? WORKLOAD_KIND : void 0)) {
    if (d.skipped) {
      file.skipped.push({ line: d.line, reason: d.skipped });
      continue;
    }
    const doc = d.doc;
    if (format === "compose") file.workloads.push(...composeWorkloads(doc));
    else if (format === "helm-values") file.workloads.push(...helmValuesWorkloads(doc));
    else if (isK8sObject(doc.root)) file.workloads.push(...k8sWorkloads(doc));
  }
  if (format === "compose") file.selinux = selinuxHint(text2, file.workloads.flatMap((w) => w.containers.flatMap((c) => c.binds)));
  return file;
}
__name(readManifest, "readManifest");
function readChartTemplate(file, text2, chart) {
  file.helmChart = chart.chart;
  const r = renderHelmTemplate(text2, chart.values);
  file.helmValuesRead = r.valuesRead;
  const back = /* @__PURE__ */ __name((line) => r.lineOf[line - 1] ?? line, "back");
  for (const d of yamlDocuments(r.text, false, WORKLOAD_KIND)) {
    if (d.skipped) file.skipped.push({ line: back(d.line), reason: `rendered with the chart's values.yaml: ${d.skipped}` });
    else if (isK8sObject(d.doc.root)) file.workloads.push(...k8sWorkloads(d.doc).map((w) => relined(w, back)));
  }
  if (file.workloads.length === 0 && r.omitted) {
    file.skipped.push({ line: 1, reason: "Helm template: its workload sits under a condition or loop that needs more than the chart's values.yaml (range, include, .Release ...)" });
  }
}
__name(readChartTemplate, "readChartTemplate");
function relined(v, back) {
  if (Array.isArray(v)) return v.map((x) => relined(x, back));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "line" && typeof x === "number" ? back(x) : relined(x, back)]));
  }
  return v;
}
__name(relined, "relined");

// src/analyzers/manifests/helm-chart.ts
var join = /* @__PURE__ */ __name((dir, name) => dir ? `${dir}/${name}` : name, "join");
var repository = /* @__PURE__ */ __name((image2) => image2.split("@")[0].replace(/:[^/:]*$/, ""), "repository");
var dotted = /* @__PURE__ */ __name((path3, key) => path3 ? `${path3}.${key}` : key, "dotted");
function chartValuesIndex(inputs) {
  const texts = /* @__PURE__ */ new Map();
  for (const i of inputs) texts.set(i.path, i.text);
  const parsed = /* @__PURE__ */ new Map();
  const valuesOf = /* @__PURE__ */ __name((chart) => {
    if (parsed.has(chart)) return parsed.get(chart);
    const text2 = texts.get(join(chart, "values.yaml")) ?? (texts.has(join(chart, "values.yaml")) ? null : "");
    let values;
    try {
      values = text2 === null ? void 0 : { chart, values: text2 ? load(text2) ?? {} : {} };
    } catch {
      values = void 0;
    }
    parsed.set(chart, values);
    return values;
  }, "valuesOf");
  return (path3) => {
    for (let at = path3.lastIndexOf("templates/"); at >= 0; at = path3.lastIndexOf("templates/", at - 1)) {
      if (at > 0 && path3[at - 1] !== "/") continue;
      const chart = path3.slice(0, Math.max(0, at - 1));
      if (texts.has(join(chart, "Chart.yaml"))) return valuesOf(chart);
      if (at === 0) break;
    }
    return void 0;
  };
}
__name(chartValuesIndex, "chartValuesIndex");
function preferRenderedCharts(manifests) {
  const read = /* @__PURE__ */ new Map();
  for (const m of manifests) {
    if (m.helmChart === void 0 || m.workloads.length === 0) continue;
    if (m.workloads.some((w) => w.containers.some((c) => !c.image || repository(c.image.value).includes(UNRESOLVED)))) continue;
    const set = read.get(m.helmChart) ?? /* @__PURE__ */ new Set();
    for (const p of m.helmValuesRead ?? []) set.add(p);
    read.set(m.helmChart, set);
  }
  for (const m of manifests) {
    if (m.format !== "helm-values") continue;
    const chart = m.path.includes("/") ? m.path.slice(0, m.path.lastIndexOf("/")) : "";
    const paths = read.get(chart);
    if (!paths || m.path !== join(chart, "values.yaml")) continue;
    const placed = /* @__PURE__ */ __name((w) => {
      const resources = dotted(valuesPathOf(w), "resources");
      return [...paths].some((p) => p === resources || p.startsWith(`${resources}.`));
    }, "placed");
    for (const w of m.workloads.filter(placed)) m.skipped.push({ line: w.line, reason: `${w.name}: read through the chart's templates, which place these values` });
    m.workloads = m.workloads.filter((w) => !placed(w));
  }
}
__name(preferRenderedCharts, "preferRenderedCharts");

// src/analyzers/files/analyze.ts
var MENTIONS_GO = /\bgo\b|\bGO[A-Z0-9_]*\b|setup-go|golangci|golang|build-push-action|buildx/;
var base = /* @__PURE__ */ __name((p) => p.slice(p.lastIndexOf("/") + 1), "base");
function kindOf2(path3) {
  const name = base(path3);
  const lower = name.toLowerCase();
  if (/^(dockerfile|containerfile)([.-].*)?$/i.test(name) || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile")) return "dockerfile";
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path3) || lower === "action.yml" || lower === "action.yaml") return "github-workflow";
  if (lower === ".gitlab-ci.yml" || lower === ".gitlab-ci.yaml" || /(^|\/)\.gitlab\/ci\/.+\.ya?ml$/.test(path3)) return "gitlab-ci";
  if (name === "Makefile" || name === "makefile" || name === "GNUmakefile" || lower.endsWith(".mk")) return "makefile";
  if (name === "go.mod") return "go.mod";
  if (name === "go.work") return "go.work";
  if (name === "tools.go") return "tools.go";
  if (/^\.golangci\.(ya?ml)$/.test(name)) return "golangci";
  if (/\.ya?ml$/i.test(name)) return "manifest";
  return null;
}
__name(kindOf2, "kindOf");
function modFacts(path3, text2, kind) {
  const mf = parseModFile(text2, kind);
  const loc = /* @__PURE__ */ __name((v) => v ? { value: v.value, line: v.line, column: v.column } : null, "loc");
  return {
    path: path3,
    kind,
    module: loc(mf.module),
    go: loc(mf.go),
    toolchain: loc(mf.toolchain),
    replaces: mf.replaces.map((r) => ({ from: r.from, fromVersion: r.fromVersion, to: r.to, toVersion: r.toVersion, local: r.local, line: r.line, column: r.column })),
    uses: mf.uses.map((u) => ({ value: u.value, line: u.line, column: u.column })),
    tools: mf.tools.map((t) => t.value),
    toolDirectives: mf.tools.map((t) => ({ value: t.value, line: t.line, column: t.column })),
    requires: mf.requires.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect, line: r.line, column: r.column })),
    errors: mf.errors.map((e) => ({ message: e.message, line: e.line, column: e.column }))
  };
}
__name(modFacts, "modFacts");
function emptyFilesFacts(root) {
  return {
    root,
    files: [],
    directives: [],
    dockerfiles: [],
    ci: [],
    makefiles: [],
    mods: [],
    toolsGo: [],
    golangci: [],
    installedGo: { version: null, error: "not probed" },
    goSources: { scanned: 0, dirs: [], tlsFiles: [] }
  };
}
__name(emptyFilesFacts, "emptyFilesFacts");
function addFile(facts, input, kind) {
  const { path: path3, text: text2 } = input;
  if (kind === "manifest" && !manifestFormat(path3, text2)) {
    if (manifestByName(path3)) facts.files.push({ path: path3, kind, error: null });
    return false;
  }
  let error = null;
  let errorAt = null;
  let rejected = false;
  const ci = /* @__PURE__ */ __name((r) => {
    facts.ci.push(r.facts);
    error = r.error;
    errorAt = r.errorAt;
    rejected = r.rejected;
  }, "ci");
  try {
    facts.directives.push(...readDirectives(path3, text2));
    switch (kind) {
      case "dockerfile":
        facts.dockerfiles.push(parseDockerfile(path3, text2));
        break;
      case "github-workflow": {
        if (MENTIONS_GO.test(text2)) ci(parseGithubWorkflow(path3, text2));
        break;
      }
      case "gitlab-ci":
        ci(parseGitlabCi(path3, text2));
        break;
      case "makefile":
        facts.makefiles.push(parseMakefile(path3, text2));
        break;
      case "go.mod":
      case "go.work":
        facts.mods.push(modFacts(path3, text2, kind));
        break;
      case "tools.go":
        facts.toolsGo.push(toolsGoFacts(path3, text2));
        break;
      case "manifest": {
        const m = readManifest(path3, text2, input.chart);
        if (m) (facts.manifests ??= []).push(m);
        break;
      }
      case "golangci": {
        const m = /^version:[ \t]*["']?([^"'\s#]+)/m.exec(text2);
        facts.golangci.push({ path: path3, configVersion: m ? m[1] : null });
        break;
      }
    }
    addContainerRuns(facts, path3, text2, kind);
  } catch (e) {
    error = `cannot parse: ${e instanceof Error ? e.message : String(e)}`;
  }
  facts.files.push({ path: path3, kind, error, ...errorAt ? { errorAt } : {} });
  return rejected;
}
__name(addFile, "addFile");
var RUNS_CONTAINER = /\b(docker|podman)\b/;
function addContainerRuns(facts, path3, text2, kind) {
  if (!RUNS_CONTAINER.test(text2)) return;
  const lines = kind === "makefile" ? facts.makefiles.at(-1)?.recipes.map((r) => ({ line: r.line, column: r.column, text: r.expanded || r.text })) : kind === "github-workflow" || kind === "gitlab-ci" ? facts.ci.find((c) => c.path === path3)?.scripts : void 0;
  const runs = [];
  for (const l of lines ?? []) {
    for (const r of containerRuns(l.text)) {
      runs.push({ file: path3, tool: r.tool, line: l.line, column: l.column, selinux: null, labelDisabled: r.labelDisabled, binds: r.binds.map((b) => ({ spec: b.spec, flag: b.flag, options: b.options, line: l.line, column: l.column })) });
    }
  }
  if (runs.length === 0) return;
  const selinux = selinuxHint(text2, runs.flatMap((r) => r.binds));
  for (const r of runs) r.selinux = selinux;
  (facts.containerRuns ??= []).push(...runs);
}
__name(addContainerRuns, "addContainerRuns");
function rereadYaml(facts, input, kind, load2) {
  const at = facts.ci.findIndex((c) => c.path === input.path);
  const ref = facts.files.find((f) => f.path === input.path);
  if (at < 0 || !ref) return;
  try {
    const r = (kind === "gitlab-ci" ? parseGitlabCi : parseGithubWorkflow)(input.path, input.text, load2);
    facts.ci[at] = r.facts;
    if (r.error === null) {
      ref.error = null;
      delete ref.errorAt;
    }
  } catch {
  }
}
__name(rereadYaml, "rereadYaml");
function finishFiles(facts) {
  if (facts.manifests) preferRenderedCharts(facts.manifests);
}
__name(finishFiles, "finishFiles");
var CLIENT_IMPORTS = /"((?:github\.com\/aws\/aws-sdk-go(?:-v2)?|cloud\.google\.com\/go|google\.golang\.org\/api|github\.com\/Azure\/azure-sdk-for-go|golang\.org\/x\/oauth2|github\.com\/go-resty\/resty|github\.com\/hashicorp\/go-retryablehttp|github\.com\/google\/go-github|k8s\.io\/client-go|github\.com\/minio\/minio-go|net\/smtp)[^"]*)"/;
var CLIENT_CALLS = /\b(http\.(?:Get|Post|PostForm|Head|NewRequest(?:WithContext)?)\(|http\.DefaultClient\b|http\.DefaultTransport\b|http\.Client\{|http\.Transport\{|tls\.Dial(?:WithDialer)?\(|tls\.Dialer\{|grpc\.(?:Dial|DialContext|NewClient)\(|credentials\.NewClientTLSFrom\w+\(|websocket\.Dial\w*\()/;
var TLS_PACKAGES = /"(crypto\/tls|net\/http|google\.golang\.org\/grpc(?:\/credentials)?)"/;
function outboundTls(goSource) {
  const decl = /^(?:func|type|var|const)\b/m.exec(goSource);
  const header = goSource.slice(0, Math.min(decl ? decl.index : goSource.length, 16384));
  const lib = CLIENT_IMPORTS.exec(header);
  if (lib) return `imports ${lib[1]}`;
  if (!TLS_PACKAGES.test(header)) return null;
  const call = CLIENT_CALLS.exec(goSource);
  return call ? `calls ${call[1].replace(/[({]$/, "")}` : null;
}
__name(outboundTls, "outboundTls");

// src/collectors/files/discover.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", ".hg", ".svn", "node_modules", "vendor", "testdata", ".cache", ".idea", ".vscode", "__pycache__", ".terraform"]);
var MAX_DEPTH2 = 12;
var MAX_ENTRIES = 5e4;
var MAX_BYTES_BY_KIND = {
  dockerfile: 256 * 1024,
  "github-workflow": 1024 * 1024,
  "gitlab-ci": 1024 * 1024,
  makefile: 1024 * 1024,
  "go.mod": 1024 * 1024,
  "go.work": 256 * 1024,
  "tools.go": 256 * 1024,
  golangci: 256 * 1024,
  manifest: 1024 * 1024
};
var MAX_TOTAL_BYTES = 32 * 1024 * 1024;
var AUTOMAXPROCS = /"go\.uber\.org\/automaxprocs(\/maxprocs)?"/;
var READ_CONCURRENCY = 32;
var YIELD_EVERY_MS = 50;
async function walk(host, dir, root, depth, out) {
  if (depth > MAX_DEPTH2 || out.entries > MAX_ENTRIES) return;
  const entries2 = await host.readdirTyped(dir);
  if (!entries2) return;
  out.entries += entries2.length;
  out.progress?.(() => `looking for files: ${out.entries} entries, ${out.config.length} to read, in ${dir}`);
  const subdirs = [];
  entries2.forEach((st) => {
    const name = st.name;
    const abs = dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
    if (st.isSymlink) return;
    if (st.isDir) {
      if (!SKIP_DIRS.has(name)) subdirs.push(abs);
    } else if (st.isFile) {
      const rel = toRel(root, abs);
      if (kindOf2(rel)) out.config.push({ abs, rel });
      else if (name.endsWith(".go") && !name.endsWith("_test.go")) {
        if (out.go.length < MAX_GO_SOURCES) out.go.push(abs);
        else {
          out.goTruncated = true;
          out.goPartial.add(dir);
        }
      }
    }
  });
  await Promise.all(subdirs.map((d) => walk(host, d, root, depth + 1, out)));
}
__name(walk, "walk");
function toRel(root, abs) {
  const under = abs.startsWith(root) && abs[root.length] === path.sep ? abs.slice(root.length + 1) : null;
  const rel = under || path.relative(root, abs) || path.basename(abs);
  return path.sep === "/" ? rel : rel.split(path.sep).join("/");
}
__name(toRel, "toRel");
async function probeInstalledGo(host, timeoutMs = 1e4) {
  const go = await lookPath(host, "go");
  if (!go) return { version: null, error: "go not found in the absolute PATH entries (relative and empty PATH entries are never searched)" };
  const probe = await withNeutralDir(host, (dir) => probeVersion(host, go, dir, timeoutMs));
  return { version: probe.version, error: probe.error };
}
__name(probeInstalledGo, "probeInstalledGo");
var UnknownFileError = class extends Error {
  static {
    __name(this, "UnknownFileError");
  }
};
function buildsGo(facts) {
  const builds = /* @__PURE__ */ __name((cs) => cs.some((c) => c.sub === "build" || c.sub === "install"), "builds");
  return facts.dockerfiles.some((d) => d.stages.some((s) => s.instructions.some((i) => builds(i.goCommands)))) || facts.ci.some((c) => c.scripts.some((x) => builds(x.goCommands))) || facts.makefiles.some((m) => m.recipes.some((r) => builds(r.goCommands)));
}
__name(buildsGo, "buildsGo");
async function outerGoMod(host, root) {
  if (await host.stat(path.join(root, ".git"))) return null;
  let d = root;
  for (let i = 0; i < 16 && path.dirname(d) !== d; i++) {
    d = path.dirname(d);
    for (const name of ["go.mod", "go.work"]) if ((await host.stat(path.join(d, name)))?.isFile) return path.relative(root, path.join(d, name)).split(path.sep).join("/");
    if (await host.stat(path.join(d, ".git"))) return null;
  }
  return null;
}
__name(outerGoMod, "outerGoMod");
async function nearestGoMod(host, dir, root) {
  for (let d = dir; ; d = path.dirname(d)) {
    const p = path.join(d, "go.mod");
    if ((await host.stat(p))?.isFile) return p;
    if (d === root || path.dirname(d) === d || !d.startsWith(root)) return null;
  }
}
__name(nearestGoMod, "nearestGoMod");
var MODULE_VERSION_DIR = /(^|\/)[^/]+@v\d+\.\d+\.\d+[^/]*(\/|$)/;
async function checkWorkspaceUses(host, root, facts) {
  for (const w of facts.mods) {
    if (w.kind !== "go.work") continue;
    const base2 = path.join(root, path.dirname(w.path));
    if (MODULE_VERSION_DIR.test(base2.split(path.sep).join("/"))) continue;
    await Promise.all(w.uses.map(async (u) => {
      u.goMod = (await host.stat(path.resolve(base2, u.value, "go.mod")))?.isFile ?? false;
    }));
  }
}
__name(checkWorkspaceUses, "checkWorkspaceUses");
function readGitlabIncludes(facts, files, texts, rejected) {
  const roots = /* @__PURE__ */ new Map();
  for (const c of facts.ci) {
    const m = /^(?:(.*)\/)?\.gitlab\//.exec(c.path);
    if (c.kind === "gitlab") roots.set(c.path, m ? m[1] ?? "" : c.path.includes("/") ? c.path.slice(0, c.path.lastIndexOf("/")) : "");
  }
  for (let round = 0; round < 4 && readIncludedOnce(facts, files, texts, rejected, roots); round++) ;
}
__name(readGitlabIncludes, "readGitlabIncludes");
function readIncludedOnce(facts, files, texts, rejected, roots) {
  const included = /* @__PURE__ */ new Map();
  let added = false;
  for (const c of facts.ci) {
    const root = roots.get(c.path);
    if (root === void 0 || !c.includes) continue;
    for (const inc of c.includes) included.set(root ? `${root}/${inc}` : inc, root);
  }
  files.forEach((f, i) => {
    const text2 = texts[i];
    const root = included.get(f.rel);
    if (root === void 0 || kindOf2(f.rel) !== "manifest" || text2 === null || text2 === void 0) return;
    roots.set(f.rel, root);
    if (facts.ci.some((c) => c.path === f.rel)) return;
    facts.files = facts.files.filter((x) => x.path !== f.rel);
    if (facts.manifests) facts.manifests = facts.manifests.filter((x) => x.path !== f.rel);
    if (addFile(facts, { path: f.rel, text: text2 }, "gitlab-ci")) rejected.push({ input: { path: f.rel, text: text2 }, kind: "gitlab-ci" });
    added = true;
  });
  return added;
}
__name(readIncludedOnce, "readIncludedOnce");
async function discoverFiles(host, options) {
  const opts = { ...options, root: path.resolve(options.root) };
  const facts = emptyFilesFacts(opts.root);
  const progress = opts.progress;
  const found = { config: [], go: [], entries: 0, progress, dirs: [], goTruncated: false, goPartial: /* @__PURE__ */ new Set() };
  const named = /* @__PURE__ */ new Set();
  for (const p of opts.paths) {
    const abs = path.resolve(opts.root, p);
    const st = await host.stat(abs);
    if (!st) throw new UnknownFileError(`${p}: no such file or directory`);
    if (st.isDir) {
      found.dirs.push(abs);
      await walk(host, abs, opts.root, 0, found);
    } else {
      const rel = toRel(opts.root, abs);
      if (!kindOf2(rel)) throw new UnknownFileError(`${p}: not a file godiag lint reads (Dockerfile, Containerfile, *.Dockerfile, .github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work, tools.go, .golangci.yml, Kubernetes manifests, Helm values and compose files)`);
      found.config.push({ abs, rel });
      named.add(abs);
      const mod = await nearestGoMod(host, path.dirname(abs), opts.root);
      if (mod) found.config.push({ abs: mod, rel: toRel(opts.root, mod), context: true });
    }
  }
  const goProbe = opts.goVersion === void 0 ? probeInstalledGo(host, opts.timeoutMs) : null;
  const byPath = /* @__PURE__ */ new Map();
  for (const f of found.config) if (!byPath.has(f.abs) || !f.context) byPath.set(f.abs, f);
  const unique = [...byPath.values()].sort((a, b) => compareText(a.rel, b.rel));
  progress?.(`reading ${unique.length} files`);
  const budgets = { files: MAX_TOTAL_BYTES, manifest: MAX_TOTAL_BYTES / 2 };
  const sizes = await pool(unique, READ_CONCURRENCY, async (f) => (await host.stat(f.abs))?.size ?? 0);
  const tooLarge = unique.map((f, i) => {
    const kind = kindOf2(f.rel);
    const size = sizes[i];
    const pot = kind === "manifest" ? "manifest" : "files";
    if (size > MAX_BYTES_BY_KIND[kind]) return `too large, not analysed: ${size} bytes (godiag reads a ${kind} file of up to ${MAX_BYTES_BY_KIND[kind]} bytes)`;
    if (size > budgets[pot]) return `not analysed: ${size} bytes past the ${pot === "manifest" ? MAX_TOTAL_BYTES / 2 : MAX_TOTAL_BYTES} bytes godiag reads in one run`;
    budgets[pot] -= size;
    return null;
  });
  const texts = await pool(unique.map((f, i) => ({ f, i })), READ_CONCURRENCY, ({ f, i }) => tooLarge[i] ? Promise.resolve(null) : host.readText(f.abs, MAX_BYTES_BY_KIND[kindOf2(f.rel)]));
  const perKind = /* @__PURE__ */ new Map();
  let sliceStart = performance.now();
  const rejected = [];
  const chartOf = chartValuesIndex(unique.map((f, i) => ({ path: f.rel, text: texts[i] ?? null })));
  for (let i = 0; i < unique.length; i++) {
    if (performance.now() - sliceStart > YIELD_EVERY_MS) {
      await new Promise((resolve3) => setImmediate(resolve3));
      sliceStart = performance.now();
    }
    const f = unique[i];
    const kind = kindOf2(f.rel);
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    progress?.(() => `read ${i + 1} of ${unique.length} files: ${[...perKind].map(([k, n]) => `${n} ${k}`).join(", ")}`);
    const text2 = texts[i] ?? null;
    if ((tooLarge[i] || text2 === null) && kind === "manifest" && !named.has(f.abs)) continue;
    if (tooLarge[i]) facts.files.push({ path: f.rel, kind, error: tooLarge[i] });
    else if (text2 === null) facts.files.push({ path: f.rel, kind, error: "cannot read file" });
    else if (addFile(facts, { path: f.rel, text: text2, chart: kind === "manifest" ? chartOf(f.rel) : void 0 }, kind)) rejected.push({ input: { path: f.rel, text: text2 }, kind });
    if (f.context) facts.files.at(-1).context = true;
  }
  readGitlabIncludes(facts, unique, texts, rejected);
  if (rejected.length) {
    const { loadYamlRecovering } = await import("./yaml-recover-SDFX7EO3.js");
    for (const r of rejected) rereadYaml(facts, r.input, r.kind, loadYamlRecovering);
  }
  finishFiles(facts);
  facts.outerGoMod = await outerGoMod(host, opts.root);
  await checkWorkspaceUses(host, opts.root, facts);
  const needTls = facts.dockerfiles.some((d) => {
    const final = d.stages.at(-1);
    return !!final && imageOf(d, final)?.toLowerCase() === "scratch";
  });
  const needImports = needTls || !!facts.manifests?.length;
  const needCgo = buildsGo(facts);
  const goToRead = needImports || needCgo ? found.go : [];
  progress?.(`reading ${goToRead.length} Go sources`);
  const goTexts = await pool(goToRead, READ_CONCURRENCY, (g) => host.readText(g, GO_SOURCE_BYTES));
  const goDirs = /* @__PURE__ */ new Set();
  found.go.forEach((g, i) => {
    const rel = toRel(opts.root, g);
    goDirs.add(dirOf(rel));
    const text2 = needImports ? goTexts[i] : null;
    if (text2 && AUTOMAXPROCS.test(text2.slice(0, 16384))) (facts.goSources.automaxprocs ??= []).push(rel);
    const seen = text2 ? outboundTls(text2) : null;
    if (seen) {
      facts.goSources.tlsFiles.push(rel);
      (facts.goSources.tlsSeen ??= {})[rel] = seen;
    }
  });
  facts.goSources.dirs = [...goDirs].sort(compareText);
  facts.goSources.tlsFiles.sort(compareText);
  facts.goSources.scanned = goToRead.length;
  if (needCgo) {
    progress?.("reading Go packages");
    facts.goPackages = await lintGoPackages(host, opts.root, facts.mods, { dirs: found.dirs, files: found.go, texts: goTexts, truncated: found.goTruncated, partialDirs: found.goPartial });
  }
  if (goProbe) {
    progress?.("waiting for go version");
    facts.installedGo = await goProbe;
  } else if (opts.goVersion === null) facts.installedGo = { version: null, error: "not probed (--go-version none)" };
  else facts.installedGo = { version: opts.goVersion, error: null };
  return facts;
}
__name(discoverFiles, "discoverFiles");

// src/engine/ignores.ts
var matches = /* @__PURE__ */ __name((d, f) => d.rules.some((r) => r === f.ruleId || r === f.ruleName), "matches");
function applyDirectives(findings, directives) {
  const problems = directives.filter((d) => d.problem !== null);
  const valid = directives.filter((d) => d.problem === null);
  const byFile = /* @__PURE__ */ new Map();
  for (const d of valid) byFile.set(d.file, [...byFile.get(d.file) ?? [], d]);
  const out = [];
  const suppressed = [];
  for (const f of findings) {
    const file = f.location?.file;
    const ds = file ? byFile.get(file) ?? [] : [];
    const ignore = ds.find((d) => matches(d, f) && (d.kind === "ignore-file" || d.kind === "ignore" && d.target === f.location?.line));
    if (ignore) {
      suppressed.push({ finding: f, reason: ignore.reason ?? "", directive: { file: ignore.file, line: ignore.line } });
      continue;
    }
    const sev = ds.filter((d) => d.kind === "severity" && matches(d, f)).at(-1);
    if (sev?.severity === "off") {
      suppressed.push({ finding: f, reason: `severity ${f.ruleId}=off`, directive: { file: sev.file, line: sev.line } });
      continue;
    }
    out.push(sev?.severity ? { ...f, severity: sev.severity } : f);
  }
  return { findings: out, suppressed, problems };
}
__name(applyDirectives, "applyDirectives");

// src/cli/lint-input.ts
function parseGoVersionFlag(v) {
  if (v === void 0) return void 0;
  if (v === "none") return null;
  const go = `go${v.trim().replace(/^go/, "")}`;
  if (!/^go\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(go) || !isValidGoVersion(go)) {
    throw new UsageError(`--go-version must be a Go version such as 1.22.3 or go1.22.3, or none (got ${JSON.stringify(v)})`);
  }
  return go;
}
__name(parseGoVersionFlag, "parseGoVersionFlag");
var RULE_REF = /^(gd\w*|[a-z][a-z0-9]*(-[a-z0-9]+)+)$/i;
async function checkRuleIds(config, files, lintRules) {
  const lint = new Set(lintRules.flatMap((r) => [r.id.toLowerCase(), r.name]));
  const named = [
    ...Object.keys(config).map((id) => ({ id, where: "config rules" })),
    // In a directive only what reads as a rule reference counts (GDnnn or a kebab-case name): a
    // comment that merely mentions godiag is prose, not a typo to stop the run for.
    ...files.directives.flatMap((d) => d.rules.filter((id) => RULE_REF.test(id)).map((id) => ({ id, where: `${d.file}:${d.line}` })))
  ].filter((x, i, all) => !lint.has(x.id.toLowerCase()) && !lint.has(x.id) && all.findIndex((y) => y.id === x.id && y.where === x.where) === i);
  if (!named.length) return;
  const { findRule, RETIRED_IDS } = await import("./rules-T7D5VQBF.js");
  const bad = named.filter((x) => !findRule(x.id) && !RETIRED_IDS.includes(x.id.toUpperCase()));
  if (bad.length) throw new UsageError(`unknown rule id${bad.length > 1 ? "s" : ""} (godiag rules lists them): ${bad.map((b) => `${b.id} (${b.where})`).join(", ")}`);
}
__name(checkRuleIds, "checkRuleIds");
function checkSomethingRead(files, where) {
  if (files.files.some((f) => !f.context)) return;
  throw new UsageError(`no file godiag lint reads was found in ${where} (Dockerfile, Containerfile, *.Dockerfile, .github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work, tools.go, .golangci.yml, Kubernetes manifests, Helm values, compose files); nothing was checked`);
}
__name(checkSomethingRead, "checkSomethingRead");

// src/cli/commands/lint.ts
var HELP = `usage: godiag lint [flags] [PATH...]

Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod/go.work.
PATHs are directories (searched for Dockerfile, Containerfile, *.Dockerfile,
.github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work,
tools.go, .golangci.yml) or such files; default: the current directory.
Files are read, never executed. \`go version\` runs once (GOTOOLCHAIN=local). go.mod
requirements are looked up in the module cache ($GOMODCACHE, else $GOPATH/pkg/mod), offline,
for versions their authors retracted.

flags:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, files read, suppressed findings
      --config FILE                       .godiag.yaml/.json: rules: {GD601: off|info|warning|error}
      --cwd DIR                           the repository root (default: current directory)
      --go-version VERSION|none           the installed Go to compare go lines with (default: probe go)
      --vuln                              match each go.mod requirement against the Go vulnerability
                                          database (golang.org/x/vulndb in the module cache; godiag vulndb
                                          update fetches it). Version matching, offline: not govulncheck.
      --vuln=govulncheck                  also run govulncheck -scan module (found on PATH) in each module
                                          with the same database, and show its verdict beside ours
      --vulndb DIR                        OSV entries to match against (implies --vuln)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)

inline, in any linted file:
  # godiag ignore=GD601 -- reason        skip findings on the next line (a reason is required)
  # godiag ignore-file=GD601 -- reason   skip them in this file
  # godiag severity GD601=info           change the severity in this file (off removes)
`;
var LINT_RULES = [...DOCKERFILE_RULES, ...CI_RULES, ...GOMOD_RULES, ...DEPLOY_RULES, gd527];
function manifestLines(files, verbose) {
  const m = files.manifests ?? [];
  if (m.length === 0) return [];
  const skipped = m.flatMap((f) => f.skipped.map((s) => `${f.path}:${s.line}: ${s.reason}`));
  const workloads = m.reduce((n, f) => n + f.workloads.length, 0);
  const formats = ["kubernetes", "helm-values", "compose"].map((k) => [k, m.filter((f) => f.format === k).length]).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(", ");
  const head = `deployment manifests: ${m.length} file(s) (${formats}), ${workloads} workload(s)${skipped.length ? `; ${skipped.length} document(s) not read${verbose ? ":" : " (-v lists them)"}` : ""}`;
  return [head, ...verbose ? skipped.map((s) => `  ${s}`) : []];
}
__name(manifestLines, "manifestLines");
function retractionLines(r, verbose) {
  if (r.goMods === 0) return [];
  if (r.note) return [`retracted requirements: not checked (${r.note})`];
  return verbose ? [`retracted requirements: ${r.latestRead} requirement(s) of ${r.goMods} go.mod file(s) had a newer go.mod in the module cache ${r.gomodcache}`] : [];
}
__name(retractionLines, "retractionLines");
function sections(files, retractions, suppressed, problems, verbose) {
  const out = [];
  const go = files.installedGo.version ? `installed Go: ${files.installedGo.version} (go version, GOTOOLCHAIN=local)` : `installed Go: unknown (${files.installedGo.error}); go lines are not compared with it`;
  out.push({
    title: `Files (${files.files.length} read)`,
    lines: [
      ...verbose || !files.installedGo.version ? [go] : [],
      // Files not analysed are findings (GD749, GD711); the plain list repeats them only with -v.
      ...verbose ? files.files.map((f) => `${f.path} (${f.kind}${f.context ? ", context only" : ""})${f.error ? `: ${f.error}` : ""}`) : [],
      ...manifestLines(files, verbose),
      ...retractionLines(retractions, verbose)
    ]
  });
  if (problems.length) out.push({ title: "Directives not applied", lines: problems.map((d) => `${d.file}:${d.line}: ${d.problem}`) });
  if (suppressed.length) {
    out.push({
      title: `Suppressed (${suppressed.length})`,
      lines: verbose ? suppressed.map((s) => `${s.finding.location?.file}:${s.finding.location?.line} ${s.finding.ruleId} \u2014 ${s.reason}`) : [`${suppressed.length} finding(s) suppressed by inline directives (-v lists them)`]
    });
  }
  return out;
}
__name(sections, "sections");
function contextPaths(files) {
  return new Set(files.files.filter((f) => f.context).map((f) => f.path));
}
__name(contextPaths, "contextPaths");
function lintSelection(files) {
  const out = {
    suppressed: [],
    problems: [],
    select(result) {
      const context = contextPaths(files);
      const linted = result.findings.filter((f) => !f.location || !context.has(f.location.file));
      const { findings, suppressed, problems } = applyDirectives(linted, files.directives);
      findings.sort((a, b) => compareText(a.location?.file ?? "", b.location?.file ?? "") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.ruleId, b.ruleId));
      out.suppressed = suppressed;
      out.problems = problems;
      return { findings, skipped: result.skipped, passed: result.passed };
    }
  };
  return out;
}
__name(lintSelection, "lintSelection");
async function run(rawArgv, io) {
  const { argv, govulncheck } = vulnMode(rawArgv);
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS, "go-version": { type: "string" }, ...VULN_FLAGS }, true);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = checkFormat(values.format ?? "text", REPORT_FORMATS);
  parseFailOn(values["fail-on"]);
  const root = path2.resolve(io.cwd, values.cwd ?? ".");
  const config = await loadUserConfig(values.config, root);
  const goVersion = parseGoVersionFlag(values["go-version"]);
  const vulnDb = await loadVulnDb(io, root, values);
  const govulncheckProgram = govulncheck ? await requireGovulncheck(io) : null;
  const host = new LocalHost(io.env);
  let filesFacts;
  const started = performance.now();
  const status = startStatus(io, "lint", !!values["no-progress"]);
  try {
    filesFacts = await discoverFiles(host, { root, paths: positionals.length ? positionals.map((p) => path2.resolve(io.cwd, p)) : [root], goVersion, progress: /* @__PURE__ */ __name((step) => status.set(step), "progress") });
  } catch (e) {
    if (e instanceof UnknownFileError) throw new UsageError(e.message);
    throw e;
  } finally {
    status.done();
  }
  checkSomethingRead(filesFacts, positionals.length ? positionals.join(", ") : root);
  await checkRuleIds(config.rules, filesFacts, LINT_RULES);
  const files = { ok: true, value: filesFacts, ms: Math.round(performance.now() - started) };
  const selection = lintSelection(filesFacts);
  const context = contextPaths(filesFacts);
  const lintedGoMods = filesFacts.mods.filter((m) => m.kind === "go.mod" && !context.has(m.path)).map((m) => ({ ...m, requires: m.requires ?? [] }));
  const retractions = await collectRetractions(host, defaultModCache(io.env, process.platform), lintedGoMods);
  const facts = factsOf(host, root, { files, retractions: { ok: true, value: retractions } });
  const extra = [];
  if (vulnDb) {
    const v = matchModFiles(vulnDb, filesFacts.mods);
    facts.vulns = { ok: true, value: v };
    if (govulncheckProgram) {
      v.govulncheck = await runGovulncheck(host, govulncheckProgram, vulnDb.dir, lintedGoMods.map((m) => ({ kind: "module", path: path2.join(root, dirOf(m.path)), shown: m.path })));
      extra.push(govulncheckSection(v.govulncheck, (target) => v.modules.filter((m) => m.file === target).flatMap((m) => m.advisories.map((a) => a.id))));
    }
  }
  return runCommand(io, {
    command: "lint",
    facts,
    rules: vulnDb ? [...LINT_RULES, gd525] : LINT_RULES,
    config,
    timings: { files: files.ms ?? 0 },
    select: selection.select,
    sections: /* @__PURE__ */ __name(() => [...sections(filesFacts, retractions, selection.suppressed, selection.problems, !!values.verbose), ...extra], "sections")
  }, { ...values, format });
}
__name(run, "run");
export {
  lintSelection,
  run
};
