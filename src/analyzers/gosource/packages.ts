// Pure: .go file texts of some modules → their packages as the go command sees them (files,
// constraints, `import "C"`, imports within those modules). Reading lives in collectors/gosource.ts.
import type { GoPackage, GoPackages } from '../../facts/schema/gosource.js';
import { compareText } from '../../facts/order.js';
import { dirOf } from '../../facts/paths.js';
import { readGoHeader } from './header.js';
import { isUnder } from '../../facts/paths.js';

export interface GoSourceInput {
  /** Relative to root, forward slashes (may start with ../ for a replaced module outside it). */
  path: string;
  /** Null when the file could not be read. */
  text: string | null;
  /** The text is only the file's beginning. */
  cut: boolean;
}

export interface ModuleDir { path: string; dir: string }


/**
 * Directories `go build ./...` never enters (cmd/go/internal/search: names starting with . or _,
 * testdata; vendor in module mode) and files it never reads (names starting with . or _).
 */
export function ignoredByGo(relToModule: string): boolean {
  return relToModule.split('/').some((part, i, all) => part.startsWith('.') || part.startsWith('_') || (i < all.length - 1 && (part === 'testdata' || part === 'vendor')));
}

export function goPackages(root: string, modules: readonly ModuleDir[], inputs: readonly GoSourceInput[], opts: { truncated: boolean; partialDirs?: ReadonlySet<string> }): GoPackages {
  // The most specific module holds a file: a nested go.mod starts another module.
  const mods = [...modules].sort((a, b) => b.dir.length - a.dir.length);
  const inModule = (path: string) => (i: string) => i === path || i.startsWith(`${path}/`);
  const byDir = new Map<string, GoPackage>();
  let read = 0;
  let cgoFiles = 0;
  const seen = new Set<string>();
  for (const f of inputs) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    const mod = mods.find((m) => isUnder(f.path, m.dir));
    if (!mod) continue;
    const rel = mod.dir === '' ? f.path : f.path.slice(mod.dir.length + 1);
    if (!f.path.endsWith('.go') || f.path.endsWith('_test.go') || ignoredByGo(rel)) continue;
    read++;
    const dir = dirOf(f.path);
    const relDir = dirOf(rel);
    let pkg = byDir.get(dir);
    if (!pkg) {
      pkg = { dir, importPath: relDir ? `${mod.path}/${relDir}` : mod.path, files: [], ...(opts.partialDirs?.has(dir) ? { partial: true } : {}) };
      byDir.set(dir, pkg);
    }
    const name = f.path.slice(f.path.lastIndexOf('/') + 1);
    if (f.text === null) {
      pkg.files.push({ name, goBuild: null, plusBuild: [], cgoLine: null, imports: [], problem: 'cannot read file' });
      continue;
    }
    const h = readGoHeader(f.text, f.cut);
    const c = h.imports.find((i) => i.path === 'C');
    if (c) cgoFiles++;
    const imports = [...new Set(h.imports.map((i) => i.path).filter((i) => modules.some((m) => inModule(m.path)(i))))].sort(compareText);
    pkg.files.push({ name, goBuild: h.goBuild, plusBuild: h.plusBuild, cgoLine: c ? c.line : null, imports, problem: h.problem });
  }
  const packages = cgoFiles
    ? [...byDir.values()].sort((a, b) => compareText(a.importPath, b.importPath)).map((p) => ({ ...p, files: p.files.sort((a, b) => compareText(a.name, b.name)) }))
    : [];
  return { root, modules: [...modules], read, cgoFiles, truncated: opts.truncated, packages };
}
