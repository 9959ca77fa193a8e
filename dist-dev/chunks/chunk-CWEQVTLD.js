import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  MAX_BLOCK,
  UsageError,
  VERSION,
  decideColor,
  makeStyle,
  visible,
  visibleDeep
} from "./chunk-2UDLJF23.js";
import {
  originLocation
} from "./chunk-NUDDGLDA.js";
import {
  redactDeep,
  redactString
} from "./chunk-OQWCGIDS.js";
import {
  CATEGORIES,
  severityRank
} from "./chunk-MGOUR3LB.js";
import {
  writeFile
} from "./chunk-77TINIMA.js";
import {
  isHostError,
  readCappedText,
  statLocal,
  statLocalWhy
} from "./chunk-SDAAKID4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/stream.ts
function sectionHeading(title, color) {
  return title ? [makeStyle(color).bold(title)] : [];
}
__name(sectionHeading, "sectionHeading");
var SectionStream = class {
  constructor(write, title, color) {
    this.write = write;
    const heading = sectionHeading(title, color);
    if (heading.length) this.write(heading.join("\n") + "\n");
  }
  write;
  static {
    __name(this, "SectionStream");
  }
  lines(lines) {
    if (lines.length) this.write(lines.map((l) => visible(redactString(l), MAX_BLOCK)).join("\n") + "\n");
  }
  /** The closing lines (totals), then the blank line that ends every text section. */
  end(closing) {
    this.lines([...closing, ""]);
  }
};

// src/cli/output.ts
import * as path5 from "node:path";
import { parseArgs } from "node:util";

// src/report/fixes.ts
function describeFix(f) {
  switch (f.kind) {
    case "command": {
      const where = [f.os, f.shell].filter(Boolean).join(", ");
      return [`${f.title}${where ? ` (${where})` : ""}:`, `    ${f.command.split("\n").join("\n    ")}`];
    }
    case "edit": {
      const at = f.range ? `lines ${f.range.startLine}-${f.range.endLine} of ${f.file}` : `append to ${f.file}`;
      return [`${f.title} (${at}):`, ...f.replacement.replace(/\n$/, "").split("\n").map((l) => `    ${l}`)];
    }
    case "manual":
      return [`${f.title}:`, ...f.steps.map((s) => `    - ${s}`), ...f.url ? [`    see ${f.url}`] : []];
  }
}
__name(describeFix, "describeFix");

