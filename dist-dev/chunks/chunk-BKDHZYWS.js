import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/rule-docs.ts
var listed = /* @__PURE__ */ __name(({ id, name, category, severity, title, sources, fixable }) => ({ id, name, category, severity, title, sources, fixable }), "listed");
var RULES_REPORTERS = {
  text: /* @__PURE__ */ __name((rules) => {
    const w = /* @__PURE__ */ __name((k) => Math.max(...rules.map((r) => r[k].length), 4), "w");
    return rules.map((r) => `${r.id}  ${r.name.padEnd(w("name"))}  ${r.category.padEnd(w("category"))}  ${r.severity.padEnd(7)}  ${r.title}
`).join("");
  }, "text"),
  json: /* @__PURE__ */ __name((rules) => JSON.stringify(rules.map(listed), null, 2) + "\n", "json")
};
var EXPLAIN_REPORTERS = {
  text: /* @__PURE__ */ __name((rules) => rules.map((r) => [
    `${r.id} ${r.name} (${r.category}, default ${r.severity})`,
    r.title,
    "",
    "What",
    `  ${r.docs.what}`,
    "",
    "Why",
    `  ${r.docs.why}`,
    "",
    "How to fix",
    `  ${r.docs.fix}`,
    "",
    "Sources",
    ...r.sources.map((s) => `  ${s}`),
    ""
  ].join("\n")).join(""), "text"),
  json: /* @__PURE__ */ __name((rules) => JSON.stringify(rules.map((r) => ({ ...listed(r), docs: r.docs, messages: r.messages })), null, 2) + "\n", "json")
};

export {
  RULES_REPORTERS,
  EXPLAIN_REPORTERS
};
