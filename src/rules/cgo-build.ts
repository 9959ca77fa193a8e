// What `go build PATTERNS` does with packages that need cgo when cgo is off, shared by the
// Dockerfile, CI/Makefile and doctor rules. Pure: package facts in, the packages that break out.
// Checked against the real go command (go1.19 and go1.26, test/rules/cgo-off-build.test.ts):
//   - a package named on the command line whose every file is excluded: `package P: build
//     constraints exclude all Go files in DIR` (cmd/go/internal/load/pkg.go NoGoError);
//   - a package reached through imports: the same text after the import stack, `package A\n\timports P: ...`;
//   - a package matched only by a ... pattern is left out silently (cmd/go/internal/modload
//     matchPackages drops directories whose ImportDir fails with NoGoError): no error, not compiled.
import type { GoPackage, GoPackages } from '../facts/schema/gosource.js';
import type { GoCommand } from '../facts/schema/files.js';
import { fileBuilds, type BuildTarget, type Tri } from '../knowledge/build-constraints.js';
import { compareText } from '../facts/order.js';

export interface CgoBreak {
  pkg: GoPackage;
  /** The first file of the package that imports "C". */
  cgoFile: { name: string; line: number };
  /** Named on the command line, reached through imports of a built package, or left out by a ... pattern. */
  how: 'named' | 'imported' | 'skipped';
  /** Import paths from the package go names first down to pkg (imported only). */
  chain: string[];
}

const moduleDirsCache = new WeakMap<GoPackages, Set<string>>();

/** Were the packages of the module in this directory read? (Asked per build line: a set, built once.) */
export function modulePackagesRead(pk: GoPackages, modDir: string): boolean {
  let dirs = moduleDirsCache.get(pk);
  if (!dirs) moduleDirsCache.set(pk, (dirs = new Set(pk.modules.map((m) => m.dir))));
  return dirs.has(modDir);
}

/** Does the package keep a file for the target? null when a file's constraints cannot be told. */
export function packageBuilds(p: GoPackage, t: BuildTarget): Tri {
  let unknown = false;
  for (const f of p.files) {
    const v = fileBuilds({ name: f.name, goBuild: f.goBuild, plusBuild: f.plusBuild, cgo: f.cgoLine !== null }, t);
    if (v === true) return true;
    if (v === null || f.problem) unknown = true;
  }
  return unknown || p.partial ? null : false;
}

/** Every file is excluded with cgo off, and some file builds with cgo on: the package needs cgo. */
export function needsCgo(p: GoPackage, t: BuildTarget): boolean {
  if (p.partial || p.files.some((f) => f.problem)) return false;
  return packageBuilds(p, { ...t, cgo: false }) === false && packageBuilds(p, { ...t, cgo: true }) === true;
}

/** -tags from the command's flags, else from GOFLAGS (a flag on the command line wins). */
export function buildTags(args: readonly string[], goflags: string | undefined): string[] {
  const from = (list: readonly string[]): string[] | null => {
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const m = /^--?tags(?:=(.*))?$/.exec(a);
      if (m) return (m[1] ?? list[i + 1] ?? '').split(/[,\s]+/).filter(Boolean);
    }
    return null;
  };
  return from(args) ?? from((goflags ?? '').trim().split(/\s+/)) ?? [];
}

