import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  localHost,
  parseTimeout
} from "./chunk-5CLRHSWL.js";
import "./chunk-VFMCARKJ.js";
import "./chunk-EKXUNDYH.js";
import "./chunk-FXICBWLO.js";
import "./chunk-SW3IABDB.js";
import {
  lookPath,
  readVulnDb,
  updateVulnDb
} from "./chunk-UQYNX74J.js";
import "./chunk-MKTU6BHA.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-CTKGUG5O.js";
import "./chunk-UUY3J6IC.js";
import "./chunk-B6TL6C7X.js";
import "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError,
  visible
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
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

// src/cli/commands/vulndb.ts
var HELP = `usage: godiag vulndb update [--timeout SECONDS]

Fetch the Go vulnerability database, the module golang.org/x/vulndb@latest, into your module
cache with \`go mod download\`: through your GOPROXY, checked against your GOSUMDB, with your
GOFLAGS and go env file. doctor then matches versions against its OSV entries offline.
Nothing else in godiag downloads the database.
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, timeout: { type: "string" } });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals[0] !== "update" || positionals.length !== 1) throw new UsageError(`godiag vulndb: expected "update"
${HELP}`);
  const host = localHost(io.env);
  const go = await lookPath(host, "go");
  if (!go) {
    io.stderr("godiag vulndb update: no go on PATH: the database is fetched with `go mod download`\n");
    return 1;
  }
  const r = await updateVulnDb(host, go, parseTimeout(values.timeout) ?? 6e5);
  if (!r.dir) {
    io.stderr(`godiag vulndb update: go mod download golang.org/x/vulndb@latest failed: ${visible(r.error ?? "")}
`);
    return 1;
  }
  const db = await readVulnDb(host, r.dir, "module-cache", r.version);
  io.stdout(`golang.org/x/vulndb ${r.version}: ${db?.entries.length ?? 0} OSV entries in ${visible(db?.dir ?? r.dir)}
`);
  return db && db.entries.length > 0 ? 0 : 1;
}
__name(run, "run");
export {
  run
};
