// The verify area: is each Go tree the release it says it is? Its files are hashed and compared
// with the release's published content (see reference.ts). Only on request (doctor --verify-toolchain,
// the collector in index.ts).
import * as path from 'node:path';
import { earlierValue, type CollectOptions, type Partial_ } from '../collector.js';
import type { Host } from '../host.js';
import type { GoInstall } from '../../facts/schema/toolchains.js';
import type { ModifiedFile, ToolchainVerification, VerifyFacts } from '../../facts/schema/verify.js';
import { compareTree, type Expected } from '../../analyzers/toolchain/goroot-compare.js';
import { compareGoVersions, isValidGoVersion } from '../../knowledge/goversion.js';
import { FIRST_TOOLCHAIN_MODULE_RELEASE, TOOLCHAIN_MODULE, toolchainModuleVersion } from '../../knowledge/toolchain-module.js';
import { parseEnvFile } from '../env-file.js';
import { dpkgReference, downloadedReference, rpmReference, moduleCachePaths, moduleDirReference, zipReference, type Reference } from './reference.js';
import { hashFiles, walkTree, type TreeFile } from './tree.js';

export interface VerifyOptions {
  /** Every install found, not only the one that wins. */
  all?: boolean;
  /** May fetch the toolchain module through the user's GOPROXY when the module cache lacks it. */
  download?: boolean;
}

/** Text files up to this size get a diff when they differ. */
const DIFF_MAX = 16 * 1024;

interface Target { goroot: string; install: GoInstall | null }

function targets(earlier: Partial_, all: boolean): Target[] {
  const toolchains = earlierValue(earlier, 'toolchains');
  const goenv = earlierValue(earlier, 'goenv');
  const installs = [...(toolchains?.installs ?? []), ...(toolchains?.offPath ?? [])];
  const winner = goenv?.settings.GOROOT?.value || installs[0]?.goroot || null;
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (goroot: string | null, install: GoInstall | null) => {
    if (!goroot || seen.has(goroot)) return;
    seen.add(goroot);
    out.push({ goroot, install });
  };
  add(winner, installs.find((i) => i.goroot === winner) ?? null);
  if (all) for (const i of installs) add(i.goroot, i);
  return out;
}

/** GOOS_GOARCH of the tree: `go version`'s platform, else the only pkg/tool/<goos>_<goarch>. */
async function platformOf(host: Host, goroot: string, install: GoInstall | null): Promise<string | null> {
  if (install?.reportedPlatform) return install.reportedPlatform.replace('/', '_');
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const dirs = ((await host.readdir(p.join(goroot, 'pkg', 'tool'))) ?? []).filter((d) => /^[a-z0-9]+_[a-z0-9]+$/.test(d));
  return dirs.length === 1 ? dirs[0]! : null;
}

const isText = (b: Buffer) => !b.includes(0);

function envChanges(before: string, after: string): ModifiedFile['envChanges'] {
  const last = (text: string) => new Map(parseEnvFile(text, 'go.env').entries.map((e) => [e.key, e.value]));
  const a = last(before);
  const b = last(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => a.get(k) !== b.get(k)).map((k) => ({ key: k, from: a.get(k) ?? null, to: b.get(k) ?? null }));
}

async function describeModified(host: Host, goroot: string, ref: Reference, m: { path: string; expected: string; actual: string }): Promise<ModifiedFile> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  let diff: string | null = null;
  let changes: ModifiedFile['envChanges'] = null;
  const want = await ref.content(m.path);
  const got = want && want.length <= DIFF_MAX ? await host.readBytes(p.join(goroot, ...m.path.split('/')), DIFF_MAX + 1) : null;
  if (want && got && got.length <= DIFF_MAX && isText(want) && isText(got)) {
    // Loaded only when a file differs: doctor without --verify-toolchain never needs it.
    const { createTwoFilesPatch } = await import('diff');
    const patch = createTwoFilesPatch(`release/${m.path}`, `installed/${m.path}`, want.toString('utf8'), got.toString('utf8'), undefined, undefined, { context: 2 });
    diff = patch.slice(patch.indexOf('--- '));
    if (m.path === 'go.env') changes = envChanges(want.toString('utf8'), got.toString('utf8'));
  }
  return { path: m.path, algorithm: ref.algorithm, expected: m.expected, actual: m.actual, diff, envChanges: changes };
}

