import * as path from 'node:path';
import type { Facts } from '../facts/schema.js';
import type { RemoteHost } from '../collectors/remote/remote-host.js';
import { parseTarget, viaTransport, TargetError, type Transport } from '../collectors/remote/transport.js';
import { redactString } from '../engine/redact.js';
import { UsageError, type CliIO } from './io.js';

/** The flags that point a command at another machine. */
export const TARGET_FLAGS = {
  on: { type: 'string' },
  via: { type: 'string' },
} as const;

export const TARGET_HELP = `      --on URL                            diagnose another machine through a transport that runs a
                                          POSIX shell there (no Node or godiag needed on it):
                                          ssh://[user@]host[:port], docker://CONTAINER,
                                          podman://CONTAINER, k8s://[context/]namespace/pod[/container]
                                          (kubectl with your kubeconfig), chroot:///DIR (as root),
                                          local-probe (this machine through the same probe)
      --via 'CMD ARGS...'                 any other command that runs \`sh -s\` on the target
`;

/** --on/--via as a transport, or null for this machine. */
export function transportFrom(values: { on?: string; via?: string }): Transport | null {
  if (values.on !== undefined && values.via !== undefined) throw new UsageError('give either --on URL or --via COMMAND, not both');
  try {
    if (values.via !== undefined) return viaTransport(values.via);
    if (values.on !== undefined) return parseTarget(values.on);
  } catch (e) {
    if (e instanceof TargetError) throw new UsageError(e.message);
    throw e;
  }
  return null;
}

/** Connect, or fail as a usage error naming the target and the transport's own words. */
export async function connectTarget(t: Transport, io: CliIO, connectTimeoutMs?: number): Promise<RemoteHost> {
  // The probe's code is loaded only when a target is named: local runs never compile it.
  const { RemoteHost } = await import('../collectors/remote/remote-host.js');
  try {
    return await RemoteHost.connect(redactString(t.target), { argv: t.argv, env: io.env, ...(connectTimeoutMs ? { connectTimeoutMs } : {}) });
  } catch (e) {
    throw new UsageError(`cannot reach ${redactString(t.target)}: ${redactString((e as Error).message)}`);
  }
}

/**
 * The project directory on the target: --cwd as given (a path there, not checked here),
 * else the directory its shell started in.
 */
export function targetCwd(host: RemoteHost, cwd: string | undefined): string {
  return cwd === undefined ? host.startDir : path.posix.resolve(host.startDir, cwd);
}

/** Facts of a target say which one, with its architecture, and whether the session held. */
export function describeTarget(facts: Facts, host: RemoteHost): void {
  facts.host = { ...facts.host, arch: host.arch, target: host.target, ...(host.broken ? { targetError: redactString(host.broken) } : {}) };
}

/** A session that broke while collecting leaves facts incomplete: say so on stderr, loudly. */
export function warnIfBroken(io: CliIO, host: RemoteHost): void {
  if (host.broken) io.stderr(`godiag: the session with ${host.target} broke while collecting, so these results are incomplete: ${redactString(host.broken)}\n`);
}