// src/report/text.ts
var AREA_TITLES = {
  toolchain: "Go toolchains",
  settings: "Go settings",
  shell: "Shell startup",
  system: "System",
  modules: "Modules",
  dockerfile: "Dockerfiles",
  ci: "CI and Makefiles",
  gomod: "go.mod and go.work",
  artifact: "Binaries",
  runtime: "Runtime checks",
  hang: "Blocked output",
  remote: "Remote target"
};
function locationText(f) {
  const l = f.location;
  if (!l) return "";
  const text = `${l.file}${l.line ? `:${l.line}` : ""}${l.line && l.column ? `:${l.column}` : ""}`;
  return f.message.startsWith(`${l.file}${l.line ? `:${l.line}` : ""}`) ? "" : `${text} `;
}
__name(locationText, "locationText");
var textReporter = /* @__PURE__ */ __name((model, opts) => {
  const st = makeStyle(opts.color);
  const out = [];
  for (const s of model.sections ?? []) {
    for (const l of sectionHeading(s.title, opts.color)) out.push(l);
    for (const l of s.lines) out.push(l);
    if (s.table) for (const l of alignTable(s.table.headers, s.table.rows, opts.columns)) out.push(l);
    out.push("");
  }
  const ruleById = new Map(model.rules.map((r) => [r.id, r]));
  const areas = CATEGORIES.filter((c) => model.rules.some((r) => r.category === c));
  for (const area of areas) {
    const findings = model.findings.filter((f) => f.category === area).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const ran = model.rules.filter((r) => r.category === area);
    const skipped = model.skipped.filter((s) => ruleById.get(s.ruleId)?.category === area);
    const worst = findings[0]?.severity;
    const mark = worst === "error" ? st.red("[\u2717]") : worst === "warning" ? st.yellow("[!]") : worst === "info" ? st.blue("[i]") : skipped.length === ran.length && ran.length > 0 ? st.dim("[-]") : st.green("[\u2713]");
    const counts = findings.length ? `${findings.length} finding${findings.length > 1 ? "s" : ""}` : skipped.length === ran.length ? "not checked" : `${ran.length - skipped.length} checks passed`;
    out.push(`${mark} ${st.bold(AREA_TITLES[area] ?? area)} ${st.dim(`(${counts})`)}`);
    for (const f of findings) {
      const sym = f.severity === "error" ? st.red("\u2717") : f.severity === "warning" ? st.yellow("!") : st.blue("i");
      out.push(`    ${sym} ${locationText(f)}${st.bold(f.ruleId)} ${f.message}`);
      for (const r of f.related ?? []) out.push(`      ${st.dim("see:")} ${r.file}${r.line ? `:${r.line}` : ""} ${r.message}`);
      const why = ruleById.get(f.ruleId)?.why;
      if (why) out.push(`      ${st.dim("why:")} ${why}`);
      const fixes = opts.verbose ? f.fixes : f.fixes.slice(0, 1);
      for (const fix of fixes) {
        const [head, ...rest] = describeFix(fix);
        out.push(`      ${st.dim("fix:")} ${head}`);
        for (const r of rest) out.push(`      ${r}`);
      }
      if (opts.verbose) {
        for (const [k, v] of Object.entries(f.evidence)) out.push(`      ${st.dim(`${k}:`)} ${typeof v === "string" ? v : JSON.stringify(v)}`);
        for (const s of f.sources) out.push(`      ${st.dim("source:")} ${s}`);
        out.push(`      ${st.dim("docs:")} godiag explain ${f.ruleId}`);
      }
    }
    if (opts.verbose) for (const s of skipped) out.push(`    ${st.dim(`- ${s.ruleId} skipped: ${s.reason}`)}`);
  }
  if (opts.verbose && Object.keys(model.timings).length) {
    out.push("", st.dim("timings: " + Object.entries(model.timings).map(([k, v]) => `${k} ${v} ms`).join(", ")));
  }
  const n = /* @__PURE__ */ __name((s) => model.findings.filter((f) => f.severity === s).length, "n");
  const summary = `${n("error")} error(s), ${n("warning")} warning(s), ${n("info")} info`;
  const skippedNote = model.skipped.length ? `, ${model.skipped.length} rule(s) skipped${opts.verbose ? "" : " (-v lists why)"}` : "";
  out.push("", summary + skippedNote);
  return out.join("\n") + "\n";
}, "textReporter");
var MIN_COLUMN = 8;
function alignTable(headers, rows, columns) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  if (columns && columns > 0) {
    const total = /* @__PURE__ */ __name(() => 2 + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1), "total");
    while (total() > columns) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest] <= MIN_COLUMN) break;
      widths[widest]--;
    }
  }
  const fit = /* @__PURE__ */ __name((c, w) => {
    if (c.length <= w) return c;
    const head = Math.ceil((w - 1) / 2);
    return c.slice(0, head) + "\u2026" + c.slice(c.length - (w - 1 - head));
  }, "fit");
  const line = /* @__PURE__ */ __name((cells) => "  " + cells.map((c, i) => i === cells.length - 1 ? fit(c, widths[i]) : fit(c, widths[i]).padEnd(widths[i])).join("  "), "line");
  return [line(headers), ...rows.map(line)];
}
__name(alignTable, "alignTable");

