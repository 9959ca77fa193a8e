import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { localHost, parseTimeout } from '../doctor-run.js';
import { lookPath } from '../../collectors/modules.js';
import { readVulnDb, updateVulnDb } from '../../collectors/vulns.js';
import { visible } from '../../report/escape.js';

const HELP = `usage: godiag vulndb update [--timeout SECONDS]

Fetch the Go vulnerability database, the module golang.org/x/vulndb@latest, into your module
cache with \`go mod download\`: through your GOPROXY, checked against your GOSUMDB, with your
GOFLAGS and go env file. doctor then matches versions against its OSV entries offline.
Nothing else in godiag downloads the database.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, timeout: { type: 'string' } });
  if (values.help) { io.stdout(HELP); return 0; }
  if (positionals[0] !== 'update' || positionals.length !== 1) throw new UsageError(`godiag vulndb: expected "update"\n${HELP}`);
  const host = localHost(io.env);
  const go = await lookPath(host, 'go');
  if (!go) { io.stderr('godiag vulndb update: no go on PATH: the database is fetched with `go mod download`\n'); return 1; }
  const r = await updateVulnDb(host, go, parseTimeout(values.timeout) ?? 600_000);
  if (!r.dir) { io.stderr(`godiag vulndb update: go mod download golang.org/x/vulndb@latest failed: ${visible(r.error ?? '')}\n`); return 1; }
  const db = await readVulnDb(host, r.dir, 'module-cache', r.version);
  io.stdout(`golang.org/x/vulndb ${r.version}: ${db?.entries.length ?? 0} OSV entries in ${visible(db?.dir ?? r.dir)}\n`);
  return db && db.entries.length > 0 ? 0 : 1;
}
