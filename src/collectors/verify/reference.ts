// The expected content of a Go release: the toolchain module (zip or extraction) from the module
// cache, the same module fetched on request, or the package manager's own hashes (dpkg, RPM).
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import type { Host } from '../host.js';
import type { DigestAlgorithm, ToolchainVerification } from '../../facts/schema/verify.js';
import type { Expected } from '../../analyzers/toolchain/goroot-compare.js';
import { listZip, readZipEntry } from '../../analyzers/zip/read-zip.js';
import { hash1 } from '../../knowledge/dirhash.js';
import { coveredByToolchainZip, gorootNameOfZipEntry, TOOLCHAIN_MODULE } from '../../knowledge/toolchain-module.js';
import { hashFiles, walkTree, type TreeFile } from './tree.js';
import { withNeutralDir } from '../neutral-dir.js';
import { describeFailure } from '../go-probe.js';
import { moduleDownloadFiles } from '../../knowledge/module-cache.js';

export interface Reference {
  kind: Exclude<ToolchainVerification['reference']['kind'], 'none'>;
  paths: string[];
  module: string | null;
  recordedHash: string | null;
  computedHash: string | null;
  note: string | null;
  algorithm: DigestAlgorithm;
  expected: Map<string, Expected>;
  covered: (rel: string) => boolean;
  /** The release's bytes of a file, when the reference holds them (for diffs). */
  content: (rel: string) => Promise<Buffer | null>;
}

/** Module zips are at most 500 MiB (golang.org/x/mod/zip MaxZipFile). */
const MAX_ZIP = 500 << 20;

export function moduleCachePaths(gomodcache: string, modVersion: string) {
  return moduleDownloadFiles(gomodcache, TOOLCHAIN_MODULE, modVersion);
}

async function recordedZiphash(host: Host, file: string): Promise<string | null> {
  return (await host.readText(file, 4096))?.trim() || null;
}

/** Expected hashes from the module zip itself; its h1 is recomputed and set beside the recorded one. */
export async function zipReference(host: Host, zipPath: string, ziphashPath: string, goosGoarch: string, kind: 'module-zip' | 'downloaded' = 'module-zip'): Promise<Reference | null> {
  const buf = await host.readBytes(zipPath, MAX_ZIP + 1);
  if (!buf) return null;
  if (buf.length > MAX_ZIP) throw new Error(`${zipPath} is larger than a module zip may be (500 MiB)`);
  const entries = listZip(buf).filter((e) => !e.name.endsWith('/'));
  const expected = new Map<string, Expected>();
  const byRel = new Map<string, (typeof entries)[number]>();
  const hashed = entries.map((e) => {
    const sha256 = createHash('sha256').update(readZipEntry(buf, e)).digest('hex');
    const g = gorootNameOfZipEntry(e.name);
    if (g) { expected.set(g.rel, { hash: sha256, renamedGoMod: g.renamedGoMod }); byRel.set(g.rel, e); }
    return { name: e.name, sha256 };
  });
  const first = entries[0]?.name ?? '';
  return {
    kind,
    paths: [zipPath],
    module: first.includes('/', first.indexOf('@')) ? first.slice(0, first.indexOf('/', first.indexOf('@'))) : null,
    recordedHash: await recordedZiphash(host, ziphashPath),
    computedHash: hash1(hashed),
    note: null,
    algorithm: 'sha256',
    expected,
    covered: (rel) => coveredByToolchainZip(rel, goosGoarch),
    content: async (rel) => { const e = byRel.get(rel); return e ? readZipEntry(buf, e) : null; },
  };
}