// src/report/json-stream.ts
var PIECE = 64 * 1024;
function* jsonPieces(value, indent) {
  let buffer = "";
  for (const part of parts(value, indent ? " ".repeat(indent) : "", "")) {
    buffer += part;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}
__name(jsonPieces, "jsonPieces");
function omitted(v) {
  return v === void 0 || typeof v === "function" || typeof v === "symbol";
}
__name(omitted, "omitted");
function isStreamedList(v) {
  return !Array.isArray(v) && Symbol.iterator in v && typeof v.toJSON === "function";
}
__name(isStreamedList, "isStreamedList");
function isFlat(v) {
  let n = 0;
  for (const k in v) {
    const x = v[k];
    if (x !== null && typeof x === "object" || ++n > 8) return false;
  }
  return true;
}
__name(isFlat, "isFlat");
function* parts(v, gap, at) {
  if (v !== null && typeof v === "object" && isStreamedList(v)) return yield* listParts(v, gap, at);
  if (v === null || typeof v !== "object" || typeof v.toJSON === "function" || isFlat(v)) {
    const text = JSON.stringify(v, null, gap) ?? "null";
    yield gap && at && text.includes("\n") ? text.replaceAll("\n", `
${at}`) : text;
    return;
  }
  if (Array.isArray(v)) return yield* listParts(v, gap, at);
  const inner = at + gap;
  const open = gap ? `
${inner}` : "";
  const close = gap ? `
${at}` : "";
  const entries = Object.entries(v).filter(([, x]) => !omitted(x));
  if (entries.length === 0) return yield "{}";
  yield "{";
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i];
    yield `${i ? "," : ""}${open}${JSON.stringify(k)}:${gap ? " " : ""}`;
    yield* parts(x, gap, inner);
  }
  yield `${close}}`;
}
__name(parts, "parts");
function* listParts(list, gap, at) {
  const inner = at + gap;
  const open = gap ? `
${inner}` : "";
  let first = true;
  for (const x of list) {
    yield first ? `[${open}` : `,${open}`;
    first = false;
    yield* omitted(x) ? ["null"] : parts(x, gap, inner);
  }
  yield first ? "[]" : `${gap ? `
${at}` : ""}]`;
}
__name(listParts, "listParts");

// src/report/json.ts
var jsonReporter = /* @__PURE__ */ __name(function* (model, opts) {
  const { schemaVersion, tool, command, facts, findings, skipped, timings } = model;
  yield* jsonPieces({ schemaVersion, tool, command, facts, findings, skipped, timings }, opts.pretty ? 2 : void 0);
  yield "\n";
}, "jsonReporter");

