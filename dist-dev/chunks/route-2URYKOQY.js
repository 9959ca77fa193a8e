import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  VULN_FLAGS,
  loadVulnDb
} from "./chunk-J7E7WZNO.js";
import {
  MODULES_RULES
} from "./chunk-T4FF3R5O.js";
import {
  gd525
} from "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import {
  modulesCollector,
  projectCollector
} from "./chunk-VFMCARKJ.js";
import "./chunk-SW3IABDB.js";
import {
  lookPath,
  matchModFiles
} from "./chunk-UQYNX74J.js";
import {
  redactUserinfo,
  routeEnvFrom,
  routeModule
} from "./chunk-HCNRKEPA.js";
import {
  checkPathProblem
} from "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import {
  collectGoEnv
} from "./chunk-UUY3J6IC.js";
import "./chunk-B6TL6C7X.js";
import {
  defineCollector,
  earlierValue,
  runCollectors
} from "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import {
  factsOf,
  loadUserConfig,
  runRules
} from "./chunk-SODXAFS5.js";
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFlags,
  projectDir
} from "./chunk-CWEQVTLD.js";
import {
  UsageError,
  decideColor,
  makeStyle
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import {
  redactDeep
} from "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-URFTV32G.js";
import "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import {
  LocalHost
} from "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/route.ts
var ROUTE_REPORTERS = {
  text: /* @__PURE__ */ __name((r, { color }) => {
    const style = makeStyle(color);
    return renderRoutes(r.modules, r.routes, style, r.fromProject) + renderFindings(r.findings, style);
  }, "text"),
  json: /* @__PURE__ */ __name((r) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: "route", settings: r.modules.env, sources: r.modules.sources, git: r.modules.git.path, hg: r.modules.hgPath, routes: r.routes, findings: r.findings }, null, 2) + "\n", "json")
};
function renderFindings(findings, st) {
  if (findings.length === 0) return "";
  const mark = /* @__PURE__ */ __name((sev) => sev === "error" ? st.red("\u2717") : sev === "warning" ? st.yellow("!") : "i", "mark");
  return ["", st.bold("What doctor reports about these routes"), ...findings.map((f) => `  ${mark(f.severity)} ${f.ruleId} ${f.message}`), ""].join("\n");
}
__name(renderFindings, "renderFindings");
function stepLine(s, r, m) {
  const next = s.fallThrough === "any-error" ? "next on any error (|)" : s.fallThrough === "not-found" ? "next only on 404/410 (,)" : "last";
  if (s.kind === "off") return `off: fails with "module lookup disabled by GOPROXY=off"`;
  if (s.kind === "direct") {
    const vcs = r.vcs ?? "git (or as the ?go-get=1 page says)";
    const tool = (r.vcs ?? "git") === "git" ? m.git.path : r.vcs === "hg" ? m.hgPath : null;
    const why = r.noProxyPattern !== null ? `GONOPROXY/GOPRIVATE pattern ${r.noProxyPattern}` : "GOPROXY";
    return `direct from the origin via ${vcs} [${why}]; ${tool ? `found ${tool}` : "NOT on PATH"}`;
  }
  return `${s.url}  \u2192 ${next}`;
}
__name(stepLine, "stepLine");
function renderRoutes(m, routes, st, fromProject) {
  const out = [];
  const setting = /* @__PURE__ */ __name((k) => `${k}=${m.env[k] === "" ? '""' : m.env[k]} ${st.dim(`(${m.sources[k] ?? "default"})`)}`, "setting");
  out.push(st.bold("Settings"), ...["GOPROXY", "GOSUMDB", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE", "GOAUTH", "GOVCS"].map((k) => `  ${setting(k)}`), "");
  if (routes.length === 0) {
    out.push(fromProject ? "No requirements: no go.mod/go.work with require lines here (pass module paths to route them)." : "No modules given.");
    return out.join("\n") + "\n";
  }
  for (const r of routes) {
    out.push(st.bold(r.module));
    if (r.error) {
      out.push(`  ${st.red("every fetch fails")}: ${r.error}`, "");
      continue;
    }
    if (r.vendorOnly) out.push(`  ${st.yellow("GOFLAGS has -mod=vendor: builds never look this module up")}`);
    r.steps.forEach((s, i) => out.push(`  ${i + 1}. ${stepLine(s, r, m)}`));
    const sum = r.sumdb;
    if (sum.consulted) out.push(`  checksum DB: ${sum.name ?? "invalid GOSUMDB"}${sum.via.length ? ` via ${sum.via.join(" then ")}` : ""} ${st.dim("(for versions missing from go.sum)")}`);
    else out.push(`  checksum DB: ${st.yellow("not consulted")} (${sum.reason === "gosumdb-off" ? "GOSUMDB=off" : `GONOSUMDB pattern ${sum.pattern}`})`);
    if (r.govcs) out.push(`  ${st.red("GOVCS refuses the direct fetch")}: ${r.govcs}`);
    if (r.insecurePattern !== null) out.push(`  ${st.yellow("insecure")}: GOINSECURE pattern ${r.insecurePattern} allows plain HTTP and unverified TLS for direct fetches`);
    out.push("");
  }
  return out.join("\n");
}
__name(renderRoutes, "renderRoutes");

// src/cli/commands/route.ts
var HELP = `usage: godiag route [flags] [MODULE...]

Show where the go command sends requests for each module: the proxies it asks in order and
when each one falls through, whether the checksum database is consulted, whether the VCS is
used directly (and whether git/hg is installed), and whether the fetch may be insecure.
Without MODULE: every requirement of the go.mod/go.work in --cwd. Makes no network request.

flags:
  -f, --format text|json   output format (default text)
      --cwd DIR            project directory (default: current)
      --config FILE        .godiag.yaml/.json (privateHosts)
      --vuln               also match the requirements (or MODULE@VERSION arguments) against the Go
                           vulnerability database in the module cache (version matching, offline)
      --vulndb DIR         OSV entries to match against (implies --vuln)
      --no-color           plain text
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, {
    format: COMMON_FLAGS.format,
    cwd: COMMON_FLAGS.cwd,
    config: COMMON_FLAGS.config,
    "no-color": COMMON_FLAGS["no-color"],
    help: COMMON_FLAGS.help,
    ...VULN_FLAGS
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? "text";
  if (!Object.hasOwn(ROUTE_REPORTERS, format)) throw new UsageError(`--format must be text or json (got ${JSON.stringify(format)})`);
  const modules = positionals.map((m) => m.replace(/@[^/@]*$/, ""));
  const versioned = positionals.flatMap((m, i) => /@[^/@]+$/.test(m) ? [{ path: modules[i], version: m.slice(modules[i].length + 1), line: 1 }] : []);
  for (const m of modules) {
    const problem = checkPathProblem(m);
    if (problem) throw new UsageError(`${JSON.stringify(m)} is not a module path: ${problem}`);
  }
  const cwd = projectDir(io, values.cwd);
  const config = await loadUserConfig(values.config, cwd);
  const vulnDb = await loadVulnDb(io, cwd, values);
  const host = new LocalHost(io.env);
  const { facts } = await runCollectors([pathGoEnvCollector, projectCollector, modulesCollector], host, { cwd, privateHosts: config.privateHosts });
  const area = earlierValue(facts, "modules");
  if (!area) {
    const c = facts.modules;
    throw new Error(`could not read the module settings: ${c && !c.ok ? c.error : "not collected"}`);
  }
  let routes = area.routes;
  let judged = area;
  if (modules.length > 0) {
    const goenv = earlierValue(facts, "goenv");
    const env = routeEnvFrom((k) => goenv ? goenv.settings[k]?.value : io.env[k] || void 0);
    routes = modules.map((m) => scrub(routeModule(env, m)));
    judged = { ...area, routes, requirements: modules.map((m) => ({ path: m, version: "", indirect: false, file: "(command line)", line: 1 })) };
  }
  const judgedFacts = factsOf(host, cwd, { ...facts, modules: { ok: true, value: judged, ms: 0 } });
  if (vulnDb) {
    const project = earlierValue(facts, "project")?.gomod;
    const mods = modules.length ? [{ path: "(command line)", kind: "go.mod", requires: versioned, replaces: [] }] : project ? [{ ...project, kind: "go.mod" }] : [];
    judgedFacts.vulns = { ok: true, value: matchModFiles(vulnDb, mods) };
  }
  const rules = vulnDb ? [...MODULES_RULES.filter((r) => !r.requires.includes("vulns")), gd525] : MODULES_RULES.filter((r) => !r.requires.includes("vulns"));
  const findings = runRules(rules, judgedFacts, config.rules).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message }));
  const color = decideColor(io.env, io.isTTY, !!values["no-color"]);
  io.stdout(ROUTE_REPORTERS[format](redactDeep({ modules: area, routes, fromProject: modules.length === 0, findings }), { color }));
  return 0;
}
__name(run, "run");
var pathGoEnvCollector = defineCollector({
  area: "goenv",
  after: [],
  async collect(host, opts) {
    const go = await lookPath(host, "go");
    if (!go) throw new Error("no go on PATH to ask for its settings");
    return collectGoEnv(host, go, null, opts.timeoutMs);
  }
});
function scrub(r) {
  return { ...r, steps: r.steps.map((s) => ({ ...s, url: redactUserinfo(s.url) })), sumdb: { ...r.sumdb, via: r.sumdb.via.map(redactUserinfo) } };
}
__name(scrub, "scrub");
export {
  run
};
