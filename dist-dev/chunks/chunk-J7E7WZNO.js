import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  VULNDB_HOW_TO,
  findVulnDb,
  lookPath
} from "./chunk-UQYNX74J.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import {
  defaultModCache
} from "./chunk-URFTV32G.js";
import {
  LocalHost
} from "./chunk-SDAAKID4.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/vulns/govulncheck-json.ts
function parseGovulncheckJson(out) {
  const best = /* @__PURE__ */ new Map();
  const rank = { module: 0, package: 1, symbol: 2 };
  for (const chunk of out.split(/\n(?=\{)/)) {
    if (!chunk.trim()) continue;
    const o = JSON.parse(chunk);
    const f = o.finding?.trace?.[0];
    if (!o.finding?.osv || !f?.module) continue;
    const level = f.function ? "symbol" : f.package ? "package" : "module";
    const key = `${f.module}\0${o.finding.osv}`;
    const had = best.get(key);
    if (!had || rank[level] > rank[had.level]) best.set(key, { osv: o.finding.osv, module: f.module, version: f.version ?? "", level });
  }
  return [...best.values()];
}
__name(parseGovulncheckJson, "parseGovulncheckJson");

// src/collectors/govulncheck.ts
var TIMEOUT_MS = 3e5;
async function findGovulncheck(host) {
  return lookPath(host, "govulncheck");
}
__name(findGovulncheck, "findGovulncheck");
async function runGovulncheck(host, program, osvDir, targets) {
  const out = [];
  for (const t of targets) {
    const args = t.kind === "binary" ? ["-mode=binary", "-db", `file://${osvDir}`, "-format", "json", t.path] : ["-scan", "module", "-db", `file://${osvDir}`, "-format", "json"];
    const r = await host.run(program, args, {
      ...t.kind === "module" ? { cwd: t.path } : {},
      env: { ...host.env, GOTOOLCHAIN: "local", GOPROXY: "off", GOFLAGS: "-mod=mod" },
      timeoutMs: TIMEOUT_MS,
      maxBytes: 64 * 1024 * 1024
    });
    const failed = r.timedOut ? `timed out after ${TIMEOUT_MS / 1e3} s` : !r.ok ? r.error ?? "did not start" : r.code !== 0 && r.code !== 3 ? r.stderr.trim().split("\n").slice(-3).join(" ") || `exit ${r.code}` : null;
    let findings = [];
    let error = failed;
    if (!failed) {
      try {
        findings = parseGovulncheckJson(r.stdout).filter((f) => t.kind === "binary" || f.module !== "stdlib" && f.module !== "toolchain");
      } catch (e) {
        error = `unreadable output: ${e.message}`;
      }
    }
    out.push({ target: t.shown, error, findings });
  }
  return { program, targets: out };
}
__name(runGovulncheck, "runGovulncheck");

// src/cli/vuln-db.ts
import * as path from "node:path";
var VULN_FLAGS = {
  vuln: { type: "boolean", default: false },
  vulndb: { type: "string" }
};
async function loadVulnDb(io, cwd, values) {
  if (!values.vuln && !values.vulndb) return null;
  let db;
  try {
    db = await findVulnDb(new LocalHost(io.env), values.vulndb ? path.resolve(cwd, values.vulndb) : void 0, defaultModCache(io.env, process.platform));
  } catch (e) {
    throw new UsageError(e.message);
  }
  if (!db) throw new UsageError(`--vuln: no Go vulnerability database in the module cache: ${VULNDB_HOW_TO}`);
  return db;
}
__name(loadVulnDb, "loadVulnDb");
function vulnMode(argv) {
  let govulncheck = false;
  const out = argv.map((a) => {
    if (!a.startsWith("--vuln=")) return a;
    if (a !== "--vuln=govulncheck") throw new UsageError(`${a}: --vuln takes no value, or =govulncheck (also run govulncheck, when it is on PATH)`);
    govulncheck = true;
    return "--vuln";
  });
  return { argv: out, govulncheck };
}
__name(vulnMode, "vulnMode");
async function requireGovulncheck(io) {
  const program = await findGovulncheck(new LocalHost(io.env));
  if (!program) throw new UsageError("--vuln=govulncheck: govulncheck is not on PATH (go install golang.org/x/vuln/cmd/govulncheck@latest puts it in $(go env GOPATH)/bin)");
  return program;
}
__name(requireGovulncheck, "requireGovulncheck");
function govulncheckSection(v, oursFor) {
  const lines = v.targets.map((t) => {
    if (t.error) return `${t.target}: govulncheck did not finish: ${t.error}`;
    const ids = /* @__PURE__ */ __name((level) => [...new Set(t.findings.filter((f) => f.level === level).map((f) => f.osv))].sort(compareText), "ids");
    const said = /* @__PURE__ */ __name((level, words) => ids(level).length ? `${ids(level).length} ${words} (${ids(level).join(", ")})` : `0 ${words}`, "said");
    const reported = new Set(t.findings.map((f) => f.osv));
    const ours = [...new Set(oursFor(t.target))];
    const unreached = ours.filter((id) => !reported.has(id)).sort(compareText);
    return `${t.target}: govulncheck ${said("symbol", "called")}, ${said("package", "imported only")}, ${said("module", "required only")}; godiag matched ${ours.length} by version${unreached.length ? `, ${unreached.length} of them not reported by govulncheck (${unreached.join(", ")})` : ""}`;
  });
  return { title: `govulncheck (${v.program}, same database)`, lines };
}
__name(govulncheckSection, "govulncheckSection");

export {
  runGovulncheck,
  VULN_FLAGS,
  loadVulnDb,
  vulnMode,
  requireGovulncheck,
  govulncheckSection
};
