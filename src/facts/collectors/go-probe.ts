import type { Host } from '../host.js';
import { leftoverText, type ExecResult } from '../exec.js';
import { findGoVersion } from '../../knowledge/goversion.js';
import { thisProcessGoPlatform } from '../../knowledge/node-platform.js';

/**
 * Running `go` must never download a toolchain or depend on the caller's directory:
 * GOTOOLCHAIN=local in the process env (it beats the go env -w file and go.env), a
 * neutral working directory, and a timeout. GOFLAGS is pinned to a harmless known flag for
 * `go version` only, because an invalid GOFLAGS makes every command but `go env` fail.
 */
export function probeEnv(host: Host, overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { ...host.env, GOTOOLCHAIN: 'local', GOTELEMETRY: host.env.GOTELEMETRY, ...overrides };
}

export const PROBE_TIMEOUT_MS = 8_000;

export interface VersionProbe {
  version: string | null;
  platform: string | null;
  error: string | null;
}

/** Why a go invocation failed, in words a user can act on. */
export function describeFailure(r: ExecResult, what: string): string {
  const left = r.leftover?.length ? `; it left ${leftoverText(r.leftover)} outside its process group, holding its output open (killed)` : '';
  if (r.timedOut) return `${what} did not answer within ${r.ms} ms (killed)${left}`;
  if (r.error && r.code === null) return `${what} could not start: ${r.error}`;
  const err = r.stderr.trim().split('\n').slice(0, 3).join(' / ');
  if (r.code !== 0) return `${what} exited with status ${r.code ?? r.signal}${err ? `: ${err}` : ''}${left}`;
  return `${what} printed no recognisable output${left}`;
}

/**
 * What `go version` prints under GOTOOLCHAIN=local is runtime.Version() and the binary's own
 * GOOS/GOARCH (cmd/go/internal/version runVersion), and the build info of a cmd/go binary
 * records all three. Reading them takes a millisecond where starting go takes tens, and runs
 * nothing. Null (so the caller runs go) unless the file is a readable cmd/go for this very
 * machine: scripts, shims, golang.org/dl wrappers, other architectures and truncated or corrupt
 * files are run, because only running shows what they do. (A truncated ELF file fails here: its
 * section headers sit at the end.)
 */
export async function versionFromBuildInfo(host: Host, goPath: string): Promise<VersionProbe | null> {
  if (host.kind !== 'local') return null;
  try {
    const { inspectBinary } = await import('../../analyzers/binary/index.js');
    const b = await inspectBinary(goPath);
    const platform = `${b.goos}/${b.goarch}`;
    if (b.buildInfo?.path !== 'cmd/go' || !b.goVersion || b.goVersionSource !== 'buildinfo' || platform !== thisProcessGoPlatform()) return null;
    return { version: findGoVersion(b.goVersion) ?? b.goVersion, platform, error: null };
  } catch {
    return null;
  }
}

export async function probeVersion(host: Host, goPath: string, cwd: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<VersionProbe> {
  const read = await versionFromBuildInfo(host, goPath);
  if (read) return read;
  const r = await host.run(goPath, ['version'], {
    cwd,
    env: probeEnv(host, { GOROOT: undefined, GOFLAGS: '-modcacherw' }),
    timeoutMs,
    maxBytes: 64 * 1024,
  });
  if (r.ok && r.code === 0) {
    const line = r.stdout.split('\n')[0] ?? '';
    const m = /^go version (\S+) (\S+\/\S+)/.exec(line);
    if (m) return { version: findGoVersion(m[1]!) ?? m[1]!, platform: m[2]!, error: null };
  }
  return { version: null, platform: null, error: describeFailure(r, `\`${goPath} version\``) };
}
