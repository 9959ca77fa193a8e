import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  REPORT_FORMATS,
  emit,
  exitCodeFor,
  parseFailOn,
  summarizeRule
} from "./chunk-CWEQVTLD.js";
import {
  UsageError,
  VERSION
} from "./chunk-2UDLJF23.js";
import {
  reportFixes,
  reportMessage
} from "./chunk-NUDDGLDA.js";
import {
  LocalHost,
  isHostError
} from "./chunk-SDAAKID4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/engine/run.ts
function missingReason(facts, requires) {
  for (const area of requires) {
    const c = facts[area];
    if (c === void 0) return `${area} facts were not collected`;
    if (!c.ok) return `${area} facts failed: ${c.error}`;
  }
  return null;
}
__name(missingReason, "missingReason");
function runRules(rules, facts, config = {}) {
  const findings = [];
  const skipped = [];
  const passed = [];
  for (const rule of rules) {
    const override = config[rule.id] ?? config[rule.name];
    if (override === "off") continue;
    const reason = missingReason(facts, rule.requires);
    if (reason) {
      skipped.push({ ruleId: rule.id, reason });
      continue;
    }
    const input = { all: facts };
    for (const area of rule.requires) {
      const c = facts[area];
      if (c && c.ok) input[area] = c.value;
    }
    let reports;
    try {
      reports = rule.check(input);
    } catch (err) {
      skipped.push({ ruleId: rule.id, reason: `rule failed: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    let rendered;
    try {
      rendered = reports.map((r) => ({ r, message: reportMessage(rule, r), fixes: reportFixes(rule, r) }));
    } catch (err) {
      skipped.push({ ruleId: rule.id, reason: `rule failed: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    if (reports.length === 0) passed.push(rule.id);
    const said = /* @__PURE__ */ new Set();
    for (const { r, message, fixes } of rendered) {
      if (r.location) {
        const key = `${r.location.file}\0${r.location.line ?? ""}\0${r.location.column ?? ""}\0${message}`;
        if (said.has(key)) continue;
        said.add(key);
      }
      const severity = override ?? r.severity ?? rule.severity;
      findings.push({
        ruleId: rule.id,
        ruleName: rule.name,
        category: rule.category,
        severity,
        messageId: r.messageId,
        data: r.data ?? {},
        message,
        evidence: r.evidence ?? {},
        fixes,
        sources: [...rule.sources],
        ...r.location ? { location: r.location } : {},
        ...r.related?.length ? { related: r.related } : {}
      });
    }
  }
  return { findings, skipped, passed };
}
__name(runRules, "runRules");

// src/cli/pipeline.ts
import * as path2 from "node:path";

// src/engine/config.ts
import * as path from "node:path";
var CONFIG_NAMES = [".godiag.yaml", ".godiag.yml", ".godiag.json"];
var ConfigError = class extends Error {
  static {
    __name(this, "ConfigError");
  }
};
async function findConfig(dir, host = new LocalHost()) {
  let cur = path.resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(cur, name);
      if ((await host.stat(p))?.isFile) return p;
    }
    const up = path.dirname(cur);
    if (up === cur) return null;
    cur = up;
  }
}
__name(findConfig, "findConfig");
var MAX_CONFIG_BYTES = 256 * 1024;
async function loadConfig(file, host = new LocalHost()) {
  const st = await host.statWhy(file);
  if (isHostError(st)) throw new ConfigError(`cannot read config ${file}: ${st.code}`);
  if (!st.isFile) throw new ConfigError(`config ${file} is not a regular file (${st.isFIFO ? "a FIFO" : st.isDir ? "a directory" : st.isDevice ? "a device" : "a special file"}); not read`);
  if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(`config ${file} is ${st.size} bytes, more than the ${MAX_CONFIG_BYTES} a configuration can be; not read`);
  const text = await host.readText(file, MAX_CONFIG_BYTES);
  if (text === null) throw new ConfigError(`cannot read config ${file}: unreadable, or replaced by something that is not a regular file`);
  let raw;
  try {
    if (file.endsWith(".json")) raw = JSON.parse(text);
    else raw = (await import("./yaml-text-OHB4AGLU.js")).parseYaml(text);
  } catch (e) {
    throw new ConfigError(`config ${file} is not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${e.message}`);
  }
  const { ConfigSchema } = await import("./config-schema-KMQYBZGB.js");
  const parsed = ConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ConfigError(`config ${file}: ${msg}`);
  }
  return parsed.data;
}
__name(loadConfig, "loadConfig");

// src/cli/pipeline.ts
async function loadUserConfig(explicit, cwd, host) {
  try {
    const file = explicit ? path2.resolve(cwd, explicit) : await findConfig(cwd, host);
    if (!file) return { rules: {}, privateHosts: [] };
    return await loadConfig(file, host);
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}
__name(loadUserConfig, "loadUserConfig");
function factsOf(host, cwd, areas) {
  return {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: (/* @__PURE__ */ new Date()).toISOString(),
    host: { kind: host.kind, platform: host.platform, arch: host.kind === "local" ? process.arch : "unknown", cwd },
    ...areas
  };
}
__name(factsOf, "factsOf");
function reportModel(spec) {
  const ran = runRules(spec.rules, spec.facts, spec.config.rules);
  const result = spec.select ? spec.select(ran) : ran;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "godiag", version: VERSION },
    command: spec.command,
    facts: spec.facts,
    ...result,
    rules: spec.rules.map(summarizeRule),
    timings: spec.timings,
    sections: typeof spec.sections === "function" ? spec.sections() : spec.sections,
    ...spec.summary ? { summary: spec.summary } : {}
  };
}
__name(reportModel, "reportModel");
async function finish(io, model, flags) {
  const reported = await emit(io, model, flags.format ?? "text", REPORT_FORMATS, {
    noColor: flags["no-color"],
    verbose: flags.verbose,
    baseline: flags.baseline,
    updateBaseline: flags["update-baseline"]
  });
  return exitCodeFor(reported, parseFailOn(flags["fail-on"]));
}
__name(finish, "finish");
function runCommand(io, spec, flags) {
  return finish(io, reportModel(spec), flags);
}
__name(runCommand, "runCommand");

export {
  runRules,
  loadUserConfig,
  factsOf,
  reportModel,
  finish,
  runCommand
};
