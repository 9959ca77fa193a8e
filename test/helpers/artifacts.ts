// Builders for artifacts facts: a Go linux/amd64 static binary by default, overridable per test.
import type { ArtifactsFacts, BinaryFacts, BuildInfo, Expectations } from '../../src/facts/schema/artifacts.js';
import { factsWith } from './rules.js';

export function buildInfo(settings: Record<string, string> = {}, o: Partial<BuildInfo> = {}): BuildInfo {
  const base = { '-buildmode': 'exe', '-compiler': 'gc', CGO_ENABLED: '0', GOARCH: 'amd64', GOOS: 'linux', GOAMD64: 'v1' };
  return {
    goVersion: 'go1.26.8', path: 'example.com/app', main: { path: 'example.com/app', version: '(devel)', sum: '', replace: null }, deps: [],
    settings: Object.entries({ ...base, ...settings }).map(([key, value]) => ({ key, value })), layout: 'inline', ...o,
  };
}

export function bin(o: Partial<BinaryFacts> = {}): BinaryFacts {
  const bi = o.buildInfo === undefined ? buildInfo() : o.buildInfo;
  return {
    path: '/out/app', size: 2_000_000, format: 'elf', slice: null, bits: 64, endian: 'little', machine: 'x86-64',
    goos: 'linux', goarch: 'amd64', platformSource: 'buildinfo', kind: 'executable', pie: false, isGo: true,
    goEvidence: ['build info (inline layout)'], goVersion: bi?.goVersion ?? null, goVersionSource: bi ? 'buildinfo' : null,
    pclntabVersions: 'go1.20 or later', buildInfo: bi, recovered: null, versionVariables: [], buildInfoError: null, linkage: 'static', interpreter: null,
    libraries: [], versionNeeds: {}, glibcRequired: null, hasSymbols: true, hasDwarf: true, stripped: false, arm: null,
    minOS: null, warnings: [], truncated: [], ...o,
  };
}

/** A cgo build on a glibc machine: dynamic, loader and libc.so.6 with GLIBC_2.34. */
export function cgoBin(o: Partial<BinaryFacts> = {}): BinaryFacts {
  return bin({
    buildInfo: buildInfo({ CGO_ENABLED: '1' }), linkage: 'dynamic', interpreter: '/lib64/ld-linux-x86-64.so.2',
    libraries: ['libc.so.6'], versionNeeds: { 'libc.so.6': ['GLIBC_2.2.5', 'GLIBC_2.34'] }, glibcRequired: '2.34', ...o,
  });
}

export function artifactsFacts(binaries: BinaryFacts[], expect: Expectations | null = null, targetImage: string | null = null, o: Partial<ArtifactsFacts> = {}) {
  const inputs = [...new Set(binaries.map((b) => b.path))].map((path) => ({ path, binaries: binaries.filter((b) => b.path === path).length, files: 1 }));
  return factsWith({ artifacts: { binaries, problems: [], skipped: [], inputs, require: null, expect, targetImage, ...o } });
}
