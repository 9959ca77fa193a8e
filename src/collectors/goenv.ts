import * as path from 'node:path';
import { defineCollector } from './collector.js';
import { firstGoOnPath } from './toolchains.js';
import type { Host } from './host.js';
import type { EnvFile, GoEnvFacts, Setting, SettingSource } from '../facts/schema/goenv.js';
import { envFilePath, lastValue, parseEnvFile, userCacheDir, userConfigDir } from './env-file.js';

export { envFilePath, userConfigDir };
import { describeFailure, probeEnv, PROBE_TIMEOUT_MS } from './go-probe.js';
import { withNeutralDir } from './neutral-dir.js';
import { GO_READONLY, GO_SETTABLE } from '../knowledge/goenv-vars.js';
import { splitPathList } from '../knowledge/path-list.js';

async function readEnvFile(host: Host, file: string | null): Promise<EnvFile> {
  if (!file) return { path: host.env.GOENV === 'off' ? 'off' : '', exists: false, entries: [], problems: [] };
  const text = await host.readText(file, 1024 * 1024);
  if (text === null) return { path: file, exists: false, entries: [], problems: [] };
  return parseEnvFile(text, file);
}

/**
 * Every variable but the costly ones (envcmd ExtraEnvVarsCostly: CGO_*FLAGS, PKG_CONFIG,
 * GOGCCFLAGS), which make `go env` run the C compiler and fill the build cache: with the probe's
 * empty cache that was most of doctor's time. Those values still come from their sources.
 */
const COSTLY = new Set(['CGO_CFLAGS', 'CGO_CPPFLAGS', 'CGO_CXXFLAGS', 'CGO_FFLAGS', 'CGO_LDFLAGS', 'PKG_CONFIG', 'GOGCCFLAGS']);
const CHEAP_GO_ENV_NAMES = [...GO_SETTABLE, ...GO_READONLY].filter((k) => !COSTLY.has(k));

const NEVER_EMPTY_WHEN_KNOWN = ['GOAUTH', 'GOFIPS140', 'GOTELEMETRY', 'GOTELEMETRYDIR', 'GOARM64', 'GORISCV64'];

const OS_ENV_KEEP = /^(GO|CGO_)|^(PATH|HOME|USERPROFILE|XDG_CONFIG_HOME|XDG_CACHE_HOME|CC|CXX|AR|PKG_CONFIG|TMPDIR|GIT_TERMINAL_PROMPT|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy)$/;

/**
 * Provenance by cmd/go's precedence (cfg.go Getenv/EnvOrAndChanged): a non-empty process
 * variable, then the user env file, then $GOROOT/go.env, then the built-in default.
 */
export function resolveSetting(key: string, env: Host['env'], user: EnvFile, goroot: EnvFile | null, effective: string | undefined): Setting {
  const layers: Array<{ source: SettingSource; value: string; line?: number }> = [];
  const ev = env[key];
  if (ev !== undefined && ev !== '') layers.push({ source: 'env', value: ev });
  const uv = lastValue(user, key);
  if (uv) layers.push({ source: 'user-file', value: uv.value, line: uv.line });
  const gv = lastValue(goroot, key);
  if (gv) layers.push({ source: 'goroot-go.env', value: gv.value, line: gv.line });
  const [win, ...rest] = layers;
  return {
    key,
    value: effective ?? win?.value ?? '',
    source: win?.source ?? 'default',
    shadowed: rest,
  };
}

export async function collectGoEnv(host: Host, goBinary: string, goVersion: string | null, timeoutMs = PROBE_TIMEOUT_MS): Promise<GoEnvFacts> {
  const userFile = await readEnvFile(host, envFilePath(host));
  let effective: Record<string, string> = {};
  let probeError: string | null = null;
  await withNeutralDir(host, async (cwd) => {
    const r = await host.run(goBinary, ['env', '-json', ...CHEAP_GO_ENV_NAMES], { cwd, env: probeEnv(host, cwd, { GOFLAGS: '-modcacherw' }), timeoutMs, maxBytes: 1024 * 1024 });
    if (r.ok && r.code === 0) {
      try {
        const parsed: unknown = JSON.parse(r.stdout);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
          effective = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
        } else probeError = '`go env -json` did not print a JSON object';
      } catch {
        probeError = '`go env -json` printed something that is not JSON';
      }
    } else probeError = describeFailure(r, `\`${goBinary} env -json\``);
  });
  // The probe forced GOTOOLCHAIN=local and a harmless GOFLAGS (a stray -w in the user's would turn
  // `go env -json` into a write, see GD209); the user's own values come from their real sources.
  delete effective.GOTOOLCHAIN;
  delete effective.GOFLAGS;
  // Asked by name, an older go answers "" for variables it does not know; these are never empty
  // in the releases that have them (GOAUTH defaults to netrc), so "" means "not this release".
  for (const k of NEVER_EMPTY_WHEN_KNOWN) if (effective[k] === '') delete effective[k];
  const gorootDir = effective.GOROOT || host.env.GOROOT || lastValue(userFile, 'GOROOT')?.value || null;
  let gorootEnvFile: EnvFile | null = null;
  if (gorootDir) {
    const f = (host.platform === 'win32' ? path.win32 : path.posix).join(gorootDir, 'go.env');
    const text = await host.readText(f, 256 * 1024);
    gorootEnvFile = text === null ? { path: f, exists: false, entries: [], problems: [] } : parseEnvFile(text, f);
  }
  Object.assign(effective, await userFacingProbeValues(host, effective, userFile, gorootEnvFile));
  const keys = new Set<string>([
    ...Object.keys(effective),
    ...Object.keys(host.env).filter((k) => /^(GO|CGO_)/.test(k)),
    ...userFile.entries.map((e) => e.key),
    ...(gorootEnvFile?.entries.map((e) => e.key) ?? []),
    'GOTOOLCHAIN',
  ]);
  const settings: Record<string, Setting> = {};
  for (const key of [...keys].sort()) {
    const s = resolveSetting(key, host.env, userFile, gorootEnvFile, effective[key]);
    if (key === 'GOTOOLCHAIN' && s.source === 'default') s.value = 'local'; // no go.env line means local (FACTS §5.1)
    settings[key] = s;
  }
  const osEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(host.env)) if (v !== undefined && OS_ENV_KEEP.test(k)) osEnv[k] = v;
  const binDirs = await installDirs(host, settings);
  const gorootTree = await describeGorootTree(host, settings.GOROOT?.value || gorootDir);
  return { goBinary, goVersion, settings, userFile, gorootEnvFile, osEnv, binDirs, gorootTree, probeError };
}

