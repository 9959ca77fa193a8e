import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  keyText
} from "./chunk-6W6PLVUU.js";
import {
  require_dist
} from "./chunk-XKLUKBQK.js";
import {
  __name,
  __toESM
} from "./chunk-YOIVYTSO.js";

// src/analyzers/ci/yaml-recover.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH = 200;
function convert(doc, node, depth, seen) {
  if (depth > MAX_DEPTH) return null;
  if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
  const done = seen.get(node);
  if (done) return done;
  if ((0, import_yaml.isScalar)(node)) {
    const v = node.value;
    const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
    const start = node.range?.[0] ?? 0;
    const value = v === null || v === void 0 ? null : String(v);
    return { kind: "scalar", start, end: node.range?.[1] ?? start, block, value, numeric: typeof v === "number" };
  }
  if ((0, import_yaml.isMap)(node)) {
    const out = { kind: "map", start: node.range?.[0] ?? 0, pairs: [] };
    seen.set(node, out);
    for (const p of node.items) {
      const keyNode = convert(doc, p.key, depth + 1, seen);
      out.pairs.push({ key: keyText(keyNode), keyNode, value: convert(doc, p.value, depth + 1, seen) });
    }
    return out;
  }
  if ((0, import_yaml.isSeq)(node)) {
    const out = { kind: "seq", start: node.range?.[0] ?? 0, items: [] };
    seen.set(node, out);
    for (const item of node.items) {
      const n = convert(doc, item, depth + 1, seen);
      if (n) out.items.push(n);
    }
    return out;
  }
  return null;
}
__name(convert, "convert");
function loadYamlRecovering(text) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, prettyErrors: false, strict: false });
  const err = doc.errors[0];
  return { root: convert(doc, doc.contents, 0, /* @__PURE__ */ new Map()), text, error: err ? err.message.split("\n")[0] : null };
}
__name(loadYamlRecovering, "loadYamlRecovering");
export {
  loadYamlRecovering
};
