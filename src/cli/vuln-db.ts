// The vulnerability database for --vuln/--vulndb (inspect, lint): read before any work, never fetched here.
import * as path from 'node:path';
import { LocalHost } from '../collectors/host.js';
import { defaultModCache, findVulnDb, VULNDB_HOW_TO, type VulnDb } from '../collectors/vulns.js';
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