async function findReference(host: Host, t: Target, files: readonly TreeFile[], release: string, goosGoarch: string, gomodcache: string | null, goBinary: string | null, vopts: VerifyOptions, timeoutMs: number): Promise<{ ref: Reference | null; module: string | null; note: string }> {
  const kind = t.install?.installKind ?? 'unknown';
  const notes: string[] = [];
  const fromPackage = kind === 'debian-package' ? dpkgReference : kind === 'rpm-package' ? rpmReference : null;
  if (fromPackage) {
    const { ref, error } = await fromPackage(host, t.goroot, files, timeoutMs);
    if (ref) return { ref, module: null, note: '' };
    notes.push(error ?? 'no package data');
  }
  const [goos, goarch] = goosGoarch.split('_') as [string, string];
  const modVersion = toolchainModuleVersion(release, goos, goarch);
  const module = `${TOOLCHAIN_MODULE}@${modVersion}`;
  if (!isValidGoVersion(release) || compareGoVersions(release, FIRST_TOOLCHAIN_MODULE_RELEASE) < 0) {
    notes.push(`${release} predates the toolchain modules (published from ${FIRST_TOOLCHAIN_MODULE_RELEASE} on): compare the tree with the archive from https://go.dev/dl/ instead`);
    return { ref: null, module: null, note: notes.join('; ') };
  }
  if (gomodcache) {
    const c = moduleCachePaths(gomodcache, modVersion);
    const zip = await zipReference(host, c.zip, c.ziphash, goosGoarch);
    if (zip) return { ref: zip, module, note: '' };
    const [realDir, realRoot] = await Promise.all([host.realpath(c.dir), host.realpath(t.goroot)]);
    // A tree that is itself the extraction cannot vouch for itself.
    if (realDir && realDir !== realRoot) {
      const dir = await moduleDirReference(host, c.dir, c.ziphash, module, goosGoarch);
      if (dir) return { ref: dir, module, note: '' };
    }
    notes.push(`${module} is not in the module cache ${gomodcache}${realDir && realDir === realRoot ? ' (only as this very tree, which cannot check itself)' : ''}`);
  } else {
    notes.push('GOMODCACHE is unknown (go env failed)');
  }
  if (vopts.download && goBinary) {
    const { ref, error } = await downloadedReference(host, goBinary, module, goosGoarch, Math.max(timeoutMs, 300_000));
    if (ref) return { ref, module, note: '' };
    notes.push(`go mod download ${module} failed: ${error}`);
  }
  if (kind === 'snap') notes.push('snap installs are a read-only squashfs image verified by snapd when mounted: `snap info go` shows the revision, `snap refresh go` replaces it');
  if (kind === 'homebrew') notes.push('Homebrew keeps no per-file hashes after pouring a bottle: `brew reinstall go` replaces the tree; the module check works once the toolchain module is in the module cache');
  return { ref: null, module, note: notes.join('; ') };
}

/**
 * A toolchain the go command downloaded runs from its module cache extraction, where the zip's
 * _go.mod files stay and go copies each to go.mod (cmd/go/internal/toolchain/select.go): the
 * _go.mod files are then release files too, expected to equal the go.mod they stand for.
 */
function expectUnderscoreGoMod(expected: Map<string, Expected>, files: readonly TreeFile[]): void {
  for (const f of files) {
    if (!(f.rel === '_go.mod' || f.rel.endsWith('/_go.mod'))) continue;
    const want = expected.get(f.rel.slice(0, -'_go.mod'.length) + 'go.mod');
    if (want?.renamedGoMod) expected.set(f.rel, want);
  }
}

