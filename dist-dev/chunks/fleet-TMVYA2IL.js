import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import "./chunk-7UDCKHAN.js";
import {
  JSON_SCHEMA,
  load
} from "./chunk-MEKRBVVU.js";
import "./chunk-7SKT4MP4.js";
import "./chunk-7FXIZZF3.js";
import {
  RemoteHost
} from "./chunk-PL5WIBJ2.js";
import {
  collectDoctorFacts,
  parseTimeout
} from "./chunk-5CLRHSWL.js";
import "./chunk-VFMCARKJ.js";
import "./chunk-EKXUNDYH.js";
import "./chunk-FXICBWLO.js";
import {
  pool
} from "./chunk-SW3IABDB.js";
import "./chunk-UQYNX74J.js";
import "./chunk-MKTU6BHA.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import {
  TargetError,
  describeTarget,
  parseTarget,
  targetCwd
} from "./chunk-DLCOMAUD.js";
import "./chunk-CTKGUG5O.js";
import "./chunk-UUY3J6IC.js";
import {
  startStatus
} from "./chunk-FV6HHQ5A.js";
import "./chunk-B6TL6C7X.js";
import "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import {
  loadUserConfig
} from "./chunk-SODXAFS5.js";
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  REPORTERS,
  alignTable,
  checkFormat,
  exitCodeFor,
  markdownCell,
  parseFailOn,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError,
  VERSION
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import {
  redactDeep,
  redactString
} from "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-DVE6XF4L.js";
import "./chunk-MOCWQAJ4.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-N5CH7USA.js";
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

// src/cli/commands/fleet.ts
import * as path from "node:path";

// src/report/fleet.ts
function countText(c) {
  return `${c.error} error(s), ${c.warning} warning(s), ${c.info} info`;
}
__name(countText, "countText");
function differsText(r) {
  const d = Object.entries(r.differs);
  return d.length ? d.map(([k, v]) => `${k}=${v || "(empty)"}`).join(" ") : r.reached ? "\u2014" : "";
}
__name(differsText, "differsText");
function text(r) {
  const table = alignTable(["target", "go that runs", "differs from most targets", "findings"], r.rows.map((x) => [x.target, x.go, differsText(x), x.reached ? countText(x.counts) : `unreachable (${countText(x.counts)})`]));
  const lines = ["Fleet", ...table.map((l) => `  ${l}`), ""];
  for (const row2 of r.rows.filter((x) => x.findings.length)) {
    lines.push(`${row2.target}:`);
    for (const f of row2.findings) lines.push(`  ${f.severity === "error" ? "\u2717" : f.severity === "warning" ? "!" : "i"} ${f.ruleId} ${f.message}`);
    lines.push("");
  }
  const total = r.rows.reduce((a, x) => ({ error: a.error + x.counts.error, warning: a.warning + x.counts.warning, info: a.info + x.counts.info }), { error: 0, warning: 0, info: 0 });
  lines.push(`${r.rows.length} target(s), ${r.rows.filter((x) => !x.reached).length} unreachable; ${countText(total)}`);
  return `${lines.join("\n")}
`;
}
__name(text, "text");
function json(r) {
  return `${JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "godiag", version: VERSION },
    command: "fleet",
    keys: r.keys,
    wallMs: r.wallMs,
    targets: r.rows.map(({ model: _model, ...row2 }) => row2)
  }, null, 2)}
`;
}
__name(json, "json");
function markdown(r) {
  const rows = r.rows.map((x) => `| ${[x.target, x.go, differsText(x), x.reached ? countText(x.counts) : `**unreachable** (${countText(x.counts)})`].map(markdownCell).join(" | ")} |`);
  const details = r.rows.filter((x) => x.findings.length).map((x) => [`### ${markdownCell(x.target)}`, "", ...x.findings.map((f) => `- **${f.severity}** ${f.ruleId}: ${markdownCell(f.message)}`), ""].join("\n"));
  return ["# godiag fleet", "", "| target | go that runs | differs from most targets | findings |", "|---|---|---|---|", ...rows, "", ...details].join("\n") + "\n";
}
__name(markdown, "markdown");
function sarif(r) {
  const runs = r.rows.flatMap((x) => {
    const doc = JSON.parse(String(REPORTERS.sarif(x.model, { color: false, verbose: false })));
    return doc.runs.map((run2) => ({ ...run2, automationDetails: { id: `godiag/fleet/${x.target}` } }));
  });
  return `${JSON.stringify({ $schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", version: "2.1.0", runs }, null, 2)}
`;
}
__name(sarif, "sarif");
var FLEET_REPORTERS = { text, json, markdown, sarif };

