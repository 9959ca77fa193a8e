// Which toolchain a go command will run, predicted without running it.
// Source: src/cmd/go/internal/toolchain/select.go (Select, Exec), src/cmd/go/internal/gover/toolchain.go
// (FromToolchain), https://go.dev/doc/toolchain#select.
import type { ToolchainSelection } from '../facts/schema/project.js';
import { compareGoVersions, isValidGoVersion } from './goversion.js';

/** gover.FromToolchain: "go1.22.3" → "1.22.3", "gccgo-go1.20" → "1.20"; "" when not a toolchain name. */
export function versionFromToolchain(name: string): string {
  if (/[\\/]/.test(name)) return '';
  let v: string;
  if (name.startsWith('go')) v = name.slice(2);
  else {
    const i = name.indexOf('-go');
    if (i < 0) return '';
    v = name.slice(i + 3);
  }
  v = v.split(/[ \t-]/)[0]!;
  return isValidGoVersion(v) ? v : '';
}

/** Is "1.22" a language version (no patch, no prerelease)? */
function isLang(v: string): boolean {
  return /^\d+\.\d+$/.test(v);
}

export interface SelectInput {
  /** The user's GOTOOLCHAIN (env > go env -w file > go.env), '' when unset. */
  gotoolchain: string;
  gotoolchainSource: string;
  /** Version of the go that runs first (go1.26.8). */
  localVersion: string;
  /** The go.work (preferred) or go.mod driving the decision. */
  file: string | null;
  goLine: string | null;
  toolchainLine: string | null;
  /** goX.Y.Z executables on PATH (golang.org/dl wrappers, custom builds). */
  onPath: readonly string[];
  hostOS: string;
  hostArch: string;
  /** GO111MODULE=off disables toolchain selection entirely. */
  modulesEnabled: boolean;
}

export function selectToolchain(i: SelectInput): ToolchainSelection {
  const base = { gotoolchain: i.gotoolchain, gotoolchainSource: i.gotoolchainSource, file: i.file, required: i.goLine ? `go${i.goLine}` : null, downloadModule: null };
  const local = i.localVersion.replace(/^go/, '');
  const localTc = `go${local}`;
  const needs = i.goLine && compareGoVersions(i.goLine, local) > 0 ? i.goLine : null;
  const runLocal = (reason: string): ToolchainSelection => needs
    ? { ...base, action: 'fail-local', target: localTc, reason: `go ${i.goLine} is required but ${localTc} runs and does not switch (${reason}): "go.mod requires go >= ${i.goLine} (running go ${local}; GOTOOLCHAIN=${i.gotoolchain || 'local'})"` }
    : { ...base, action: 'local', target: localTc, reason };
  if (!i.modulesEnabled) return { ...base, action: 'local', target: localTc, reason: 'GO111MODULE=off: no toolchain selection' };
  if (i.gotoolchain === '') return runLocal('GOTOOLCHAIN is unset');

  let minTc = localTc;
  let minVers = local;
  let mode = '';
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
        if (compareGoVersions(tv, minVers) > 0) { target = i.toolchainLine; minVers = tv; }
      }
      if (i.goLine && compareGoVersions(i.goLine, minVers) > 0) {
        target = `go${i.goLine}`;
        if (isLang(i.goLine) && compareGoVersions(i.goLine, '1.21') >= 0) target += '.0';
        minVers = i.goLine;
      }
    }
  }
  if (target === 'local' || target === localTc) return runLocal(mode ? `GOTOOLCHAIN=${i.gotoolchain} and ${localTc} is new enough` : `GOTOOLCHAIN=${i.gotoolchain}`);
  if (!target.startsWith('go1') && !target.includes('-go1')) return { ...base, action: 'invalid', target, reason: `invalid GOTOOLCHAIN "${target}"` };
  const pathOnly = i.gotoolchain === 'path' || i.gotoolchain.endsWith('+path');
  const tooOld = i.goLine && compareGoVersions(versionFromToolchain(target), i.goLine) < 0 ? ` (and ${target} is itself older than the required go ${i.goLine})` : '';
  if (i.onPath.includes(target)) return { ...base, action: 'use-path', target, reason: `runs ${target} found on PATH${tooOld}` };
  if (pathOnly) return { ...base, action: 'fail-path', target, reason: `GOTOOLCHAIN=${i.gotoolchain} only looks on PATH: "cannot find \\"${target}\\" in PATH"` };
  return {
    ...base,
    action: 'download',
    target,
    downloadModule: `golang.org/toolchain@v0.0.1-${target}.${i.hostOS}-${i.hostArch}`,
    reason: `${target} is not on PATH, so the go command downloads it through GOPROXY (checksum-verified)${tooOld}`,
  };
}
