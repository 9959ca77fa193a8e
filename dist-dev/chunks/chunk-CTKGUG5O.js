import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  defineCollector
} from "./chunk-7NBLZL43.js";

// src/collectors/shells.ts
var shellsCollector = defineCollector({
  area: "shells",
  after: [],
  async collect(host, opts) {
    const { analyzeShells } = await import("./analyze-SKRKOFL3.js");
    const facts = await analyzeShells(host);
    if (!opts.runShells) return { ...facts, dynamic: null };
    const { runShells } = await import("./dynamic-O25LDL44.js");
    return { ...facts, dynamic: await runShells(host, facts, opts.timeoutMs, opts.progress) };
  }
});

export {
  shellsCollector
};
