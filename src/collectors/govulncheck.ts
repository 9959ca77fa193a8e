// --vuln=govulncheck: govulncheck, found on PATH (never in the current directory), run against the
// same OSV directory godiag matched, so its reachability verdict can be shown beside ours. It
// reads the binaries and modules; nothing analysed is executed, and no module is fetched
// (GOPROXY=off, GOTOOLCHAIN=local).
import type { Host } from './host.js';
import { lookPath } from './system/context.js';
import { parseGovulncheckJson } from '../analyzers/vulns/govulncheck-json.js';
import type { VulnsFacts } from '../facts/schema/vulns.js';

type Verdict = NonNullable<VulnsFacts['govulncheck']>['targets'][number];

const TIMEOUT_MS = 300_000;

export async function findGovulncheck(host: Host): Promise<string | null> {
  return lookPath(host, 'govulncheck');
}

/** govulncheck -mode=binary on each binary, or -scan module in each module directory. */
export async function runGovulncheck(host: Host, program: string, osvDir: string, targets: readonly { kind: 'binary' | 'module'; path: string; shown: string }[]): Promise<NonNullable<VulnsFacts['govulncheck']>> {
  const out: Verdict[] = [];
  for (const t of targets) {
    const args = t.kind === 'binary' ? ['-mode=binary', '-db', `file://${osvDir}`, '-format', 'json', t.path] : ['-scan', 'module', '-db', `file://${osvDir}`, '-format', 'json'];
    const r = await host.run(program, args, {
      ...(t.kind === 'module' ? { cwd: t.path } : {}),
      env: { ...host.env, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '-mod=mod' },
      timeoutMs: TIMEOUT_MS, maxBytes: 64 * 1024 * 1024,
    });
    // govulncheck exits 3 when it finds vulnerabilities; its JSON is the verdict either way.
    const failed = r.timedOut ? `timed out after ${TIMEOUT_MS / 1000} s`
      : !r.ok ? (r.error ?? 'did not start')
        : r.code !== 0 && r.code !== 3 ? (r.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${r.code}`) : null;
    let findings: Verdict['findings'] = [];
    let error = failed;
    if (!failed) {
      try {
        // A module scan also judges the standard library of the go that runs it: not the module's requirements.
        findings = parseGovulncheckJson(r.stdout).filter((f) => t.kind === 'binary' || (f.module !== 'stdlib' && f.module !== 'toolchain'));
      } catch (e) {
        error = `unreadable output: ${(e as Error).message}`;
      }
    }
    out.push({ target: t.shown, error, findings });
  }
  return { program, targets: out };
}
