// A CI file the strict parser rejected, read with `yaml`, which recovers from errors and keeps the
// rest of the document, so one bad line does not hide the findings in the others. Loaded only
// when such a file is met.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { keyText, type YamlDoc, type YNode } from './yaml.js';

const MAX_DEPTH = 200;

function convert(doc: Document, node: unknown, depth: number, seen: Map<unknown, YNode>): YNode | null {
  if (depth > MAX_DEPTH) return null;
  if (isAlias(node)) node = node.resolve(doc);
  const done = seen.get(node);
  if (done) return done;
  if (isScalar(node)) {
    const v = node.value;
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const start = node.range?.[0] ?? 0;
    const value = v === null || v === undefined ? null : String(v);
    return { kind: 'scalar', start, end: node.range?.[1] ?? start, block, value, numeric: typeof v === 'number' };
  }
  if (isMap(node)) {
    const out: YNode = { kind: 'map', start: node.range?.[0] ?? 0, pairs: [] };
    seen.set(node, out);
    for (const p of node.items) {
      const keyNode = convert(doc, p.key, depth + 1, seen);
      out.pairs.push({ key: keyText(keyNode), keyNode, value: convert(doc, p.value, depth + 1, seen) });
    }
    return out;
  }
  if (isSeq(node)) {
    const out: YNode = { kind: 'seq', start: node.range?.[0] ?? 0, items: [] };
    seen.set(node, out);
    for (const item of node.items) {
      const n = convert(doc, item, depth + 1, seen);
      if (n) out.items.push(n);
    }
    return out;
  }
  return null;
}

export function loadYamlRecovering(text: string): YamlDoc {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const err = doc.errors[0];
  return { root: convert(doc, doc.contents as Node | null, 0, new Map()), text, error: err ? err.message.split('\n')[0]! : null };
}
