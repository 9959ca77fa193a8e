import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/shell-quote.ts
var PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
function shQuote(value) {
  return PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
__name(shQuote, "shQuote");
function fishQuote(value) {
  return PLAIN.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}
__name(fishQuote, "fishQuote");

export {
  shQuote,
  fishQuote
};
