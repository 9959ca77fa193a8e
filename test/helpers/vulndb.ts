// golang.org/x/vulndb at a pinned version and govulncheck, fetched at test time through the module
// proxy into the test module cache. Nothing of either is committed; a failed fetch throws.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { moduleEnv, TEST_MODCACHE } from './module-fixture.js';

export const VULNDB_VERSION = 'v0.0.0-20261105234957-e22db6528018';
export const GOVULNCHECK_VERSION = 'v1.9.0';
const GOBIN = path.resolve('.cache/govulncheck-bin');

/** The data/osv directory of the pinned database. */
export function ensureVulnDb(): string {
  const dir = path.join(TEST_MODCACHE, 'golang.org/x', `vulndb@${VULNDB_VERSION}`, 'data', 'osv');
  if (existsSync(dir)) return dir;
  mkdirSync(TEST_MODCACHE, { recursive: true });
  try {
    execFileSync('go', ['mod', 'download', `golang.org/x/vulndb@${VULNDB_VERSION}`], { cwd: TEST_MODCACHE, env: moduleEnv(true), timeout: 600_000, stdio: 'pipe' });
  } catch (e) {
    throw new Error(`cannot fetch golang.org/x/vulndb@${VULNDB_VERSION} through the module proxy: ${((e as { stderr?: Buffer }).stderr?.toString() || (e as Error).message).trim()}`);
  }
  return dir;
}

/** govulncheck built with `go install` through the proxy. */
export function ensureGovulncheck(): string {
  const bin = path.join(GOBIN, 'govulncheck');
  if (existsSync(bin)) return bin;
  mkdirSync(GOBIN, { recursive: true });
  mkdirSync(TEST_MODCACHE, { recursive: true });
  try {
    execFileSync('go', ['install', `golang.org/x/vuln/cmd/govulncheck@${GOVULNCHECK_VERSION}`], { cwd: TEST_MODCACHE, env: moduleEnv(true, { GOBIN }), timeout: 900_000, stdio: 'pipe' });
  } catch (e) {
    throw new Error(`cannot install govulncheck ${GOVULNCHECK_VERSION} through the module proxy: ${((e as { stderr?: Buffer }).stderr?.toString() || (e as Error).message).trim()}`);
  }
  return bin;
}

/** "module@version GO-ID" for every finding of govulncheck -mode=binary (module, package or symbol level). */
export function govulncheckModules(binary: string, osvDir: string): Set<string> {
  return findings(execFileSync(ensureGovulncheck(), ['-mode=binary', '-db', `file://${osvDir}`, '-format', 'json', binary], { env: moduleEnv(false), timeout: 300_000, maxBuffer: 256 << 20 }).toString());
}

/** "module@version GO-ID" for every finding of `govulncheck -scan module` run in a module directory (its requirements; stdlib too). */
export function govulncheckRequirements(moduleDir: string, osvDir: string): Set<string> {
  return findings(execFileSync(ensureGovulncheck(), ['-scan', 'module', '-db', `file://${osvDir}`, '-format', 'json'], { cwd: moduleDir, env: moduleEnv(false), timeout: 300_000, maxBuffer: 256 << 20 }).toString());
}

function findings(out: string): Set<string> {
  const found = new Set<string>();
  // The JSON stream is concatenated objects; findings carry the module of their first trace frame.
  for (const chunk of out.split(/\n(?=\{)/)) {
    const o = JSON.parse(chunk) as { finding?: { osv: string; trace: Array<{ module: string; version?: string }> } };
    const f = o.finding?.trace[0];
    if (o.finding && f) found.add(`${f.module}@${f.version ?? ''} ${o.finding.osv}`);
  }
  return found;
}
