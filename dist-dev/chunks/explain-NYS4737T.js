import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  EXPLAIN_REPORTERS
} from "./chunk-BKDHZYWS.js";
import {
  findRule
} from "./chunk-QDX7MBD6.js";
import "./chunk-I4IKHWZ2.js";
import "./chunk-Z5KYQY4S.js";
import "./chunk-76J5DVE5.js";
import "./chunk-TUA3ZO57.js";
import "./chunk-T4FF3R5O.js";
import "./chunk-TEAIDRKW.js";
import "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-NKKUPBPJ.js";
import "./chunk-YKY675GG.js";
import {
  COMMON_FLAGS,
  checkFormat,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import "./chunk-2UDLJF23.js";
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

// src/cli/commands/explain.ts
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, format: COMMON_FLAGS.format });
  if (values.help || positionals.length === 0) {
    io.stdout("usage: godiag explain <GDnnn|rule-name>... [--format text|json]\n");
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const format = checkFormat(values.format ?? "text", Object.keys(EXPLAIN_REPORTERS));
  const found = [];
  let status = 0;
  for (const key of positionals) {
    const r = findRule(key);
    if (r) found.push(r);
    else {
      io.stderr(`godiag explain: no rule ${JSON.stringify(key)} (see \`godiag rules\`)
`);
      status = 2;
    }
  }
  if (found.length) io.stdout(EXPLAIN_REPORTERS[format](found));
  return status;
}
__name(run, "run");
export {
  run
};
