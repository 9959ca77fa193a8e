import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  readSnapshot
} from "./chunk-HW6NG5IR.js";
import "./chunk-7UDCKHAN.js";
import "./chunk-7SKT4MP4.js";
import "./chunk-7FXIZZF3.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  markdownCell,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import {
  redactDeep
} from "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/diff.ts
import * as path2 from "node:path";

// src/engine/facts-diff.ts
var VOLATILE_FIELDS = /* @__PURE__ */ new Set(["ms", "collectedAt", "mtimeMs", "timings", "durationMs", "elapsedMs", "freeBytes", "checkedAt"]);
function isVolatile(key) {
  return key.includes("GOGCCFLAGS") || key.replace(/\[[^\]]*\]/g, "").split(".").some((f) => VOLATILE_FIELDS.has(f));
}
__name(isVolatile, "isVolatile");
var ELEMENT_KEYS = ["id", "role", "key", "name", "path", "realPath", "dir", "file", "module", "pattern", "mountPoint"];
var HEADLINES = [
  "toolchain.winner",
  "goenv.GOVERSION",
  "goenv.GOROOT",
  "goenv.GOTOOLCHAIN",
  "goenv.GOOS",
  "goenv.GOARCH",
  "goenv.CGO_ENABLED",
  "goenv.GOFLAGS",
  "goenv.GOPROXY",
  "goenv.GOSUMDB",
  "goenv.GOPRIVATE",
  "goenv.GONOSUMDB",
  "goenv.GONOPROXY",
  "goenv.GOPATH",
  "goenv.GOMODCACHE",
  "host"
];
function homeOf(facts) {
  const env = facts.goenv?.ok ? facts.goenv.value.osEnv : null;
  const home = env?.HOME ?? env?.USERPROFILE;
  return home && home.length > 1 ? home.replace(/[\\/]+$/, "") : null;
}
__name(homeOf, "homeOf");
function homeNormaliser(home) {
  if (!home) return (s) => s;
  const escaped = home.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`${escaped}(?=$|[\\\\/:;,\\s)\\]"'])`, "g");
  return (s) => s.includes(home) ? s.replace(re, "~") : s;
}
__name(homeNormaliser, "homeNormaliser");
function flattenFacts(facts, other = null) {
  const norm = homeNormaliser(homeOf(facts));
  const out = /* @__PURE__ */ new Map();
  const tc = facts.toolchains?.ok ? facts.toolchains.value : null;
  if (tc) {
    const w = tc.installs[0];
    out.set("toolchain.winner", w ? norm(`${w.path} ${w.reportedVersion ?? "?"} (${w.installKind})`) : "none");
    tc.installs.forEach((g, i) => out.set(`toolchain.onPath.${norm(g.realPath ?? g.path)}`, `${g.reportedVersion ?? "?"}, position ${i + 1} on PATH`));
    tc.offPath.forEach((g) => out.set(`toolchain.offPath.${norm(g.realPath ?? g.path)}`, g.reportedVersion ?? "?"));
  }
  const env = facts.goenv?.ok ? facts.goenv.value : null;
  if (env) for (const s of Object.values(env.settings)) out.set(`goenv.${s.key}`, norm(`${s.value} (${s.source})`));
  for (const [area, c] of Object.entries(facts)) {
    if (["schemaVersion", "collectedAt", "host", "toolchains", "goenv"].includes(area) || !c || typeof c !== "object") continue;
    const wrapped = c;
    const counterpart = other ? other[area] : void 0;
    if (!wrapped.ok) out.set(`${area}`, `failed: ${norm(wrapped.error ?? "")}`);
    else walk(wrapped.value, counterpart?.ok ? counterpart.value : void 0, area, out, 0, norm);
  }
  out.set("host", `${facts.host.platform}/${facts.host.arch}`);
  return out;
}
__name(flattenFacts, "flattenFacts");
var isObj = /* @__PURE__ */ __name((x) => x !== null && typeof x === "object" && !Array.isArray(x), "isObj");
function elementKey(a, b) {
  const all = [...a, ...b ?? []];
  if (all.length === 0 || !all.every(isObj)) return null;
  const unique = /* @__PURE__ */ __name((list, k) => {
    const vals = list.map((x) => x[k]);
    return vals.every((v) => typeof v === "string" || typeof v === "number") && new Set(vals).size === vals.length;
  }, "unique");
  return ELEMENT_KEYS.find((k) => unique(a, k) && (!b || unique(b, k))) ?? null;
}
__name(elementKey, "elementKey");
function walk(v, other, key, out, depth, norm) {
  if (out.size > 5e3) return;
  if (v === null || typeof v !== "object") {
    out.set(key, norm(String(v)));
    return;
  }
  if (depth >= 5) {
    out.set(key, norm(JSON.stringify(v).slice(0, 200)));
    return;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== "object")) {
      out.set(key, norm(v.join(", ")));
      return;
    }
    const peers = Array.isArray(other) ? other : void 0;
    const k = elementKey(v, peers);
    v.slice(0, 100).forEach((x, i) => {
      const name = k ? norm(String(x[k])) : String(i);
      const match = k ? peers?.find((p) => isObj(p) && norm(String(p[k])) === name) : peers?.[i];
      walk(x, match, `${key}[${name}]`, out, depth + 1, norm);
    });
    return;
  }
  const o = isObj(other) ? other : void 0;
  for (const [k, x] of Object.entries(v)) walk(x, o?.[k], `${key}.${k}`, out, depth + 1, norm);
}
__name(walk, "walk");
function diffFacts(a, b) {
  const fa = flattenFacts(a, b);
  const fb = flattenFacts(b, a);
  const keys = [.../* @__PURE__ */ new Set([...fa.keys(), ...fb.keys()])].sort(compareText);
  return keys.filter((k) => k !== "project.cwd" && fa.get(k) !== fb.get(k)).map((k) => ({
    key: k,
    area: k.split(/[.[]/)[0],
    a: fa.get(k) ?? null,
    b: fb.get(k) ?? null,
    volatile: isVolatile(k)
  }));
}
__name(diffFacts, "diffFacts");
function summarizeDiff(diffs) {
  const byArea = {};
  for (const d of diffs) if (!d.volatile) byArea[d.area] = (byArea[d.area] ?? 0) + 1;
  const headlines = HEADLINES.map((h) => diffs.find((d) => d.key === h)).filter((d) => d !== void 0);
  return { byArea, headlines, volatile: diffs.filter((d) => d.volatile).length };
}
__name(summarizeDiff, "summarizeDiff");

// src/report/diff.ts
import * as path from "node:path";
var label = /* @__PURE__ */ __name((s) => `${path.basename(s.file)} (${s.facts.host.platform}/${s.facts.host.arch}, ${s.facts.collectedAt})`, "label");
var change = /* @__PURE__ */ __name((d) => d.a === null ? `+ ${d.key}: ${d.b}` : d.b === null ? `- ${d.key}: ${d.a}` : `~ ${d.key}: ${d.a}  \u2192  ${d.b}`, "change");
function verdict(r) {
  const areas = Object.entries(r.summary.byArea).map(([area, n]) => `${area} ${n}`).join(", ");
  return r.matter.length ? `${r.matter.length} difference(s) that matter (${areas})` : "no differences that matter";
}
__name(verdict, "verdict");
function hidden(r) {
  return r.showAll || r.summary.volatile === 0 ? "" : `; ${r.summary.volatile} value(s) that change on every run left out (free disk space, timings: --all shows them)`;
}
__name(hidden, "hidden");
var DIFF_REPORTERS = {
  json: /* @__PURE__ */ __name((r) => JSON.stringify({
    a: r.a.file,
    b: r.b.file,
    summary: { differences: r.matter.length, byArea: r.summary.byArea, volatile: r.summary.volatile, headlines: r.summary.headlines.map((d) => d.key), ignored: r.ignore },
    differences: r.shown
  }, null, 2) + "\n", "json"),
  markdown: /* @__PURE__ */ __name((r) => {
    const cell = /* @__PURE__ */ __name((s) => markdownCell(s ?? "\u2014"), "cell");
    return [
      "## godiag diff",
      "",
      `A: ${label(r.a)}  `,
      `B: ${label(r.b)}`,
      "",
      `**${verdict(r)}**${hidden(r)}`,
      "",
      ...r.summary.headlines.length ? [...r.summary.headlines.map((d) => `- \`${d.key}\`: ${cell(d.a)} \u2192 ${cell(d.b)}`), ""] : [],
      ...r.shown.length ? ["| fact | A | B |", "|---|---|---|", ...r.shown.map((d) => `| ${d.key} | ${cell(d.a)} | ${cell(d.b)} |`), ""] : []
    ].join("\n");
  }, "markdown"),
  text: /* @__PURE__ */ __name((r) => {
    const lines = [`A: ${label(r.a)}`, `B: ${label(r.b)}`, "", `${verdict(r)}${hidden(r)}`];
    if (r.summary.headlines.length) lines.push(...r.summary.headlines.map((d) => `  ${change(d)}`));
    if (r.shown.length) lines.push("", "all differences:", ...r.shown.map(change));
    return lines.join("\n") + "\n";
  }, "text")
};

// src/cli/commands/diff.ts
var HELP = `usage: godiag diff A.json B.json [flags]

Compare two snapshots (godiag snapshot, or doctor --format json): which go runs,
every go env value and where it comes from, shells, system, modules.
Lists are matched by what names their entries (a toolchain by its path, a setting by
its name, a shell context by its id), not by position; HOME is shown as ~ on both sides,
so two users' machines compare equal. A summary of what matters comes first.

flags:
      --all                 also compare values that change on every run (free disk space, timings)
      --ignore KEY          leave out facts whose key starts with KEY (repeatable), e.g. --ignore system.selinux
  -f, --format text|json|markdown

exit status: 0 when they agree (apart from ignored and volatile values), 1 when they differ, 2 on errors.
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, {
    help: COMMON_FLAGS.help,
    format: COMMON_FLAGS.format,
    all: { type: "boolean", default: false },
    ignore: { type: "string", multiple: true, default: [] }
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError("diff takes two snapshot files");
  const format = values.format ?? "text";
  if (!Object.hasOwn(DIFF_REPORTERS, format)) throw new UsageError("--format must be text, json or markdown");
  const [fa, fb] = positionals.map((p) => path2.resolve(io.cwd, p));
  const [a, b] = await Promise.all([readSnapshot(fa), readSnapshot(fb)]);
  const ignore = values.ignore ?? [];
  const ignored = /* @__PURE__ */ __name((d) => ignore.some((p) => d.key === p || d.key.startsWith(p.endsWith(".") ? p : `${p}.`) || d.key.startsWith(`${p}[`)), "ignored");
  const all = redactDeep(diffFacts(a, b)).filter((d) => !ignored(d));
  const shown = values.all ? all : all.filter((d) => !d.volatile);
  const matter = all.filter((d) => !d.volatile);
  io.stdout(DIFF_REPORTERS[format]({ a: { file: fa, facts: a }, b: { file: fb, facts: b }, all, shown, matter, summary: summarizeDiff(all), showAll: !!values.all, ignore }));
  return matter.length ? 1 : 0;
}
__name(run, "run");
export {
  run
};
