import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/path-list.ts
function splitPathList(value, platform) {
  if (!value) return [];
  if (platform !== "win32" && platform !== "windows") return value.split(":");
  const list = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '"') quoted = !quoted;
    else if (value[i] === ";" && !quoted) {
      list.push(value.slice(start, i));
      start = i + 1;
    }
  }
  list.push(value.slice(start));
  return list.map((s) => s.replaceAll('"', ""));
}
__name(splitPathList, "splitPathList");

export {
  splitPathList
};
