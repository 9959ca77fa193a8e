import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  readSnapshot
} from "./chunk-HW6NG5IR.js";
import "./chunk-7UDCKHAN.js";
import "./chunk-7SKT4MP4.js";
import "./chunk-7FXIZZF3.js";
import {
  doctorReport
} from "./chunk-PLLV4H7S.js";
import "./chunk-TUA3ZO57.js";
import "./chunk-T4FF3R5O.js";
import "./chunk-TEAIDRKW.js";
import "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-IBXMN5CX.js";
import "./chunk-NKKUPBPJ.js";
import "./chunk-YKY675GG.js";
import {
  finish,
  loadUserConfig
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-3CEM5G56.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/analyze.ts
import * as path from "node:path";
var HELP = `usage: godiag analyze SNAPSHOT.json [--format text|json|markdown|sarif|github] [--fail-on LEVEL]
                      [--baseline FILE [--update-baseline]]

Run doctor's rules over a snapshot taken elsewhere (godiag snapshot), without
touching this machine.
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("analyze takes exactly one snapshot file");
  const facts = await readSnapshot(path.resolve(io.cwd, positionals[0]));
  const config = await loadUserConfig(values.config, path.resolve(io.cwd, values.cwd ?? "."));
  const format = values.format ?? "text";
  return finish(io, doctorReport(facts, config, { command: "analyze", format, timings: {} }), values);
}
__name(run, "run");
export {
  run
};
