// SELinux mode, labels of the Go directories, and AVC denials of Go's tools.
import type { AvcDenial, DirFact, SystemFacts } from '../../facts/schema/system.js';
import { readSmall, runOut, skip, type SysCtx } from './context.js';

/** A security context user:role:type:level (the level may itself contain ':' and ','). */
const CONTEXT_RE = /(?:^|\s)([a-zA-Z0-9_.]+:[a-zA-Z0-9_.]+:([a-zA-Z0-9_.]+)(?::[a-zA-Z0-9_.:,-]+)?)(?=\s|$)/;

/**
 * The context from `ls -Zd` output in both formats coreutils has used:
 *   new:  `system_u:object_r:usr_t:s0 /usr/local/go`
 *   old:  `drwxr-xr-x. root root unconfined_u:object_r:user_home_t:s0 /home/u/go`
 */
export function contextFromLsZ(line: string): { context: string; type: string } | null {
  const m = CONTEXT_RE.exec(line.split('\n')[0] ?? '');
  return m ? { context: m[1]!, type: m[2]! } : null;
}

export function typeOfContext(context: string): string | null {
  return context.split(':')[2] ?? null;
}

const GO_TOOLS = /^(go|compile|link|asm|cgo|vet|cover|pack|buildid|gofmt|gopls|dlv|.+\.test)$/;

/** AVC records (audit.log or ausearch -i output) for Go's tools or build directories. */
export function parseAvcDenials(text: string, max = 50): AvcDenial[] {
  const out: AvcDenial[] = [];
  for (const line of text.split('\n')) {
    if (!/avc:\s+denied/.test(line)) continue;
    const field = (k: string) => new RegExp(`\\b${k}=("[^"]*"|\\S+)`).exec(line)?.[1]?.replace(/^"|"$/g, '') ?? null;
    const comm = field('comm');
    const name = field('name');
    const path = field('path');
    if (!comm || !(GO_TOOLS.test(comm) || /go-build/.test(`${name ?? ''}${path ?? ''}`))) continue;
    const scontext = field('scontext');
    const tcontext = field('tcontext');
    const tclass = field('tclass');
    if (!scontext || !tcontext || !tclass) continue;
    const epoch = /audit\((\d+)(?:\.\d+)?:\d+\)/.exec(line)?.[1];
    out.push({
      comm, name, path, scontext, tcontext, tclass,
      perms: /denied\s+\{([^}]*)\}/.exec(line)?.[1]?.trim().split(/\s+/) ?? [],
      time: epoch ? new Date(Number(epoch) * 1000).toISOString() : null,
    });
  }
  return out.slice(-max);
}

export async function collectSelinux(ctx: SysCtx, dirs: readonly DirFact[]): Promise<SystemFacts['selinux']> {
  const { host } = ctx;
  const none = { present: false, mode: null, policy: null, labels: [], audit: { source: null, readable: false, denials: [] } };
  if (host.platform !== 'linux') return none;
  const config = await readSmall(ctx, '/etc/selinux/config');
  const enforce = (await readSmall(ctx, '/sys/fs/selinux/enforce'))?.trim();
  if (config === null && enforce === undefined) return none;
  const policy = config ? /^\s*SELINUXTYPE\s*=\s*(\S+)/m.exec(config)?.[1] ?? null : null;
  const mode = enforce === '1' ? 'enforcing' : enforce === '0' ? 'permissive' : 'disabled';
  if (mode === 'disabled') return { ...none, present: true, policy, mode };

  const labels: SystemFacts['selinux']['labels'] = [];
  for (const d of dirs) {
    if (!d.exists) continue;
    // ls -Z prints the security.selinux xattr; busybox ls has no -Z, so fall back to reading the xattr.
    let actual = contextFromLsZ((await runOut(ctx, 'ls', ['-Zd', d.path])) ?? '');
    if (!actual) {
      const xattr = (await runOut(ctx, 'getfattr', ['--only-values', '--absolute-names', '-n', 'security.selinux', d.path]))?.replace(/\0/g, '').trim();
      actual = xattr ? contextFromLsZ(xattr) : null;
    }
    if (!actual) skip(ctx, `selinux.label.${d.role}`, `neither ls -Zd nor getfattr -n security.selinux gave a security context for ${d.path}`);
    const expectedOut = (await runOut(ctx, 'matchpathcon', ['-n', d.path]))?.trim() ?? null;
    const expected = expectedOut && contextFromLsZ(expectedOut) ? expectedOut.split(/\s+/).pop()! : null;
    labels.push({
      role: d.role, path: d.path, context: actual?.context ?? null, type: actual?.type ?? null,
      expected, expectedType: expected ? typeOfContext(expected) : null,
    });
  }

  const logPath = '/var/log/audit/audit.log';
  // Recent denials are at the end of the log: read its last 16 MiB, from the first whole line.
  const tail = await host.readTail(logPath, 16 * 1024 * 1024);
  const log = tail === null ? null : tail.length >= 16 * 1024 * 1024 ? tail.slice(tail.indexOf('\n') + 1) : tail;
  if (log !== null) return { present: true, mode, policy, labels, audit: { source: logPath, readable: true, denials: parseAvcDenials(log) } };
  // ausearch exits 1 with "<no matches>" when there is nothing to report.
  const r = await host.run('ausearch', ['-m', 'avc', '-ts', 'recent'], { timeoutMs: ctx.timeoutMs });
  const ausearch = r.ok && (r.code === 0 || /<no matches>/.test(r.stderr)) ? r.stdout : null;
  if (ausearch !== null) return { present: true, mode, policy, labels, audit: { source: 'ausearch -m avc -ts recent', readable: true, denials: parseAvcDenials(ausearch) } };
  skip(ctx, 'selinux.audit', `${logPath} is not readable (root only) and ausearch did not answer`);
  return { present: true, mode, policy, labels, audit: { source: null, readable: false, denials: [] } };
}