// src/report/markdown.ts
var SHORT_SECTION_LINES = 10;
var markdownCell = /* @__PURE__ */ __name((s) => s.replace(/\|/g, "\\|").replace(/\n/g, " "), "markdownCell");
var cell = markdownCell;
var html = /* @__PURE__ */ __name((s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"), "html");
var markdownReporter = /* @__PURE__ */ __name((model) => {
  const out = [`## godiag ${model.command} report`, "", `godiag ${model.tool.version}`, ""];
  const n = /* @__PURE__ */ __name((s) => model.findings.filter((f) => f.severity === s).length, "n");
  out.push("### Summary", "", `- verdict: **${n("error")} error(s), ${n("warning")} warning(s), ${n("info")} info**${model.skipped.length ? `, ${model.skipped.length} rule(s) skipped` : ""}`);
  for (const line of model.summary ?? []) out.push(`- ${line}`);
  out.push("");
  const long = /* @__PURE__ */ __name((sec) => !!sec.table || sec.lines.length > SHORT_SECTION_LINES, "long");
  for (const sec of (model.sections ?? []).filter((x) => !long(x))) {
    out.push(`### ${sec.title}`, "");
    if (sec.lines.length) out.push("```", ...sec.lines, "```", "");
  }
  out.push("### Findings", "");
  if (model.findings.length === 0) out.push("No findings.", "");
  for (const area of CATEGORIES) {
    const fs = model.findings.filter((f) => f.category === area);
    if (!fs.length) continue;
    out.push(`#### ${area}`, "");
    for (const f of fs) {
      const loc = f.location ? ` \`${f.location.file}${f.location.line ? `:${f.location.line}` : ""}\`` : "";
      out.push(`- **${f.severity}** \`${f.ruleId}\` ${f.ruleName}${loc}: ${f.message}`);
      for (const fix of f.fixes.slice(0, 2)) {
        const [head, ...rest] = describeFix(fix);
        out.push(`  - fix: ${head}`);
        if (rest.length) out.push("", "    ```", ...rest.map((r) => "    " + r.trimStart()), "    ```", "");
      }
      if (f.sources.length) out.push(`  - sources: ${f.sources.join(", ")}`);
    }
    out.push("");
  }
  for (const s of (model.sections ?? []).filter(long)) {
    out.push(`<details><summary>${html(s.title)}</summary>`, "");
    if (s.lines.length) out.push("```", ...s.lines, "```", "");
    if (s.table) {
      out.push(`| ${s.table.headers.map(cell).join(" | ")} |`, `|${s.table.headers.map(() => "---").join("|")}|`);
      for (const r of s.table.rows) out.push(`| ${r.map(cell).join(" | ")} |`);
      out.push("");
    }
    out.push("</details>", "");
  }
  if (model.skipped.length) {
    out.push("<details><summary>Skipped rules</summary>", "");
    for (const s of model.skipped) out.push(`- \`${s.ruleId}\`: ${s.reason}`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}, "markdownReporter");

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_KEY = "godiagFindingHash/v1";
var NUMBER = /\d+(?:[.,]\d+)*(?:\s*(?:[KMGTP]i?B|bytes?|B|ms|µs|s)\b)?/g;
function fingerprints(findings, fileOf) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const data = Object.entries(f.data).filter(([, v]) => typeof v !== "number").map(([k, v]) => [k, String(v).replace(NUMBER, "0")]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    const key = createHash("sha256").update(JSON.stringify([f.ruleId, f.messageId, fileOf(f), data])).digest("hex").slice(0, 32);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  });
}
__name(fingerprints, "fingerprints");

// src/report/model.ts
var DOCS_BASE = "docs/rules";
var DOCS_URL = `https://unpkg.com/godiag@${VERSION}/${DOCS_BASE}`;
function summarizeRule(r) {
  return {
    id: r.id,
    name: r.name,
    category: r.category,
    severity: r.severity,
    title: r.title,
    sources: [...r.sources],
    helpUri: `${DOCS_BASE}/${r.id}.md`,
    why: firstSentence(r.docs.why),
    help: [`**${r.title}.**`, "", r.docs.what, "", `**Why it matters.** ${r.docs.why}`, "", `**How to fix.** ${r.docs.fix}`, "", `Sources: ${r.sources.join(", ")}`].join("\n")
  };
}
__name(summarizeRule, "summarizeRule");
function firstSentence(s) {
  const m = /^(.+?[.!?])(\s|$)/s.exec(s.trim());
  return (m ? m[1] : s.trim()).replace(/\s+/g, " ");
}
__name(firstSentence, "firstSentence");

// src/report/site.ts
import * as path from "node:path";
import { pathToFileURL } from "node:url";
function sitePath(file, site) {
  const abs = site.home && file.startsWith("~/") ? path.join(site.home, file.slice(2)) : path.resolve(site.base, file);
  const rel = path.relative(site.repoRoot, abs);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return { inRepo: false, abs };
  return { inRepo: true, rel: rel.split(path.sep).join("/") };
}
__name(sitePath, "sitePath");
function siteUri(p) {
  return p.inRepo ? p.rel.split("/").map(encodeURIComponent).join("/") : pathToFileURL(p.abs).href;
}
__name(siteUri, "siteUri");
function dirUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : href + "/";
}
__name(dirUri, "dirUri");
function siteText(p) {
  return p.inRepo ? p.rel : p.abs;
}
__name(siteText, "siteText");

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SRCROOT = "%SRCROOT%";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var sarifReporter = /* @__PURE__ */ __name((model, opts) => {
  const site = model.site ?? { base: process.cwd(), repoRoot: process.cwd() };
  const ruleIndex = new Map(model.rules.map((r, i) => [r.id, i]));
  const artifact = /* @__PURE__ */ __name((file) => {
    const p = sitePath(file, site);
    return p.inRepo ? { uri: siteUri(p), uriBaseId: SRCROOT } : { uri: siteUri(p) };
  }, "artifact");
  const prints = model.fingerprints ?? fingerprints(model.findings, (f) => f.location ? siteText(sitePath(f.location.file, site)) : "");
  const result = /* @__PURE__ */ __name((f, i) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    ...f.location ? { locations: [{ physicalLocation: { artifactLocation: artifact(f.location.file), region: region(f.location) } }] } : {},
    ...f.related?.length ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifact(r.file), region: region(r) }, message: { text: r.message } })) } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
    ...editFixes(f).length ? { fixes: editFixes(f).map((x) => sarifFix(x, artifact)) } : {},
    properties: { ruleName: f.ruleName, category: f.category, messageId: f.messageId, evidence: f.evidence }
  }), "result");
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "godiag",
          version: model.tool.version,
          semanticVersion: model.tool.version,
          informationUri: "https://www.npmjs.com/package/godiag",
          rules: model.rules.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.title },
            fullDescription: { text: r.why || r.title },
            helpUri: `${DOCS_URL}/${r.id}.md`,
            help: { text: `${r.title}. Sources: ${r.sources.join(", ")}`, markdown: r.help },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { tags: ["go", r.category], category: r.category, sources: r.sources }
          }))
        }
      },
      // GitHub resolves %SRCROOT% to the checkout; the absolute root lets other consumers (and
      // GitHub, for file:// URIs outside it) place the paths too.
      originalUriBaseIds: { [SRCROOT]: { uri: dirUri(site.repoRoot) } },
      invocations: [{ executionSuccessful: true, workingDirectory: { uri: dirUri(site.repoRoot) } }],
      automationDetails: { id: `godiag/${model.command.replace(/\s+/g, "-")}/` },
      results: model.findings.map(result)
    }]
  };
  return JSON.stringify(sarif, null, opts.pretty ? 2 : void 0) + "\n";
}, "sarifReporter");
function region(l) {
  if (!l.line) return { startLine: 1 };
  return {
    startLine: l.line,
    ...l.column ? { startColumn: l.column } : {},
    ...l.endLine ? { endLine: l.endLine } : {},
    ...l.endColumn ? { endColumn: l.endColumn } : {}
  };
}
__name(region, "region");
function editFixes(f) {
  return f.fixes.filter((x) => x.kind === "edit" && !!x.range);
}
__name(editFixes, "editFixes");
function sarifFix(x, artifact) {
  return {
    description: { text: x.title },
    artifactChanges: [{
      artifactLocation: artifact(x.file),
      // Without columns a region spans whole lines up to (not including) the last line's end of line.
      replacements: [{ deletedRegion: { startLine: x.range.startLine, endLine: x.range.endLine }, insertedContent: { text: x.replacement.replace(/\n$/, "") } }]
    }]
  };
}
__name(sarifFix, "sarifFix");

