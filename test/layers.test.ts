// The layer order of src/ (DESIGN.md): a module may import only from its own layer or a lower one,
// and the import graph has no cycles between layers. Imports are read from the sources with
// TypeScript's own pre-processor, so comments and strings cannot fake or hide one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { typeScriptSources } from './helpers/sources.js';

const SRC = resolve('src');

/** Lowest first. Layers on one rank may import each other's modules. */
const RANKS: readonly (readonly string[])[] = [
  ['knowledge'],
  ['facts'],
  ['analyzers'],
  ['collectors'],
  ['rules', 'engine'],
  ['report'],
  ['fix'],
  ['cli', 'bin.ts'],
];

function rankOf(file: string): number {
  const top = relative(SRC, file).split('/')[0]!;
  const rank = RANKS.findIndex((r) => r.includes(top));
  assert.notEqual(rank, -1, `${relative(SRC, file)}: src/${top} has no place in the layer order; add it to RANKS and DESIGN.md`);
  return rank;
}

/** Relative imports of one file (static, dynamic and re-exports), resolved to .ts paths. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
}

const files = typeScriptSources(SRC);
const edges = files.flatMap((from) => importsOf(from).map((to) => ({ from, to })));

test('the layer check sees the whole tree', () => {
  assert.ok(files.length > 200, `only ${files.length} source files found under src/`);
  assert.ok(edges.length > 1000, `only ${edges.length} imports found: the import reader is broken`);
});

test('no module imports from a higher layer', () => {
  const upward = edges
    .filter((e) => rankOf(e.to) > rankOf(e.from))
    .map((e) => `${relative(SRC, e.from)} -> ${relative(SRC, e.to)}`);
  assert.deepEqual(upward, []);
});

test('rules read facts: no rule module imports an analyzer or a collector', () => {
  const within = (f: string, dir: string) => relative(SRC, f).startsWith(`${dir}/`);
  const reaching = edges
    .filter((e) => within(e.from, 'rules') && (within(e.to, 'analyzers') || within(e.to, 'collectors')))
    .map((e) => `${relative(SRC, e.from)} -> ${relative(SRC, e.to)}`);
  assert.deepEqual(reaching, []);
});

/**
 * The modules that touch the machine directly, each with why (DESIGN.md, "One I/O seam"). Everything
 * else reads, stats, lists and starts processes through Host, and writes through host-write.ts.
 */
const MACHINE_IO: Readonly<Record<string, string>> = {
  'collectors/host.ts': 'LocalHost and RecordedHost: every read, stat, listing and open of a file',
  'collectors/host-file.ts': "LocalHost's positional reader for binaries",
  'collectors/host-write.ts': 'the one writer: fix and its journal, snapshot -o, baselines, probe scratch directories',
  'collectors/exec.ts': 'the subprocess wrapper (timeouts, output caps, PATH lookup, leftover processes in /proc)',
  'collectors/remote/session.ts': "the remote Host's transport (ssh, docker exec, kubectl exec running sh -s)",
  'collectors/hang/child.ts': 'the hang child: a program run with our FIFO or a pty as its descriptors',
  'collectors/hang/fifo.ts': "the hang child's FIFO, read on our own descriptor",
};

/** The grep of the acceptance check (node:fs, node:child_process), plus their bare and promise spellings. */
const MACHINE_MODULE = /^(node:)?(fs|child_process)(\/promises)?$/;

test('only the Host implementations, the writer, the exec wrapper and the hang child touch the machine', () => {
  const touching = files.filter((f) => {
    const text = readFileSync(f, 'utf8');
    const specs = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
    return /node:fs|node:child_process/.test(text) || specs.some((s) => MACHINE_MODULE.test(s));
  }).map((f) => relative(SRC, f)).sort();
  assert.deepEqual(touching, Object.keys(MACHINE_IO).sort());
});

test('no import cycles between layers (rules and engine share a rank)', () => {
  const folder = (f: string) => relative(SRC, f).split('/')[0]!;
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = folder(e.from), b = folder(e.to);
    if (a !== b) (graph.get(a) ?? graph.set(a, new Set()).get(a)!).add(b);
  }
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, trail: string[]) => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') return void cycles.push([...trail.slice(trail.indexOf(n)), n].join(' -> '));
    state.set(n, 'open');
    for (const m of graph.get(n) ?? []) visit(m, [...trail, n]);
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) visit(n, []);
  assert.deepEqual(cycles, []);
});
