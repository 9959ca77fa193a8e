// The vulnerability database for --vuln/--vulndb (inspect, lint, route): read before any work,
// never fetched here; and govulncheck's verdict for --vuln=govulncheck.
import * as path from 'node:path';
import { LocalHost } from '../collectors/host.js';
import { findVulnDb, VULNDB_HOW_TO, type VulnDb } from '../collectors/vulns.js';
import { defaultModCache } from '../knowledge/module-cache.js';
import { findGovulncheck } from '../collectors/govulncheck.js';
import type { VulnsFacts } from '../facts/schema/vulns.js';
import type { ReportSection } from '../report/model.js';
import { compareText } from '../facts/order.js';
import { UsageError, type CliIO } from './io.js';

export const VULN_FLAGS = {
  vuln: { type: 'boolean', default: false },
  vulndb: { type: 'string' },
} as const;

/** The database, when --vuln or --vulndb asks for one; a usage error when there is none. */
export async function loadVulnDb(io: CliIO, cwd: string, values: { vuln?: boolean; vulndb?: string }): Promise<VulnDb | null> {
  if (!values.vuln && !values.vulndb) return null;
  let db;
  try {
    db = await findVulnDb(new LocalHost(io.env), values.vulndb ? path.resolve(cwd, values.vulndb) : undefined, defaultModCache(io.env, process.platform));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (!db) throw new UsageError(`--vuln: no Go vulnerability database in the module cache: ${VULNDB_HOW_TO}`);
  return db;
}

/**
 * `--vuln=govulncheck` is `--vuln` plus govulncheck's verdict (parseArgs gives a boolean flag no
 * value): the argv without it, and whether it was asked. Another `--vuln=` value is a usage error.
 */
export function vulnMode(argv: readonly string[]): { argv: string[]; govulncheck: boolean } {
  let govulncheck = false;
  const out = argv.map((a) => {
    if (!a.startsWith('--vuln=')) return a;
    if (a !== '--vuln=govulncheck') throw new UsageError(`${a}: --vuln takes no value, or =govulncheck (also run govulncheck, when it is on PATH)`);
    govulncheck = true;
    return '--vuln';
  });
  return { argv: out, govulncheck };
}

/** govulncheck on PATH, for --vuln=govulncheck; a usage error saying how to get it otherwise. */
export async function requireGovulncheck(io: CliIO): Promise<string> {
  const program = await findGovulncheck(new LocalHost(io.env));
  if (!program) throw new UsageError('--vuln=govulncheck: govulncheck is not on PATH (go install golang.org/x/vuln/cmd/govulncheck@latest puts it in $(go env GOPATH)/bin)');
  return program;
}

/** govulncheck's verdict beside godiag's version matching, one line per target. */
export function govulncheckSection(v: NonNullable<VulnsFacts['govulncheck']>, oursFor: (target: string) => readonly string[]): ReportSection {
  const lines = v.targets.map((t) => {
    if (t.error) return `${t.target}: govulncheck did not finish: ${t.error}`;
    const ids = (level: string) => [...new Set(t.findings.filter((f) => f.level === level).map((f) => f.osv))].sort(compareText);
    const said = (level: string, words: string) => (ids(level).length ? `${ids(level).length} ${words} (${ids(level).join(', ')})` : `0 ${words}`);
    const reported = new Set(t.findings.map((f) => f.osv));
    const ours = [...new Set(oursFor(t.target))];
    const unreached = ours.filter((id) => !reported.has(id)).sort(compareText);
    return `${t.target}: govulncheck ${said('symbol', 'called')}, ${said('package', 'imported only')}, ${said('module', 'required only')}; godiag matched ${ours.length} by version${unreached.length ? `, ${unreached.length} of them not reported by govulncheck (${unreached.join(', ')})` : ''}`;
  });
  return { title: `govulncheck (${v.program}, same database)`, lines };
}
