import * as path from 'node:path';
import { defineCollector } from './collector.js';
import type { Host } from './host.js';
import type { GoInstall, ToolchainsFacts } from '../facts/schema/toolchains.js';
import { classifyInstall } from '../analyzers/toolchain/install-kind.js';
import { probeVersion } from './go-probe.js';
import { withNeutralDir } from './neutral-dir.js';

export { splitPathList as splitPath } from '../knowledge/path-list.js';
import { splitPathList } from '../knowledge/path-list.js';

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** cfg.go isGOROOT: a directory containing pkg/tool. */
async function isGOROOT(host: Host, dir: string): Promise<boolean> {
  const st = await host.stat(pathApi(host.platform).join(dir, 'pkg', 'tool'));
  return !!st && st.isDir;
}

/**
 * The GOROOT a go binary uses when GOROOT is unset (cmd/go/internal/cfg findGOROOT):
 * exe/../.. then exe/../../.., first as os.Executable reports it (already resolved on
 * Linux via /proc/self/exe), then after EvalSymlinks.
 */
export async function findGOROOT(host: Host, exe: string, realExe: string | null): Promise<string | null> {
  const p = pathApi(host.platform);
  const asExecutable = host.platform === 'linux' && realExe ? realExe : exe;
  for (const candidate of [asExecutable, realExe]) {
    if (!candidate) continue;
    for (const up of ['../..', '../../..']) {
      const dir = p.join(candidate, up);
      if (await isGOROOT(host, dir)) return dir;
    }
  }
  return null;
}

async function firstLine(host: Host, file: string): Promise<string | null> {
  const t = await host.readText(file, 4096);
  if (t === null) return null;
  const line = t.split('\n')[0]!.trim();
  return line || null;
}

export async function describeInstall(host: Host, goPath: string, onPath: boolean, pathIndex: number | null, cwd: string, timeoutMs?: number): Promise<GoInstall> {
  const lst = await host.lstat(goPath);
  const realPath = await host.realpath(goPath);
  const goroot = await findGOROOT(host, goPath, realPath);
  const versionFile = goroot ? await firstLine(host, pathApi(host.platform).join(goroot, 'VERSION')) : null;
  const head = await host.readBytes(realPath ?? goPath, 2);
  const isScript = !!head && head.toString('latin1') === '#!';
  const cls = classifyInstall(goPath, realPath, versionFile !== null);
  const probe = await probeVersion(host, goPath, cwd, timeoutMs, goroot !== null);
  return {
    path: goPath,
    onPath,
    pathIndex,
    realPath,
    isSymlink: !!lst?.isSymlink,
    goroot,
    versionFile,
    reportedVersion: probe.version,
    reportedPlatform: probe.platform,
    probeError: probe.error,
    installKind: cls.kind,
    installEvidence: cls.evidence + (isScript && !cls.isShim ? ' (a script wrapper)' : ''),
    isShim: cls.isShim || isScript,
  };
}

/** The go a shell would run: the first executable go in the absolute PATH entries (no probing). */
export async function firstGoOnPath(host: Host): Promise<string | null> {
  const exeName = host.platform === 'win32' ? 'go.exe' : 'go';
  const p = pathApi(host.platform);
  for (const raw of splitPathList(host.env.PATH ?? host.env.Path, host.platform)) {
    if (!p.isAbsolute(raw)) continue;
    const candidate = p.join(raw, exeName);
    if (await host.isExecutable(candidate)) return candidate;
  }
  return null;
}

/** Well-known install locations, checked whether or not they are on PATH. */
async function wellKnownGoPaths(host: Host): Promise<string[]> {
  const home = host.env.HOME ?? host.env.USERPROFILE ?? '';
  const p = pathApi(host.platform);
  if (host.platform === 'win32') {
    return [p.join(host.env.ProgramFiles ?? 'C:\\Program Files', 'Go', 'bin', 'go.exe'), ...(home ? [p.join(home, 'go', 'bin', 'go.exe')] : [])];
  }
  const out = ['/usr/local/go/bin/go', '/usr/lib/golang/bin/go', '/usr/lib/go/bin/go', '/snap/go/current/bin/go', '/opt/homebrew/bin/go', '/usr/local/bin/go', '/home/linuxbrew/.linuxbrew/bin/go'];
  for (const d of (await host.readdir('/usr/lib')) ?? []) if (/^go-\d+\.\d+$/.test(d)) out.push(`/usr/lib/${d}/bin/go`);
  if (home) {
    for (const base of [p.join(home, 'sdk'), p.join(home, '.goenv', 'versions'), p.join(home, '.gvm', 'gos')]) {
      for (const d of (await host.readdir(base)) ?? []) out.push(p.join(base, d, 'bin', 'go'));
    }
    const modToolchains = p.join(host.env.GOMODCACHE || p.join(splitPathList(host.env.GOPATH, host.platform)[0] || p.join(home, 'go'), 'pkg', 'mod'), 'golang.org');
    for (const d of (await host.readdir(modToolchains)) ?? []) if (d.startsWith('toolchain@')) out.push(p.join(modToolchains, d, 'bin', 'go'));
  }
  return out;
}

