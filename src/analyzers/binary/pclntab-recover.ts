// Facts recovered from the pclntab when build info is gone (-ldflags=-s -w strips the symbol
// table; a blanked or missing build info blob hides the module list): the function count, the
// packages that have code in the binary, module@version pairs from module-cache source paths,
// the main package and, where the toolchain came from GOTOOLCHAIN, the Go version.
import type { Recovered } from '../../facts/schema/artifacts.js';
import { fileNames, funcEntries, nameTable, type ByteReader } from './pclntab.js';
import { locatePclntab, type PclntabRegion } from './pclntab-locate.js';
import { moduleCacheRoot, moduleOfFile, packageOfSymbol, toolchainVersion, unescapeModulePath } from './go-names.js';
import { compareText } from '../../facts/order.js';

export async function recoverFromPclntab(r: ByteReader, section: PclntabRegion | null, scanRegions: readonly PclntabRegion[]): Promise<Recovered | null> {
  const found = await locatePclntab(r, section, scanRegions);
  if (!found) return null;
  const h = found.header;
  const named = new Set<string>();
  const functabNames = new Set<number>();
  let mainFile: string | null = null;
  for await (const f of funcEntries(r, h, (name) => name === 'main.main')) {
    functabNames.add(f.nameOff);
    if (f.name === 'main.main') mainFile = f.file;
    const p = packageOfSymbol(f.name);
    if (p) named.add(p);
  }
  let names = functabNames.size;
  for await (const { at, s } of nameTable(r, h)) {
    if (functabNames.has(at)) continue;
    // Inlined everywhere: no functab entry of its own, but its package's code is in the binary.
    names++;
    const p = packageOfSymbol(s);
    if (p) named.add(p);
  }
  const dirs = new DirSuffixes();
  const versioned: string[] = [];
  let files = 0;
  for await (const file of fileNames(r, h)) {
    files++;
    dirs.add(file);
    if (file.includes('@v')) versioned.push(file);
  }
  const root = moduleCacheRoot(versioned);
  const modules = new Map<string, Recovered['modules'][number]>();
  let toolchain: string | null = null;
  for (const file of versioned) {
    const m = moduleOfFile(file, root);
    if (!m) continue;
    const go = toolchainVersion(m);
    if (go) toolchain ??= go;
    else if (!modules.has(`${m.path}@${m.version}`)) modules.set(`${m.path}@${m.version}`, { path: m.path, version: m.version, file });
  }
  // The runtime names functions of standard packages with //go:linkname (os/signal.signal_ignored
  // in src/runtime/sigqueue.go): such names alone do not put the package in the program, a
  // source file in its directory does. Other packages are taken by name: a local build keeps
  // their absolute directory, which does not end in the import path.
  const packages = new Set([...named].filter((p) => p === 'main' || !isStandardPath(p) || dirs.has(p)));
  const mainPackage = mainFile ? mainPackageOf(mainFile, root) : null;
  if (mainPackage?.path) {
    packages.delete('main');
    packages.add(mainPackage.path);
  }
  return {
    pclntab: { layout: h.layout, offset: h.offset, located: found.located },
    functions: h.nfunc,
    names,
    files,
    packages: [...packages].sort(compareText),
    modules: [...modules.values()].sort((a, b) => compareText(a.path, b.path) || compareText(a.version, b.version)),
    mainPackage,
    toolchain,
  };
}

/**
 * The main package's import path from the directory of main.main's source file: under a module
 * cache or -trimpath it is the module path@version directory plus the subdirectory; -trimpath
 * alone writes the import path; an absolute directory of a local build names no import path.
 */
function mainPackageOf(file: string, cacheRoot: string | null): NonNullable<Recovered['mainPackage']> {
  const p = file.replace(/\\/g, '/');
  const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const m = moduleOfFile(p, cacheRoot);
  if (m && !toolchainVersion(m)) return { path: m.path + dir.slice(m.dir.length), file, how: 'module-path' };
  if (dir && !dir.startsWith('/') && !/^[A-Za-z]:/.test(dir)) return { path: dir, file, how: 'trimpath' };
  return { path: null, file, how: 'local-directory' };
}

/**
 * Every trailing run of path elements of the files' directories, with module-cache versions
 * (path@v1.2.3) and case escapes (!x) undone, so an import path is looked up in one step.
 */
class DirSuffixes {
  private readonly seen = new Set<string>();
  private readonly suffixes = new Set<string>();
  add(file: string): void {
    const dir = file.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
    if (this.seen.has(dir)) return;
    this.seen.add(dir);
    const parts = unescapeModulePath(dir.replace(/@v[^/]*/g, '')).split('/');
    for (let i = parts.length - 1; i >= 0; i--) this.suffixes.add(parts.slice(i).join('/'));
  }
  has(importPath: string): boolean {
    return this.suffixes.has(importPath);
  }
}

/** cmd/go/internal/search.IsStandardImportPath: no dot in the first path element. */
function isStandardPath(p: string): boolean {
  const slash = p.indexOf('/');
  return !(slash < 0 ? p : p.slice(0, slash)).includes('.');
}