// src/report/github.ts
var LEVEL2 = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeProperty, "escapeProperty");
function annotation(f, site, l = f.location, message = f.message) {
  const props = [];
  if (l) {
    props.push(`file=${escapeProperty(site ? siteText(sitePath(l.file, site)) : l.file)}`);
    if (l.line) props.push(`line=${l.line}`);
    if (l.column) props.push(`col=${l.column}`);
    if (l.endLine) props.push(`endLine=${l.endLine}`);
    if (l.endColumn) props.push(`endColumn=${l.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`);
  return `::${LEVEL2[f.severity]} ${props.join(",")}::${escapeData(message)}`;
}
__name(annotation, "annotation");
function annotations(f, site) {
  const related = (f.related ?? []).map((r) => annotation({ ...f, severity: "info" }, site, r, `${r.message} (${f.ruleId}: ${f.message})`));
  return [annotation(f, site), ...related].map((a) => `${a}
`).join("");
}
__name(annotations, "annotations");
var githubReporter = /* @__PURE__ */ __name((model) => model.findings.map((f) => annotations(f, model.site)).join(""), "githubReporter");

// src/report/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  github: githubReporter
};

// src/report/cause-location.ts
import * as path2 from "node:path";
var PSEUDO_FILES = { environment: ".godiag/environment", machine: ".godiag/machine" };
function causeLocation(f, facts, site) {
  if (f.location) return f.location;
  const fx = facts;
  const goenv = fx.goenv?.ok ? fx.goenv.value : void 0;
  const shells = fx.shells?.ok ? fx.shells.value : void 0;
  const pseudo = /* @__PURE__ */ __name((which) => ({ file: path2.join(site.repoRoot, PSEUDO_FILES[which]) }), "pseudo");
  const selection = f.evidence.selection;
  if (typeof selection?.file === "string" && path2.isAbsolute(selection.file)) return { file: selection.file };
  const key = goenv ? settingKey(f, goenv) : null;
  if (key && goenv) {
    const s = goenv.settings[key];
    const origin = originLocation(goenv, s);
    if (origin) return origin;
    if (s.source === "env") return exportLocation(shells, key) ?? pseudo("environment");
  }
  const file = evidencePath(f) ?? areaFile(f, fx);
  return file ? { file } : pseudo("machine");
}
__name(causeLocation, "causeLocation");
function settingKey(f, env) {
  const names = [...Object.keys(f.evidence), ...Object.values(f.data).filter((v) => typeof v === "string"), ...f.message.match(/\b(?:GO|CGO_)[A-Z0-9_]+\b/g) ?? []];
  for (const n of names) {
    const s = env.settings[n];
    if (s && s.source !== "default") return n;
  }
  return null;
}
__name(settingKey, "settingKey");
function exportLocation(shells, key) {
  const sets = (shells?.events ?? []).filter((e) => e.kind === "set" && e.name === key);
  const last = sets[sets.length - 1];
  return last ? { file: last.file, line: last.line } : null;
}
__name(exportLocation, "exportLocation");
var PATH_KEYS = ["realPath", "goBinary", "path", "file", "dir", "source"];
function evidencePath(f) {
  for (const k of PATH_KEYS) {
    const v = f.evidence[k];
    if (typeof v === "string" && path2.isAbsolute(v) && !/\s/.test(v)) return v;
  }
  return null;
}
__name(evidencePath, "evidencePath");
function areaFile(f, facts) {
  if (f.category === "system" && facts.system?.ok) {
    const cg = facts.system.value.cgroup;
    if (f.ruleId === "GD410") return cg.cpu.source;
    if (f.ruleId === "GD411") return cg.memory.source;
  }
  if (facts.project?.ok) {
    const p = facts.project.value;
    const modFile = p.selection?.file ?? p.gowork?.path ?? p.gomod?.path ?? null;
    if (modFile && (f.category === "settings" || f.category === "runtime") && /go\.(mod|work)|go line|toolchain/i.test(f.message)) return modFile;
  }
  if (f.category === "toolchain" && facts.toolchains?.ok) return facts.toolchains.value.installs[0]?.path ?? null;
  if (f.category === "hang" && facts.hang?.ok) {
    const argv0 = facts.hang.value.runs[0]?.command?.[0];
    if (argv0 && argv0.includes("/")) return path2.resolve(facts.host?.cwd ?? "/", argv0);
  }
  return null;
}
__name(areaFile, "areaFile");

