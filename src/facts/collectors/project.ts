import * as path from 'node:path';
import { defineCollector, earlierValue } from '../collector.js';
import type { Host } from '../host.js';
import type { ModFileSummary, ProjectFacts } from '../schema/project.js';
import { parseModFile } from '../../analyzers/gomod/parse.js';
import { selectToolchain } from '../../knowledge/toolchain-select.js';

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
    const selection = tc && winner?.reportedVersion && driver
      ? selectToolchain({
          gotoolchain: gotc?.value ?? host.env.GOTOOLCHAIN ?? '',
          gotoolchainSource: gotc?.source ?? 'env',
          localVersion: winner.reportedVersion,
          file: driver.path,
          // gover.GoModLookup returns "" without a go line: then nothing forces a switch.
          goLine: driver.go,
          toolchainLine: driver.toolchain,
          onPath: tc.versionedOnPath.map((v) => v.name),
          hostOS: goenv?.settings.GOHOSTOS?.value || winner.reportedPlatform?.split('/')[0] || 'linux',
          hostArch: goenv?.settings.GOHOSTARCH?.value || winner.reportedPlatform?.split('/')[1] || 'amd64',
          modulesEnabled: (setting('GO111MODULE')?.value ?? '') !== 'off',
        })
      : null;
    return { cwd, gomod, gowork: work, hasVendor, selection };
  },
});
