// Read the .go files of a module (and of the local modules it replaces) through Host, bounded,
// into the packages facts (analyzers/gosource/packages.ts). Used by lint for the modules of the
// linted tree and by doctor for the module in --cwd.
import * as path from 'node:path';
import type { Host } from './host.js';
import type { GoPackages } from '../facts/schema/gosource.js';
import { goPackages, type GoSourceInput, type ModuleDir } from '../analyzers/gosource/packages.js';
import { parseModFile } from '../analyzers/gomod/parse.js';
import { pool } from './pool.js';

/** Bytes read of each .go file: headers (cgo preambles included) end well before this. */
export const GO_SOURCE_BYTES = 64 * 1024;
/** Non-test .go files read in one run. */
export const MAX_GO_SOURCES = 2_000;
const READ_CONCURRENCY = 32;
const MAX_DEPTH = 24;

export interface GoFileList {
  files: string[];
  truncated: boolean;
  /** Directories some of whose .go files were left out by the cap. */
  partialDirs: Set<string>;
}

/**
 * The non-test .go files of one module directory, as `go build ./...` would see them: directories
 * starting with . or _, testdata and vendor are not entered, nor a subdirectory holding its own
 * go.mod (another module). Symlinks are not followed.
 */
export async function listGoFiles(host: Host, moduleDir: string, limit = MAX_GO_SOURCES): Promise<GoFileList> {
  const out: GoFileList = { files: [], truncated: false, partialDirs: new Set() };
  const queue: Array<{ dir: string; depth: number }> = [{ dir: moduleDir, depth: 0 }];
  while (queue.length) {
    const { dir, depth } = queue.shift()!;
    const entries = await host.readdirTyped(dir);
    if (!entries) continue;
    if (depth > 0 && entries.some((e) => e.isFile && e.name === 'go.mod')) continue;
    for (const e of entries) {
      if (e.isSymlink || e.name.startsWith('.') || e.name.startsWith('_')) continue;
      const abs = path.join(dir, e.name);
      if (e.isDir) {
        if (e.name !== 'testdata' && e.name !== 'vendor' && e.name !== 'node_modules' && depth < MAX_DEPTH) queue.push({ dir: abs, depth: depth + 1 });
      } else if (e.isFile && e.name.endsWith('.go') && !e.name.endsWith('_test.go')) {
        if (out.files.length < limit) out.files.push(abs);
        else { out.truncated = true; out.partialDirs.add(dir); }
      }
    }
  }
  return out;
}

/** Slash-separated path of abs relative to root ('../x' outside it). */
export function relTo(root: string, abs: string): string {
  const rel = path.relative(root, abs) || '';
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/** Read the files' first GO_SOURCE_BYTES, noting which texts are cut. */
export async function readGoSources(host: Host, root: string, files: readonly string[]): Promise<GoSourceInput[]> {
  const texts = await pool(files, READ_CONCURRENCY, (f) => host.readText(f, GO_SOURCE_BYTES));
  return files.map((f, i) => goSourceInput(relTo(root, f), texts[i] ?? null));
}

export function goSourceInput(rel: string, text: string | null): GoSourceInput {
  // A multi-byte character may sit across the cut: a text this close to the cap may be cut.
  return { path: rel, text, cut: text !== null && Buffer.byteLength(text) >= GO_SOURCE_BYTES - 4 };
}

/** The local modules a go.mod replaces (`replace x => ../x`), as absolute directories with the path importers use. */
export function localReplacements(goModAbs: string, replaces: ReadonlyArray<{ from: string; to: string; local: boolean }>): Array<{ path: string; abs: string }> {
  return replaces.filter((r) => r.local).map((r) => ({ path: r.from, abs: path.resolve(path.dirname(goModAbs), r.to) }));
}

/**
 * Doctor: the module whose go.mod is given, with its local replacements, read whole (bounded).
 * Paths in the facts are relative to the module's directory.
 */
export async function collectModulePackages(host: Host, goModAbs: string): Promise<GoPackages> {
  const root = path.dirname(goModAbs);
  const text = await host.readText(goModAbs, 4 * 1024 * 1024);
  const mf = text === null ? null : parseModFile(text, 'go.mod');
  const mainPath = mf?.module?.value;
  if (!mainPath) return { root, modules: [], read: 0, cgoFiles: 0, truncated: false, packages: [] };
  const dirs: Array<{ path: string; abs: string }> = [{ path: mainPath, abs: root }, ...localReplacements(goModAbs, mf!.replaces)];
  const modules: ModuleDir[] = [];
  const inputs: GoSourceInput[] = [];
  const partialDirs = new Set<string>();
  let truncated = false;
  let budget = MAX_GO_SOURCES;
  for (const d of dirs) {
    if (!(await host.stat(path.join(d.abs, 'go.mod')))?.isFile) continue;
    modules.push({ path: d.path, dir: relTo(root, d.abs) });
    const list = await listGoFiles(host, d.abs, budget);
    budget -= list.files.length;
    truncated ||= list.truncated;
    for (const p of list.partialDirs) partialDirs.add(relTo(root, p));
    inputs.push(...(await readGoSources(host, root, list.files)));
  }
  return goPackages(root, modules, inputs, { truncated, partialDirs });
}

export interface WalkedGo {
  /** Directories walked (absolute): their .go files are `files`. */
  dirs: readonly string[];
  files: readonly string[];
  /** The texts read of `files` (same order). */
  texts: ReadonlyArray<string | null>;
  truncated: boolean;
  partialDirs: ReadonlySet<string>;
}

/**
 * Lint: the packages of every go.mod in the linted tree and of the local modules they replace.
 * The tree's .go files were listed and read by the lint walk; a module outside the walked
 * directories (a replacement in ../, the go.mod above a Dockerfile named alone) is listed here.
 */
export async function lintGoPackages(host: Host, root: string, mods: ReadonlyArray<{ path: string; kind: string; module: { value: string } | null; replaces: ReadonlyArray<{ from: string; to: string; local: boolean }> }>, walked: WalkedGo): Promise<GoPackages> {
  const modules: ModuleDir[] = [];
  const extra: Array<{ path: string; abs: string }> = [];
  const seen = new Set<string>();
  const add = (modPath: string, abs: string) => {
    const dir = relTo(root, abs);
    if (seen.has(dir)) return;
    seen.add(dir);
    modules.push({ path: modPath, dir });
    if (!walked.dirs.some((w) => abs === w || abs.startsWith(w + path.sep))) extra.push({ path: modPath, abs });
  };
  for (const m of mods) if (m.kind === 'go.mod' && m.module) add(m.module.value, path.dirname(path.resolve(root, m.path)));
  for (const m of mods) {
    if (m.kind !== 'go.mod' || !m.module) continue;
    for (const r of localReplacements(path.resolve(root, m.path), m.replaces)) {
      if ((await host.stat(path.join(r.abs, 'go.mod')))?.isFile) add(r.path, r.abs);
    }
  }
  const inputs = walked.files.map((f, i) => goSourceInput(relTo(root, f), walked.texts[i] ?? null));
  const partialDirs = new Set([...walked.partialDirs].map((d) => relTo(root, d)));
  let truncated = walked.truncated;
  let budget = MAX_GO_SOURCES - walked.files.length;
  for (const e of extra) {
    const list = await listGoFiles(host, e.abs, Math.max(budget, 0));
    budget -= list.files.length;
    truncated ||= list.truncated;
    for (const p of list.partialDirs) partialDirs.add(relTo(root, p));
    inputs.push(...(await readGoSources(host, root, list.files)));
  }
  return goPackages(root, modules, inputs, { truncated, partialDirs });
}
