// Find and read the files `godiag lint` checks, through Host (so recorded trees work too),
// and probe the installed Go once. Bounded: depth, entry count and file size caps.
import * as path from 'node:path';
import type { DirEntry, Host } from '../host.js';
import { probeVersion } from '../go-probe.js';
import { withNeutralDir } from '../neutral-dir.js';
import { lookPath } from '../system/context.js';
import type { FilesFacts, FileKind } from '../../facts/schema/files.js';
import { addFile, emptyFilesFacts, finishFiles, outboundTls, kindOf, rereadYaml, type FileInput } from '../../analyzers/files/analyze.js';
import { chartValuesIndex } from '../../analyzers/manifests/helm-chart.js';
import { compareText } from '../../facts/order.js';
import { dirOf } from '../../facts/paths.js';
import { imageOf } from '../../facts/docker-stages.js';
import { pool } from '../pool.js';
import { GO_SOURCE_BYTES, MAX_GO_SOURCES, lintGoPackages } from '../gosource.js';

/** Directories never worth walking for build config: VCS data, dependencies, Go test data, caches. */
const SKIP_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', 'vendor', 'testdata', '.cache', '.idea', '.vscode', '__pycache__', '.terraform']);
const MAX_DEPTH = 12;
const MAX_ENTRIES = 50_000;
/**
 * Per kind, the largest file analysed: well above real files (a large Dockerfile is tens of KiB,
 * a large workflow or Makefile a few hundred), and below where parsing takes seconds (the
 * Dockerfile parser needs about 7 ms and 40 KiB of memory per KiB of input).
 */
export const MAX_BYTES_BY_KIND: Record<FileKind, number> = {
  dockerfile: 256 * 1024,
  'github-workflow': 1024 * 1024,
  'gitlab-ci': 1024 * 1024,
  makefile: 1024 * 1024,
  'go.mod': 1024 * 1024,
  'go.work': 256 * 1024,
  'tools.go': 256 * 1024,
  golangci: 256 * 1024,
  manifest: 1024 * 1024,
};
/** All files of one run together: beyond it, files are listed as not analysed (bounded memory). */
export const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** YAML files that may be deployment manifests have a budget of their own, within that. */
export const MANIFEST_BUDGET = MAX_TOTAL_BYTES / 2;
const AUTOMAXPROCS = /"go\.uber\.org\/automaxprocs(\/maxprocs)?"/;
const READ_CONCURRENCY = 32;
const YIELD_EVERY_MS = 50;

export interface DiscoverOptions {
  /** Directories and files to lint; directories are walked. */
  paths: string[];
  /** Paths in facts are relative to this directory. */
  root: string;
  /** Skip `go version` and use this instead (e.g. "go1.26.0"), or null to not probe. */
  goVersion?: string | null;
  timeoutMs?: number;
  /** What is being read now, for a status line (a function is called only when shown). */
  progress?: (step: string | (() => string)) => void;
  /** The walk's limits (MAX_DEPTH, MAX_ENTRIES unless given). */
  limits?: { depth: number; entries: number };
}

interface Found { abs: string; rel: string; context?: boolean }

interface Walked {
  config: Found[]; go: string[]; entries: number; progress?: DiscoverOptions['progress']; dirs: string[]; goTruncated: boolean; goPartial: Set<string>;
  /** Symbolic links with a lint file's name. */
  links: Found[];
  /** Lint files that are FIFOs, sockets or devices: named, never opened. */
  special: Array<{ rel: string; special: NonNullable<DirEntry['special']> }>;
  /** Other symbolic links (not named like a skipped directory): a directory behind one is not walked. */
  otherLinks: Found[];
  /** Directories left unlisted, by the limit that stopped the walk there, and links to directories the walk does not reach. */
  notWalked: { depth: string[]; entries: string[]; link: string[] };
  limits: { depth: number; entries: number };
}

