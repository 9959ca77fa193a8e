import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/ci/yaml.ts
var keyText = /* @__PURE__ */ __name((key) => key?.kind === "scalar" ? key.value ?? "" : "", "keyText");
var MERGE_KEY = "<<";
var MAX_MERGE_DEPTH = 10;
var merged = /* @__PURE__ */ new WeakMap();
function pairsOf(map, depth = 0) {
  if (!map.pairs.some((p) => p.key === MERGE_KEY)) return map.pairs;
  let out = merged.get(map);
  if (out) return out;
  out = map.pairs.filter((p) => p.key !== MERGE_KEY);
  const seen = new Set(out.map((p) => p.key));
  if (depth < MAX_MERGE_DEPTH) {
    for (const p of map.pairs) {
      if (p.key !== MERGE_KEY || !p.value) continue;
      const sources = p.value.kind === "seq" ? p.value.items : [p.value];
      for (const s of sources) {
        if (s.kind !== "map" || s === map) continue;
        for (const q of pairsOf(s, depth + 1)) if (!seen.has(q.key)) seen.add(q.key), out.push(q);
      }
    }
  }
  merged.set(map, out);
  return out;
}
__name(pairsOf, "pairsOf");
function get(node, key) {
  if (!node || node.kind !== "map") return null;
  for (const p of pairsOf(node)) if (p.key === key) return p.value;
  return null;
}
__name(get, "get");
function entries(node) {
  if (!node || node.kind !== "map") return [];
  return pairsOf(node).map((p) => [p.key, p.value, p.keyNode]);
}
__name(entries, "entries");
function items(node) {
  return node && node.kind === "seq" ? node.items : [];
}
__name(items, "items");
function str(node) {
  return node && node.kind === "scalar" ? node.value : null;
}
__name(str, "str");
var lineStartsOf = /* @__PURE__ */ new WeakMap();
function lineStarts(doc) {
  let starts = lineStartsOf.get(doc);
  if (!starts) {
    starts = [0];
    for (let i = doc.text.indexOf("\n"); i !== -1; i = doc.text.indexOf("\n", i + 1)) starts.push(i + 1);
    lineStartsOf.set(doc, starts);
  }
  return starts;
}
__name(lineStarts, "lineStarts");
function linePos(doc, offset) {
  const starts = lineStarts(doc);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + (doc.firstLine ?? 1), col: offset - starts[lo] + 1 };
}
__name(linePos, "linePos");
function posOf(doc, node) {
  const p = linePos(doc, node?.start ?? 0);
  return { line: p.line, column: p.col };
}
__name(posOf, "posOf");
function lineAt(doc, line) {
  const starts = lineStarts(doc);
  const i = line - (doc.firstLine ?? 1);
  return doc.text.slice(starts[i] ?? 0, starts[i + 1] ?? doc.text.length).replace(/\r?\n$/, "");
}
__name(lineAt, "lineAt");
function scalar(doc, node) {
  if (!node || node.kind !== "scalar" || node.value === null) return null;
  const { start, end } = node;
  const p = linePos(doc, start);
  const e = linePos(doc, end);
  const raw = doc.text.slice(start, end);
  return {
    line: p.line,
    column: p.col,
    endColumn: e.line === p.line ? e.col : p.col + raw.split("\n")[0].length,
    value: node.value,
    raw,
    numeric: node.numeric,
    lineText: lineAt(doc, p.line)
  };
}
__name(scalar, "scalar");
var indentOf = /* @__PURE__ */ __name((line) => line.length - line.trimStart().length, "indentOf");
function scriptLines(doc, node) {
  if (!node || node.kind !== "scalar" || node.value === null || node.numeric) return [];
  const first = linePos(doc, node.start);
  const out = [];
  let acc = null;
  node.value.split("\n").forEach((text, i) => {
    const line = first.line + (node.block ? 1 : 0) + i;
    const column = node.block ? indentOf(lineAt(doc, line)) + 1 : first.col;
    if (acc) acc.text += " " + text.trim();
    else acc = { line, column, text };
    if (!/\\\s*$/.test(acc.text)) {
      if (acc.text.trim()) out.push(acc);
      acc = null;
    } else acc.text = acc.text.replace(/\\\s*$/, "");
  });
  if (acc && acc.text.trim()) out.push(acc);
  return out;
}
__name(scriptLines, "scriptLines");

export {
  keyText,
  get,
  entries,
  items,
  str,
  posOf,
  scalar,
  scriptLines
};
