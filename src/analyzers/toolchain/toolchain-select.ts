// Which toolchain a go command will run, predicted without running it.
// Source: src/cmd/go/internal/toolchain/select.go (Select, Exec), src/cmd/go/internal/gover/toolchain.go
// (FromToolchain), https://go.dev/doc/toolchain#select.
import type { ToolchainSelection } from '../../facts/schema/project.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { FIRST_SWITCHING_GO, toolchainForGoLine, versionFromToolchain } from '../../knowledge/toolchain-names.js';


export interface SelectInput {
  /** The user's GOTOOLCHAIN (env > go env -w file > go.env), '' when unset. */
  gotoolchain: string;
  gotoolchainSource: string;
  /** Version of the go that runs first (go1.26.8). */
  localVersion: string;
  /** The go.work (preferred) or go.mod driving the decision; null outside a module. */
  file: string | null;
  goLine: string | null;
  toolchainLine: string | null;
  /** goX.Y.Z executables on PATH (golang.org/dl wrappers, custom builds). */
  onPath: readonly string[];
  /** Toolchains already unpacked in the module cache: name (go1.22.12) → its bin/go. */
  cached: Readonly<Record<string, string>>;
  /** The effective GOPROXY: `off` first means Exec's download fails. */
  goproxy: string;
  hostOS: string;
  hostArch: string;
  /** GO111MODULE=off disables toolchain selection entirely. */
  modulesEnabled: boolean;
}

export function selectToolchain(i: SelectInput): ToolchainSelection {
  const local = i.localVersion.replace(/^go/, '');
  const localTc = `go${local}`;
  const base = { gotoolchain: i.gotoolchain, gotoolchainSource: i.gotoolchainSource, file: i.file, required: i.goLine ? `go${i.goLine}` : null, downloadModule: null, local: localTc, targetFrom: null, cachedPath: null };
  const needs = i.goLine && compareGoVersions(i.goLine, local) > 0 ? i.goLine : null;
  if (compareGoVersions(local, FIRST_SWITCHING_GO) < 0) return oldGo(i, base, localTc, needs);
  const runLocal = (reason: string): ToolchainSelection => needs
    ? { ...base, action: 'fail-local', target: localTc, reason: `go ${i.goLine} is required but ${localTc} runs and does not switch (${reason}): "go.mod requires go >= ${i.goLine} (running go ${local}; GOTOOLCHAIN=${i.gotoolchain || 'local'})"` }
    : { ...base, action: 'local', target: localTc, reason };
  if (!i.modulesEnabled) return { ...base, action: 'local', target: localTc, reason: 'GO111MODULE=off: no toolchain selection' };
  if (i.gotoolchain === '') return runLocal('GOTOOLCHAIN is unset');

  let minTc = localTc;
  let minVers = local;
  let mode = '';
  let targetFrom: ToolchainSelection['targetFrom'] = null;
  if (i.gotoolchain === 'auto' || i.gotoolchain === 'path') mode = i.gotoolchain;
  else {
    const plus = i.gotoolchain.indexOf('+');
    const min = plus >= 0 ? i.gotoolchain.slice(0, plus) : i.gotoolchain;
    const suffix = plus >= 0 ? i.gotoolchain.slice(plus + 1) : '';
    if (min !== 'local') {
      const v = versionFromToolchain(min);
      if (!v) return { ...base, action: 'invalid', target: null, reason: plus >= 0 ? `invalid GOTOOLCHAIN "${i.gotoolchain}": invalid minimum toolchain "${min}"` : `invalid GOTOOLCHAIN "${i.gotoolchain}"` };
      minTc = min;
      minVers = v;
      targetFrom = 'GOTOOLCHAIN';
    }
    if (plus >= 0 && suffix !== 'auto' && suffix !== 'path') return { ...base, action: 'invalid', target: null, reason: `invalid GOTOOLCHAIN "${i.gotoolchain}": only version suffixes are +auto and +path` };
    mode = suffix;
  }
  let target = minTc;
  if ((mode === 'auto' || mode === 'path') && i.file) {
    if (i.toolchainLine !== 'default') {
      if (i.toolchainLine) {
        const tv = versionFromToolchain(i.toolchainLine);
        if (!tv || (!i.toolchainLine.startsWith('go') && !i.toolchainLine.includes('-go'))) {
          return { ...base, action: 'invalid', target: null, reason: `invalid toolchain "${i.toolchainLine}" in ${i.file}` };
        }
        if (compareGoVersions(tv, minVers) > 0) { target = i.toolchainLine; minVers = tv; targetFrom = 'toolchain-line'; }
      }
      if (i.goLine && compareGoVersions(i.goLine, minVers) > 0) {
        target = toolchainForGoLine(i.goLine);
        minVers = i.goLine;
        targetFrom = 'go-line';
      }
    }
  }
  if (target === 'local' || target === localTc) return runLocal(mode ? `GOTOOLCHAIN=${i.gotoolchain} and ${localTc} is new enough` : `GOTOOLCHAIN=${i.gotoolchain}`);
  if (!target.startsWith('go1') && !target.includes('-go1')) return { ...base, action: 'invalid', target, reason: `invalid GOTOOLCHAIN "${target}"` };
  const picked = { ...base, target, targetFrom };
  const pathOnly = i.gotoolchain === 'path' || i.gotoolchain.endsWith('+path');
  const tooOld = i.goLine && compareGoVersions(versionFromToolchain(target), i.goLine) < 0 ? ` (and ${target} is itself older than the required go ${i.goLine})` : '';
  // Exec: PATH first (pathcache.LookPath), then, unless +path, the module cache or a download.
  if (i.onPath.includes(target)) return { ...picked, action: 'use-path', reason: `runs ${target} found on PATH${tooOld}` };
  if (pathOnly) return { ...picked, action: 'fail-path', reason: `GOTOOLCHAIN=${i.gotoolchain} only looks on PATH: "cannot find \"${target}\" in PATH"` };
  const downloadModule = `golang.org/toolchain@v0.0.1-${target}.${i.hostOS}-${i.hostArch}`;
  const cachedPath = i.cached[target] ?? null;
  if (cachedPath) return { ...picked, action: 'use-cache', downloadModule, cachedPath, reason: `runs ${target} from the module cache (${cachedPath}), downloaded earlier${tooOld}` };
  if (i.goproxy.split(/[,|]/)[0]?.trim() === 'off') {
    return { ...picked, action: 'fail-download', downloadModule, reason: `${target} is neither on PATH nor in the module cache, and GOPROXY=off forbids the download: "go: download ${target} for ${i.hostOS}/${i.hostArch}: toolchain not available"` };
  }
  return { ...picked, action: 'download', downloadModule, reason: `${target} is neither on PATH nor in the module cache, so the first go command downloads it through GOPROXY (checksum-verified)${tooOld}` };
}

