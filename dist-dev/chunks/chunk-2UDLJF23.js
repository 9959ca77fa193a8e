import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/escape.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t", "\x1B": "\\e" };
function escapeChar(c) {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
__name(escapeChar, "escapeChar");
var MAX_EXCERPT = 2e3;
var MAX_BLOCK = 16e3;
function cap(s, max) {
  return s.length <= max ? s : `${s.slice(0, max)}\u2026 (${s.length - max} more characters not shown)`;
}
__name(cap, "cap");
function visible(s, max = MAX_EXCERPT) {
  return cap(s, max).replace(CONTROL, escapeChar).replace(LONE_SURROGATE, (c) => escapeChar(c));
}
__name(visible, "visible");
function visibleBlock(s, max = MAX_BLOCK) {
  return cap(s, max).replace(/\r\n/g, "\n").replace(CONTROL_BUT_LINE_BREAKS, escapeChar).replace(LONE_SURROGATE, (c) => escapeChar(c));
}
__name(visibleBlock, "visibleBlock");
var BLOCK_KEYS = /* @__PURE__ */ new Set(["command", "replacement"]);
function visibleDeep(value, key = "") {
  if (typeof value === "string") return BLOCK_KEYS.has(key) ? visibleBlock(value) : visible(value);
  if (Array.isArray(value)) return value.map((v) => visibleDeep(v, key === "lines" || key === "rows" ? "" : key));
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value)) return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = visibleDeep(v, k);
  return out;
}
__name(visibleDeep, "visibleDeep");
var SGR_OR_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var STATUS_OR_CONTROL = /\u001b\[K|\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var CONTROL_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function neutralizeControls(s, allowColor, allowStatusLine = false) {
  const hex = /* @__PURE__ */ __name((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`, "hex");
  if (allowStatusLine) {
    return s.replace(STATUS_OR_CONTROL, (m) => m === "\r" || m === "\x1B[K" || allowColor && m.length > 1 ? m : m.length > 1 ? hex(m[0]) + m.slice(1) : hex(m));
  }
  return allowColor ? s.replace(SGR_OR_CONTROL, (m) => m.length > 1 ? m : hex(m)) : s.replace(CONTROL_OUTPUT, hex);
}
__name(neutralizeControls, "neutralizeControls");

// src/report/style.ts
var wrap = /* @__PURE__ */ __name((open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`, "wrap");
function makeStyle(color) {
  if (!color) {
    const id = /* @__PURE__ */ __name((s) => s, "id");
    return { red: id, yellow: id, green: id, blue: id, dim: id, bold: id };
  }
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    blue: wrap(34, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}
__name(makeStyle, "makeStyle");
function decideColor(env, isTTY, noColorFlag) {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}
__name(decideColor, "decideColor");

// src/report/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/cli/io.ts
var UsageError = class extends Error {
  static {
    __name(this, "UsageError");
  }
};
var EXIT = { clean: 0, findings: 1, usage: 2 };

export {
  MAX_BLOCK,
  visible,
  visibleDeep,
  neutralizeControls,
  makeStyle,
  decideColor,
  VERSION,
  UsageError,
  EXIT
};
