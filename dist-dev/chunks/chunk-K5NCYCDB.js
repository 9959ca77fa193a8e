import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/facts/order.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareText, "compareText");

export {
  compareText
};