/** Expected hashes from the module's extraction in the module cache (when go kept no zip). */
export async function moduleDirReference(host: Host, dir: string, ziphashPath: string, module: string, goosGoarch: string): Promise<Reference | null> {
  if (!(await host.stat(dir))?.isDir) return null;
  const { files } = await walkTree(host, dir);
  const hashes = await hashFiles(host, files, 'sha256');
  const expected = new Map<string, Expected>();
  const hashed: Array<{ name: string; sha256: string }> = [];
  const absOf = new Map<string, string>();
  for (const f of files) {
    const sha256 = hashes.get(f.rel);
    if (!sha256) continue;
    const name = `${module}/${f.rel}`;
    hashed.push({ name, sha256 });
    const g = gorootNameOfZipEntry(name);
    if (g) { expected.set(g.rel, { hash: sha256, renamedGoMod: g.renamedGoMod }); absOf.set(g.rel, f.abs); }
  }
  return {
    kind: 'module-dir',
    paths: [dir],
    module,
    recordedHash: await recordedZiphash(host, ziphashPath),
    computedHash: hash1(hashed),
    note: 'the module cache holds the extracted module, not its zip',
    algorithm: 'sha256',
    expected,
    covered: (rel) => coveredByToolchainZip(rel, goosGoarch),
    content: async (rel) => { const a = absOf.get(rel); return a ? host.readBytes(a, 64 * 1024) : null; },
  };
}

/**
 * Fetch the toolchain module into a temporary module cache with the user's own settings
 * (GOPROXY, GOSUMDB, GONOSUMDB, GOPRIVATE, GOFLAGS and their go env file): go checks the zip
 * against the checksum database unless those settings say not to. Only on request.
 */
export async function downloadedReference(host: Host, goBinary: string, moduleAtVersion: string, goosGoarch: string, timeoutMs: number): Promise<{ ref: Reference | null; error: string | null }> {
  return withNeutralDir(host, async (cwd) => {
    const p = host.platform === 'win32' ? path.win32 : path.posix;
    const gomodcache = p.join(cwd, 'modcache');
    const goflags = [host.env.GOFLAGS, '-modcacherw'].filter(Boolean).join(' ');
    const env = { ...host.env, GOMODCACHE: gomodcache, GOTOOLCHAIN: 'local', GOFLAGS: goflags };
    const r = await host.run(goBinary, ['mod', 'download', '-json', moduleAtVersion], { cwd, env, timeoutMs, maxBytes: 1 << 20 });
    let info: { Zip?: string; Error?: string } = {};
    try { info = JSON.parse(r.stdout) as typeof info; } catch { /* reported below */ }
    if (!info.Zip || info.Error) return { ref: null, error: info.Error ?? (r.timedOut ? `go mod download timed out after ${timeoutMs} ms` : (r.stderr || r.error || `go mod download exited ${r.code}`).trim().slice(0, 2000)) };
    const ref = await zipReference(host, info.Zip, info.Zip.replace(/\.zip$/, '.ziphash'), goosGoarch, 'downloaded');
    // The buffer stays in memory: the temporary cache may go.
    return { ref, error: ref ? null : `go mod download reported ${info.Zip}, which cannot be read` };
  });
}

/** Packages owning paths, from `dpkg-query -S` ("pkg1, pkg2: /path" lines). */
export function parseDpkgSearch(out: string): string[] {
  const pkgs = new Set<string>();
  for (const line of out.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0 || line.startsWith('diversion')) continue;
    for (const p of line.slice(0, colon).split(',')) if (p.trim()) pkgs.add(p.trim());
  }
  return [...pkgs].sort();
}

/**
 * The tree's real directories a package database can name: its own real path, and the real
 * directory behind each top-level link (Debian's GOROOT is a farm of links: src/ and pkg/include
 * live under /usr/share/go-1.x), each with the tree name that reaches it; and the real path of
 * every top-level entry (RPM splits a tree's entries over several packages).
 */
async function realRoots(host: Host, goroot: string): Promise<{ roots: Map<string, string>; entries: string[] }> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const roots = new Map<string, string>();
  const entries: string[] = [];
  const top = await host.realpath(goroot);
  if (top) roots.set(top, '');
  for (const e of (await host.readdirTyped(goroot)) ?? []) {
    const real = e.isSymlink ? await host.realpath(p.join(goroot, e.name)) : top && p.join(top, e.name);
    if (real) entries.push(real);
    if (real && e.isSymlink && (await host.stat(real))?.isDir) roots.set(real, e.name);
  }
  return { roots, entries };
}

