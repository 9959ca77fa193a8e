// Builders for fixture facts of the toolchains, goenv and project areas.
import type { GoInstall, ToolchainsFacts } from '../../src/facts/schema/toolchains.js';
import type { GoEnvFacts, Setting, SettingSource } from '../../src/facts/schema/goenv.js';
import type { ProjectFacts, ToolchainSelection } from '../../src/facts/schema/project.js';

export function install(o: Partial<GoInstall> & { path: string }): GoInstall {
  return {
    onPath: true, pathIndex: 0, realPath: o.path, isSymlink: false, goroot: o.path.replace(/\/bin\/go$/, ''),
    versionFile: 'go1.26.8', reportedVersion: 'go1.26.8', reportedPlatform: 'linux/amd64', probeError: null,
    installKind: 'official-tarball', installEvidence: 'test', isShim: false, ...o,
  };
}

export function toolchains(installs: GoInstall[], o: Partial<ToolchainsFacts> = {}): ToolchainsFacts {
  return {
    pathEntries: installs.filter((i) => i.onPath).map((i, index) => ({ dir: i.path.replace(/\/go$/, ''), index, exists: true, isDir: true })),
    installs: installs.filter((i) => i.onPath), offPath: installs.filter((i) => !i.onPath),
    versionedOnPath: [], brokenOnPath: [], exeName: 'go', ...o,
  };
}

export function setting(key: string, value: string, source: SettingSource = 'default', shadowed: Setting['shadowed'] = []): Setting {
  return { key, value, source, shadowed };
}

/** goenv facts: defaults for a tarball go1.26.8 plus the given settings. */
export function goenv(settings: Setting[] = [], o: Partial<GoEnvFacts> = {}): GoEnvFacts {
  const base: Setting[] = [
    setting('GOROOT', '/usr/local/go'), setting('GOPATH', '/home/u/go'), setting('GOBIN', ''),
    setting('GOTOOLCHAIN', 'auto', 'goroot-go.env'), setting('GOFLAGS', ''), setting('GO111MODULE', ''),
    setting('GOOS', 'linux'), setting('GOARCH', 'amd64'), setting('GOHOSTOS', 'linux'), setting('GOHOSTARCH', 'amd64'),
    setting('GOCACHE', '/home/u/.cache/go-build'), setting('GOVERSION', 'go1.26.8'),
  ];
  const map: Record<string, Setting> = {};
  for (const s of [...base, ...settings]) map[s.key] = s;
  return {
    goBinary: '/usr/local/go/bin/go', goVersion: 'go1.26.8', settings: map,
    userFile: { path: '/home/u/.config/go/env', exists: false, entries: [], problems: [] },
    gorootEnvFile: { path: '/usr/local/go/go.env', exists: true, entries: [], problems: [] },
    osEnv: { HOME: '/home/u', PATH: '/usr/local/go/bin:/usr/bin:/bin' }, binDirs: [], gorootTree: { dir: '/usr/local/go', exists: true, hasSrcRuntime: true, hasPkgTool: true, versionFile: 'go1.26.8' }, probeError: null, ...o,
  };
}

export function project(selection: Partial<ToolchainSelection> | null, o: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    cwd: '/work', gomod: null, gowork: null, hasVendor: false,
    selection: selection && {
      gotoolchain: 'auto', gotoolchainSource: 'goroot-go.env', file: '/work/go.mod', required: 'go1.22.0',
      action: 'local', target: 'go1.26.8', downloadModule: null, reason: 'test', local: 'go1.26.8', targetFrom: null, cachedPath: null, ...selection,
    },
    ...o,
  };
}