async function walk(host: Host, dir: string, root: string, depth: number, out: Walked) {
  if (depth > out.limits.depth) return void out.notWalked.depth.push(toRel(root, dir));
  if (out.entries > out.limits.entries) return void out.notWalked.entries.push(toRel(root, dir));
  const entries = await host.readdirTyped(dir);
  if (!entries) return;
  out.entries += entries.length;
  out.progress?.(() => `looking for files: ${out.entries} entries, ${out.config.length} to read, in ${dir}`);
  const subdirs: string[] = [];
  entries.forEach((st) => {
    const name = st.name;
    const abs = dir.endsWith(path.sep) ? dir + name : dir + path.sep + name; // path.join, without re-normalizing a normal path
    if (st.isSymlink) {
      // Directory links could loop or leave the tree; a link with a lint file's name is looked at after the walk.
      const rel = toRel(root, abs);
      if (kindOf(rel)) out.links.push({ abs, rel });
      else if (!SKIP_DIRS.has(name)) out.otherLinks.push({ abs, rel });
      return;
    }
    if (st.isDir) {
      // Hidden directories are walked: .docker/, .devcontainer/ and .ci/ hold Dockerfiles.
      if (!SKIP_DIRS.has(name)) subdirs.push(abs);
    } else if (st.special) {
      const rel = toRel(root, abs);
      if (kindOf(rel)) out.special.push({ rel, special: st.special });
    } else if (st.isFile) {
      const rel = toRel(root, abs);
      if (kindOf(rel)) out.config.push({ abs, rel });
      else if (name.endsWith('.go') && !name.endsWith('_test.go')) {
        if (out.go.length < MAX_GO_SOURCES) out.go.push(abs);
        else { out.goTruncated = true; out.goPartial.add(dir); }
      }
    }
  });
  await Promise.all(subdirs.map((d) => walk(host, d, root, depth + 1, out)));
}

/**
 * Symbolic links named like lint files (Dockerfile -> build/Dockerfile.prod): one to a regular file
 * under the root is read under the link's name, unless the walk reads that file as a lint file
 * of the same kind. Links that are broken, leave the tree or name no regular file are
 * returned with why, to be reported rather than passed over.
 */
async function followLinks(host: Host, root: string, found: Walked, place: WalkPlace): Promise<Array<{ rel: string; why: string }>> {
  if (found.links.length === 0) return [];
  const realRoot = (await host.realpath(root)) ?? root;
  const out: Array<{ rel: string; why: string }> = [];
  for (const link of found.links) {
    const target = await host.realpath(link.abs);
    const st = target ? await host.stat(target) : null;
    if (!target || !st) out.push({ rel: link.rel, why: 'a symbolic link whose target does not exist: not read' });
    else if (!target.startsWith(realRoot + path.sep)) out.push({ rel: link.rel, why: 'a symbolic link to outside the linted tree: not followed' });
    else if (!st.isFile) out.push({ rel: link.rel, why: `a symbolic link to ${st.isDir ? 'a directory' : 'something that is not a regular file'}: not read` });
    // Read under the link's name unless the walk reads the target itself as the same kind of file.
    else if (place(target, false) !== 'walked' || kindOf(toRel(realRoot, target)) !== kindOf(link.rel)) found.config.push({ abs: target, rel: link.rel });
  }
  return out;
}

/**
 * Symbolic links to directories the walk does not reach: it never follows a directory link (links
 * can loop), so one whose target lies outside every walked directory hides the files behind it.
 * A link to a directory that is walked anyway (under its real path), or skipped on purpose, hides nothing.
 */
async function linksToUnwalkedDirs(host: Host, found: Walked, place: WalkPlace): Promise<string[]> {
  const hidden = await pool(found.otherLinks, READ_CONCURRENCY, async (l) => {
    const st = await host.stat(l.abs);
    if (!st?.isDir) return null;
    const target = await host.realpath(l.abs);
    return target && place(target, true) !== 'outside' ? null : l.rel;
  });
  return hidden.filter((rel): rel is string => rel !== null);
}

/**
 * Where a real path (links resolved) stands for the walk: under none of the walked directories,
 * under one but below a directory the walk skips (vendor, testdata ...), or walked. A file is
 * judged by its directories, a directory by itself too.
 */
type WalkPlace = (real: string, isDir: boolean) => 'outside' | 'skipped' | 'walked';