/** The package arguments of go build/install (the words after the subcommand, flags and their values left out). */
export function packageArgs(c: Pick<GoCommand, 'sub' | 'args'>): string[] {
  const args = c.args.slice(c.args.indexOf(c.sub) + 1);
  const withValue = new Set(['-o', '-tags', '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-mod', '-modfile', '-p', '-pkgdir', '-buildmode', '-compiler', '-installsuffix', '-overlay', '-pgo', '-toolexec', '-exec', '-C', '-covermode', '-coverpkg', '-json']);
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (!a.includes('=') && withValue.has(a.replace(/^--/, '-'))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const norm = (p: string) => p.split('/').filter((x) => x && x !== '.').reduce<string[]>((acc, x) => (x === '..' && acc.length && acc.at(-1) !== '..' ? acc.slice(0, -1) : [...acc, x]), []).join('/');

/**
 * The packages a pattern list names, relative to the directory the command runs in (`cwd`,
 * relative to the facts root). Null when a pattern cannot be resolved from the facts (a variable,
 * .go files, a package outside the modules read): the caller then says nothing.
 */
export function resolvePatterns(pk: GoPackages, cwd: string, patterns: readonly string[]): { named: GoPackage[]; wild: GoPackage[] } | null {
  const named: GoPackage[] = [];
  const wild = new Map<string, GoPackage>();
  const byDir = new Map(pk.packages.map((p) => [p.dir, p]));
  const byPath = new Map(pk.packages.map((p) => [p.importPath, p]));
  const list = patterns.length ? patterns : ['.'];
  for (const pat of list) {
    if (/[$`*?[\]{}]/.test(pat.replace(/\.\.\.$/, '')) || pat.endsWith('.go') || pat.includes('@')) return null;
    const dots = pat === '...' || pat.endsWith('/...');
    const base = dots ? pat.replace(/\/?\.\.\.$/, '') : pat;
    const relative = base === '' || base === '.' || base === '..' || base.startsWith('./') || base.startsWith('../');
    let dir: string | null = null;
    if (relative) dir = norm(cwd ? `${cwd}/${base}` : base);
    else {
      const mod = pk.modules.find((m) => base === m.path || base.startsWith(`${m.path}/`));
      if (!mod) return null;
      dir = norm(mod.dir ? `${mod.dir}/${base.slice(mod.path.length)}` : base.slice(mod.path.length));
    }
    if (dots) {
      const matched = pk.packages.filter((p) => dir === '' ? !p.dir.startsWith('../') : p.dir === dir || p.dir.startsWith(`${dir}/`));
      for (const p of matched) wild.set(p.importPath, p);
    } else {
      const p = byDir.get(dir) ?? (relative ? undefined : byPath.get(base));
      if (!p) return null;
      named.push(p);
    }
  }
  return { named, wild: [...wild.values()].sort((a, b) => compareText(a.importPath, b.importPath)) };
}

/** The packages that need cgo and what a build of `named` and `wild` (cgo off for `t`) does with them. */
export function cgoBreaks(pk: GoPackages, t: BuildTarget, roots: { named: readonly GoPackage[]; wild: readonly GoPackage[] }): CgoBreak[] {
  const off = { ...t, cgo: false };
  const byPath = new Map(pk.packages.map((p) => [p.importPath, p]));
  const found = new Map<string, CgoBreak>();
  const first = (p: GoPackage) => { const f = p.files.find((x) => x.cgoLine !== null)!; return { name: f.name, line: f.cgoLine! }; };
  const visited = new Set<string>();
  const walk = (p: GoPackage, chain: string[]) => {
    if (visited.has(p.importPath)) return;
    visited.add(p.importPath);
    const imports = new Set<string>();
    for (const f of p.files) if (fileBuilds({ name: f.name, goBuild: f.goBuild, plusBuild: f.plusBuild, cgo: f.cgoLine !== null }, off) === true) for (const i of f.imports) imports.add(i);
    for (const i of [...imports].sort(compareText)) {
      const q = byPath.get(i);
      if (!q) continue;
      if (needsCgo(q, off)) {
        const prior = found.get(q.importPath);
        if (!prior || prior.how === 'skipped') found.set(q.importPath, { pkg: q, cgoFile: first(q), how: 'imported', chain: [...chain, q.importPath] });
      } else if (packageBuilds(q, off) === true) walk(q, [...chain, q.importPath]);
    }
  };
  for (const p of roots.named) {
    if (needsCgo(p, off)) { if (!found.has(p.importPath)) found.set(p.importPath, { pkg: p, cgoFile: first(p), how: 'named', chain: [] }); }
    else if (packageBuilds(p, off) === true) walk(p, [p.importPath]);
  }
  for (const p of roots.wild) {
    if (needsCgo(p, off)) { if (!found.has(p.importPath)) found.set(p.importPath, { pkg: p, cgoFile: first(p), how: 'skipped', chain: [] }); }
    else if (packageBuilds(p, off) === true) walk(p, [p.importPath]);
  }
  return [...found.values()].sort((a, b) => compareText(a.pkg.importPath, b.pkg.importPath));
}

/** A package's directory as go prints it: root joined with the package's dir (which starts with ../ for a replaced module outside root), cleaned. */
export function packageDirIn(root: string, dir: string): string {
  if (!dir) return root;
  const joined = norm(`${root}/${dir}`);
  return root.startsWith('/') ? `/${joined}` : joined;
}

/** The error go prints for a break (null for a package a ... pattern leaves out), with DIR as the build sees it. */
export function goError(b: CgoBreak, dir: string): string | null {
  const tail = `build constraints exclude all Go files in ${dir}`;
  if (b.how === 'named') return `package ${b.pkg.importPath}: ${tail}`;
  if (b.how === 'skipped') return null;
  const [head, ...rest] = b.chain;
  return `package ${head}\n${rest.map((p, i) => `\timports ${p}${i === rest.length - 1 ? `: ${tail}` : ''}`).join('\n')}`;
}

/**
 * The breaks of one go build/install with cgo off that hold for every target it may have (an
 * unknown architecture is tried as amd64 and arm64): a package is reported only when all agree.
 */
export function breaksFor(pk: GoPackages, cwd: string, c: GoCommand, targets: ReadonlyArray<{ goos: string; goarch: string }>, goVersion: string | null, goflags: string | undefined): CgoBreak[] {
  const roots = resolvePatterns(pk, cwd, packageArgs(c));
  if (!roots || !targets.length) return [];
  const tags = buildTags(c.args, goflags);
  const per = targets.map((t) => cgoBreaks(pk, { ...t, cgo: false, tags, goVersion }, roots));
  return per[0]!.filter((b) => per.every((list) => list.some((x) => x.pkg.importPath === b.pkg.importPath && x.how === b.how)));
}
