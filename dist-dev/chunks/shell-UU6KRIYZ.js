import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  shellSections
} from "./chunk-IBXMN5CX.js";
import {
  REMOTE_RULES,
  SHELL_RULES
} from "./chunk-NKKUPBPJ.js";
import {
  TARGET_FLAGS,
  TARGET_HELP,
  connectTarget,
  describeTarget,
  targetCwd,
  transportFrom,
  warnIfBroken
} from "./chunk-DLCOMAUD.js";
import {
  shellsCollector
} from "./chunk-CTKGUG5O.js";
import {
  goenvCollector,
  toolchainsCollector
} from "./chunk-UUY3J6IC.js";
import {
  startStatus
} from "./chunk-FV6HHQ5A.js";
import "./chunk-B6TL6C7X.js";
import {
  runCollectors
} from "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import {
  factsOf,
  loadUserConfig,
  runCommand
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFailOn,
  parseFlags,
  projectDir
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import "./chunk-3CEM5G56.js";
import {
  LocalHost
} from "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/shell.ts
var HELP = `usage: godiag shell [flags]

Which go runs, and which GOROOT/GOPATH/GOBIN/GOPROXY/GOPRIVATE/GOFLAGS/GOTOOLCHAIN/
CGO_ENABLED apply, in every shell (bash, sh/dash, zsh, fish, busybox sh) and context
(login, interactive, non-interactive, cron, systemd --user, GUI apps) \u2014 each value
with the startup file and line that set it.

By default nothing is executed: startup files are parsed and followed (source/.),
conditions decided where possible and otherwise marked.

flags:
      --run-shells                        also start each installed shell in each mode
                                          (stdin /dev/null, no TTY, timeout, killed after)
                                          and report where reality differs. This RUNS
                                          your startup files.
      --timeout S                         per shell run with --run-shells (default 5)
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, skipped rules and timings
      --config FILE                       .godiag.yaml/.json
${TARGET_HELP}      --no-color
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)
`;
var FLAGS = { ...COMMON_FLAGS, "run-shells": { type: "boolean", default: false }, timeout: { type: "string", default: "5" }, ...TARGET_FLAGS };
async function run(argv, io) {
  const { values } = parseFlags(argv, FLAGS, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  parseFailOn(values["fail-on"]);
  const timeoutS = Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 600) throw new UsageError(`--timeout must be a number of seconds between 0 and 600 (got ${JSON.stringify(values.timeout)})`);
  const transport = transportFrom(values);
  const localDir = projectDir(io, transport ? void 0 : values.cwd);
  const config = await loadUserConfig(values.config, localDir);
  const target = transport ? await connectTarget(transport, io) : null;
  const cwd = target ? targetCwd(target, values.cwd) : localDir;
  const opts = { cwd, runShells: values["run-shells"], timeoutMs: timeoutS * 1e3, privateHosts: config.privateHosts };
  const status = startStatus(io, "shell", !!values["no-progress"]);
  const host = target ?? new LocalHost(io.env);
  const { facts: partial, timings } = await runCollectors([toolchainsCollector, goenvCollector, shellsCollector], host, { ...opts, progress: /* @__PURE__ */ __name((step) => status.set(step), "progress") }).finally(() => {
    status.done();
    return target?.close();
  });
  const facts = factsOf(host, cwd, partial);
  if (target) {
    describeTarget(facts, target);
    warnIfBroken(io, target);
  }
  const shells = facts.shells;
  return runCommand(io, {
    command: "shell",
    facts,
    rules: target ? [...SHELL_RULES, ...REMOTE_RULES] : SHELL_RULES,
    config,
    timings,
    sections: shells?.ok ? shellSections(shells.value) : [{ title: "Shell contexts", lines: [`not analysed: ${shells && !shells.ok ? shells.error : "no facts"}`] }]
  }, values);
}
__name(run, "run");
export {
  run
};