async function walkPlace(host: Host, found: Walked): Promise<WalkPlace> {
  const walked = await Promise.all(found.dirs.map(async (d) => (await host.realpath(d)) ?? d));
  return (real, isDir) => {
    const top = walked.find((d) => real === d || real.startsWith(d.endsWith(path.sep) ? d : d + path.sep));
    if (top === undefined) return 'outside';
    const parts = real.slice(top.length).split(path.sep).filter(Boolean);
    return (isDir ? parts : parts.slice(0, -1)).some((d) => SKIP_DIRS.has(d)) ? 'skipped' : 'walked';
  };
}

const SPECIAL_NAMES = { fifo: 'a FIFO', socket: 'a socket', device: 'a device', other: 'neither file nor directory' } as const;

/** The first directories the walk left unlisted, per limit, named in the facts. */
const NOT_WALKED_NAMED = 10;

function recordNotWalked(facts: FilesFacts, found: Walked): void {
  const stops = (['depth', 'entries', 'link'] as const).filter((r) => found.notWalked[r].length > 0);
  if (stops.length === 0) return;
  facts.notWalked = stops.map((reason) => {
    const dirs = found.notWalked[reason].sort(compareText);
    return { reason, ...(reason === 'link' ? {} : { limit: found.limits[reason] }), count: dirs.length, dirs: dirs.slice(0, NOT_WALKED_NAMED) };
  });
}

function countYamlNotRead(facts: FilesFacts, rel: string, size: number, why: 'pastBudget' | 'tooLarge' | 'unreadable'): void {
  const n = (facts.yamlNotRead ??= { pastBudget: 0, budget: MANIFEST_BUDGET, tooLarge: 0, maxFile: MAX_BYTES_BY_KIND.manifest, unreadable: 0, bytes: 0, first: rel });
  n[why]++;
  n.bytes += size;
}