export async function collectToolchains(host: Host, cwd: string, timeoutMs?: number): Promise<ToolchainsFacts> {
  const exeName = host.platform === 'win32' ? 'go.exe' : 'go';
  const p = pathApi(host.platform);
  const dirs = splitPathList(host.env.PATH ?? host.env.Path, host.platform);
  const pathEntries: ToolchainsFacts['pathEntries'] = [];
  const found: Array<{ path: string; index: number }> = [];
  const versionedOnPath: ToolchainsFacts['versionedOnPath'] = [];
  const brokenOnPath: ToolchainsFacts['brokenOnPath'] = [];
  const listed = new Set<string>();
  for (const [index, raw] of dirs.entries()) {
    // An empty or relative entry means whatever directory a shell happens to be in: godiag does not
    // search it (it would run the analysed project's programs), as Go's os/exec refuses it (ErrDot).
    if (!p.isAbsolute(raw)) {
      pathEntries.push({ dir: raw, index, exists: false, isDir: false, relative: true, problem: raw === '' ? 'empty entry (means the current directory)' : 'relative entry (resolved against the current directory)' });
      continue;
    }
    const dir = raw;
    const st = await host.stat(dir);
    const lst = st ? null : await host.lstat(dir);
    const problem = st ? (st.isDir ? undefined : 'not a directory') : lst?.isSymlink ? 'symlink that is dangling or loops' : 'does not exist';
    pathEntries.push({ dir: raw, index, exists: !!st, isDir: !!st?.isDir, ...(problem ? { problem } : {}) });
    if (!st?.isDir) continue;
    const candidate = p.join(dir, exeName);
    if (await host.isExecutable(candidate)) found.push({ path: candidate, index });
    else {
      const cl = await host.lstat(candidate);
      if (cl) brokenOnPath.push({ path: candidate, problem: cl.isSymlink ? 'symlink whose target is missing or loops' : cl.isDir ? 'a directory' : 'not executable' });
    }
    // A directory listed twice on PATH (common) is read once: /usr/bin alone holds a thousand names.
    if (listed.has(dir)) continue;
    listed.add(dir);
    const names = await host.readdir(dir);
    if (names === null) pathEntries[index]!.problem = 'unreadable directory';
    for (const n of names ?? []) if (/^go1\.\d+(\.\d+)?((rc|beta)\d+)?(\.exe)?$/.test(n)) versionedOnPath.push({ name: n.replace(/\.exe$/, ''), path: p.join(dir, n) });
  }
  return withNeutralDir(host, async (neutral) => {
    const installs = await Promise.all(found.map((f) => describeInstall(host, f.path, true, f.index, neutral, timeoutMs)));
    const onPathReal = new Set(installs.map((i) => i.realPath ?? i.path));
    const known = await wellKnownGoPaths(host);
    const offCandidates: string[] = [];
    for (const k of known) {
      if (!(await host.isExecutable(k))) continue;
      const real = (await host.realpath(k)) ?? k;
      if (onPathReal.has(real) || offCandidates.some((c) => c === real)) continue;
      onPathReal.add(real);
      offCandidates.push(k);
    }
    const offPath = await Promise.all(offCandidates.map((k) => describeInstall(host, k, false, null, neutral, timeoutMs)));
    return { pathEntries, installs, offPath, versionedOnPath, brokenOnPath, exeName };
  });
}

export const toolchainsCollector = defineCollector({
  area: 'toolchains',
  after: [],
  collect: (host, opts) => collectToolchains(host, opts.cwd, opts.timeoutMs),
});
