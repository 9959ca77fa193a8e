// Thin helpers over the `yaml` package's document model: key lookup, positioned scalars,
// and the shell lines inside run:/script: values with the line each sits on.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Scalar } from '../../facts/schema/files.js';

export interface YamlDoc {
  root: Node | null;
  text: string;
  lc: LineCounter;
  error: string | null;
}

export function loadYaml(text: string): YamlDoc {
  const lc = new LineCounter();
  // Real workflows use anchors and merge keys; uniqueKeys off keeps odd files readable.
  const doc = parseDocument(text, { lineCounter: lc, merge: true, uniqueKeys: false, prettyErrors: false, strict: false });
  const err = doc.errors[0];
  return { root: (doc.contents as Node | null) ?? null, text, lc, error: err ? err.message.split('\n')[0]! : null };
}

/** A map key as text. Complex keys ({a: b}: x) are not config keys; stringifying them can be very slow. */
function keyOf(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : '';
}

export function get(node: Node | null | undefined, key: string): Node | null {
  if (!node || !isMap(node)) return null;
  for (const pair of (node as YAMLMap<unknown, unknown>).items) {
    const k = keyOf(pair.key);
    if (k === key) return (pair.value as Node | null) ?? null;
  }
  return null;
}

export function entries(node: Node | null | undefined): Array<[string, Node | null, Node | null]> {
  if (!node || !isMap(node)) return [];
  return (node as YAMLMap<unknown, unknown>).items.map((p) => [
    keyOf(p.key),
    (p.value as Node | null) ?? null,
    (p.key as Node | null) ?? null,
  ]);
}

export function items(node: Node | null | undefined): Node[] {
  return node && isSeq(node) ? (node.items as Node[]) : [];
}

export function str(node: Node | null | undefined): string | null {
  if (!node || !isScalar(node) || node.value === null || node.value === undefined) return null;
  return String(node.value);
}

export function posOf(doc: YamlDoc, node: Node | null | undefined): { line: number; column: number } {
  const off = node?.range?.[0] ?? 0;
  const p = doc.lc.linePos(off);
  return { line: p.line, column: p.col };
}

/** The source line (1-based) without its newline. */
export function lineAt(doc: YamlDoc, line: number): string {
  return doc.text.slice(doc.lc.lineStarts[line - 1] ?? 0, doc.lc.lineStarts[line] ?? doc.text.length).replace(/\r?\n$/, '');
}

export function scalar(doc: YamlDoc, node: Node | null | undefined): Scalar | null {
  if (!node || !isScalar(node) || node.value === null || node.value === undefined) return null;
  const [start, end] = node.range ?? [0, 0];
  const p = doc.lc.linePos(start);
  const e = doc.lc.linePos(end);
  const raw = doc.text.slice(start, end);
  return {
    line: p.line,
    column: p.col,
    endColumn: e.line === p.line ? e.col : p.col + raw.split('\n')[0]!.length,
    value: String(node.value),
    raw,
    numeric: typeof node.value === 'number',
    lineText: lineAt(doc, p.line),
  };
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The logical shell lines of a script scalar (backslash continuations joined) with positions. */
export function scriptLines(doc: YamlDoc, node: Node | null | undefined): Array<{ line: number; column: number; text: string }> {
  if (!node || !isScalar(node) || typeof node.value !== 'string') return [];
  const start = node.range?.[0] ?? 0;
  const first = doc.lc.linePos(start);
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const physical = node.value.split('\n');
  const out: Array<{ line: number; column: number; text: string }> = [];
  let acc: { line: number; column: number; text: string } | null = null;
  physical.forEach((text, i) => {
    const line = block ? first.line + 1 + i : first.line + i;
    const column = block ? indentOf(lineAt(doc, line)) + 1 : first.col;
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