/**
 * probeEnv pointed GOCACHE, the telemetry directory and GOENV at scratch places; these are the
 * values the user's own go command reports: GOCACHE by cache.DefaultDir (explicit value, else
 * os.UserCacheDir()/go-build), the telemetry mode from the first word of
 * UserConfigDir/go/telemetry/mode (x/telemetry Dir.Mode, "local" when absent), GOENV by cfg.EnvFile.
 */
async function userFacingProbeValues(host: Host, probed: Record<string, string>, userFile: EnvFile, gorootEnvFile: EnvFile | null): Promise<Record<string, string>> {
  if (host.kind === 'recorded' || host.platform === 'win32') return {};
  const out: Record<string, string> = {};
  if ('GOCACHE' in probed) {
    const explicit = host.env.GOCACHE || lastValue(userFile, 'GOCACHE')?.value || lastValue(gorootEnvFile, 'GOCACHE')?.value || '';
    const base = userCacheDir(host);
    out.GOCACHE = explicit || (base ? path.join(base, 'go-build') : '');
  }
  if ('GOENV' in probed) out.GOENV = host.env.GOENV || envFilePath(host) || '';
  // A go before 1.23 has no telemetry and answers "" for these names: keep that.
  if (probed.GOTELEMETRYDIR || probed.GOTELEMETRY) {
    const cfg = userConfigDir(host);
    const dir = cfg ? path.join(cfg, 'go', 'telemetry') : '';
    const mode = dir ? ((await host.readText(path.join(dir, 'mode'), 4096))?.trim().split(' ')[0] || 'local') : 'off';
    if (probed.GOTELEMETRYDIR) out.GOTELEMETRYDIR = dir;
    if (probed.GOTELEMETRY) out.GOTELEMETRY = mode;
  }
  return out;
}

// Runs alongside the toolchains collector: it needs only the go that PATH picks, not the probes.
export const goenvCollector = defineCollector({
  area: 'goenv',
  after: [],
  async collect(host, opts) {
    const winner = await firstGoOnPath(host);
    if (!winner) throw new Error('no go on PATH to ask for its settings');
    const env = await collectGoEnv(host, winner, null, opts.timeoutMs);
    return { ...env, goVersion: env.settings.GOVERSION?.value || null };
  },
});

/** GOBIN, else GOPATH/bin for each GOPATH entry: where `go install` writes (go help gopath). */
async function installDirs(host: Host, settings: Record<string, Setting>): Promise<GoEnvFacts['binDirs']> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const gobin = settings.GOBIN?.value;
  const dirs = gobin
    ? [{ dir: gobin, from: 'GOBIN' as const }]
    : splitPathList(settings.GOPATH?.value, host.platform).filter((d) => d && p.isAbsolute(d)).map((d) => ({ dir: p.join(d, 'bin'), from: 'GOPATH' as const }));
  const pathDirs = splitPathList(host.env.PATH ?? host.env.Path, host.platform).filter(Boolean);
  const realPathDirs = new Set(await Promise.all(pathDirs.map(async (d) => (await host.realpath(d)) ?? p.normalize(d))));
  const out: GoEnvFacts['binDirs'] = [];
  for (const { dir, from } of dirs) {
    const names = await host.readdir(dir);
    const executables: string[] = [];
    for (const n of (names ?? []).slice(0, 500)) if (await host.isExecutable(p.join(dir, n))) executables.push(n);
    const real = (await host.realpath(dir)) ?? p.normalize(dir);
    const onPath = pathDirs.some((d) => p.normalize(d) === p.normalize(dir)) || realPathDirs.has(real);
    out.push({ dir, from, exists: names !== null, executables, onPath });
  }
  return out;
}

async function describeGorootTree(host: Host, dir: string | null): Promise<GoEnvFacts['gorootTree']> {
  if (!dir) return null;
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const st = await host.stat(dir);
  const version = await host.readText(p.join(dir, 'VERSION'), 4096);
  return {
    dir,
    exists: !!st?.isDir,
    hasSrcRuntime: !!(await host.stat(p.join(dir, 'src', 'runtime')))?.isDir,
    hasPkgTool: !!(await host.stat(p.join(dir, 'pkg', 'tool')))?.isDir,
    versionFile: version?.split('\n')[0]?.trim() || null,
  };
}