/**
 * Package databases record real paths: each file of the tree is matched by its real path;
 * recorded files no tree name reaches are expected under the root that covers them (and so
 * reported missing); recorded files outside the roots (documentation, /usr/bin links) are not
 * part of the tree.
 */
async function expectedOfRecorded(host: Host, roots: ReadonlyMap<string, string>, files: readonly TreeFile[], byReal: ReadonlyMap<string, string>): Promise<Map<string, Expected>> {
  const expected = new Map<string, Expected>();
  const reached = new Set<string>();
  for (const f of files) {
    const real = await host.realpath(f.abs);
    const hash = real ? byReal.get(real) : undefined;
    if (hash && real) { expected.set(f.rel, { hash, renamedGoMod: false }); reached.add(real); }
  }
  const sortedRoots = [...roots].sort((a, b) => b[0].length - a[0].length);
  for (const [real, hash] of byReal) {
    if (reached.has(real)) continue;
    const root = sortedRoots.find(([dir]) => real.startsWith(dir + '/'));
    if (!root) continue;
    const rest = real.slice(root[0].length + 1);
    expected.set(root[1] ? `${root[1]}/${rest}` : rest, { hash, renamedGoMod: false });
  }
  return expected;
}

/** The md5sums dpkg recorded for the packages that own the tree (dpkg --verify reads the same files). */
export async function dpkgReference(host: Host, goroot: string, files: readonly TreeFile[], timeoutMs: number): Promise<{ ref: Reference | null; error: string | null }> {
  const { roots } = await realRoots(host, goroot);
  const r = await host.run('dpkg-query', ['-S', ...roots.keys()], { timeoutMs, maxBytes: 1 << 20 });
  const pkgs = parseDpkgSearch(r.stdout);
  if (pkgs.length === 0) return { ref: null, error: `dpkg-query -S names no package for ${[...roots.keys()].join(', ')}${r.error ? ` (${r.error})` : ''}` };
  const byReal = new Map<string, string>();
  const paths: string[] = [];
  const unreadable: string[] = [];
  for (const pkg of pkgs) {
    const name = pkg.split(':')[0]!;
    let text: string | null = null;
    for (const c of [`/var/lib/dpkg/info/${pkg}.md5sums`, `/var/lib/dpkg/info/${name}.md5sums`]) {
      text = await host.readText(c, 32 << 20);
      if (text !== null) { paths.push(c); break; }
    }
    if (text === null) { unreadable.push(pkg); continue; }
    for (const line of text.split('\n')) {
      const m = /^([0-9a-f]{32}) {2}(.+)$/.exec(line);
      if (m) byReal.set('/' + m[2]!, m[1]!);
    }
  }
  return {
    ref: {
      kind: 'dpkg', paths, module: pkgs.join(', '), recordedHash: null, computedHash: null,
      note: `dpkg's md5sums of ${pkgs.join(', ')} (what dpkg --verify checks)${unreadable.length ? `; no md5sums for ${unreadable.join(', ')}` : ''}`,
      algorithm: 'md5', expected: await expectedOfRecorded(host, roots, files, byReal), covered: () => true, content: async () => null,
    },
    error: null,
  };
}

/** rpm's digest algorithm numbers (PGPHASHALGO_* in include/rpm/rpmpgp.h); no FILEDIGESTALGO tag means MD5 (lib/rpmfi.c). */
const RPM_DIGEST_ALGORITHMS: Readonly<Record<string, DigestAlgorithm>> = {
  '(none)': 'md5', '1': 'md5', '2': 'sha1', '8': 'sha256', '9': 'sha384', '10': 'sha512', '11': 'sha224',
};
/** RPMFILE_GHOST (include/rpm/rpmfiles.h): a file the package lists but never installs; rpm -V skips it. */
const RPMFILE_GHOST = 1 << 6;

/** The package header line and one line per file of `rpm -q --qf RPM_FILES_FORMAT`. */
export const RPM_FILES_FORMAT = 'pkg\t%{NEVRA}\t%{FILEDIGESTALGO}\n[file\t%{FILEFLAGS}\t%{FILEDIGESTS}\t%{FILENAMES}\n]';