function toRel(root: string, abs: string): string {
  // Nearly every path is under the root: slice it off rather than resolve both (path.relative).
  const under = abs.startsWith(root) && abs[root.length] === path.sep ? abs.slice(root.length + 1) : null;
  const rel = under || path.relative(root, abs) || path.basename(abs);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/**
 * The installed go's version: the same probe as doctor's (build info when it is a cmd/go for this
 * machine, else `go version` with GOTOOLCHAIN=local from a neutral empty directory).
 */
export async function probeInstalledGo(host: Host, timeoutMs = 10_000): Promise<FilesFacts['installedGo']> {
  const go = await lookPath(host, 'go');
  if (!go) return { version: null, error: 'go not found in the absolute PATH entries (relative and empty PATH entries are never searched)' };
  const probe = await withNeutralDir(host, (dir) => probeVersion(host, go, dir, timeoutMs));
  return { version: probe.version, error: probe.error };
}

export class UnknownFileError extends Error {}

/** Does any Dockerfile RUN, CI step or Makefile recipe run go build or go install? */
function buildsGo(facts: FilesFacts): boolean {
  const builds = (cs: ReadonlyArray<{ sub: string }>) => cs.some((c) => c.sub === 'build' || c.sub === 'install');
  return facts.dockerfiles.some((d) => d.stages.some((s) => s.instructions.some((i) => builds(i.goCommands))))
    || facts.ci.some((c) => c.scripts.some((x) => builds(x.goCommands)))
    || facts.makefiles.some((m) => m.recipes.some((r) => builds(r.goCommands)));
}

/** The go.mod a named file builds: its directory or the nearest parent, not above root. */
/** go.mod or go.work above root, up to the directory holding .git (or 16 levels): root may be a module's subdirectory. */
async function outerGoMod(host: Host, root: string): Promise<string | null> {
  if (await host.stat(path.join(root, '.git'))) return null;
  let d = root;
  for (let i = 0; i < 16 && path.dirname(d) !== d; i++) {
    d = path.dirname(d);
    for (const name of ['go.mod', 'go.work']) if ((await host.stat(path.join(d, name)))?.isFile) return path.relative(root, path.join(d, name)).split(path.sep).join('/');
    if (await host.stat(path.join(d, '.git'))) return null;
  }
  return null;
}

async function nearestGoMod(host: Host, dir: string, root: string): Promise<string | null> {
  for (let d = dir; ; d = path.dirname(d)) {
    const p = path.join(d, 'go.mod');
    if ((await host.stat(p))?.isFile) return p;
    if (d === root || path.dirname(d) === d || !d.startsWith(root)) return null;
  }
}

/** A directory of an extracted module (the module cache's path@version). */
const MODULE_VERSION_DIR = /(^|\/)[^/]+@v\d+\.\d+\.\d+[^/]*(\/|$)/;

/**
 * Whether each go.work `use` names a directory holding a go.mod (go fails on one that does not).
 * Not checked inside an extracted module: module zips leave out every nested module
 * (golang.org/x/mod/zip), so a repository's go.work names directories its zip never had.
 */
async function checkWorkspaceUses(host: Host, root: string, facts: FilesFacts): Promise<void> {
  for (const w of facts.mods) {
    if (w.kind !== 'go.work') continue;
    const base = path.join(root, path.dirname(w.path));
    if (MODULE_VERSION_DIR.test(base.split(path.sep).join('/'))) continue;
    await Promise.all(w.uses.map(async (u) => {
      u.goMod = (await host.stat(path.resolve(base, u.value, 'go.mod')))?.isFile ?? false;
    }));
  }
}

/**
 * Files a GitLab pipeline includes (`include: local:`) are pipeline configuration whatever their
 * name (ci/go.gitlab-ci.yml, templates/build.yml): read as GitLab CI, not as possible manifests.
 */
function readGitlabIncludes(facts: FilesFacts, files: readonly Found[], texts: readonly (string | null)[], rejected: Array<{ input: FileInput; kind: FileKind }>): void {
  // Local includes are relative to the repository root: the directory above .gitlab/, or the
  // .gitlab-ci.yml's own; an included file keeps the root of the pipeline that included it.
  const roots = new Map<string, string>();
  for (const c of facts.ci) {
    const m = /^(?:(.*)\/)?\.gitlab\//.exec(c.path);
    if (c.kind === 'gitlab') roots.set(c.path, m ? m[1] ?? '' : c.path.includes('/') ? c.path.slice(0, c.path.lastIndexOf('/')) : '');
  }
  // An included file may include others: a few rounds, each reading what the last one added.
  for (let round = 0; round < 4 && readIncludedOnce(facts, files, texts, rejected, roots); round++);
}

function readIncludedOnce(facts: FilesFacts, files: readonly Found[], texts: readonly (string | null)[], rejected: Array<{ input: FileInput; kind: FileKind }>, roots: Map<string, string>): boolean {
  const included = new Map<string, string>();
  let added = false;
  for (const c of facts.ci) {
    const root = roots.get(c.path);
    if (root === undefined || !c.includes) continue;
    for (const inc of c.includes) included.set(root ? `${root}/${inc}` : inc, root);
  }
  files.forEach((f, i) => {
    const text = texts[i];
    const root = included.get(f.rel);
    if (root === undefined || kindOf(f.rel) !== 'manifest' || text === null || text === undefined) return;
    roots.set(f.rel, root);
    if (facts.ci.some((c) => c.path === f.rel)) return;
    facts.files = facts.files.filter((x) => x.path !== f.rel);
    if (facts.manifests) facts.manifests = facts.manifests.filter((x) => x.path !== f.rel);
    if (addFile(facts, { path: f.rel, text }, 'gitlab-ci')) rejected.push({ input: { path: f.rel, text }, kind: 'gitlab-ci' });
    added = true;
  });
  return added;
}

export async function discoverFiles(host: Host, options: DiscoverOptions): Promise<FilesFacts> {
  const opts = { ...options, root: path.resolve(options.root) };
  const facts = emptyFilesFacts(opts.root);
  const progress = opts.progress;
  const found: Walked = { config: [], go: [], entries: 0, progress, dirs: [], goTruncated: false, goPartial: new Set(), links: [], otherLinks: [], special: [], notWalked: { depth: [], entries: [], link: [] }, limits: opts.limits ?? { depth: MAX_DEPTH, entries: MAX_ENTRIES } };
  const named = new Set<string>();
  for (const p of opts.paths) {
    const abs = path.resolve(opts.root, p);
    const st = await host.stat(abs);
    if (!st) throw new UnknownFileError(`${p}: no such file or directory`);
    if (st.isDir) {
      found.dirs.push(abs);
      await walk(host, abs, opts.root, 0, found);
    }
    else {
      const rel = toRel(opts.root, abs);
      if (!kindOf(rel)) throw new UnknownFileError(`${p}: not a file godiag lint reads (Dockerfile, Containerfile, *.Dockerfile, .github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work, tools.go, .golangci.yml, Kubernetes manifests, Helm values and compose files)`);
      found.config.push({ abs, rel });
      named.add(abs);
      const mod = await nearestGoMod(host, path.dirname(abs), opts.root);
      if (mod) found.config.push({ abs: mod, rel: toRel(opts.root, mod), context: true });
    }
  }
  const place = found.links.length || found.otherLinks.length ? await walkPlace(host, found) : null;
  const unfollowed = place ? await followLinks(host, opts.root, found, place) : [];
  if (place) found.notWalked.link.push(...await linksToUnwalkedDirs(host, found, place));
  // `go version` runs while the files are read and parsed.
  const goProbe = opts.goVersion === undefined ? probeInstalledGo(host, opts.timeoutMs) : null;
  // A file both named and found as context is linted.
  const byPath = new Map<string, Found>();
  for (const f of found.config) if (!byPath.has(f.abs) || !f.context) byPath.set(f.abs, f);
  const unique = [...byPath.values()].sort((a, b) => compareText(a.rel, b.rel));
  progress?.(`reading ${unique.length} files`);
  // Sizes first: a file over its kind's cap, or past the run's budget, is reported and not read.
  // YAML files that may be manifests have a budget of their own: a tree of large YAML data files
  // must not crowd out its Dockerfiles and workflows.
  const budgets = { files: MAX_TOTAL_BYTES, manifest: MANIFEST_BUDGET };
  const stats = await pool(unique, READ_CONCURRENCY, (f) => host.stat(f.abs));
  const sizes = stats.map((st) => st?.size ?? 0);
  const tooLarge = unique.map((f, i) => {
    const kind = kindOf(f.rel)!;
    const size = sizes[i]!;
    const pot = kind === 'manifest' ? 'manifest' : 'files';
    if (size > MAX_BYTES_BY_KIND[kind]) return `too large, not analysed: ${size} bytes (godiag reads a ${kind} file of up to ${MAX_BYTES_BY_KIND[kind]} bytes)`;
    if (size > budgets[pot]) return `not analysed: ${size} bytes past the ${pot === 'manifest' ? MANIFEST_BUDGET : MAX_TOTAL_BYTES} bytes godiag reads in one run`;
    budgets[pot] -= size;
    return null;
  });
  const texts = await pool(unique.map((f, i) => ({ f, i })), READ_CONCURRENCY, ({ f, i }) => (tooLarge[i] ? Promise.resolve(null) : host.readText(f.abs, MAX_BYTES_BY_KIND[kindOf(f.rel)!], { knownRegular: !!stats[i]?.isFile })));
  const perKind = new Map<string, number>();
  let sliceStart = performance.now();
  const rejected: Array<{ input: FileInput; kind: NonNullable<ReturnType<typeof kindOf>> }> = [];
  const chartOf = chartValuesIndex(unique.map((f, i) => ({ path: f.rel, text: texts[i] ?? null })));
  for (let i = 0; i < unique.length; i++) {
    // Parsing is synchronous: let the event loop turn now and then, so the probe's exit is seen
    // before its timeout timer, and the status line and Ctrl-C get their turn.
    if (performance.now() - sliceStart > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    const f = unique[i]!;
    const kind = kindOf(f.rel)!;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    progress?.(() => `read ${i + 1} of ${unique.length} files: ${[...perKind].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    const text = texts[i] ?? null;
    // A YAML file not read is not known to be a manifest: it is named only when it was asked for,
    // and otherwise counted.
    if ((tooLarge[i] || text === null) && kind === 'manifest' && !named.has(f.abs)) {
      countYamlNotRead(facts, f.rel, sizes[i]!, !tooLarge[i] ? 'unreadable' : sizes[i]! > MAX_BYTES_BY_KIND.manifest ? 'tooLarge' : 'pastBudget');
      continue;
    }
    if (tooLarge[i]) facts.files.push({ path: f.rel, kind, error: tooLarge[i]! });
    else if (text === null) facts.files.push({ path: f.rel, kind, error: 'cannot read file' });
    else if (addFile(facts, { path: f.rel, text, chart: kind === 'manifest' ? chartOf(f.rel) : undefined }, kind)) rejected.push({ input: { path: f.rel, text }, kind });
    if (f.context) facts.files.at(-1)!.context = true;
  }
  for (const { rel, why } of [...found.special.map((f) => ({ rel: f.rel, why: `not a regular file (${SPECIAL_NAMES[f.special]}): not read` })), ...unfollowed]) {
    const kind = kindOf(rel)!;
    if (kind === 'manifest') countYamlNotRead(facts, rel, 0, 'unreadable');
    else facts.files.push({ path: rel, kind, error: why });
  }
  readGitlabIncludes(facts, unique, texts, rejected);
  if (rejected.length) {
    // The recovering YAML parser is loaded only for a repository that has a broken CI file.
    const { loadYamlRecovering } = await import('../../analyzers/ci/yaml-recover.js');
    for (const r of rejected) rereadYaml(facts, r.input, r.kind, loadYamlRecovering);
  }
  finishFiles(facts);
  recordNotWalked(facts, found);
  facts.outerGoMod = await outerGoMod(host, opts.root);
  await checkWorkspaceUses(host, opts.root, facts);
  // Go sources are read only when a rule asks about them: a final image FROM scratch (GD606:
  // outbound TLS calls?) or deployment manifests (GD773: is go.uber.org/automaxprocs imported?).
  // Otherwise they are listed by directory but not read.
  // And when a Dockerfile, CI file or Makefile builds Go: which packages need cgo (GD619, GD716)?
  const needTls = facts.dockerfiles.some((d) => { const final = d.stages.at(-1); return !!final && imageOf(d, final)?.toLowerCase() === 'scratch'; });
  const needImports = needTls || !!facts.manifests?.length;
  const needCgo = buildsGo(facts);
  const goToRead = needImports || needCgo ? found.go : [];
  progress?.(`reading ${goToRead.length} Go sources`);
  // Imports sit at the top; client calls can be anywhere in the file.
  const goTexts = await pool(goToRead, READ_CONCURRENCY, (g) => host.readText(g, GO_SOURCE_BYTES));
  const goDirs = new Set<string>();
  found.go.forEach((g, i) => {
    const rel = toRel(opts.root, g);
    goDirs.add(dirOf(rel));
    const text = needImports ? goTexts[i] : null;
    if (text && AUTOMAXPROCS.test(text.slice(0, 16384))) (facts.goSources.automaxprocs ??= []).push(rel);
    const seen = text ? outboundTls(text) : null;
    if (seen) {
      facts.goSources.tlsFiles.push(rel);
      (facts.goSources.tlsSeen ??= {})[rel] = seen;
    }
  });
  facts.goSources.dirs = [...goDirs].sort(compareText);
  facts.goSources.tlsFiles.sort(compareText);
  facts.goSources.scanned = goToRead.length;
  if (needCgo) {
    progress?.('reading Go packages');
    facts.goPackages = await lintGoPackages(host, opts.root, facts.mods, { dirs: found.dirs, files: found.go, texts: goTexts, truncated: found.goTruncated, partialDirs: found.goPartial });
  }
  if (goProbe) {
    progress?.('waiting for go version');
    facts.installedGo = await goProbe;
  }
  else if (opts.goVersion === null) facts.installedGo = { version: null, error: 'not probed (--go-version none)' };
  else facts.installedGo = { version: opts.goVersion!, error: null };
  return facts;
}
