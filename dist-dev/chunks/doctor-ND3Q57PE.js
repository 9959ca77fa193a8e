import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  collectDoctorFacts,
  localHost,
  parseCrossTargets,
  parseTimeout
} from "./chunk-5CLRHSWL.js";
import "./chunk-VFMCARKJ.js";
import "./chunk-EKXUNDYH.js";
import "./chunk-FXICBWLO.js";
import "./chunk-SW3IABDB.js";
import "./chunk-UQYNX74J.js";
import "./chunk-MKTU6BHA.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import {
  TARGET_FLAGS,
  TARGET_HELP,
  connectTarget,
  describeTarget,
  targetCwd,
  transportFrom,
  warnIfBroken
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
  finish,
  loadUserConfig
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
import {
  redactString
} from "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-N5CH7USA.js";
import "./chunk-EDRERVNO.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/doctor.ts
import * as path from "node:path";
var HELP = `usage: godiag doctor [flags]

Diagnose Go on this machine: every go on PATH, where each Go setting comes from,
shell startup files, the system under Go, and module routing. By default it makes
no network request, executes no shell startup file and downloads nothing.

flags:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, skipped rules and timings
      --config FILE                       .godiag.yaml/.json (default: looked up from --cwd upward)
      --cwd DIR                           the project directory to diagnose (default: current)
      --timeout SECONDS                   limit for each command godiag runs (default 8)
      --runtime                           also build, run, download and cross-compile for real
                                          (uses the network through your GOPROXY)
      --cross-targets LIST                runtime cross-build matrix, e.g. linux/amd64,linux/riscv64
                                          (default linux/amd64,linux/arm64,darwin/arm64,windows/amd64)
      --verify-toolchain                  hash the Go installation and compare it with its release
                                          (golang.org/toolchain in the module cache, or dpkg's md5sums)
      --verify-all                        with --verify-toolchain: every install found, not only GOROOT
      --fetch-toolchain-module            with --verify-toolchain: when the module cache lacks the release,
                                          download it through your GOPROXY into a temporary module cache
      --vulndb DIR                        OSV entries to match versions against (default: the newest
                                          golang.org/x/vulndb in the module cache; see godiag vulndb update)
      --run-shells                        also start each installed shell to compare the static
                                          analysis with reality (executes your startup files)
${TARGET_HELP}      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)
`;
var DOCTOR_FLAGS = {
  ...COMMON_FLAGS,
  timeout: { type: "string" },
  runtime: { type: "boolean", default: false },
  "cross-targets": { type: "string" },
  "run-shells": { type: "boolean", default: false },
  "verify-toolchain": { type: "boolean", default: false },
  vulndb: { type: "string" },
  "verify-all": { type: "boolean", default: false },
  "fetch-toolchain-module": { type: "boolean", default: false },
  ...TARGET_FLAGS
};
async function run(argv, io) {
  const { values } = parseFlags(argv, DOCTOR_FLAGS, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? "text";
  parseFailOn(values["fail-on"]);
  const transport = transportFrom(values);
  const localDir = projectDir(io, transport ? void 0 : values.cwd);
  const config = await loadUserConfig(values.config, localDir);
  const timeoutMs = parseTimeout(values.timeout);
  if ((values["verify-all"] || values["fetch-toolchain-module"]) && !values["verify-toolchain"]) throw new UsageError("--verify-all and --fetch-toolchain-module go with --verify-toolchain");
  const cross = values["cross-targets"] === void 0 ? void 0 : parseCrossTargets(values["cross-targets"]);
  if (typeof cross === "string") throw new UsageError(cross);
  const status = startStatus(io, "doctor", !!values["no-progress"]);
  const where = transport ? `on ${redactString(transport.target)}: ` : "";
  if (transport) status.set(`connecting to ${redactString(transport.target)}`);
  const target = transport ? await connectTarget(transport, io).catch((e) => {
    status.done();
    throw e;
  }) : null;
  const cwd = target ? targetCwd(target, values.cwd) : localDir;
  const opts = {
    cwd,
    privateHosts: config.privateHosts,
    runtime: values.runtime,
    ...cross ? { crossTargets: cross } : {},
    runShells: values["run-shells"],
    verifyToolchain: values["verify-toolchain"],
    ...values.vulndb ? { vulndb: path.resolve(cwd, values.vulndb) } : {},
    verifyAll: values["verify-all"],
    fetchToolchainModule: values["fetch-toolchain-module"],
    ...timeoutMs ? { timeoutMs } : {}
  };
  const collecting = collectDoctorFacts({ ...opts, progress: /* @__PURE__ */ __name((step) => status.set(`${where}${step}`), "progress") }, target ?? localHost(io.env)).finally(() => target?.close());
  const [{ doctorReport }, { facts, timings }] = await Promise.all([import("./doctor-report-EZOKNQXX.js"), collecting]).finally(() => status.done());
  if (target) {
    describeTarget(facts, target);
    warnIfBroken(io, target);
  }
  return finish(io, doctorReport(facts, config, { command: "doctor", format, timings, runtime: values.runtime, verify: values["verify-toolchain"] }), values);
}
__name(run, "run");
export {
  DOCTOR_FLAGS,
  run
};