export interface RpmPackageFiles { nevra: string; algorithm: DigestAlgorithm | null; algorithmNumber: string; digests: Map<string, string> }

/** Packages named by `rpm -qf --qf 'pkg\t%{NEVRA}\n'` (paths no package owns print other lines). */
export function parseRpmOwners(out: string): string[] {
  return [...new Set(out.split('\n').filter((l) => l.startsWith('pkg\t')).map((l) => l.slice(4).trim()).filter(Boolean))].sort();
}

/** Per package, the recorded digest of each regular file (directories and links have none; ghosts are skipped). */
export function parseRpmFiles(out: string): RpmPackageFiles[] {
  const pkgs: RpmPackageFiles[] = [];
  for (const line of out.split('\n')) {
    const f = line.split('\t');
    if (f[0] === 'pkg' && f.length === 3) pkgs.push({ nevra: f[1]!, algorithm: RPM_DIGEST_ALGORITHMS[f[2]!] ?? null, algorithmNumber: f[2]!, digests: new Map() });
    else if (f[0] === 'file' && f.length >= 4 && pkgs.length) {
      const [, flags, digest] = f as [string, string, string];
      const name = f.slice(3).join('\t');
      if (/^[0-9a-f]{32,128}$/.test(digest) && name.startsWith('/') && !(Number(flags) & RPMFILE_GHOST)) pkgs[pkgs.length - 1]!.digests.set(name, digest);
    }
  }
  return pkgs;
}

/**
 * The file digests the RPM database holds for the packages that own the tree: the data `rpm -V`
 * compares (rpm(8), VERIFY OPTIONS). Fedora splits the tree over golang, golang-bin and
 * golang-src, so the owner of every top-level entry is asked.
 */
export async function rpmReference(host: Host, goroot: string, files: readonly TreeFile[], timeoutMs: number): Promise<{ ref: Reference | null; error: string | null }> {
  const { roots, entries } = await realRoots(host, goroot);
  const asked = new Set([...roots.keys(), ...entries]);
  const owners = await host.run('rpm', ['-qf', '--qf', 'pkg\t%{NEVRA}\n', ...asked], { timeoutMs, maxBytes: 1 << 20 });
  const nevras = parseRpmOwners(owners.stdout);
  if (nevras.length === 0) return { ref: null, error: `rpm -qf names no package for ${[...roots.keys()].join(', ')}${owners.code === 0 ? '' : ` (${describeFailure(owners, 'rpm -qf')})`}` };
  const r = await host.run('rpm', ['-q', '--qf', RPM_FILES_FORMAT, ...nevras], { timeoutMs, maxBytes: 64 << 20 });
  const pkgs = parseRpmFiles(r.stdout);
  if (pkgs.length === 0) return { ref: null, error: `rpm -q lists no files for ${nevras.join(', ')} (${describeFailure(r, 'rpm -q')})` };
  // One algorithm per reference: every package rpm has built since 4.6 uses the same one.
  const algorithm = pkgs.find((k) => k.algorithm)?.algorithm ?? null;
  if (!algorithm) return { ref: null, error: `the RPM database's digest algorithm ${pkgs[0]!.algorithmNumber} for ${nevras.join(', ')} is not one godiag can compute` };
  const used = pkgs.filter((k) => k.algorithm === algorithm);
  const skipped = pkgs.filter((k) => k.algorithm !== algorithm).map((k) => `${k.nevra} (digest algorithm ${k.algorithmNumber})`);
  const byReal = new Map(used.flatMap((k) => [...k.digests]));
  const names = used.map((k) => k.nevra).join(', ');
  return {
    ref: {
      kind: 'rpm', paths: [], module: names, recordedHash: null, computedHash: null,
      note: `the RPM database's ${algorithm} file digests of ${names} (what rpm -V compares)${skipped.length ? `; not compared: ${skipped.join(', ')}` : ''}`,
      algorithm, expected: await expectedOfRecorded(host, roots, files, byReal), covered: () => true, content: async () => null,
    },
    error: null,
  };
}
