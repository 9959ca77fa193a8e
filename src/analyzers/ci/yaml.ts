// A small positioned YAML tree for CI files, whichever parser built it (yaml-events.ts, the fast
// strict one; yaml-recover.ts, the one that reads what it can of a broken file), and the helpers
// the CI analyzers read it with: key lookup that follows merge keys, positioned scalars, and the
// shell lines inside run:/script: values with the line each sits on.
import type { Scalar } from '../../facts/schema/files.js';

export interface YScalar {
  kind: 'scalar';
  /** Source offsets; a block scalar starts at its | or > indicator, its content on the next line. */
  start: number;
  end: number;
  block: boolean;
  /** As YAML resolves it, as text (1.20 unquoted → "1.2"); null for a YAML null. */
  value: string | null;
  /** An unquoted number (the core schema's int or float). */
  numeric: boolean;
}
export interface YPair { key: string; keyNode: YNode | null; value: YNode | null }
export interface YMap { kind: 'map'; start: number; pairs: YPair[] }
export interface YSeq { kind: 'seq'; start: number; items: YNode[] }
export type YNode = YScalar | YMap | YSeq;

export interface YamlDoc {
  root: YNode | null;
  text: string;
  /** The first parse error, one line; the tree then holds what could be read. */
  error: string | null;
  /** Where that error is (1-based), when the parser says. */
  errorAt?: { line: number; column: number } | null;
  /** The file line of text's first line, when text is one document cut from a longer file (default 1). */
  firstLine?: number;
  /** The strict parser refused the file: yaml-recover.ts may still read it. */
  rejected?: boolean;
}

/** Builds the tree of one CI file; a syntax error leaves what could be read and the error. */
export type YamlLoader = (text: string) => YamlDoc;

/** A map key as text. Complex keys ({a: b}: x) are not config keys (and stringifying them can be very slow). */
export const keyText = (key: YNode | null) => (key?.kind === 'scalar' ? (key.value ?? '') : '');

/** `<<` keys merge maps (YAML merge-key type, used with anchors in GitLab CI and, lately, GitHub). */
const MERGE_KEY = '<<';
const MAX_MERGE_DEPTH = 10;
const merged = new WeakMap<YMap, YPair[]>();

/** A map's pairs with merge keys applied: own keys first, then merged ones not already present. */
function pairsOf(map: YMap, depth = 0): YPair[] {
  if (!map.pairs.some((p) => p.key === MERGE_KEY)) return map.pairs;
  let out = merged.get(map);
  if (out) return out;
  out = map.pairs.filter((p) => p.key !== MERGE_KEY);
  const seen = new Set(out.map((p) => p.key));
  if (depth < MAX_MERGE_DEPTH) {
    for (const p of map.pairs) {
      if (p.key !== MERGE_KEY || !p.value) continue;
      const sources = p.value.kind === 'seq' ? p.value.items : [p.value];
      for (const s of sources) {
        if (s.kind !== 'map' || s === map) continue;
        for (const q of pairsOf(s, depth + 1)) if (!seen.has(q.key)) seen.add(q.key), out.push(q);
      }
    }
  }
  merged.set(map, out);
  return out;
}

export function get(node: YNode | null | undefined, key: string): YNode | null {
  if (!node || node.kind !== 'map') return null;
  for (const p of pairsOf(node)) if (p.key === key) return p.value;
  return null;
}

export function entries(node: YNode | null | undefined): Array<[string, YNode | null, YNode | null]> {
  if (!node || node.kind !== 'map') return [];
  return pairsOf(node).map((p) => [p.key, p.value, p.keyNode]);
}

export function items(node: YNode | null | undefined): YNode[] {
  return node && node.kind === 'seq' ? node.items : [];
}

export function str(node: YNode | null | undefined): string | null {
  return node && node.kind === 'scalar' ? node.value : null;
}

const lineStartsOf = new WeakMap<YamlDoc, number[]>();

function lineStarts(doc: YamlDoc): number[] {
  let starts = lineStartsOf.get(doc);
  if (!starts) {
    starts = [0];
    for (let i = doc.text.indexOf('\n'); i !== -1; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsOf.set(doc, starts);
  }
  return starts;
}

/** 1-based line and column of a source offset. */
export function linePos(doc: YamlDoc, offset: number): { line: number; col: number } {
  const starts = lineStarts(doc);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + (doc.firstLine ?? 1), col: offset - starts[lo]! + 1 };
}

export function posOf(doc: YamlDoc, node: YNode | null | undefined): { line: number; column: number } {
  const p = linePos(doc, node?.start ?? 0);
  return { line: p.line, column: p.col };
}

/** The source line (1-based) without its newline. */
export function lineAt(doc: YamlDoc, line: number): string {
  const starts = lineStarts(doc);
  const i = line - (doc.firstLine ?? 1);
  return doc.text.slice(starts[i] ?? 0, starts[i + 1] ?? doc.text.length).replace(/\r?\n$/, '');
}

export function scalar(doc: YamlDoc, node: YNode | null | undefined): Scalar | null {
  if (!node || node.kind !== 'scalar' || node.value === null) return null;
  const { start, end } = node;
  const p = linePos(doc, start);
  const e = linePos(doc, end);
  const raw = doc.text.slice(start, end);
  return {
    line: p.line,
    column: p.col,
    endColumn: e.line === p.line ? e.col : p.col + raw.split('\n')[0]!.length,
    value: node.value,
    raw,
    numeric: node.numeric,
    lineText: lineAt(doc, p.line),
  };
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The logical shell lines of a script scalar (backslash continuations joined) with positions. */
export function scriptLines(doc: YamlDoc, node: YNode | null | undefined): Array<{ line: number; column: number; text: string }> {
  if (!node || node.kind !== 'scalar' || node.value === null || node.numeric) return [];
  const first = linePos(doc, node.start);
  const out: Array<{ line: number; column: number; text: string }> = [];
  let acc: { line: number; column: number; text: string } | null = null;
  node.value.split('\n').forEach((text, i) => {
    const line = first.line + (node.block ? 1 : 0) + i;
    const column = node.block ? indentOf(lineAt(doc, line)) + 1 : first.col;
    if (acc) acc.text += ' ' + text.trim();
    else acc = { line, column, text };
    if (!/\\\s*$/.test(acc.text)) {
      if (acc.text.trim()) out.push(acc);
      acc = null;
    } else acc.text = acc.text.replace(/\\\s*$/, '');
  });
  if (acc && (acc as { text: string }).text.trim()) out.push(acc);
  return out;
}
