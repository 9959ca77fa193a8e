import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  collectDoctorFacts,
  localHost,
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
  loadUserConfig
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFlags,
  projectDir
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
import {
  writeFile
} from "./chunk-77TINIMA.js";
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

// src/cli/commands/snapshot.ts
import * as path from "node:path";
var HELP = `usage: godiag snapshot [--cwd DIR] [-o FILE] [--timeout SECONDS] [--no-progress] [--on URL | --via CMD]

Collect everything doctor looks at into one JSON document (secrets redacted), to
analyze later (godiag analyze FILE) or compare across machines (godiag diff A B).
Run it where the problem is: a CI job, a container, a colleague's laptop, or point it there:

${TARGET_HELP}`;
async function run(argv, io) {
  const { values } = parseFlags(argv, { help: COMMON_FLAGS.help, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config, output: { type: "string", short: "o" }, timeout: { type: "string" }, "no-progress": COMMON_FLAGS["no-progress"], ...TARGET_FLAGS }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const transport = transportFrom(values);
  const localDir = projectDir(io, transport ? void 0 : values.cwd);
  const config = await loadUserConfig(values.config, localDir);
  const timeoutMs = parseTimeout(values.timeout);
  const target = transport ? await connectTarget(transport, io) : null;
  const cwd = target ? targetCwd(target, values.cwd) : localDir;
  const status = startStatus(io, "snapshot", !!values["no-progress"]);
  const { facts } = await collectDoctorFacts({ cwd, privateHosts: config.privateHosts, ...timeoutMs ? { timeoutMs } : {}, progress: /* @__PURE__ */ __name((step) => status.set(step), "progress") }, target ?? localHost(io.env)).finally(() => {
    status.done();
    return target?.close();
  });
  if (target) {
    describeTarget(facts, target);
    warnIfBroken(io, target);
  }
  const json = JSON.stringify(redactDeep(facts), null, 2) + "\n";
  if (values.output) {
    const file = path.resolve(io.cwd, values.output);
    try {
      writeFile(file, json);
    } catch (e) {
      throw new UsageError(`cannot write the snapshot to ${file}: ${e.code === "EISDIR" ? "it is a directory (give a file name)" : e.message}`);
    }
  } else io.stdout(json);
  return 0;
}
__name(run, "run");
export {
  run
};
