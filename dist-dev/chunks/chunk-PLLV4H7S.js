import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  RUNTIME_RULES,
  SETTINGS_RULES,
  SYSTEM_RULES,
  TOOLCHAIN_RULES,
  VERIFY_RULES
} from "./chunk-TUA3ZO57.js";
import {
  MODULES_RULES
} from "./chunk-T4FF3R5O.js";
import {
  DEFAULT_GOSUMDB
} from "./chunk-HCNRKEPA.js";
import {
  shellSections
} from "./chunk-IBXMN5CX.js";
import {
  REMOTE_RULES,
  SHELL_RULES
} from "./chunk-NKKUPBPJ.js";
import {
  reportModel
} from "./chunk-SODXAFS5.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/sections/doctor.ts
function doctorSections(facts, format) {
  if (format === "json" || format === "sarif") return [];
  const full = format === "markdown";
  const sections = [];
  const tc = facts.toolchains?.ok ? facts.toolchains.value : null;
  if (tc) {
    const rows = [...tc.installs, ...tc.offPath].map((g, i) => [
      g.onPath ? i === 0 ? "\u2192 PATH #" + g.pathIndex : "PATH #" + g.pathIndex : "not on PATH",
      g.path + (g.realPath && g.realPath !== g.path ? ` \u2192 ${g.realPath}` : ""),
      g.reportedVersion ?? `? (${g.probeError ?? "no answer"})`,
      g.installKind,
      g.goroot ?? "?"
    ]);
    sections.push({
      title: "Go toolchains",
      lines: rows.length ? [] : ["no go found on PATH or in the usual install locations"],
      ...rows.length ? { table: { headers: ["where", "go", "version", "install", "GOROOT"], rows } } : {}
    });
  }
  const env = facts.goenv?.ok ? facts.goenv.value : null;
  if (env) {
    const shown = Object.values(env.settings).filter((s) => s.key !== "GOMOD" && s.key !== "GOWORK" && (full || !isStock(s)));
    const rows = shown.map((s) => [s.key, s.value, s.source + (s.shadowed.length ? ` (overrides ${s.shadowed.map((x) => x.source).join(", ")})` : "")]);
    sections.push({
      title: full ? "go env, with where each value comes from" : "Go settings not at their defaults",
      lines: [`user env file: ${env.userFile.path || "(none)"}${env.userFile.exists ? "" : " (absent)"}`, ...env.probeError ? [`go env failed: ${env.probeError}`] : []],
      ...rows.length ? { table: { headers: ["name", "value", "source"], rows } } : {}
    });
  }
  const pr = facts.project?.ok ? facts.project.value : null;
  if (pr && (pr.gomod || pr.gowork || pr.selection && pr.selection.action !== "local")) {
    const lines = [
      ...pr.gowork ? [`go.work: ${pr.gowork.path} (go ${pr.gowork.go ?? "-"}, toolchain ${pr.gowork.toolchain ?? "-"})`] : [],
      ...pr.gomod ? [`go.mod: ${pr.gomod.path} (module ${pr.gomod.module ?? "?"}, go ${pr.gomod.go ?? "-"}, toolchain ${pr.gomod.toolchain ?? "-"}, ${pr.gomod.requires.length} requirements)`] : [],
      ...pr.selection ? [`go that runs here: ${pr.selection.target ?? "?"} (${pr.selection.action}): ${pr.selection.reason}`] : []
    ];
    sections.push({ title: "Project", lines });
  }
  const shells = facts.shells?.ok ? facts.shells.value : null;
  if (full && shells) sections.push(...shellSections(shells).slice(0, 1));
  return sections;
}
__name(doctorSections, "doctorSections");
var STOCK_GO_ENV = { GOPROXY: "https://proxy.golang.org,direct", GOSUMDB: DEFAULT_GOSUMDB, GOTOOLCHAIN: "auto" };
function isStock(s) {
  return s.source === "default" || s.source === "goroot-go.env" && STOCK_GO_ENV[s.key] === s.value;
}
__name(isStock, "isStock");
function hostSummary(facts) {
  const lines = [`host: ${facts.host.platform}/${facts.host.arch}, collected ${facts.collectedAt}`, `cwd: ${facts.host.cwd}`];
  const winner = facts.toolchains?.ok ? facts.toolchains.value.installs[0] : void 0;
  lines.push(`go: ${winner ? `${winner.reportedVersion ?? "? (does not run)"} at ${winner.path}` : "no go on PATH"}`);
  const sys = facts.system?.ok ? facts.system.value : null;
  if (!sys) return [...lines, `system: not collected${facts.system && !facts.system.ok ? ` (${facts.system.error})` : ""}`];
  const { os, arch, libc, cgo, container, cgroup } = sys;
  lines.push(`os: ${os.distro?.prettyName ?? os.osVersion ?? os.platform}${os.kernelRelease ? `, kernel ${os.kernelRelease}` : ""}`);
  if (arch.machine) {
    const level = arch.amd64Level ? `, CPU supports GOAMD64=${arch.amd64Level}` : "";
    const userland = arch.userland && arch.userland.goarch !== arch.goarch ? `, ${arch.userland.tool} userland ${arch.userland.name}` : "";
    lines.push(`cpu: ${arch.machine} (GOARCH ${arch.goarch ?? "?"}${level}${userland})`);
  }
  if (libc.kind !== "unknown") lines.push(`libc: ${libc.kind}${libc.version ? ` ${libc.version}` : ""}`);
  if (cgo.cc) lines.push(`C compiler (CC=${cgo.cc.setting}): ${cgo.cc.version ?? cgo.cc.path ?? "not found on PATH"}`);
  lines.push(`container: ${container.inContainer ? `yes${container.runtime ? ` (${container.runtime})` : ""}${container.evidence.length ? `: ${container.evidence.join("; ")}` : ""}` : "no"}`);
  const cpu = cgroup.cpu.limit === null ? "no CPU quota" : `CPU quota ${Number(cgroup.cpu.limit.toFixed(2))} (${cgroup.cpu.quotaUs}/${cgroup.cpu.periodUs} \xB5s, ${cgroup.cpu.source ?? "?"})`;
  const cpus = `${cgroup.affinityCpus ?? "?"} CPUs in affinity mask, ${cgroup.onlineCpus ?? "?"} online${cgroup.cpuset.cpus ? `, cpuset ${cgroup.cpuset.cpus}` : ""}`;
  lines.push(`cgroup: ${cgroup.version ? `v${cgroup.version} ${cgroup.path ?? ""}`.trimEnd() : "none found"}; ${cpu}; ${cpus}`);
  lines.push(`memory: ${cgroup.memory.maxBytes === null ? "no cgroup memory limit" : `cgroup limit ${cgroup.memory.maxBytes} bytes (${cgroup.memory.source ?? "?"})`}${sys.go.env.GOMEMLIMIT ? `, GOMEMLIMIT=${sys.go.env.GOMEMLIMIT}` : ""}`);
  return lines;
}
__name(hostSummary, "hostSummary");

// src/cli/doctor-report.ts
var DOCTOR_RULES = [...TOOLCHAIN_RULES, ...SETTINGS_RULES, ...SHELL_RULES, ...SYSTEM_RULES, ...MODULES_RULES];
function doctorRules(opts) {
  const rules = [...DOCTOR_RULES, ...opts.verify ? VERIFY_RULES : [], ...opts.runtime ? RUNTIME_RULES : [], ...opts.remote ? REMOTE_RULES : []];
  return opts.verify ? rules.sort((a, b) => compareText(a.id, b.id)) : rules;
}
__name(doctorRules, "doctorRules");
function doctorReport(facts, config, opts) {
  return reportModel({
    command: opts.command,
    facts,
    rules: doctorRules({ ...opts, verify: opts.verify ?? !!facts.verify, remote: facts.host.kind === "remote" }),
    config,
    timings: opts.timings,
    sections: doctorSections(facts, opts.format),
    summary: hostSummary(facts)
  });
}
__name(doctorReport, "doctorReport");

export {
  doctorRules,
  doctorReport
};