// src/cli/repo-root.ts
import * as path3 from "node:path";
function findRepoRoot(dir) {
  let cur = path3.resolve(dir);
  for (; ; ) {
    if (statLocal(path3.join(cur, ".git"))) return cur;
    const up = path3.dirname(cur);
    if (up === cur) return path3.resolve(dir);
    cur = up;
  }
}
__name(findRepoRoot, "findRepoRoot");

// src/cli/baseline.ts
import * as path4 from "node:path";
var BASELINE_VERSION = 1;
var MAX_BASELINE_BYTES = 256 * 1024 * 1024;
function readBaseline(file) {
  const st = statLocalWhy(file);
  if (isHostError(st)) throw new UsageError(st.code === "ENOENT" ? `baseline ${file} does not exist: record one with --update-baseline` : `cannot read baseline ${file}: ${st.message}`);
  const text = st.isFile ? readCappedText(file, MAX_BASELINE_BYTES) : null;
  if (text === null) throw new UsageError(`cannot read baseline ${file}: ${st.isDir ? "it is a directory" : "not a readable regular file"}`);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`baseline ${file} is not JSON: ${e.message}`);
  }
  if (doc.baselineVersion !== BASELINE_VERSION || !Array.isArray(doc.findings) || doc.findings.some((f) => typeof f?.fingerprint !== "string")) {
    throw new UsageError(`baseline ${file} is not a godiag baseline (version ${BASELINE_VERSION} with a findings list)`);
  }
  return new Set(doc.findings.map((f) => f.fingerprint));
}
__name(readBaseline, "readBaseline");
function writeBaseline(file, command, entries) {
  const doc = {
    baselineVersion: BASELINE_VERSION,
    tool: "godiag",
    command,
    findings: entries.map((e) => ({ fingerprint: e.fingerprint, ruleId: e.finding.ruleId, file: e.file, message: e.finding.message }))
  };
  try {
    writeFile(file, JSON.stringify(doc, null, 2) + "\n");
  } catch (e) {
    throw new UsageError(`cannot write baseline ${file}: ${e.message}`);
  }
}
__name(writeBaseline, "writeBaseline");
function applyBaseline(io, opts, findings, prints, fileOf, sections) {
  const file = path4.resolve(io.cwd, opts.file);
  if (opts.update) {
    writeBaseline(file, opts.command, findings.map((f, i) => ({ finding: f, fingerprint: prints[i], file: fileOf(f) })));
    io.stderr(`godiag: recorded ${findings.length} finding(s) in baseline ${opts.file}
`);
    return findings.map(() => true);
  }
  const known = readBaseline(file);
  const keep = prints.map((p) => !known.has(p));
  const hidden = keep.filter((k) => !k).length;
  sections.push({ title: "Baseline", lines: [`${hidden} known finding(s) recorded in ${opts.file} are not reported; ${findings.length - hidden} new`] });
  return keep;
}
__name(applyBaseline, "applyBaseline");