// src/cli/fleet-targets.ts
function targetsFromFile(text2, file) {
  if (/\.ya?ml$/i.test(file) || /^\s*(all|hosts)\s*:/m.test(text2)) return ansibleYamlHosts(text2, file);
  if (/^\s*\[[^\]]+\]\s*$/m.test(text2) || /\bansible_(host|user|port)=/.test(text2)) return ansibleIniHosts(text2);
  return text2.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, "").trim()).filter(Boolean);
}
__name(targetsFromFile, "targetsFromFile");
function sshUrl(name, vars) {
  const host = String(vars.ansible_host ?? name);
  const user = vars.ansible_user ?? vars.ansible_ssh_user;
  const port = vars.ansible_port ?? vars.ansible_ssh_port;
  const shown = host.includes(":") ? `[${host}]` : host;
  return `ssh://${user ? `${String(user)}@` : ""}${shown}${port ? `:${String(port)}` : ""}`;
}
__name(sshUrl, "sshUrl");
function ansibleIniHosts(text2) {
  const out = [];
  let section = "";
  for (const raw of text2.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, "").trim();
    if (!line) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1];
      continue;
    }
    if (/:(vars|children)$/.test(section)) continue;
    const [name, ...pairs] = line.split(/\s+/);
    if (/\[[^\]]*:[^\]]*\]/.test(name)) throw new UsageError(`inventory host ${JSON.stringify(name)}: ranges are not expanded; list the hosts one a line`);
    const vars = Object.fromEntries(pairs.map((p) => p.split("=", 2)).filter((kv) => kv.length === 2));
    out.push(vars.ansible_connection === "local" ? "local-probe" : sshUrl(name, vars));
  }
  return [...new Set(out)];
}
__name(ansibleIniHosts, "ansibleIniHosts");
function ansibleYamlHosts(text2, file) {
  let doc;
  try {
    doc = load(text2, { schema: JSON_SCHEMA });
  } catch (e) {
    throw new UsageError(`${file}: not a YAML inventory: ${e.message.split("\n")[0]}`);
  }
  const out = [];
  const visit = /* @__PURE__ */ __name((group, depth) => {
    if (!group || typeof group !== "object" || depth > 64) return;
    const g = group;
    if (g.hosts && typeof g.hosts === "object") {
      for (const [name, vars] of Object.entries(g.hosts)) {
        const v = vars && typeof vars === "object" ? vars : {};
        out.push(v.ansible_connection === "local" ? "local-probe" : sshUrl(name, v));
      }
    }
    if (g.children && typeof g.children === "object") for (const c of Object.values(g.children)) visit(c, depth + 1);
    if (depth === 0) {
      for (const [k, c] of Object.entries(g)) if (k !== "hosts" && k !== "children" && k !== "vars") visit(c, depth + 1);
    }
  }, "visit");
  visit(doc, 0);
  return [...new Set(out)];
}
__name(ansibleYamlHosts, "ansibleYamlHosts");
function parseSelector(target) {
  const m = /^k8s:\/\/(?:([^/]+)\/)?([^/]+)\/-l\s*(.+)$/.exec(target);
  if (!m) return null;
  return { context: m[1] ?? null, namespace: m[2], selector: m[3].trim() };
}
__name(parseSelector, "parseSelector");
function selectorArgv(s) {
  for (const v of [s.context, s.namespace, s.selector]) {
    if (v !== null && (!v || v.startsWith("-") || /[\0\n\r]/.test(v))) throw new UsageError(`k8s selector target: invalid part ${JSON.stringify(v)}`);
  }
  return ["kubectl", ...s.context ? ["--context", s.context] : [], "get", "pods", "-n", s.namespace, "-l", s.selector, "--field-selector=status.phase=Running", "-o", "name"];
}
__name(selectorArgv, "selectorArgv");
async function podsOf(host, target, timeoutMs) {
  const s = parseSelector(target);
  const [cmd, ...args] = selectorArgv(s);
  const r = await host.run(cmd, args, { timeoutMs });
  if (!r.ok || r.code !== 0) throw new Error(`${target}: kubectl get pods failed: ${(r.stderr || r.error || `exit ${r.code}`).trim().split("\n")[0]}`);
  return r.stdout.split("\n").map((l) => l.trim().replace(/^pod\//, "")).filter(Boolean).map((pod) => `k8s://${s.context ? `${s.context}/` : ""}${s.namespace}/${pod}${s.context ? "/" : ""}`);
}
__name(podsOf, "podsOf");

// src/cli/commands/fleet.ts
var HELP = `godiag fleet TARGET... | --targets FILE

Run doctor on many machines at once through the transports they already have (no Node or godiag
on them), then print one table: per target the go that runs, the key settings where it is the odd
one out, and its findings. An unreachable target is a finding (GD971), never a crash.

Targets: ssh://[user@]host[:port], docker://C, podman://C, k8s://[context/]namespace/pod[/container],
k8s://[context/]namespace/-l SELECTOR (every running pod of a label selector, via kubectl and your
kubeconfig), chroot:///DIR, local-probe.

  --targets FILE              one URL a line (# comments), or an Ansible inventory (INI or YAML:
                              its hosts become ssh:// targets with ansible_host/user/port)
  -j, --concurrency N         targets diagnosed at once (default 8)
      --connect-timeout SEC   how long a transport may take to start a shell (default 20)
      --target-timeout SEC    how long one target's whole diagnosis may take (default 180)
      --timeout SEC           per probe on a target, as doctor's --timeout
      --cwd DIR               the project directory on every target (default: where its shell starts)
  -f, --format text|json|markdown|sarif
      --fail-on error|warning|info|never  exit 1 when a finding on any target is at or above this
      --config FILE           .godiag.yaml/.json (rule severities) from this machine
      --no-progress           no status line on stderr
  -h, --help
`;
var FLAGS = {
  targets: { type: "string" },
  concurrency: { type: "string", short: "j" },
  "connect-timeout": { type: "string" },
  "target-timeout": { type: "string" },
  timeout: { type: "string" },
  cwd: { type: "string" },
  format: { type: "string", short: "f", default: "text" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  "no-progress": { type: "boolean", default: false },
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var KEY_SETTINGS = ["GOVERSION", "GOROOT", "GOTOOLCHAIN", "GOPROXY", "GOSUMDB", "GOPRIVATE", "GOFLAGS", "CGO_ENABLED", "GOOS", "GOARCH", "GOAMD64"];
async function targetList(io, host, positionals, file, timeoutMs) {
  const given = [...positionals];
  if (file !== void 0) {
    const text2 = await host.readText(path.resolve(io.cwd, file), 4 << 20);
    if (text2 === null) throw new UsageError(`--targets ${JSON.stringify(file)}: no such file, or not a readable file`);
    given.push(...targetsFromFile(text2, file));
  }
  if (given.length === 0) throw new UsageError("fleet needs targets: fleet URL... or --targets FILE");
  const out = [];
  for (const t of given) {
    if (!parseSelector(t)) out.push(t);
    else {
      try {
        out.push(...await podsOf(host, t, timeoutMs));
      } catch (e) {
        throw new UsageError(redactString(e.message));
      }
    }
  }
  for (const t of out) {
    try {
      parseTarget(t);
    } catch (e) {
      if (e instanceof TargetError) throw new UsageError(e.message);
      throw e;
    }
  }
  return [...new Set(out)];
}
__name(targetList, "targetList");
function unreachableFacts(target, reason) {
  return { schemaVersion: SCHEMA_VERSION, collectedAt: (/* @__PURE__ */ new Date()).toISOString(), host: { kind: "remote", platform: "unknown", arch: "unknown", cwd: "", target, unreachable: redactString(reason) } };
}
__name(unreachableFacts, "unreachableFacts");
async function diagnose(io, target, limits) {
  const start = Date.now();
  const transport = parseTarget(target);
  let host;
  try {
    host = await RemoteHost.connect(redactString(target), { argv: transport.argv, env: io.env, connectTimeoutMs: limits.connectMs });
  } catch (e) {
    return { facts: unreachableFacts(target, e.message), ms: Date.now() - start };
  }
  let timer;
  const deadline = new Promise((resolve2) => timer = setTimeout(() => resolve2(null), limits.targetMs));
  try {
    const done = await Promise.race([collectDoctorFacts({ cwd: targetCwd(host, limits.cwd), ...limits.probeMs ? { timeoutMs: limits.probeMs } : {} }, host), deadline]);
    if (!done) return { facts: unreachableFacts(target, `did not finish within ${limits.targetMs / 1e3} s (--target-timeout)`), ms: Date.now() - start };
    describeTarget(done.facts, host);
    return { facts: done.facts, ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
    await host.close();
  }
}
__name(diagnose, "diagnose");
function row(target, facts, ms, model) {
  const first = facts.toolchains?.ok ? facts.toolchains.value.installs[0] : void 0;
  const go = facts.host.unreachable ? "unreachable" : first ? `${first.reportedVersion ?? "go (version unknown)"} ${first.path}` : "no go on PATH";
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of model.findings) counts[f.severity]++;
  return { target, reached: !facts.host.unreachable, go, differs: {}, counts, ms, findings: model.findings, model };
}
__name(row, "row");
function markOddOnesOut(rows, settings) {
  const reached = rows.filter((r) => r.reached);
  for (const key of KEY_SETTINGS) {
    const tally = /* @__PURE__ */ new Map();
    for (const r of reached) {
      const v = settings.get(r.target)?.[key] ?? "";
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    const [majority, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (n * 2 <= reached.length) continue;
    for (const r of reached) {
      const v = settings.get(r.target)?.[key] ?? "";
      if (v !== majority) r.differs[key] = v;
    }
  }
}
__name(markOddOnesOut, "markOddOnesOut");
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, FLAGS, true);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = checkFormat(values.format ?? "text", Object.keys(FLEET_REPORTERS));
  const failOn = parseFailOn(values["fail-on"]);
  const concurrency = values.concurrency === void 0 ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency takes a whole number from 1 to 256 (got ${JSON.stringify(values.concurrency)})`);
  const limits = {
    connectMs: parseTimeout(values["connect-timeout"], "--connect-timeout", 86400) ?? 2e4,
    targetMs: parseTimeout(values["target-timeout"], "--target-timeout", 86400) ?? 18e4,
    probeMs: parseTimeout(values.timeout),
    cwd: values.cwd
  };
  const config = await loadUserConfig(values.config, io.cwd);
  const targets = await targetList(io, new LocalHost(io.env), positionals, values.targets, limits.connectMs);
  const status = startStatus(io, "fleet", !!values["no-progress"]);
  const { doctorReport } = await import("./doctor-report-EZOKNQXX.js");
  const start = Date.now();
  let finished = 0;
  const settings = /* @__PURE__ */ new Map();
  const rows = await pool(targets, concurrency, async (target) => {
    status.set(`${finished}/${targets.length} targets done; diagnosing ${redactString(target)}`);
    const { facts, ms } = await diagnose(io, target, limits);
    finished++;
    const env = facts.goenv?.ok ? facts.goenv.value.settings : {};
    settings.set(target, Object.fromEntries(KEY_SETTINGS.map((k) => [k, env[k]?.value ?? ""])));
    const model = doctorReport(facts, config, { command: "fleet", format: "json", timings: {} });
    return row(target, facts, ms, model);
  }).finally(() => status.done());
  markOddOnesOut(rows, settings);
  const report = redactDeep({ rows, keys: KEY_SETTINGS, wallMs: Date.now() - start });
  io.stdout(FLEET_REPORTERS[format](report));
  return exitCodeFor(rows.flatMap((r) => r.findings), failOn);
}
__name(run, "run");
export {
  run
};
