// Facts recovered from the pclntab when build info is gone (-ldflags=-s -w strips the symbol
// table; a blanked or missing build info blob hides the module list): the function count, the
// packages that have code in the binary, module@version pairs from module-cache source paths,
// the main package and, where the toolchain came from GOTOOLCHAIN, the Go version.
import type { Recovered } from '../../facts/schema/artifacts.js';
import { fileNames, fileOfFunction, functionNames, type ByteReader } from './pclntab.js';
import { locatePclntab, type PclntabRegion } from './pclntab-locate.js';
import { moduleOfFile, packageOfSymbol, toolchainVersion } from './go-names.js';
import { compareText } from '../../facts/order.js';

export async function recoverFromPclntab(r: ByteReader, section: PclntabRegion | null, scanRegions: readonly PclntabRegion[]): Promise<Recovered | null> {
  const found = await locatePclntab(r, section, scanRegions);
  if (!found) return null;
  const h = found.header;
  const packages = new Set<string>();
  let names = 0;
  for await (const name of functionNames(r, h)) {
    names++;
    const p = packageOfSymbol(name);
    if (p) packages.add(p);
  }
  const modules = new Map<string, Recovered['modules'][number]>();
  let toolchain: string | null = null;
  let files = 0;
  for await (const file of fileNames(r, h)) {
    files++;
    const m = moduleOfFile(file);
    if (!m) continue;
    const go = toolchainVersion(m);
    if (go) toolchain ??= go;
    else if (!modules.has(`${m.path}@${m.version}`)) modules.set(`${m.path}@${m.version}`, { path: m.path, version: m.version, file });
  }
  const mainFile = packages.has('main') ? await fileOfFunction(r, h, 'main.main') : null;
  const mainPackage = mainFile ? mainPackageOf(mainFile) : null;
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
function mainPackageOf(file: string): NonNullable<Recovered['mainPackage']> {
  const p = file.replace(/\\/g, '/');
  const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')));
  const m = moduleOfFile(p);
  if (m && !toolchainVersion(m)) return { path: m.path + dir.slice(m.dir.length), file, how: 'module-path' };
  if (dir && !dir.startsWith('/') && !/^[A-Za-z]:/.test(dir)) return { path: dir, file, how: 'trimpath' };
  return { path: null, file, how: 'local-directory' };
}
