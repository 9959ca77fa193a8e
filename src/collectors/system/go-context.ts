// The Go side of the system checks, taken from the toolchains/goenv/project areas when they
// were collected, else from the process environment and Go's documented defaults.
import { earlierValue, type Partial_ } from '../collector.js';
import type { Host } from '../host.js';
import type { SystemFacts } from '../../facts/schema/system.js';

export interface GoSetting { value: string; source: string }
export type GoSettings = (key: string) => GoSetting | null;

function joinPath(host: Host, ...parts: string[]): string {
  const sep = host.platform === 'win32' ? '\\' : '/';
  return parts.join(sep).replace(/[\\/]+/g, sep);
}

/** Go's defaults when `go env` could not be asked (cfg.go, os.UserCacheDir, os.TempDir). */
function defaultSetting(host: Host, key: string, get: GoSettings): string | null {
  const env = host.env;
  const home = host.platform === 'win32' ? env.USERPROFILE : env.HOME;
  switch (key) {
    case 'GOPATH': return home ? joinPath(host, home, 'go') : null;
    case 'GOCACHE': {
      const base = host.platform === 'win32' ? env.LocalAppData
        : host.platform === 'darwin' ? (home ? joinPath(host, home, 'Library', 'Caches') : null)
          : env.XDG_CACHE_HOME || (home ? joinPath(host, home, '.cache') : null);
      return base ? joinPath(host, base, 'go-build') : null;
    }
    case 'GOMODCACHE': {
      const gopath = get('GOPATH')?.value.split(host.platform === 'win32' ? ';' : ':')[0];
      return gopath ? joinPath(host, gopath, 'pkg', 'mod') : null;
    }
    case 'CC': return ['darwin', 'freebsd', 'openbsd'].includes(host.platform) ? 'clang' : 'gcc';
    case 'CXX': return ['darwin', 'freebsd', 'openbsd'].includes(host.platform) ? 'clang++' : 'g++';
    case 'PKG_CONFIG': return 'pkg-config';
    case 'GOTMPDIR': return '';
    default: return null;
  }
}

export function goSettings(host: Host, earlier: Partial_): GoSettings {
  const goenv = earlierValue(earlier, 'goenv');
  const get: GoSettings = (key) => {
    const s = goenv?.settings[key];
    if (s) return { value: s.value, source: s.source };
    const v = host.env[key];
    if (v) return { value: v, source: 'env' };
    const d = defaultSetting(host, key, get);
    return d === null ? null : { value: d, source: 'default' };
  };
  return get;
}

/** GOOS/GOARCH of an executable from its own headers and build info (the binary readers load lazily). */
async function platformOfExecutable(host: Host, p: string): Promise<{ goos: string | null; goarch: string | null }> {
  const bytes = await host.readBytes(p, 512 * 1024 * 1024);
  if (!bytes) return { goos: null, goarch: null };
  try {
    const { inspectBuffer } = await import('../../analyzers/binary/index.js');
    const [facts] = await inspectBuffer(bytes, p);
    return { goos: facts?.goos ?? null, goarch: facts?.goarch ?? null };
  } catch {
    return { goos: null, goarch: null };
  }
}

export async function goContext(host: Host, earlier: Partial_, get: GoSettings): Promise<SystemFacts['go']> {
  const toolchains = earlierValue(earlier, 'toolchains');
  const project = earlierValue(earlier, 'project');
  const goenv = earlierValue(earlier, 'goenv');
  const seen = new Set<string>();
  const installs: SystemFacts['go']['installs'] = [];
  for (const g of [...(toolchains?.installs ?? []), ...(toolchains?.offPath ?? [])]) {
    const version = g.reportedVersion ?? g.versionFile;
    const key = g.realPath ?? g.path;
    if (!version || g.isShim || seen.has(key)) continue;
    seen.add(key);
    installs.push({ path: g.path, version, platform: g.reportedPlatform });
  }
  const unrunnable: SystemFacts['go']['unrunnable'] = [];
  for (const g of toolchains?.installs ?? []) {
    if (g.reportedPlatform || !g.probeError || g.isShim) continue;
    unrunnable.push({ path: g.path, ...(await platformOfExecutable(host, g.realPath ?? g.path)), probeError: g.probeError });
  }
  const sel = project?.selection ?? null;
  const selectedVersion = sel ? (sel.action === 'local' ? goenv?.goVersion ?? null : sel.target) : null;
  const mod = project?.gomod ?? null;
  const envOrNull = (k: string) => host.env[k] ?? null;
  const amd64 = get('GOAMD64');
  return {
    installs,
    unrunnable,
    selected: sel && selectedVersion ? { version: selectedVersion, action: sel.action, gotoolchain: sel.gotoolchain } : null,
    // A go.mod without a go line means go 1.16 (FACTS §6).
    mainModule: mod ? { path: mod.path, go: mod.go ?? '1.16', requiresAutomaxprocs: mod.requires.some((r) => r.path === 'go.uber.org/automaxprocs') } : null,
    env: {
      GOMAXPROCS: envOrNull('GOMAXPROCS'), GOMEMLIMIT: envOrNull('GOMEMLIMIT'), GODEBUG: envOrNull('GODEBUG'),
      GOAMD64: amd64?.value ?? null, GOAMD64Source: amd64?.source ?? null,
    },
  };
}