/**
 * A go older than 1.21 has no toolchain selection: it ignores GOTOOLCHAIN and runs itself. Its
 * go.mod parser (x/mod of that release) rejects a go line with a patch version ("invalid go
 * version '1.24.0': must match format 1.23") and the toolchain directive ("unknown directive:
 * toolchain"); a newer language-only go line builds, with "note: module requires Go 1.N" on errors.
 */
function oldGo(i: SelectInput, base: Omit<ToolchainSelection, 'action' | 'target' | 'reason'>, localTc: string, needs: string | null): ToolchainSelection {
  const why = `${localTc} predates toolchain switching (Go ${FIRST_SWITCHING_GO}): it ignores GOTOOLCHAIN${i.gotoolchain ? `=${i.gotoolchain}` : ''} and never downloads or runs another Go`;
  if (!i.file || !i.modulesEnabled) return { ...base, action: 'local', target: localTc, reason: why };
  const problems: string[] = [];
  if (i.goLine && /^\d+\.\d+\.\d+/.test(i.goLine)) problems.push(`"invalid go version '${i.goLine}': must match format 1.23"`);
  if (i.toolchainLine) problems.push('"unknown directive: toolchain"');
  if (problems.length) return { ...base, action: 'old-go', target: localTc, reason: `${why}; it cannot even parse ${i.file}: ${problems.join(' and ')}` };
  if (needs) return { ...base, action: 'old-go', target: localTc, reason: `${why}; it builds go ${needs} code as ${localTc} and, when that fails, only notes "module requires Go ${needs}"` };
  return { ...base, action: 'local', target: localTc, reason: why };
}