export async function verifyToolchain(host: Host, t: Target, earlier: Partial_, vopts: VerifyOptions, timeoutMs: number): Promise<ToolchainVerification> {
  const t0 = performance.now();
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const goenv = earlierValue(earlier, 'goenv');
  const release = (await host.readText(p.join(t.goroot, 'VERSION'), 4096))?.split('\n', 1)[0]?.trim() || null;
  const goosGoarch = await platformOf(host, t.goroot, t.install);
  const base: ToolchainVerification = {
    goroot: t.goroot, release, platform: goosGoarch?.replace('_', '/') ?? null, installKind: t.install?.installKind ?? 'unknown',
    reference: { kind: 'none', paths: [], module: null, recordedHash: null, computedHash: null, note: null },
    expectedFiles: 0, matched: 0, renamedGoMod: 0, modified: [], missing: [], missingCount: 0, extra: [], extraCount: 0,
    outsideCoverage: {}, outsideCoverageCount: 0, hashedFiles: 0, hashedBytes: 0, ms: 0,
  };
  const done = () => ({ ...base, ms: Math.round(performance.now() - t0) });
  if (!release || !goosGoarch) {
    base.reference.note = !release ? `${t.goroot}/VERSION is missing or empty: the release cannot be named` : `the platform of ${t.goroot} cannot be told (no single pkg/tool/<goos>_<goarch> and no go version output)`;
    return done();
  }
  const gomodcache = goenv?.settings.GOMODCACHE?.value || null;
  const goBinary = t.install?.path ?? goenv?.goBinary ?? null;
  const walked = await walkTree(host, t.goroot);
  const found = await findReference(host, t, walked.files, release, goosGoarch, gomodcache, goBinary, vopts, timeoutMs);
  if (!found.ref) {
    base.reference = { ...base.reference, module: found.module, note: found.note };
    return done();
  }
  const ref = found.ref;
  base.reference = { kind: ref.kind, paths: ref.paths, module: ref.module, recordedHash: ref.recordedHash, computedHash: ref.computedHash, note: ref.note };
  const { truncated } = walked;
  const files = walked.files;
  if (ref.kind !== 'dpkg' && ref.kind !== 'rpm') expectUnderscoreGoMod(ref.expected, files);
  if (truncated) base.reference.note = [ref.note, `the tree has more than ${files.length} files; the rest were not looked at`].filter(Boolean).join('; ');
  const toHash: TreeFile[] = files.filter((f) => ref.expected.has(f.rel));
  const hashes = await hashFiles(host, toHash, ref.algorithm);
  const actual = new Map<string, string | null>(files.map((f) => [f.rel, hashes.get(f.rel) ?? null]));
  for (const f of toHash) base.hashedBytes += (await host.stat(f.abs))?.size ?? 0;
  base.hashedFiles = toHash.length;
  const cmp = compareTree(ref.expected, actual, ref.covered);
  base.expectedFiles = ref.expected.size;
  base.matched = cmp.matched;
  base.renamedGoMod = cmp.renamedGoMod;
  base.modified = await Promise.all(cmp.modified.slice(0, 200).map((m) => describeModified(host, t.goroot, ref, m)));
  base.missing = cmp.missing.slice(0, 200);
  base.missingCount = cmp.missing.length;
  base.extra = cmp.extra.slice(0, 500);
  base.extraCount = cmp.extra.length;
  base.outsideCoverage = cmp.outsideCoverage;
  base.outsideCoverageCount = cmp.outsideCoverageCount;
  return done();
}

export async function collectVerify(host: Host, opts: CollectOptions, earlier: Partial_): Promise<VerifyFacts> {
  const vopts: VerifyOptions = { all: opts.verifyAll, download: opts.fetchToolchainModule };
  const out: ToolchainVerification[] = [];
  for (const t of targets(earlier, !!vopts.all)) {
    opts.progress?.(`hashing ${t.goroot}`);
    out.push(await verifyToolchain(host, t, earlier, vopts, opts.timeoutMs ?? 8_000));
  }
  return { toolchains: out };
}
