import * as path from 'node:path';
import { defineCollector, earlierValue } from './collector.js';
import type { Host } from './host.js';
import type { ModFileSummary, ProjectFacts } from '../facts/schema/project.js';
import { parseModFile } from '../analyzers/gomod/parse.js';
import { selectToolchain } from '../analyzers/toolchain/toolchain-select.js';
import { collectModulePackages } from './gosource.js';
import { toolsGoFacts } from '../analyzers/gomod/tools-go.js';

const MAX_MODFILE = 4 * 1024 * 1024;

async function findUpward(host: Host, start: string, name: string): Promise<string | null> {
  let dir = start;
  for (let i = 0; i < 256; i++) {
    const candidate = path.join(dir, name);
    const st = await host.stat(candidate);
    if (st?.isFile) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}

export async function readModSummary(host: Host, file: string, kind: 'go.mod' | 'go.work'): Promise<ModFileSummary> {
  const text = await host.readText(file, MAX_MODFILE);
  if (text === null) return { path: file, module: null, go: null, toolchain: null, requires: [], replaces: [], tools: [], errors: [{ line: 0, message: 'cannot read file' }] };
  const mf = parseModFile(text, kind);
  return {
    path: file,
    module: mf.module?.value ?? null,
    go: mf.go?.value ?? null,
    toolchain: mf.toolchain?.value ?? null,
    requires: mf.requires.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect, line: r.line })),
    replaces: mf.replaces.map((r) => ({ from: r.from, fromVersion: r.fromVersion, to: r.to, toVersion: r.toVersion, line: r.line })),
    tools: mf.tools.map((t) => t.value),
    errors: mf.errors.map((e) => ({ line: e.line, message: e.message })),
  };
}

/**
 * Toolchains Exec can run without a download: modfetch keeps each one unpacked at
 * GOMODCACHE/golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH, and Download returns that directory
 * when its bin/go is there (toolchain/select.go Exec, modfetch/fetch.go Download).
 */
async function cachedToolchains(host: Host, gomodcache: string, goos: string, goarch: string): Promise<Record<string, string>> {
  if (!gomodcache) return {};
  const dir = path.join(gomodcache.split(host.platform === 'win32' ? ';' : ':')[0]!, 'golang.org');
  const out: Record<string, string> = {};
  const suffix = `.${goos}-${goarch}`;
  for (const name of (await host.readdir(dir)) ?? []) {
    if (!name.startsWith('toolchain@v0.0.1-') || !name.endsWith(suffix)) continue;
    const go = path.join(dir, name, 'bin', host.platform === 'win32' ? 'go.exe' : 'go');
    if ((await host.stat(go))?.isFile) out[name.slice('toolchain@v0.0.1-'.length, -suffix.length)] = go;
  }
  return out;
}

/** Where modules keep their tools.go (the pattern the Go wiki described before tool directives). */
const TOOLS_GO_PLACES = ['tools.go', 'tools/tools.go', 'internal/tools/tools.go'];

async function readToolsGo(host: Host, moduleDir: string): Promise<ProjectFacts['toolsGo']> {
  const out: ProjectFacts['toolsGo'] = [];
  for (const rel of TOOLS_GO_PLACES) {
    const file = path.join(moduleDir, rel);
    const text = (await host.stat(file))?.isFile ? await host.readText(file, 256 * 1024) : null;
    if (text === null) continue;
    const t = toolsGoFacts(file, text);
    if (t.toolsTag && t.imports.length > 0) out.push({ path: file, imports: t.imports.map((i) => i.path) });
  }
  return out;
}

export const projectCollector = defineCollector({
  area: 'project',
  after: ['toolchains', 'goenv'],
  async collect(host, opts, earlier): Promise<ProjectFacts> {
    const goenv = earlierValue(earlier, 'goenv');
    const tc = earlierValue(earlier, 'toolchains');
    const setting = (k: string) => goenv?.settings[k];
    const cwd = opts.cwd;
    const modPath = await findUpward(host, cwd, 'go.mod');
    const gowork = setting('GOWORK')?.value ?? host.env.GOWORK ?? '';
    // modload.FindGoWork: GOWORK=off disables, an explicit path wins, else search upward.
    const workPath = gowork === 'off' ? null : gowork && path.isAbsolute(gowork) ? gowork : await findUpward(host, cwd, 'go.work');
    const gomod = modPath ? await readModSummary(host, modPath, 'go.mod') : null;
    const work = workPath && (await host.stat(workPath))?.isFile ? await readModSummary(host, workPath, 'go.work') : null;
    const hasVendor = modPath ? !!(await host.stat(path.join(path.dirname(modPath), 'vendor', 'modules.txt'))) : false;
    const driver = work ?? gomod;
    const winner = tc?.installs[0];
    const gotc = setting('GOTOOLCHAIN');
    const hostOS = goenv?.settings.GOHOSTOS?.value || winner?.reportedPlatform?.split('/')[0] || 'linux';
    const hostArch = goenv?.settings.GOHOSTARCH?.value || winner?.reportedPlatform?.split('/')[1] || 'amd64';
    // Outside a module too: GOTOOLCHAIN=go1.22.12 alone makes every go command run go1.22.12.
    const selection = tc && winner?.reportedVersion
      ? selectToolchain({
          gotoolchain: gotc?.value ?? host.env.GOTOOLCHAIN ?? '',
          gotoolchainSource: gotc?.source ?? 'env',
          localVersion: winner.reportedVersion,
          file: driver?.path ?? null,
          // gover.GoModLookup returns "" without a go line: then nothing forces a switch.
          goLine: driver?.go ?? null,
          toolchainLine: driver?.toolchain ?? null,
          onPath: tc.versionedOnPath.map((v) => v.name),
          cached: await cachedToolchains(host, setting('GOMODCACHE')?.value ?? '', hostOS, hostArch),
          goproxy: setting('GOPROXY')?.value ?? host.env.GOPROXY ?? '',
          hostOS,
          hostArch,
          modulesEnabled: (setting('GO111MODULE')?.value ?? '') !== 'off',
        })
      : null;
    // With cgo off (go env's CGO_ENABLED, which already weighs cross-compiles and a missing C
    // compiler), packages that need cgo no longer build: their sources are read only then.
    const packages = modPath && gomod?.module && setting('CGO_ENABLED')?.value === '0' ? await collectModulePackages(host, modPath) : null;
    return { cwd, gomod, gowork: work, hasVendor, selection, packages, toolsGo: modPath ? await readToolsGo(host, path.dirname(modPath)) : [] };
  },
});