// src/cli/output.ts
function parseFailOn(v) {
  const val = v ?? "error";
  if (val === "error" || val === "warning" || val === "info" || val === "never") return val;
  throw new UsageError(`--fail-on must be error, warning, info or never (got ${JSON.stringify(val)})`);
}
__name(parseFailOn, "parseFailOn");
function exitCodeFor(findings, failOn) {
  if (failOn === "never") return 0;
  const bar = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= bar) ? 1 : 0;
}
__name(exitCodeFor, "exitCodeFor");
var HUMAN_FORMATS = /* @__PURE__ */ new Set(["text", "markdown", "github"]);
function checkFormat(format, allowed) {
  if (!allowed.includes(format)) throw new UsageError(`--format must be one of ${allowed.join(", ")} (got ${JSON.stringify(format)})`);
  return format;
}
__name(checkFormat, "checkFormat");
var HOST_FORMATS = /* @__PURE__ */ new Set(["sarif", "github"]);
async function emit(io, model, format, allowed, flags) {
  checkFormat(format, allowed);
  const reporter = REPORTERS[format];
  if (!reporter) throw new UsageError(`unknown format ${format}`);
  if (flags.updateBaseline && !flags.baseline) throw new UsageError("--update-baseline needs --baseline FILE");
  const base = typeof model.facts.host === "object" && model.facts.host && "cwd" in model.facts.host ? String(model.facts.host.cwd) : io.cwd;
  const site = { base, repoRoot: findRepoRoot(base), ...io.env.HOME ? { home: io.env.HOME } : {} };
  const located = redactDeep(model.findings.map((f) => f.location ? f : { ...f, location: causeLocation(f, model.facts, site) }));
  const fileOf = /* @__PURE__ */ __name((f) => siteText(sitePath(f.location.file, site)), "fileOf");
  const prints = fingerprints(located, fileOf);
  const sections = [...model.sections ?? []];
  const keep = flags.baseline ? applyBaseline(io, { file: flags.baseline, update: !!flags.updateBaseline, command: model.command }, located, prints, fileOf, sections) : located.map(() => true);
  const shown = model.findings.filter((_, i) => keep[i]);
  const redacted = redactDeep({ ...model, findings: shown, sections, site, facts: format === "json" ? model.facts : {} });
  if (HOST_FORMATS.has(format)) {
    redacted.findings = located.filter((_, i) => keep[i]);
    redacted.fingerprints = prints.filter((_, i) => keep[i]);
  }
  const safe = HUMAN_FORMATS.has(format) ? visibleDeep(redacted) : redacted;
  const color = format === "text" && decideColor(io.env, io.isTTY, !!flags.noColor);
  const columns = Number(io.env.COLUMNS);
  const document = reporter(safe, { color, verbose: !!flags.verbose, pretty: io.isTTY, ...Number.isInteger(columns) && columns > 0 ? { columns } : {} });
  if (typeof document === "string") io.stdout(document);
  else for (const piece of document) if (io.stdout(piece) === false) await io.drain?.();
  return shown;
}
__name(emit, "emit");
function projectDir(io, value) {
  const dir = path5.resolve(io.cwd, value ?? ".");
  const st = statLocalWhy(dir);
  if (isHostError(st)) throw new UsageError(`--cwd ${JSON.stringify(value ?? dir)}: ${st.code === "ENOENT" ? "no such directory" : st.message}`);
  if (!st.isDir) throw new UsageError(`--cwd ${JSON.stringify(value ?? dir)}: not a directory`);
  return dir;
}
__name(projectDir, "projectDir");
function parseFlags(argv, options, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}
__name(parseFlags, "parseFlags");
var COMMON_FLAGS = {
  format: { type: "string", short: "f", default: "text" },
  "fail-on": { type: "string" },
  verbose: { type: "boolean", short: "v", default: false },
  config: { type: "string" },
  cwd: { type: "string" },
  "no-color": { type: "boolean", default: false },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean", default: false },
  "no-progress": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var REPORT_FORMATS = ["text", "json", "markdown", "sarif", "github"];

export {
  SectionStream,
  alignTable,
  markdownCell,
  summarizeRule,
  REPORTERS,
  parseFailOn,
  exitCodeFor,
  checkFormat,
  emit,
  projectDir,
  parseFlags,
  COMMON_FLAGS,
  REPORT_FORMATS
};
