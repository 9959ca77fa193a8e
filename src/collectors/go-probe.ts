import * as path from 'node:path';
import type { Host } from './host.js';
import { envFilePath } from './env-file.js';
import { PROBE_CACHE, PROBE_CONFIG } from './neutral-dir.js';
import { leftoverText, type ExecResult } from './exec.js';
import { findGoVersion } from '../knowledge/goversion.js';
import { thisProcessGoPlatform } from '../knowledge/node-platform.js';

/**
 * Running `go` must never download a toolchain, depend on the caller's directory or change the
 * user's HOME: GOTOOLCHAIN=local in the process env (it beats the go env -w file and go.env), a
 * neutral working directory, and a timeout. `go env` fills the build cache (GOCACHE) and every
 * go since 1.23 opens its telemetry counters under os.UserConfigDir()/go/telemetry
 * (x/telemetry internal/telemetry/dir.go init), so both point into `scratch`, the neutral
 * directory (withNeutralDir), where telemetry is off; GOENV keeps naming the user's own go env file, which
 * XDG_CONFIG_HOME would otherwise move. The values Go reports for those keys are the user's
 * again in userFacingGoEnv.
 */
export function probeEnv(host: Host, scratch: string | null, overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  const isolate = scratch && host.kind !== 'recorded' && host.platform !== 'win32'
    ? { GOCACHE: path.join(scratch, PROBE_CACHE), XDG_CONFIG_HOME: path.join(scratch, PROBE_CONFIG), GOENV: host.env.GOENV || envFilePath(host) || 'off' }
    : {};
  return { ...host.env, GOTOOLCHAIN: 'local', ...isolate, ...overrides };
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
  const err = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' / ');
  if (r.code !== 0) return `${what} exited with status ${r.code ?? r.signal}${err ? `: ${err}` : ''}${left}`;
  return `${what} printed no recognisable output${left}`;
}

/**
 * What `go version` prints under GOTOOLCHAIN=local is runtime.Version() and the binary's own
 * GOOS/GOARCH (cmd/go/internal/version runVersion), and the build info of a cmd/go binary
 * records all three. Reading them takes a millisecond where starting go takes tens, and runs
 * nothing. Null (so the caller runs go) unless the file is a readable cmd/go for the very
 * machine it is on (this one, or a remote target by its uname): scripts, shims, golang.org/dl wrappers, other architectures and truncated or corrupt
 * files are run, because only running shows what they do. (A truncated ELF file fails here: its
 * section headers sit at the end.)
 */
export async function versionFromBuildInfo(host: Host, goPath: string): Promise<VersionProbe | null> {
  // A recorded machine's go is a stand-in; a remote target's is read by range like a local one.
  if (host.kind === 'recorded') return null;
  const hostPlatform = thisProcessGoPlatform(host.platform, host.kind === 'local' ? process.arch : host.arch ?? '');
  try {
    const { readBuildInfoSummary } = await import('./binary/read.js');
    const b = await readBuildInfoSummary(goPath, host);
    if (!b) return null;
    const platform = `${b.goos}/${b.goarch}`;
    const goVersion = b.buildInfo.goVersion;
    if (b.buildInfo.path !== 'cmd/go' || !goVersion || platform !== hostPlatform) return null;
    return { version: findGoVersion(goVersion) ?? goVersion, platform, error: null };
  } catch {
    return null;
  }
}

/**
 * `hasGoroot`: whether the binary finds a GOROOT by its own layout (findGOROOT). A copied or
 * trimmed go that does not (official builds are trimmed) fails every command with "cannot find
 * GOROOT directory", although its build info reads fine: then only running it tells the truth.
 */
export async function probeVersion(host: Host, goPath: string, cwd: string, timeoutMs = PROBE_TIMEOUT_MS, hasGoroot = true): Promise<VersionProbe> {
  const read = hasGoroot ? await versionFromBuildInfo(host, goPath) : null;
  if (read) return read;
  const r = await host.run(goPath, ['version'], {
    cwd,
    env: probeEnv(host, cwd, { ...(hasGoroot ? { GOROOT: undefined } : {}), GOFLAGS: '-modcacherw' }),
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
