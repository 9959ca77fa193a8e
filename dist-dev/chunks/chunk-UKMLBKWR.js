import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  DIALECT,
  SHELLS,
  SHELL_CONTEXTS,
  SOURCES,
  SSH_COMMAND,
  isGoVar,
  shellArgv,
  startupSteps,
  versionManagerIn
} from "./chunk-3CEM5G56.js";
import {
  readCapped
} from "./chunk-SDAAKID4.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/shell/analyze.ts
import * as path5 from "node:path";

// src/collectors/shell/evaluate.ts
import * as path4 from "node:path";

// src/analyzers/shell/sh-parse.ts
var OPS = ["&&", "||", ";;", ";&", ";;&", "|&", "|", "&", ";", "(", ")"];
var RESERVED_END = /* @__PURE__ */ new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
function tokenize(src) {
  const out = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const pendingHeredocs = [];
  const skipEscaped = /* @__PURE__ */ __name(() => {
    if (src[i + 1] === "\n") line++;
    i += 2;
  }, "skipEscaped");
  const skipBalanced = /* @__PURE__ */ __name((open, close) => {
    let depth = 1;
    while (i < n && depth > 0) {
      const c = src[i];
      if (c === "\n") line++;
      if (c === "\\") {
        skipEscaped();
        continue;
      }
      if (c === "'" && open !== "{") {
        skipSingle();
        continue;
      }
      if (c === '"') {
        i++;
        skipDouble();
        continue;
      }
      if (c === "`") {
        i++;
        skipBacktick();
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      i++;
    }
  }, "skipBalanced");
  const skipSingle = /* @__PURE__ */ __name(() => {
    i++;
    while (i < n && src[i] !== "'") {
      if (src[i] === "\n") line++;
      i++;
    }
    i++;
  }, "skipSingle");
  const skipDouble = /* @__PURE__ */ __name(() => {
    while (i < n && src[i] !== '"') {
      const c = src[i];
      if (c === "\n") line++;
      if (c === "\\") {
        skipEscaped();
        continue;
      }
      if (c === "$" && src[i + 1] === "(") {
        i += 2;
        skipBalanced("(", ")");
        continue;
      }
      if (c === "$" && src[i + 1] === "{") {
        i += 2;
        skipBalanced("{", "}");
        continue;
      }
      if (c === "`") {
        i++;
        skipBacktick();
        continue;
      }
      i++;
    }
    i++;
  }, "skipDouble");
  const skipBacktick = /* @__PURE__ */ __name(() => {
    while (i < n && src[i] !== "`") {
      if (src[i] === "\\") {
        skipEscaped();
        continue;
      }
      if (src[i] === "\n") line++;
      i++;
    }
    i++;
  }, "skipBacktick");
  const readHeredocBodies = /* @__PURE__ */ __name(() => {
    for (const h of pendingHeredocs) {
      while (i < n) {
        const eol = src.indexOf("\n", i);
        const end = eol === -1 ? n : eol;
        let text = src.slice(i, end);
        if (h.strip) text = text.replace(/^\t+/, "");
        i = eol === -1 ? n : eol + 1;
        line++;
        if (text === h.delim) break;
      }
    }
    pendingHeredocs.length = 0;
  }, "readHeredocBodies");
  while (i < n) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      continue;
    }
    if (c === "\n") {
      out.push({ kind: "nl", value: "\n", line, endLine: line });
      i++;
      line++;
      if (pendingHeredocs.length) readHeredocBodies();
      continue;
    }
    if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (c === "<" && src[i + 1] === "<" && src[i + 2] !== "<") {
      i += 2;
      let strip = false;
      if (src[i] === "-") {
        strip = true;
        i++;
      }
      while (src[i] === " " || src[i] === "	") i++;
      const start2 = i;
      while (i < n && !/[\s;&|<>()]/.test(src[i])) {
        if (src[i] === "'") {
          skipSingle();
          continue;
        }
        if (src[i] === '"') {
          i++;
          skipDouble();
          continue;
        }
        i++;
      }
      const delim = src.slice(start2, i).replace(/['"\\]/g, "");
      if (delim) pendingHeredocs.push({ delim, strip });
      continue;
    }
    const op = src.startsWith("&>", i) ? void 0 : OPS.find((o) => src.startsWith(o, i));
    if (op && !(op === "(" && out.length && out[out.length - 1].kind === "word" && out[out.length - 1].value.endsWith("="))) {
      out.push({ kind: "op", value: op, line, endLine: line });
      i += op.length;
      continue;
    }
    const start = i;
    const startLine = line;
    while (i < n) {
      const d = src[i];
      if (d === " " || d === "	" || d === "\n" || d === "\r") break;
      if (d === ";" || d === "&" || d === "|") break;
      if (d === ")") break;
      if (d === "(") {
        const prev = src[i - 1];
        if (i > start && (prev === "=" || prev === "$" || prev === "<" || prev === ">" || prev === "@" || prev === "!" || prev === "+" || prev === "*" || prev === "?")) {
          i++;
          skipBalanced("(", ")");
          continue;
        }
        if (i > start) {
          i++;
          skipBalanced("(", ")");
          continue;
        }
        break;
      }
      if (d === "\\") {
        skipEscaped();
        continue;
      }
      if (d === "'") {
        skipSingle();
        continue;
      }
      if (d === '"') {
        i++;
        skipDouble();
        continue;
      }
      if (d === "`") {
        i++;
        skipBacktick();
        continue;
      }
      if (d === "$" && src[i + 1] === "(") {
        i += 2;
        skipBalanced("(", ")");
        continue;
      }
      if (d === "$" && src[i + 1] === "{") {
        i += 2;
        skipBalanced("{", "}");
        continue;
      }
      if (d === "$" && src[i + 1] === "'") {
        i++;
        skipSingle();
        continue;
      }
      if (d === "<" || d === ">") {
        if (src[i + 1] === "(") {
          i += 2;
          skipBalanced("(", ")");
          continue;
        }
        i += src[i + 1] === "&" ? 2 : 1;
        continue;
      }
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    out.push({ kind: "word", value: src.slice(start, i), line: startLine, endLine: line });
  }
  return out;
}
__name(tokenize, "tokenize");
function parseSh(src) {
  const toks = tokenize(src);
  let p = 0;
  const peek = /* @__PURE__ */ __name(() => toks[p], "peek");
  const isWord = /* @__PURE__ */ __name((v) => toks[p]?.kind === "word" && toks[p].value === v, "isWord");
  const skipNewlines = /* @__PURE__ */ __name(() => {
    while (toks[p] && (toks[p].kind === "nl" || toks[p].kind === "op" && toks[p].value === ";")) p++;
  }, "skipNewlines");
  function list(stop) {
    const nodes = [];
    let guard = 0;
    for (; ; ) {
      skipNewlines();
      const t = peek();
      if (!t || stop(t)) break;
      const before = p;
      const node = andOr(stop);
      if (node) nodes.push(node);
      const s = peek();
      if (s && s.kind === "op" && (s.value === "&" || s.value === ";")) p++;
      if (p === before) {
        p++;
        if (++guard > 1e4) break;
      }
    }
    return nodes;
  }
  __name(list, "list");
  function andOr(stop) {
    const first = pipeline(stop);
    if (!first) return null;
    const parts = [first];
    const ops = [];
    while (peek()?.kind === "op" && (peek().value === "&&" || peek().value === "||")) {
      ops.push(peek().value);
      p++;
      while (peek()?.kind === "nl") p++;
      const next = pipeline(stop);
      if (!next) break;
      parts.push(next);
    }
    return parts.length === 1 ? first : { t: "andor", line: first.line, parts, ops };
  }
  __name(andOr, "andOr");
  function pipeline(stop) {
    let negated = false;
    if (isWord("!")) {
      negated = true;
      p++;
    }
    const first = command(stop);
    if (!first) return null;
    const parts = [first];
    while (peek()?.kind === "op" && (peek().value === "|" || peek().value === "|&")) {
      p++;
      while (peek()?.kind === "nl") p++;
      const next = command(stop);
      if (!next) break;
      parts.push(next);
    }
    return parts.length === 1 && !negated ? first : { t: "pipe", line: first.line, parts, negated };
  }
  __name(pipeline, "pipeline");
  const untilWord = /* @__PURE__ */ __name((...words) => (t) => t.kind === "word" && words.includes(t.value), "untilWord");
  const expectWord = /* @__PURE__ */ __name((v) => {
    if (isWord(v)) p++;
  }, "expectWord");
  const skipArgs = /* @__PURE__ */ __name(() => {
    while (peek()?.kind === "word" && !RESERVED_END.has(peek().value)) p++;
  }, "skipArgs");
  const skipRedirects = /* @__PURE__ */ __name(() => {
    while (peek()?.kind === "word" && /^(\d*[<>]|&>)/.test(peek().value)) p++;
  }, "skipRedirects");
  function command(stop) {
    const t = peek();
    if (!t || stop(t)) return null;
    if (t.kind === "op" && t.value === "(" && toks[p + 1]?.kind === "op" && toks[p + 1].value === ")") {
      p += 2;
      while (peek()?.kind === "nl") p++;
      const body = command(stop);
      skipArgs();
      return { t: "group", line: t.line, body: body ? [body] : [], subshell: false };
    }
    if (t.kind === "op" && t.value === "(") {
      p++;
      const body = list((x) => x.kind === "op" && x.value === ")");
      p++;
      skipRedirects();
      return { t: "group", line: t.line, body, subshell: true };
    }
    if (t.kind === "op") return null;
    if (t.kind !== "word") return null;
    switch (t.value) {
      case "if": {
        p++;
        const clauses = [];
        let elseBody = null;
        let cond = list(untilWord("then"));
        expectWord("then");
        let body = list(untilWord("elif", "else", "fi"));
        clauses.push({ cond, body });
        while (isWord("elif")) {
          p++;
          cond = list(untilWord("then"));
          expectWord("then");
          body = list(untilWord("elif", "else", "fi"));
          clauses.push({ cond, body });
        }
        if (isWord("else")) {
          p++;
          elseBody = list(untilWord("fi"));
        }
        expectWord("fi");
        skipRedirects();
        return { t: "if", line: t.line, clauses, elseBody };
      }
      case "while":
      case "until": {
        p++;
        const cond = list(untilWord("do"));
        expectWord("do");
        const body = list(untilWord("done"));
        expectWord("done");
        skipRedirects();
        return { t: "loop", line: t.line, kind: t.value, cond, body };
      }
      case "for":
      case "select": {
        p++;
        if (peek()?.kind === "op" && peek().value === "(") {
          while (peek() && !isWord("do") && !isWord("{")) p++;
          const brace = isWord("{");
          p++;
          const body2 = list(untilWord(brace ? "}" : "done"));
          p++;
          return { t: "loop", line: t.line, kind: t.value, body: body2 };
        }
        const varName = peek()?.value ?? "";
        p++;
        while (peek()?.kind === "nl") p++;
        const items = [];
        const zshList = peek()?.kind === "op" && peek().value === "(";
        if (zshList) {
          p++;
          while (peek() && !(peek().kind === "op" && peek().value === ")")) {
            if (peek().kind === "word") items.push({ raw: peek().value, line: peek().line });
            p++;
          }
          p++;
        } else if (isWord("in")) {
          p++;
          while (peek() && peek().kind === "word" && !isWord("do")) {
            items.push({ raw: peek().value, line: peek().line });
            p++;
          }
        }
        skipNewlines();
        let body;
        if (isWord("{")) {
          p++;
          body = list(untilWord("}"));
          expectWord("}");
        } else if (zshList && !isWord("do")) {
          const one = andOr(stop);
          body = one ? [one] : [];
        } else {
          expectWord("do");
          body = list(untilWord("done"));
          expectWord("done");
        }
        skipRedirects();
        return { t: "loop", line: t.line, kind: t.value, varName, items, body };
      }
      case "foreach": {
        p++;
        const varName = peek()?.value ?? "";
        p++;
        const items = [];
        if (peek()?.kind === "op" && peek().value === "(") {
          p++;
          while (peek() && !(peek().kind === "op" && peek().value === ")")) {
            if (peek().kind === "word") items.push({ raw: peek().value, line: peek().line });
            p++;
          }
          p++;
        }
        const body = list(untilWord("end"));
        expectWord("end");
        return { t: "loop", line: t.line, kind: "for", varName, items, body };
      }
      case "case": {
        p++;
        const word = { raw: peek()?.value ?? "", line: peek()?.line ?? t.line };
        p++;
        while (peek()?.kind === "nl") p++;
        expectWord("in");
        const arms = [];
        for (let g = 0; g < 1e4; g++) {
          skipNewlines();
          if (!peek() || isWord("esac")) break;
          if (peek().kind === "op" && peek().value === "(") p++;
          const patterns = [];
          while (peek() && !(peek().kind === "op" && peek().value === ")")) {
            if (peek().kind === "word") patterns.push(peek().value);
            p++;
          }
          p++;
          const body = list((x) => x.kind === "op" && (x.value === ";;" || x.value === ";&" || x.value === ";;&") || x.kind === "word" && x.value === "esac");
          if (peek()?.kind === "op") p++;
          arms.push({ patterns, body });
        }
        expectWord("esac");
        skipRedirects();
        return { t: "case", line: t.line, word, arms };
      }
      case "{": {
        p++;
        const body = list(untilWord("}"));
        expectWord("}");
        skipRedirects();
        return { t: "group", line: t.line, body, subshell: false };
      }
      case "function": {
        p++;
        if (isWord("{") || peek()?.kind === "op" && peek().value === "(" && toks[p + 1]?.value === ")") {
          if (!isWord("{")) p += 2;
          while (peek()?.kind === "nl") p++;
          const body2 = command(stop);
          skipArgs();
          return { t: "group", line: t.line, body: body2 ? [body2] : [], subshell: false };
        }
        const name = peek()?.value ?? "";
        p++;
        if (peek()?.kind === "op" && peek().value === "(") {
          p++;
          if (peek()?.kind === "op" && peek().value === ")") p++;
        }
        while (peek()?.kind === "nl") p++;
        const body = command(stop);
        return { t: "func", line: t.line, name: name.replace(/\(\)$/, ""), body: body ? [body] : [] };
      }
    }
    if (RESERVED_END.has(t.value)) return null;
    const next = toks[p + 1];
    if (next?.kind === "op" && next.value === "(" && toks[p + 2]?.kind === "op" && toks[p + 2].value === ")" && /^[\w.:@+-]+$/.test(t.value)) {
      p += 3;
      while (peek()?.kind === "nl") p++;
      const body = command(stop);
      return { t: "func", line: t.line, name: t.value, body: body ? [body] : [] };
    }
    if (/^[\w.:@+-]+\(\)\{$/.test(t.value)) {
      toks.splice(p + 1, 0, { kind: "word", value: "{", line: t.line, endLine: t.line });
      t.value = t.value.slice(0, -1);
    }
    if (/^[\w.:@+-]+\(\)$/.test(t.value)) {
      p++;
      while (peek()?.kind === "nl") p++;
      const body = command(stop);
      return { t: "func", line: t.line, name: t.value.slice(0, -2), body: body ? [body] : [] };
    }
    return simple(stop);
  }
  __name(command, "command");
  function simple(stop) {
    const first = peek();
    const assigns = [];
    const words = [];
    let endLine = first.line;
    const isTest = first.value === "[[";
    while (peek() && peek().kind === "word") {
      const t = peek();
      if (words.length === 0 && stop(t) && assigns.length === 0) break;
      if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(t.value)) assigns.push({ raw: t.value, line: t.line });
      else words.push({ raw: t.value, line: t.line });
      endLine = t.endLine;
      p++;
      if (isTest && t.value === "]]") break;
      if (isTest && peek()?.kind === "op" && (peek().value === "&&" || peek().value === "||" || peek().value === "(" || peek().value === ")")) {
        words.push({ raw: peek().value, line: peek().line });
        p++;
      }
    }
    const text = [...assigns, ...words].map((w) => w.raw).join(" ");
    return { t: "simple", line: first.line, endLine, assigns, words, text };
  }
  __name(simple, "simple");
  return list(() => false);
}
__name(parseSh, "parseSh");

// src/analyzers/shell/expand.ts
var OLD_PATH = "OLDPATH";
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function expandWord(raw, vars, dialect, opts = {}) {
  let out = "";
  let known = true;
  let i = 0;
  const n = raw.length;
  const tildeAt = /* @__PURE__ */ __name((pos) => raw[pos] === "~" && (pos + 1 === n || raw[pos + 1] === "/" || raw[pos + 1] === ":"), "tildeAt");
  const lookup = /* @__PURE__ */ __name((name) => {
    if (opts.pathVar && (name === "PATH" || dialect === "zsh" && name === "path")) return OLD_PATH;
    if (/^\d$/.test(name)) return vars.positional[Number(name) - 1] ?? "";
    if (name === "@" || name === "*") return vars.positional.join(" ");
    const v = vars.get(name);
    if (vars.isKnown && !vars.isKnown(name)) known = false;
    if (v === void 0 && (name === "-" || name === "$" || name === "!" || name === "?" || name === "#")) known = false;
    return v ?? "";
  }, "lookup");
  const braced = /* @__PURE__ */ __name((body) => {
    if (body.startsWith("#") || body.startsWith("(") || body.startsWith("!")) {
      known = false;
      return "";
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|\d+|[-@*#?$!])(.*)$/s.exec(body);
    if (!m) {
      known = false;
      return "";
    }
    const name = m[1];
    const rest = m[2];
    const val = lookup(name);
    const isSet = vars.get(name) !== void 0 || opts.pathVar && name === "PATH";
    if (rest === "") return val;
    const op = /^(:?[-=?+])(.*)$/s.exec(rest);
    if (op) {
      const colon = op[1].startsWith(":");
      const kind = op[1].slice(-1);
      const empty = colon ? val === "" : !isSet;
      const word = /* @__PURE__ */ __name(() => expandWord(op[2], vars, dialect, opts), "word");
      if (kind === "-" || kind === "=") {
        if (empty) {
          const w = word();
          known &&= w.known;
          return w.value;
        }
        return val;
      }
      if (kind === "+") {
        if (empty) return "";
        const w = word();
        known &&= w.known;
        return w.value;
      }
      return val;
    }
    known = false;
    return val;
  }, "braced");
  if (tildeAt(0)) {
    out += vars.get("HOME") ?? "~";
    i = 1;
  }
  while (i < n) {
    const c = raw[i];
    if (c === "\\") {
      if (i + 1 < n && raw[i + 1] !== "\n") out += raw[i + 1];
      i += 2;
      continue;
    }
    if (c === "'" && dialect !== "fish" && raw[i - 1] === "$") {
    }
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      const lit = raw.slice(i + 1, end === -1 ? n : end);
      out += dialect === "fish" ? lit.replace(/\\(['\\])/g, "$1") : lit;
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && raw[i] !== '"') {
        const d = raw[i];
        if (d === "\\" && i + 1 < n && '"\\$`'.includes(raw[i + 1])) {
          out += raw[i + 1];
          i += 2;
          continue;
        }
        if (d === "$" || d === "`") {
          const r = dollar(i);
          out += r.text;
          i = r.next;
          continue;
        }
        out += d;
        i++;
      }
      i++;
      continue;
    }
    if (c === "$" || c === "`") {
      const r = dollar(i);
      out += r.text;
      i = r.next;
      continue;
    }
    if (dialect === "fish" && c === "(") {
      known = false;
      const end = matching(raw, i, "(", ")");
      out += raw.slice(i, end);
      i = end;
      continue;
    }
    if (opts.assignment && c === ":" && tildeAt(i + 1)) {
      out += ":" + (vars.get("HOME") ?? "~");
      i += 2;
      continue;
    }
    if (opts.assignment && c === "=" && i > 0 && tildeAt(i + 1) && dialect !== "fish") {
      out += "=" + (vars.get("HOME") ?? "~");
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return { value: out, known };
  function dollar(at) {
    if (raw[at] === "`") {
      known = false;
      const end = raw.indexOf("`", at + 1);
      const next = end === -1 ? n : end + 1;
      return { text: raw.slice(at, next), next };
    }
    const nx = raw[at + 1];
    if (nx === "(") {
      known = false;
      const end = matching(raw, at + 1, "(", ")");
      return { text: raw.slice(at, end), next: end };
    }
    if (nx === "{") {
      const end = matching(raw, at + 1, "{", "}");
      return { text: braced(raw.slice(at + 2, end - 1)), next: end };
    }
    if (nx === "'" && dialect !== "fish") {
      const end = raw.indexOf("'", at + 2);
      const body = raw.slice(at + 2, end === -1 ? n : end).replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/\\(.)/g, "$1");
      return { text: body, next: end === -1 ? n : end + 1 };
    }
    const m = NAME.exec(raw.slice(at + 1));
    if (m) {
      let next = at + 1 + m[0].length;
      if (dialect === "fish" && raw[next] === "[") {
        known = false;
        next = matching(raw, next, "[", "]");
      }
      return { text: lookup(m[0]), next };
    }
    if (nx && /[\d@*#?$!-]/.test(nx)) return { text: lookup(nx), next: at + 2 };
    return { text: "$", next: at + 1 };
  }
  __name(dollar, "dollar");
}
__name(expandWord, "expandWord");
function matching(s, at, open, close) {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "'" && open !== "{") {
      const e = s.indexOf("'", i + 1);
      i = e === -1 ? s.length : e;
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return s.length;
}
__name(matching, "matching");
function braceExpand(raw) {
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(raw);
  if (!m || /["']/.test(m[1])) return [raw];
  return m[2].split(",").flatMap((alt) => braceExpand(m[1] + alt + m[3]));
}
__name(braceExpand, "braceExpand");
function validClass(cls) {
  try {
    new RegExp(cls);
    return true;
  } catch {
    return false;
  }
}
__name(validClass, "validClass");
function globToRegExp(glob2) {
  let re = "";
  for (let i = 0; i < glob2.length; i++) {
    const c = glob2[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "(" && glob2.includes("|", i)) {
      const end = glob2.indexOf(")", i + 1);
      if (end === -1) {
        re += "\\(";
        continue;
      }
      if (re.endsWith("@")) re = re.slice(0, -1);
      re += "(?:" + glob2.slice(i + 1, end).split("|").map((alt) => globToRegExp(alt).source.slice(1, -1)).join("|") + ")";
      i = end;
    } else if (c === "[") {
      const end = glob2.indexOf("]", i + 1);
      if (end === -1) {
        re += "\\[";
        continue;
      }
      const cls = "[" + glob2.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
      re += validClass(cls) ? cls : glob2.slice(i, end + 1).replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      i = end;
    } else if (c === "\\" && i + 1 < glob2.length) {
      re += glob2[++i].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "s");
}
__name(globToRegExp, "globToRegExp");
function unquotePattern(raw) {
  return raw.replace(/^["']|["']$/g, "");
}
__name(unquotePattern, "unquotePattern");

// src/analyzers/shell/fish-parse.ts
function tokenizeFish(src) {
  const out = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const skipParen = /* @__PURE__ */ __name(() => {
    let depth = 1;
    i++;
    while (i < n && depth > 0) {
      const c = src[i];
      if (c === "\n") line++;
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === "'") {
        skipQuote("'");
        continue;
      }
      if (c === '"') {
        skipQuote('"');
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")") depth--;
      i++;
    }
  }, "skipParen");
  const skipQuote = /* @__PURE__ */ __name((q) => {
    i++;
    while (i < n && src[i] !== q) {
      if (src[i] === "\n") line++;
      if (src[i] === "\\") i++;
      else if (q === '"' && src[i] === "$" && src[i + 1] === "(") {
        i++;
        skipParen();
        continue;
      }
      i++;
    }
    i++;
  }, "skipQuote");
  while (i < n) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      continue;
    }
    if (c === "\n" || c === ";") {
      out.push({ kind: "sep", value: c, line });
      if (c === "\n") line++;
      i++;
      continue;
    }
    if (c === "#") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (src.startsWith("&&", i) || src.startsWith("||", i)) {
      out.push({ kind: "op", value: src.slice(i, i + 2), line });
      i += 2;
      continue;
    }
    if (c === "|" || c === "&" && src[i + 1] !== ">") {
      out.push({ kind: "op", value: c, line });
      i++;
      continue;
    }
    const start = i;
    const startLine = line;
    while (i < n) {
      const d = src[i];
      if (d === " " || d === "	" || d === "\n" || d === "\r" || d === ";" || d === "|") break;
      if (d === "&" && src[i + 1] === "&") break;
      if (d === "\\") {
        if (src[i + 1] === "\n") line++;
        i += 2;
        continue;
      }
      if (d === "'" || d === '"') {
        skipQuote(d);
        continue;
      }
      if (d === "(") {
        skipParen();
        continue;
      }
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    out.push({ kind: "word", value: src.slice(start, i), line: startLine });
  }
  return out;
}
__name(tokenizeFish, "tokenizeFish");
var BLOCK_END = /* @__PURE__ */ new Set(["end", "else", "case"]);
function parseFish(src) {
  const toks = tokenizeFish(src);
  let p = 0;
  function words() {
    const ws = [];
    while (toks[p] && toks[p].kind === "word") {
      ws.push({ raw: toks[p].value, line: toks[p].line });
      p++;
    }
    return ws;
  }
  __name(words, "words");
  function skipSeps() {
    while (toks[p]?.kind === "sep") p++;
  }
  __name(skipSeps, "skipSeps");
  function block(stopWords) {
    const nodes = [];
    for (let g = 0; g < 1e5; g++) {
      skipSeps();
      const t = toks[p];
      if (!t) break;
      if (t.kind === "word" && stopWords.has(t.value)) break;
      const before = p;
      const node = statement();
      if (node) {
        const prev = nodes[nodes.length - 1];
        if (node.kind && prev) {
          const joined = prev.t === "andor" ? { ...prev, parts: [...prev.parts, node.node], ops: [...prev.ops, node.kind] } : { t: "andor", line: prev.line, parts: [prev, node.node], ops: [node.kind] };
          nodes[nodes.length - 1] = joined;
        } else nodes.push(node.node);
      }
      if (p === before) p++;
    }
    return nodes;
  }
  __name(block, "block");
  function statement() {
    const t = toks[p];
    if (!t || t.kind !== "word") return null;
    let kind;
    if (t.value === "and" || t.value === "or") {
      kind = t.value === "and" ? "&&" : "||";
      p++;
    }
    const node = pipeline();
    return node ? { node, kind } : null;
  }
  __name(statement, "statement");
  function pipeline() {
    let node = command();
    if (!node) return null;
    while (toks[p]?.kind === "op") {
      const op = toks[p].value;
      p++;
      while (toks[p]?.kind === "sep" && toks[p].value === "\n") p++;
      const next = command();
      if (!next) break;
      if (op === "&&" || op === "||") {
        node = node.t === "andor" ? { ...node, parts: [...node.parts, next], ops: [...node.ops, op] } : { t: "andor", line: node.line, parts: [node, next], ops: [op] };
      } else if (op === "|") {
        node = node.t === "pipe" ? { ...node, parts: [...node.parts, next] } : { t: "pipe", line: node.line, parts: [node, next], negated: false };
      }
    }
    return node;
  }
  __name(pipeline, "pipeline");
  function condition() {
    const node = pipeline();
    const conds = node ? [node] : [];
    while (toks[p]?.kind === "sep" && toks[p + 1]?.kind === "word" && (toks[p + 1].value === "and" || toks[p + 1].value === "or")) {
      p += 1;
      const st = statement();
      if (!st) break;
      const prev = conds.pop();
      conds.push({ t: "andor", line: prev.line, parts: [prev, st.node], ops: [st.kind ?? "&&"] });
    }
    return conds;
  }
  __name(condition, "condition");
  function command() {
    const t = toks[p];
    if (!t || t.kind !== "word") return null;
    switch (t.value) {
      case "not":
      case "!": {
        p++;
        const inner = command();
        return inner ? { t: "pipe", line: t.line, parts: [inner], negated: true } : null;
      }
      case "if": {
        p++;
        const clauses = [];
        let elseBody = null;
        let cond = condition();
        let body = block(/* @__PURE__ */ new Set(["else", "end"]));
        clauses.push({ cond, body });
        while (toks[p]?.value === "else") {
          p++;
          if (toks[p]?.value === "if") {
            p++;
            cond = condition();
            body = block(/* @__PURE__ */ new Set(["else", "end"]));
            clauses.push({ cond, body });
          } else {
            elseBody = block(/* @__PURE__ */ new Set(["end"]));
          }
        }
        if (toks[p]?.value === "end") p++;
        words();
        return { t: "if", line: t.line, clauses, elseBody };
      }
      case "while": {
        p++;
        const cond = condition();
        const body = block(/* @__PURE__ */ new Set(["end"]));
        if (toks[p]?.value === "end") p++;
        words();
        return { t: "loop", line: t.line, kind: "while", cond, body };
      }
      case "for": {
        p++;
        const ws2 = words();
        const varName = ws2[0]?.raw ?? "";
        const items = ws2.slice(2);
        const body = block(/* @__PURE__ */ new Set(["end"]));
        if (toks[p]?.value === "end") p++;
        words();
        return { t: "loop", line: t.line, kind: "for", varName, items, body };
      }
      case "begin": {
        p++;
        const body = block(/* @__PURE__ */ new Set(["end"]));
        if (toks[p]?.value === "end") p++;
        words();
        return { t: "group", line: t.line, body, subshell: false };
      }
      case "function": {
        p++;
        const ws2 = words();
        const body = block(/* @__PURE__ */ new Set(["end"]));
        if (toks[p]?.value === "end") p++;
        return { t: "func", line: t.line, name: ws2[0]?.raw ?? "", body };
      }
      case "switch": {
        p++;
        const ws2 = words();
        const arms = [];
        skipSeps();
        while (toks[p]?.value === "case") {
          p++;
          const pats = words().map((w) => w.raw);
          const body = block(/* @__PURE__ */ new Set(["case", "end"]));
          arms.push({ patterns: pats, body });
        }
        if (toks[p]?.value === "end") p++;
        return { t: "case", line: t.line, word: ws2[0] ?? { raw: "", line: t.line }, arms };
      }
    }
    if (BLOCK_END.has(t.value)) return null;
    const ws = words();
    return { t: "simple", line: t.line, endLine: ws[ws.length - 1]?.line ?? t.line, assigns: [], words: ws, text: ws.map((w) => w.raw).join(" ") };
  }
  __name(command, "command");
  return block(/* @__PURE__ */ new Set());
}
__name(parseFish, "parseFish");

// src/collectors/shell/sh-validate.ts
import v8 from "node:v8";
import { createRequire } from "node:module";
var MAX_WASM_BYTES = 16 * 1024 * 1024;
var VALIDATE_MAX_BYTES = 256 * 1024;
var WA = globalThis.WebAssembly;
var processorPromise = null;
async function processor() {
  processorPromise ??= (async () => {
    const g = globalThis;
    const require2 = createRequire(import.meta.url);
    if (!g.Go) require2("sh-syntax/vendors/wasm_exec.cjs");
    const mod = await import("./lib-XB4OVYYK.js");
    const wasmPath = require2.resolve("sh-syntax/main.wasm");
    v8.setFlagsFromString("--liftoff-only");
    const wasm = readCapped(wasmPath, MAX_WASM_BYTES);
    if (!wasm) throw new Error(`cannot read ${wasmPath}`);
    const compiled = await WA.compile(wasm);
    const getProcessor = mod.getProcessor;
    const run = getProcessor((imports) => WA.instantiate(compiled, imports));
    return { run, variants: mod.LangVariant };
  })();
  return processorPromise;
}
__name(processor, "processor");
var results = /* @__PURE__ */ new Map();
async function syntaxCheckerError() {
  try {
    await processor();
    return null;
  } catch (e) {
    return `the shell syntax checker (sh-syntax, mvdan/sh as WASM) did not load: ${e.message.split("\n")[0]}`;
  }
}
__name(syntaxCheckerError, "syntaxCheckerError");
function validateShell(text, dialect) {
  if (Buffer.byteLength(text) > VALIDATE_MAX_BYTES) return Promise.resolve(null);
  const key = `${dialect}\0${text}`;
  let r = results.get(key);
  if (!r) {
    r = validateUncached(text, dialect);
    results.set(key, r);
    if (results.size > 256) results.delete(results.keys().next().value);
  }
  return r;
}
__name(validateShell, "validateShell");
async function validateUncached(text, dialect) {
  const loaded = await processor().catch(() => null);
  if (!loaded) return null;
  const { run, variants } = loaded;
  const variant = dialect === "zsh" ? variants.LangZsh : dialect === "sh" ? variants.LangPOSIX : variants.LangBash;
  try {
    await run(text, { variant, keepComments: false });
    return null;
  } catch (e) {
    const err = e;
    const fromMsg = /^(\d+):(\d+): (.*)$/s.exec(err.message ?? "");
    const line = err.Pos?.Line ?? (fromMsg ? Number(fromMsg[1]) : 0);
    const column = err.Pos?.Col ?? (fromMsg ? Number(fromMsg[2]) : 0);
    const message = (fromMsg ? fromMsg[3] : err.Text ?? err.message ?? String(e)).split("\n")[0].slice(0, 200);
    if (e instanceof WA.RuntimeError || !err.Pos && !fromMsg) return null;
    return { line, column, message, advisory: dialect === "zsh" || dialect === "sh" && /bash|mksh|zsh feature/.test(message) };
  }
}
__name(validateUncached, "validateUncached");

// src/collectors/shell/state.ts
var FILE_CAP_BYTES = 1024 * 1024;
var MAX_SOURCE_DEPTH = 12;
var MAX_STEPS = 2e5;
var MAX_LOOP_WEIGHT = 1e3;
function unusableReason(st) {
  if (st.isFile) return null;
  if (st.isFIFO) return "a FIFO (named pipe): a shell reading it waits until something writes to it";
  if (st.isDevice) return "a device, not a file: a shell reading it may never reach its end (/dev/zero) or block";
  if (st.isSocket) return "a socket: a shell cannot read it";
  if (st.isDir) return "a directory";
  return "not a regular file";
}
__name(unusableReason, "unusableReason");
function permissionDenied(st) {
  const uid = process.getuid?.() ?? -1;
  if (uid === 0) return false;
  const bits = st.uid === uid ? 256 : (process.getgroups?.() ?? []).includes(st.gid) || st.gid === process.getgid?.() ? 32 : 4;
  return (st.mode & bits) === 0;
}
__name(permissionDenied, "permissionDenied");
var CONTEXT_BUDGET_MS = 1500;
var WALK_BUDGET_MS = 15e3;
var YIELD_EVERY_MS = 50;
var CHECK_EVERY = 64;
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}
__name(cpuMs, "cpuMs");
var FileCache = class {
  constructor(host, optimistic = false) {
    this.host = host;
    this.optimistic = optimistic;
  }
  host;
  optimistic;
  static {
    __name(this, "FileCache");
  }
  files = /* @__PURE__ */ new Map();
  /** CPU-time deadline shared by every context that reads through this cache. */
  deadline = cpuMs() + WALK_BUDGET_MS;
  lastYield = performance.now();
  sinceCheck = 0;
  /** False once the CPU-time `deadline` has passed; otherwise yields to the event loop when it is due. */
  async tick(deadline) {
    if (++this.sinceCheck < CHECK_EVERY) return true;
    this.sinceCheck = 0;
    if (cpuMs() > deadline) return false;
    if (performance.now() - this.lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      this.lastYield = performance.now();
    }
    return true;
  }
  get(p, dialect) {
    const key = `${dialect}\0${p}`;
    let f = this.files.get(key);
    if (!f) {
      f = this.load(p, dialect);
      this.files.set(key, f);
    }
    return f;
  }
  all() {
    return Promise.all(this.files.values());
  }
  async load(p, dialect) {
    const st = await this.host.stat(p);
    const base = { path: p, dialect, exists: false, size: 0, truncated: false, binary: false, syntaxError: null, syntaxCheck: Promise.resolve(null), nodes: [], text: "" };
    if (!st) return base;
    const special = unusableReason(st);
    if (special) return { ...base, exists: true, size: st.size, unusable: special };
    const buf = await this.host.readBytes(p, FILE_CAP_BYTES);
    if (!buf) return { ...base, exists: true, size: st.size, unusable: this.host.kind === "local" && permissionDenied(st) ? "unreadable: permission denied" : "unreadable" };
    const truncated = st.size > buf.length;
    if (buf.subarray(0, 8192).includes(0)) return { ...base, exists: true, size: st.size, truncated, binary: true };
    let text = buf.toString("utf8");
    if (truncated) text = text.slice(0, text.lastIndexOf("\n") + 1);
    const syntaxCheck = dialect === "fish" ? Promise.resolve(null) : validateShell(text, dialect);
    const nodes = dialect === "fish" ? parseFish(text) : parseSh(text);
    const syntaxError = this.optimistic ? null : await syntaxCheck;
    return { ...base, exists: true, size: st.size, truncated, syntaxError, syntaxCheck, nodes, text };
  }
};
var EvalState = class _EvalState {
  constructor(opts, cache, sink) {
    this.opts = opts;
    this.cache = cache;
    this.sink = sink;
    this.deadline = Math.min(cache.deadline, cpuMs() + CONTEXT_BUDGET_MS);
  }
  opts;
  cache;
  sink;
  static {
    __name(this, "EvalState");
  }
  vars = /* @__PURE__ */ new Map();
  path = [];
  filesRead = [];
  notes = [];
  /** Functions defined so far: their body and the file that defined them (lines refer to it). */
  functions = /* @__PURE__ */ new Map();
  positional = [];
  /** zsh `typeset -U path`: PATH keeps the first of duplicates. */
  uniquePath = false;
  /** Array variables (zsh `a=(…)`, bash `a=(…)`) as their elements. */
  arrays = /* @__PURE__ */ new Map();
  /** bash `shopt -s` options that change globbing (globstar, nullglob). */
  shopts = /* @__PURE__ */ new Set();
  /** Plugin managers whose entry point was sourced (their commands exist from then on). */
  managers = /* @__PURE__ */ new Map();
  /** zinit: the modifiers `zinit ice` set for the next command. */
  zinitIce = [];
  /** Loop variables whose values could not be determined: the files they may name. */
  loopCandidates = /* @__PURE__ */ new Map();
  steps = 0;
  /** Iterations the enclosing loops multiply a body by: nested loops must not make the walk exponential. */
  loopWeight = 1;
  /** This context's own time, within what is left of the HOME's. */
  deadline;
  get(name) {
    if (name === "PATH") return this.path.map((e) => e.dir).join(":");
    return this.vars.get(name)?.value;
  }
  isKnown(name) {
    return this.vars.get(name)?.known ?? true;
  }
  clone() {
    const c = new _EvalState(this.opts, this.cache, this.sink);
    c.deadline = this.deadline;
    c.vars = new Map(this.vars);
    c.path = [...this.path];
    c.functions = new Map(this.functions);
    c.uniquePath = this.uniquePath;
    c.arrays = new Map(this.arrays);
    c.shopts = new Set(this.shopts);
    c.managers = new Map(this.managers);
    return c;
  }
};
var EventSink = class {
  static {
    __name(this, "EventSink");
  }
  map = /* @__PURE__ */ new Map();
  add(e, contextId) {
    const key = `${e.file}:${e.line}:${e.kind}:${e.name ?? ""}:${e.target ?? ""}`;
    let cur = this.map.get(key);
    if (!cur) {
      cur = { ...e, readBy: [] };
      this.map.set(key, cur);
    } else if (!cur.known && e.known) Object.assign(cur, e, { readBy: cur.readBy, unsetIn: cur.unsetIn });
    if (contextId && !cur.readBy.includes(contextId)) cur.readBy.push(contextId);
    if (e.unsetVars?.length) {
      cur.unsetVars = [.../* @__PURE__ */ new Set([...cur.unsetVars ?? [], ...e.unsetVars])];
      if (contextId) cur.unsetIn = [.../* @__PURE__ */ new Set([...cur.unsetIn ?? [], contextId])];
    }
  }
  list() {
    return [...this.map.values()].sort((a, b) => compareText(a.file, b.file) || a.line - b.line);
  }
};
function andCond(a, b) {
  if (!b) return a;
  return { text: a.text ? `${a.text} && ${b}` : b };
}
__name(andCond, "andCond");
function nodeText(n) {
  switch (n.t) {
    case "simple":
      return n.text;
    case "andor":
      return n.parts.map(nodeText).reduce((acc, p, i) => `${acc} ${n.ops[i - 1]} ${p}`);
    case "pipe":
      return (n.negated ? "! " : "") + n.parts.map(nodeText).join(" | ");
    default:
      return n.t;
  }
}
__name(nodeText, "nodeText");
function dialectOf(w) {
  return w.file.endsWith(".fish") ? "fish" : w.state.opts.dialect;
}
__name(dialectOf, "dialectOf");

// src/collectors/shell/conditions.ts
import * as path from "node:path";
function commandStatus(n) {
  if (n.t !== "simple") return "unknown";
  const cmd = n.words[0]?.raw;
  if (!cmd || ["export", "set", "source", ".", "typeset", "declare", "alias", "true", ":", "fish_add_path", "unset"].includes(cmd)) return "true";
  if (cmd === "false") return "false";
  return "unknown";
}
__name(commandStatus, "commandStatus");
var TEST_CMDS = /* @__PURE__ */ new Set(["[", "test", "[[", "command", "type", "which", "hash", "status", "contains", "shopt", "true", "false", ":", "builtin", "functions", "whence"]);
function isTestLike(n, st) {
  if (n.t === "pipe") return n.negated && n.parts.every((p) => isTestLike(p, st));
  if (n.t === "andor") return n.parts.every((p) => isTestLike(p, st));
  if (n.t !== "simple") return false;
  const cmd = n.words[0]?.raw;
  if (!cmd || n.assigns.length) return false;
  if (cmd === "set" && n.words[1]?.raw === "-q") return true;
  if (cmd === "command" && n.words[1]?.raw !== "-v" && n.words[1]?.raw !== "-q" && n.words[1]?.raw !== "-sq" && n.words[1]?.raw !== "-qs") return false;
  return TEST_CMDS.has(cmd);
}
__name(isTestLike, "isTestLike");
async function evalCondition(w, nodes) {
  let r = "true";
  for (const n of nodes) r = await evalNode(w, n);
  return r;
}
__name(evalCondition, "evalCondition");
async function evalNode(w, n) {
  if (n.t === "pipe") {
    if (n.parts.length !== 1) return "unknown";
    const r = await evalNode(w, n.parts[0]);
    return n.negated ? not(r) : r;
  }
  if (n.t === "andor") {
    let r = await evalNode(w, n.parts[0]);
    for (let i = 1; i < n.parts.length; i++) {
      const op = n.ops[i - 1];
      if (op === "&&" && r === "false" || op === "||" && r === "true") continue;
      const next = await evalNode(w, n.parts[i]);
      if (r === "unknown") r = op === "&&" && next === "false" ? "false" : op === "||" && next === "true" ? "true" : "unknown";
      else r = next;
    }
    return r;
  }
  if (n.t !== "simple" || n.assigns.length) return "unknown";
  const st = w.state;
  const d = dialectOf(w);
  const words = n.words.map((x) => x.raw);
  const cmd = words[0];
  const ex = /* @__PURE__ */ __name((raw) => expandWord(raw, st, d), "ex");
  switch (cmd) {
    case "true":
    case ":":
      return "true";
    case "false":
      return "false";
    case "status": {
      const sub = words[1]?.replace(/^--/, "");
      if (sub === "is-interactive") return st.opts.interactive ? "true" : "false";
      if (sub === "is-login") return st.opts.login ? "true" : "false";
      return "unknown";
    }
    case "shopt":
      if (words[1] === "-q" && words[2] === "login_shell") return st.opts.login ? "true" : "false";
      return "unknown";
    case "set":
      if (words[1] === "-q" && words[2]) return st.vars.has(words[2]) || words[2] === "PATH" ? "true" : "false";
      return "unknown";
    case "command":
    case "type":
    case "which":
    case "hash":
    case "whence": {
      const name = words.slice(1).find((x) => !x.startsWith("-") && !/^[<>&\d]/.test(x));
      if (!name) return "unknown";
      const v = ex(name);
      if (!v.known) return "unknown";
      if (st.functions.has(v.value)) return "true";
      return "unknown";
    }
    case "contains": {
      const args = words.slice(1).filter((x) => x !== "--" && !x.startsWith("-"));
      if (args.length < 1) return "unknown";
      const v = ex(args[0]);
      if (!v.known) return "unknown";
      for (const a of args.slice(1)) {
        if (a === "$PATH" || a === '"$PATH"') {
          if (st.path.some((e2) => e2.dir === v.value)) return "true";
          continue;
        }
        const e = ex(a);
        if (!e.known) return "unknown";
        if (e.value.split(/[ :]/).includes(v.value)) return "true";
      }
      return "false";
    }
    case "[":
    case "test":
    case "[[": {
      let args = words.slice(1);
      if (cmd !== "test") args = args.slice(0, -1);
      return testExpr(args, st, d, cmd === "[[", await exportedGuards(w));
    }
  }
  return "unknown";
}
__name(evalNode, "evalNode");
function not(r) {
  return r === "true" ? "false" : r === "false" ? "true" : "unknown";
}
__name(not, "not");
async function exportedGuards(w) {
  const f = await w.state.cache.get(w.file, dialectOf(w));
  let names = GUARDS.get(f);
  if (!names) {
    names = new Set([...f.text.matchAll(/\b(?:export|set\s+-[a-zA-Z]*x[a-zA-Z]*)\s+([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    GUARDS.set(f, names);
  }
  return names;
}
__name(exportedGuards, "exportedGuards");
var GUARDS = /* @__PURE__ */ new WeakMap();
async function testExpr(args, st, d, dbl, guards = /* @__PURE__ */ new Set()) {
  if (args.includes("(") || args.includes("\\(")) args = args.filter((a) => a !== "(" && a !== ")" && a !== "\\(" && a !== "\\)");
  for (const sep of dbl ? ["||"] : ["-o", "||"]) {
    const i = args.indexOf(sep);
    if (i > 0) {
      const [l, r] = [await testExpr(args.slice(0, i), st, d, dbl, guards), await testExpr(args.slice(i + 1), st, d, dbl, guards)];
      return l === "true" || r === "true" ? "true" : l === "false" && r === "false" ? "false" : "unknown";
    }
  }
  for (const sep of dbl ? ["&&"] : ["-a", "&&"]) {
    const i = args.indexOf(sep);
    if (i > 0 && args.length > 3) {
      const [l, r] = [await testExpr(args.slice(0, i), st, d, dbl, guards), await testExpr(args.slice(i + 1), st, d, dbl, guards)];
      return l === "false" || r === "false" ? "false" : l === "true" && r === "true" ? "true" : "unknown";
    }
  }
  if (args[0] === "!") return not(await testExpr(args.slice(1), st, d, dbl, guards));
  const ex = /* @__PURE__ */ __name((raw) => expandWord(raw, st, d), "ex");
  if (args.length === 1) {
    const v = ex(args[0]);
    return v.known ? v.value !== "" ? "true" : "false" : "unknown";
  }
  if (args.length === 2) {
    const [op, raw] = args;
    if (op === "-o" && dbl) {
      const opt = raw.toLowerCase().replace(/_/g, "");
      if (opt === "interactive") return st.opts.interactive ? "true" : "false";
      if (opt === "login") return st.opts.login ? "true" : "false";
      return "unknown";
    }
    if (op === "-v") return st.vars.has(raw) ? "true" : "false";
    if (op === "-t") return "unknown";
    const guard = /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw)?.[1];
    if ((op === "-n" || op === "-z") && guard && !st.vars.has(guard) && guards.has(guard)) return "unknown";
    const v = ex(raw);
    if (!v.known) return "unknown";
    if (op === "-n") return v.value !== "" ? "true" : "false";
    if (op === "-z") return v.value === "" ? "true" : "false";
    if (/^-[efdrsxwLhS]$/.test(op)) return await fileTest(st, op, v.value) ? "true" : "false";
    return "unknown";
  }
  if (args.length === 3) {
    const [a, op, b] = args;
    const l = ex(a);
    if (!l.known) return "unknown";
    if (op === "=" || op === "==" || op === "!=") {
      const pattern = dbl && !/^["']/.test(b);
      const r2 = pattern ? { value: b, known: true } : ex(b);
      if (!r2.known) return "unknown";
      const eq = pattern ? globToRegExp(expandWord(b, st, d).value).test(l.value) : l.value === r2.value;
      return (op === "!=" ? !eq : eq) ? "true" : "false";
    }
    if (op === "=~" && dbl) {
      const r2 = expandWord(b, st, d);
      if (!r2.known) return "unknown";
      try {
        return new RegExp(r2.value).test(l.value) ? "true" : "false";
      } catch {
        return "unknown";
      }
    }
    const r = ex(b);
    if (!r.known) return "unknown";
    const nums = /^-(eq|ne|lt|le|gt|ge)$/.exec(op);
    if (nums && /^-?\d+$/.test(l.value) && /^-?\d+$/.test(r.value)) {
      const [x, y] = [Number(l.value), Number(r.value)];
      const res = { eq: x === y, ne: x !== y, lt: x < y, le: x <= y, gt: x > y, ge: x >= y }[nums[1]];
      return res ? "true" : "false";
    }
  }
  return "unknown";
}
__name(testExpr, "testExpr");
async function fileTest(st, op, p) {
  const host = st.cache.host;
  const abs = p.startsWith("/") ? p : path.posix.join(st.opts.home, p);
  if (op === "-L" || op === "-h") return !!(await host.lstat(abs))?.isSymlink;
  const s = await host.stat(abs);
  if (!s) return false;
  if (op === "-f") return s.isFile;
  if (op === "-d") return s.isDir;
  if (op === "-s") return s.size > 0;
  if (op === "-x") return s.isDir || await host.isExecutable(abs);
  return true;
}
__name(fileTest, "fileTest");
async function findOnPath(st, name) {
  if (name.includes("/")) return await st.cache.host.isExecutable(name) ? name : null;
  for (const e of st.path) {
    if (!e.dir.startsWith("/")) continue;
    const p = path.posix.join(e.dir, name);
    if (await st.cache.host.isExecutable(p)) return p;
  }
  return null;
}
__name(findOnPath, "findOnPath");

// src/collectors/shell/glob.ts
import * as path2 from "node:path";
var MAX_DIRS = 2e3;
function hasGlob(s) {
  return /[*?[]/.test(s);
}
__name(hasGlob, "hasGlob");
function splitQualifiers(pattern) {
  const m = /^(.*[^(])\(([-N./@*^onOLmdra,]*)\)$/s.exec(pattern);
  return m ? { pattern: m[1], qualifiers: m[2] } : { pattern, qualifiers: null };
}
__name(splitQualifiers, "splitQualifiers");
async function expandGlob(host, raw, opts) {
  const { pattern, qualifiers } = opts.dialect === "zsh" ? splitQualifiers(raw) : { pattern: raw, qualifiers: null };
  const q = qualifiers ?? "";
  const nullglob = q.includes("N") || opts.nullglob;
  const recursive = opts.dialect === "zsh" || opts.globstar;
  const parts = pattern.split("/");
  let current = [pattern.startsWith("/") ? "/" : "."];
  for (let i = pattern.startsWith("/") ? 1 : 0; i < parts.length; i++) {
    const comp = parts[i];
    const last = i === parts.length - 1;
    if (comp === "") continue;
    if (comp === "**" && recursive && !last) {
      const all = [];
      for (const dir of current) all.push(dir, ...await descendants(host, dir));
      current = all.slice(0, MAX_DIRS);
      continue;
    }
    if (!hasGlob(comp)) {
      current = current.map((d) => path2.posix.join(d, comp));
      continue;
    }
    const re = globToRegExp(comp === "**" ? "*" : comp);
    const next = [];
    for (const dir of current) {
      for (const e of await host.readdirTyped(dir) ?? []) {
        if (e.name.startsWith(".") && !comp.startsWith(".")) continue;
        if (!re.test(e.name)) continue;
        if (!last && !(e.isDir || e.isSymlink)) continue;
        next.push(path2.posix.join(dir, e.name));
      }
    }
    current = next;
  }
  const existing = [];
  for (const p of current) {
    const st = q.includes("-") ? await host.stat(p) : await host.lstat(p);
    if (!st) continue;
    if (q.includes(".") && !st.isFile) continue;
    if (q.includes("/") && !st.isDir) continue;
    existing.push(p);
  }
  existing.sort(compareText);
  if (q.includes("On")) existing.reverse();
  const orderUnknown = /[oO][mdaL]/.test(q);
  if (existing.length) return { paths: [...new Set(existing)], orderUnknown };
  if (nullglob) return { paths: [], orderUnknown };
  return { paths: opts.dialect === "zsh" ? [] : [raw], orderUnknown };
}
__name(expandGlob, "expandGlob");
async function descendants(host, dir) {
  const out = [];
  const queue = [dir];
  while (queue.length && out.length < MAX_DIRS) {
    const d = queue.shift();
    for (const e of await host.readdirTyped(d) ?? []) {
      if (!e.isDir || e.name.startsWith(".")) continue;
      const p = path2.posix.join(d, e.name);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}
__name(descendants, "descendants");

// src/collectors/shell/plugin-managers.ts
import * as path3 from "node:path";
async function managerEntryPoint(l, target) {
  const st = l.state;
  const base = path3.posix.basename(target);
  if (!(await st.cache.host.stat(target))?.isFile) return false;
  if (base === "oh-my-zsh.sh") {
    await ohMyZsh(l, path3.posix.dirname(target));
    return true;
  }
  if (base === "antidote.zsh") {
    st.managers.set("antidote", target);
    return true;
  }
  if (base === "zinit.zsh" || base === "zi.zsh") {
    st.managers.set("zinit", target);
    return true;
  }
  return false;
}
__name(managerEntryPoint, "managerEntryPoint");
async function ohMyZsh(l, zsh) {
  const st = l.state;
  const custom = st.get("ZSH_CUSTOM") || `${zsh}/custom`;
  for (const f of await l.glob(`${zsh}/lib/*.zsh(N)`)) await l.source(f, "oh-my-zsh");
  const plugins = st.arrays.get("plugins") ?? (st.get("plugins") ?? "").split(/\s+/).filter(Boolean);
  for (const p of plugins) {
    const mine = `${custom}/plugins/${p}/${p}.plugin.zsh`;
    const theirs = `${zsh}/plugins/${p}/${p}.plugin.zsh`;
    if ((await st.cache.host.stat(mine))?.isFile) await l.source(mine, "oh-my-zsh");
    else if ((await st.cache.host.stat(theirs))?.isFile) await l.source(theirs, "oh-my-zsh");
  }
  for (const f of await l.glob(`${custom}/*.zsh(N)`)) await l.source(f, "oh-my-zsh");
}
__name(ohMyZsh, "ohMyZsh");
async function managerCommand(l, words) {
  const cmd = words[0]?.value;
  const st = l.state;
  if (cmd === "antidote") {
    if (!st.managers.has("antidote")) return false;
    if (words[1]?.value === "load") await antidoteLoad(l, words[2]);
    return true;
  }
  if (cmd === "zinit" || cmd === "zi") {
    if (!st.managers.has("zinit")) return false;
    await zinit(l, words.slice(1));
    return true;
  }
  return false;
}
__name(managerCommand, "managerCommand");
async function antidoteLoad(l, fileArg) {
  const st = l.state;
  const zdot = st.get("ZDOTDIR") || st.opts.home;
  const list = fileArg?.known ? fileArg.value : `${zdot}/.zsh_plugins.txt`;
  const text = await st.cache.host.readText(list, 256 * 1024);
  if (text === null) return;
  const cache = `${st.get("XDG_CACHE_HOME") || `${st.opts.home}/.cache`}/antidote`;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const [bundle, ...annotations] = line.split(/\s+/);
    const local = bundle.replace(/^~(?=\/)/, st.opts.home).replace(/\$\{?(HOME|ZDOTDIR)\}?/g, (_a, n) => n === "HOME" ? st.opts.home : zdot);
    if (annotations.some((a) => a === "kind:defer")) {
      l.unfollowed("antidote", `${bundle} is loaded deferred (kind:defer), after the first prompt`, await pluginFiles(l, local));
      continue;
    }
    if (local.startsWith("/")) {
      const files2 = await pluginFiles(l, local);
      if (files2[0]) await l.source(files2[0], "antidote");
      continue;
    }
    const clone = `${cache}/${bundle}`;
    const files = await pluginFiles(l, clone);
    if (files[0] && (await st.cache.host.stat(files[0]))?.isFile) await l.source(files[0], "antidote");
    else l.unfollowed("antidote", `${bundle} is a GitHub bundle antidote clones on first use; not present at ${clone}`, [`${clone}/*.plugin.zsh`]);
  }
}
__name(antidoteLoad, "antidoteLoad");
async function pluginFiles(l, dirOrFile) {
  const st = await l.state.cache.host.stat(dirOrFile);
  if (st?.isFile) return [dirOrFile];
  if (!st?.isDir) return [];
  for (const g of ["*.plugin.zsh", "init.zsh", "*.zsh", "*.sh"]) {
    const hits = await l.glob(`${dirOrFile}/${g}(N)`);
    if (hits.length) return hits;
  }
  return [];
}
__name(pluginFiles, "pluginFiles");
async function zinit(l, args) {
  const st = l.state;
  const sub = args[0]?.value;
  if (sub === "ice") {
    st.zinitIce = args.slice(1).map((a) => a.value);
    return;
  }
  const ice = st.zinitIce;
  st.zinitIce = [];
  const deferred = ice.some((i) => /^wait/.test(i));
  const entry = st.managers.get("zinit");
  const plugins = `${path3.posix.dirname(path3.posix.dirname(entry))}/plugins`;
  if (sub === "snippet") {
    const target = args.find((a, i) => i > 0 && !a.value.startsWith("-"));
    if (!target?.known) {
      l.unfollowed("zinit", "the snippet name depends on a command or unknown variable", []);
      return;
    }
    const file = target.value.replace(/^~(?=\/)/, st.opts.home);
    if (!file.startsWith("/")) {
      l.unfollowed("zinit", `snippet ${target.value} is downloaded by zinit (URL or OMZ:: shorthand), not read from HOME`, []);
      return;
    }
    if (deferred) {
      l.unfollowed("zinit", `loaded after the first prompt (zinit ice ${ice.join(" ")}): \`zsh -ic\`, \`zsh -c\` and scripts never get it`, [file]);
      return;
    }
    await l.source(file, "zinit");
    return;
  }
  if (sub === "light" || sub === "load") {
    const repo = args.slice(1).find((a) => !a.value.startsWith("-"));
    if (!repo?.known) {
      l.unfollowed("zinit", "the plugin name depends on a command or unknown variable", []);
      return;
    }
    const dir = `${plugins}/${repo.value.replace(/\//g, "---")}`;
    const files = await pluginFiles(l, dir);
    if (deferred) {
      l.unfollowed("zinit", `loaded after the first prompt (zinit ice ${ice.join(" ")}): \`zsh -ic\`, \`zsh -c\` and scripts never get it`, files.length ? files : [`${dir}/*.plugin.zsh`]);
      return;
    }
    if (files[0]) await l.source(files[0], "zinit");
    else l.unfollowed("zinit", `${repo.value} is a GitHub plugin zinit clones on first start; not present at ${dir}`, [`${dir}/*.plugin.zsh`]);
    return;
  }
  if (sub === "for" || args.some((a) => a.value === "for")) l.unfollowed("zinit", "the `zinit \u2026 for` form is not modelled", []);
}
__name(zinit, "zinit");

// src/collectors/shell/evaluate.ts
var Stop = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
  static {
    __name(this, "Stop");
  }
};
var LoopCtl = class {
  constructor(kind) {
    this.kind = kind;
  }
  kind;
  static {
    __name(this, "LoopCtl");
  }
};
async function runFile(state, file, why, stack = []) {
  if (stack.includes(file)) return "cycle";
  if (stack.length >= MAX_SOURCE_DEPTH) return "depth";
  const parsed = await state.cache.get(file, state.opts.dialect === "fish" ? "fish" : dialectFor(file, state.opts.dialect));
  if (!parsed.exists) return "missing";
  state.filesRead.push({ path: file, why });
  if (parsed.unusable) {
    state.notes.push(`${file}: ${parsed.unusable}; not analysed`);
    return "unusable";
  }
  if (parsed.binary) {
    state.notes.push(`${file}: binary content, not analysed (a shell would fail on it)`);
    return "read";
  }
  if (parsed.truncated) state.notes.push(`${file}: larger than ${FILE_CAP_BYTES} bytes, only the first part was analysed`);
  const stopLine = parsed.syntaxError && !parsed.syntaxError.advisory ? parsed.syntaxError.line : Infinity;
  if (stopLine !== Infinity) state.notes.push(`${file}:${stopLine}: syntax error (${parsed.syntaxError.message}); the shell stops reading the file there`);
  const ctx = { state, file, stack: [...stack, file], stopLine };
  try {
    await walkList(ctx, parsed.nodes, { text: void 0 });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.kind !== "return") throw e;
  }
  return "read";
}
__name(runFile, "runFile");
function dialectFor(file, running) {
  if (file.endsWith(".fish")) return "fish";
  return running;
}
__name(dialectFor, "dialectFor");
async function walkList(w, nodes, cond) {
  for (const node of nodes) {
    if (node.line >= w.stopLine) return;
    if (++w.state.steps > MAX_STEPS) {
      w.state.notes.push(`${w.file}: analysis stopped after ${MAX_STEPS} steps`);
      throw new Stop("budget");
    }
    if (!await w.state.cache.tick(w.state.deadline)) {
      w.state.notes.push(`${w.file}:${node.line}: analysis stopped: walking the startup files took longer than godiag allows (${CONTEXT_BUDGET_MS / 1e3} s a context, ${WALK_BUDGET_MS / 1e3} s in all)`);
      throw new Stop("budget");
    }
    await walk(w, node, w.afterGuard ? andCond(cond, w.afterGuard) : cond);
  }
}
__name(walkList, "walkList");
async function walk(w, node, cond) {
  const st = w.state;
  switch (node.t) {
    case "simple":
      return simpleCommand(w, node, cond);
    case "if": {
      let anyUnknown = false;
      for (const clause of node.clauses) {
        const r = await evalCondition(w, clause.cond);
        const text = clause.cond.map(nodeText).join("; ");
        if (r === "true" && !anyUnknown) {
          await walkList(w, clause.body, cond);
          return;
        }
        if (r === "true" || r === "unknown") {
          anyUnknown = true;
          await walkList(w, clause.body, andCond(cond, text));
        }
      }
      if (node.elseBody) {
        if (!anyUnknown) await walkList(w, node.elseBody, cond);
        else await walkList(w, node.elseBody, andCond(cond, `not (${node.clauses.map((c) => c.cond.map(nodeText).join("; ")).join(" / ")})`));
      }
      return;
    }
    case "andor": {
      let status = "true";
      let text;
      for (let i = 0; i < node.parts.length; i++) {
        const part = node.parts[i];
        if (i > 0) {
          const op = node.ops[i - 1];
          const runs = op === "&&" ? status : status === "true" ? "false" : status === "false" ? "true" : "unknown";
          if (runs === "false") continue;
          const prev = nodeText(node.parts[i - 1]);
          if (runs === "unknown") text = text ? `${text} ${op} ${prev}` : op === "&&" ? prev : `! (${prev})`;
        }
        const c = text ? andCond(cond, text) : cond;
        if (isTestLike(part, st)) status = await evalCondition(w, [part]);
        else {
          await walk(w, part, c);
          status = commandStatus(part);
        }
      }
      return;
    }
    case "pipe": {
      const last = node.parts[node.parts.length - 1];
      if (last.t === "simple" && (last.words[0]?.raw === "source" || last.words[0]?.raw === ".")) {
        const vm = versionManagerIn(nodeText(node));
        recordVersionManager(w, node.line, nodeText(node), vm, cond);
      }
      return;
    }
    case "case": {
      const word = expandWord(node.word.raw, st, dialectOf(w));
      let matched = false;
      for (const arm of node.arms) {
        const pats = arm.patterns.map((p) => unquotePattern(p).replace(/^\(/, ""));
        if (word.known && !matched) {
          const dash = node.word.raw.replace(/["']/g, "") === "$-";
          if (pats.some((p) => globToRegExp(expandWord(p, st, dialectOf(w)).value).test(word.value))) {
            matched = true;
            await walkList(w, arm.body, dash ? cond : cond);
          }
        } else if (!word.known) {
          await walkList(w, arm.body, andCond(cond, `case ${node.word.raw} in ${pats.join("|")}`));
        }
      }
      return;
    }
    case "loop": {
      if (node.kind === "for" && node.varName && node.items) {
        let items = await expandList(w, node.items);
        if (items !== null && items.length * st.loopWeight > MAX_LOOP_WEIGHT) {
          st.notes.push(`${w.file}:${node.line}: loops nested too deep to walk every iteration; walked once with ${node.varName} unknown`);
          items = null;
        }
        if (items === null) {
          st.vars.set(node.varName, { value: "", known: false, exported: false, origin: null });
          st.loopCandidates.set(node.varName, await candidateFiles(w, node.items.map((i) => i.raw)));
          await loopBody(w, node.body, andCond(cond, `for ${node.varName} in ${node.items.map((i) => i.raw).join(" ")}`));
          st.loopCandidates.delete(node.varName);
          return;
        }
        const outer = st.loopWeight;
        st.loopWeight = outer * items.length;
        try {
          for (const item of items) {
            st.vars.set(node.varName, { value: item, known: true, exported: false, origin: null });
            if (await loopBody(w, node.body, cond) === "break") break;
          }
        } finally {
          st.loopWeight = outer;
        }
        return;
      }
      await loopBody(w, node.body, andCond(cond, `${node.kind} loop`));
      return;
    }
    case "group":
      if (node.subshell) return;
      return walkList(w, node.body, cond);
    case "func":
      st.functions.set(node.name, { body: node.body, file: w.file });
      return;
  }
}
__name(walk, "walk");
async function loopBody(w, body, cond) {
  const saved = w.afterGuard;
  try {
    await walkList(w, body, cond);
  } catch (e) {
    if (!(e instanceof LoopCtl)) throw e;
    if (e.kind === "break") return "break";
  } finally {
    w.afterGuard = saved;
  }
  return "done";
}
__name(loopBody, "loopBody");
async function expandList(w, items) {
  const out = [];
  const d = dialectOf(w);
  for (const item of items) {
    const arr = arrayWord(item.raw, w.state, d);
    if (arr === null) return null;
    if (arr) {
      out.push(...arr);
      continue;
    }
    const ls = await lsWord(w, item.raw);
    if (ls === null) return null;
    if (ls) {
      out.push(...ls);
      continue;
    }
    for (const b of braceExpand(item.raw)) {
      const v = expandWord(b, w.state, d);
      if (!v.known) return null;
      const unquoted = b.replace(/"(?:\\.|[^"\\])*"|'[^']*'/g, "");
      const globs = hasGlob(unquoted.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "")) || d !== "zsh" && /\$/.test(unquoted) && hasGlob(v.value);
      if (globs) out.push(...await glob(w.state, v.value, d));
      else if (unquoted === b && v.value.includes(" ") && d !== "zsh") out.push(...v.value.split(/\s+/).filter(Boolean));
      else out.push(v.value);
    }
  }
  return out;
}
__name(expandList, "expandList");
async function glob(st, pattern, d) {
  const abs = pattern.startsWith("/") ? pattern : path4.posix.join(st.opts.home, pattern);
  const r = await expandGlob(st.cache.host, abs, { dialect: d, globstar: st.shopts.has("globstar"), nullglob: st.shopts.has("nullglob") });
  if (r.orderUnknown) st.notes.push(`${pattern}: files sorted by time, read here in name order`);
  return r.paths;
}
__name(glob, "glob");
function arrayWord(raw, st, d) {
  if (d === "fish" || d === "sh") return void 0;
  const m = /^"?\$(?:\{(.*)\}|([A-Za-z_][A-Za-z0-9_]*))"?$/s.exec(raw);
  if (!m) return void 0;
  if (m[2] !== void 0) return d === "zsh" && st.arrays.has(m[2]) ? st.arrays.get(m[2]) : void 0;
  return arrayExpr(m[1], st, d);
}
__name(arrayWord, "arrayWord");
function arrayExpr(body, st, d) {
  const flags = /^\(([A-Za-z@]+)\)/.exec(body);
  let rest = flags ? body.slice(flags[0].length) : body;
  let elems;
  if (rest.startsWith("${")) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === "{") depth++;
      else if (rest[i] === "}" && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end === -1) return null;
    elems = arrayExpr(rest.slice(2, end), st, d);
    rest = rest.slice(end + 1);
  } else {
    const n = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (!n) return void 0;
    elems = st.arrays.get(n[0]) ?? (st.vars.has(n[0]) ? [st.vars.get(n[0]).value] : []);
    if (!st.arrays.has(n[0]) && !flags && !rest.slice(n[0].length).startsWith(":#")) return void 0;
    rest = rest.slice(n[0].length);
  }
  if (!elems) return elems;
  if (rest === "" || rest === "[@]" || rest === "[*]") return elems;
  if (rest.startsWith(":#")) {
    const pat = expandWord(rest.slice(2), st, d);
    if (!pat.known) return null;
    const re = globToRegExp(pat.value);
    const keep = !!flags?.[1].includes("M");
    return elems.filter((e) => re.test(e) === keep);
  }
  return null;
}
__name(arrayExpr, "arrayExpr");
async function lsWord(w, raw) {
  const m = /^"?(?:\$\(|`)\s*(?:command\s+)?ls((?:\s+-[1aAd]+)*)\s+([^|;&`$()<>\s]+|"[^"$`]*"|\$HOME\/[^|;&`()<>\s]*|~\/[^|;&`$()<>\s]*)\s*(?:\)|`)"?$/.exec(raw);
  if (!m) return void 0;
  const dir = expandWord(m[2], w.state, dialectOf(w));
  if (!dir.known) return null;
  const abs = dir.value.startsWith("/") ? dir.value : path4.posix.join(w.state.opts.home, dir.value);
  const names = await w.state.cache.host.readdir(abs);
  if (!names) return [];
  return names.filter((n) => /a|A/.test(m[1]) || !n.startsWith(".")).sort(compareText);
}
__name(lsWord, "lsWord");
async function candidateFiles(w, words) {
  const out = [];
  for (const raw of words) {
    const ls = /^"?(?:\$\(|`)\s*ls(?:\s+-\w+)*\s+([^)`]+?)\s*(?:\)|`)"?$/.exec(raw);
    const find = /^"?(?:\$\(|`)\s*find\s+(\S+)(?:.*?-i?name\s+["']?([^"'\s)]+))?/.exec(raw);
    const pattern = (ls ? `${ls[1].replace(/\/$/, "")}/*` : find ? `${find[1].replace(/["']/g, "").replace(/\/$/, "")}/**/${find[2] ?? "*"}` : raw).replace(/\$\([^)]*\)|`[^`]*`|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, (x) => {
      const v2 = expandWord(x, w.state, dialectOf(w));
      return v2.known && v2.value ? v2.value : "*";
    });
    const v = expandWord(pattern, w.state, dialectOf(w));
    if (!v.value.includes("/") || /^\*/.test(v.value)) continue;
    out.push(...(await glob(w.state, v.value.replace(/\*{3,}/g, "**"), "zsh")).filter((p) => !hasGlob(p)));
  }
  return [...new Set(out)].slice(0, 50);
}
__name(candidateFiles, "candidateFiles");
function origin(w, line, cond) {
  return cond.text ? { file: w.file, line, condition: cond.text.slice(0, 200) } : { file: w.file, line };
}
__name(origin, "origin");
function shortText(s) {
  const one = s.replace(/\s*\n\s*/g, " ");
  return one.length > 200 ? one.slice(0, 197) + "..." : one;
}
__name(shortText, "shortText");
function record(w, line, text, cond, e) {
  w.state.sink.add({
    file: w.file,
    line,
    text: shortText(text),
    known: true,
    exported: false,
    conditional: !!cond.text,
    ...cond.text ? { condition: cond.text.slice(0, 200) } : {},
    ...e
  }, w.state.opts.contextId);
}
__name(record, "record");
function recordVersionManager(w, line, text, vm, cond) {
  if (vm) record(w, line, text, cond, { kind: "version-manager", name: vm, known: false });
}
__name(recordVersionManager, "recordVersionManager");
async function assign(w, line, text, cond, name, raw, opts) {
  const st = w.state;
  const d = dialectOf(w);
  if (name === "PATH" || d === "zsh" && name === "path") {
    const words = opts.array ? await dropMissingQualified(st, splitArray(raw), d) : [raw];
    const parts = [];
    let known = true;
    for (const word of words) {
      const v2 = expandWord(word, st, d, { assignment: true, pathVar: true });
      known &&= v2.known;
      parts.push(...opts.array ? [v2.value] : v2.value.split(":"));
    }
    let entries = parts;
    if (opts.append) entries = [OLD_PATH, ...opts.array ? entries : entries.filter((x, i) => !(i === 0 && x === ""))];
    const unsetVars = [...words.join(" ").matchAll(/\$\{?(GOROOT|GOPATH|GOBIN)(?![A-Za-z0-9_])(?!:?[-=?+])/g)].map((m) => m[1]).filter((n) => !st.vars.has(n));
    setPath(w, line, text, cond, entries, known, [...new Set(unsetVars)]);
    return;
  }
  let v;
  if (opts.array) {
    const elems = await expandList(w, splitArray(raw).map((x) => ({ raw: x, line })));
    const all = opts.append ? [...st.arrays.get(name) ?? [], ...elems ?? []] : elems ?? [];
    st.arrays.set(name, all);
    v = { value: (elems ?? []).join(" "), known: elems !== null };
  } else {
    st.arrays.delete(name);
    v = await goEnvGoroot(st, raw) ?? expandWord(raw, st, d, { assignment: true });
  }
  const prev = st.vars.get(name);
  const value = opts.append ? (prev?.value ?? "") + v.value : v.value;
  const exported = !!opts.exported || !!prev?.exported;
  st.vars.set(name, { value, known: v.known, exported, origin: origin(w, line, cond) });
  if (isGoVar(name) || name === "ZDOTDIR" || name === "BASH_ENV" || name === "ENV") {
    record(w, line, text, cond, { kind: "set", name, value, known: v.known, exported });
  }
}
__name(assign, "assign");
async function goEnvGoroot(st, raw) {
  if (!/^"?\$?\(\s*go\s+env\s+GOROOT\s*(2>\s*\/dev\/null\s*)?\)"?$/.test(raw) || st.vars.has("GOROOT")) return null;
  const go = await findOnPath(st, "go");
  const real = go ? await st.cache.host.realpath(go) : null;
  if (!real || !real.endsWith("/bin/go")) return null;
  const root = path4.posix.dirname(path4.posix.dirname(real));
  return (await st.cache.host.stat(`${root}/pkg/tool`))?.isDir || (await st.cache.host.stat(`${root}/src`))?.isDir ? { value: root, known: true } : null;
}
__name(goEnvGoroot, "goEnvGoroot");
function splitArray(raw) {
  const inner = raw.replace(/^\(|\)$/g, "");
  return parseSh(inner).flatMap((n) => n.t === "simple" ? [...n.assigns, ...n.words].map((x) => x.raw) : []).flatMap(braceExpand);
}
__name(splitArray, "splitArray");
async function dropMissingQualified(st, words, d) {
  const out = [];
  for (const w of words) {
    const m = /^(.*)\((N|-?\/N|N-?\/|-N)\)$/.exec(w);
    if (!m) {
      out.push(w);
      continue;
    }
    const v = expandWord(m[1], st, d);
    if (v.known && await st.cache.host.stat(v.value)) out.push(m[1]);
  }
  return out;
}
__name(dropMissingQualified, "dropMissingQualified");
function setPath(w, line, text, cond, entries, known, unsetVars = []) {
  const st = w.state;
  const o = origin(w, line, cond);
  const before = st.path;
  const next = [];
  const added = [];
  let sawOld = false;
  let addedBefore = false;
  for (const e of entries) {
    if (e.includes(OLD_PATH)) {
      sawOld = true;
      const [pre, post] = e.split(OLD_PATH);
      if (pre) {
        next.push({ dir: pre, origin: o });
        added.push(pre);
        addedBefore = true;
      }
      next.push(...before);
      if (post) {
        next.push({ dir: post, origin: o });
        added.push(post);
      }
      continue;
    }
    if (e === "" && entries.length > 1) continue;
    next.push({ dir: e, origin: o });
    added.push(e);
    if (!sawOld) addedBefore = true;
  }
  const op = !sawOld ? "set" : addedBefore ? "prepend" : "append";
  st.path = st.uniquePath ? dedupe(next) : next;
  record(w, line, text, cond, { kind: "path", name: "PATH", op, dirs: added, value: added.join(":"), known, exported: true, ...unsetVars.length ? { unsetVars } : {} });
}
__name(setPath, "setPath");
function dedupe(entries) {
  const seen = /* @__PURE__ */ new Set();
  return entries.filter((e) => seen.has(e.dir) ? false : (seen.add(e.dir), true));
}
__name(dedupe, "dedupe");
async function simpleCommand(w, node, cond) {
  const st = w.state;
  const d = dialectOf(w);
  const words = node.words.map((x) => x.raw);
  const cmd = words[0];
  if (!cmd) {
    for (const a of node.assigns) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=(.*)$/s.exec(a.raw);
      if (m) await assign(w, node.line, node.text, cond, m[1], m[3], { append: m[2] === "+", array: m[3].startsWith("(") });
    }
    return;
  }
  const vm = versionManagerIn(node.text);
  if (d === "fish") return fishCommand(w, node, cond, words, vm);
  switch (cmd) {
    case "export":
    case "declare":
    case "typeset":
    case "readonly":
    case "local": {
      const flags = words.slice(1).filter((x) => x.startsWith("-")).join("");
      if (cmd === "local" || cmd !== "export" && flags.includes("f")) return;
      if (cmd === "typeset" && /U/.test(flags) && words.includes("path")) st.uniquePath = true;
      const exported = cmd === "export" || flags.includes("x");
      for (const a of words.slice(1)) {
        if (a.startsWith("-")) continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=(.*)$/s.exec(a);
        if (m) await assign(w, node.line, node.text, cond, m[1], m[3], { exported, append: m[2] === "+", array: m[3].startsWith("(") });
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(a) && exported) {
          const prev = st.vars.get(a);
          if (prev) {
            st.vars.set(a, { ...prev, exported: true });
            if (isGoVar(a)) record(w, node.line, node.text, cond, { kind: "set", name: a, value: prev.value, known: prev.known, exported: true });
          }
        }
      }
      return;
    }
    case "unset": {
      for (const a of words.slice(1)) {
        if (a.startsWith("-")) continue;
        st.vars.delete(a);
        if (isGoVar(a)) record(w, node.line, node.text, cond, { kind: "unset", name: a });
      }
      return;
    }
    case "source":
    case ".":
      return sourceCommand(w, node, cond, words.slice(1), vm);
    case "shopt":
    case "setopt":
    case "unsetopt": {
      const on = cmd === "setopt" || words.includes("-s");
      for (const o of words.slice(1).filter((x) => !x.startsWith("-"))) {
        const name = o.toLowerCase().replace(/_/g, "");
        const key = name === "globstarshort" ? "globstar" : name;
        if (on) st.shopts.add(key);
        else st.shopts.delete(key);
      }
      return;
    }
    case "continue":
    case "break":
      if (cond.text) {
        w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`;
        return;
      }
      throw new LoopCtl(cmd);
    case "eval":
      if (vm) recordVersionManager(w, node.line, node.text, vm, cond);
      return await applyVersionManager(w, node, cond, vm);
    case "return":
    case "exit": {
      if (cond.text) {
        record(w, node.line, node.text, cond, { kind: "guard" });
        w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`;
        return;
      }
      record(w, node.line, node.text, cond, { kind: "guard" });
      throw new Stop(cmd === "exit" ? "exit" : "return");
    }
  }
  if (isGoCommand(cmd, words)) return goEnvW(w, node, cond, words);
  if (vm) {
    recordVersionManager(w, node.line, node.text, vm, cond);
    return applyVersionManager(w, node, cond, vm);
  }
  if (await managerCommand(loaderFor(w, node, cond), words.map((x) => expandWord(x, st, d)))) return;
  const fn = st.functions.get(cmd);
  if (fn && w.stack.length < MAX_SOURCE_DEPTH) {
    const saved = st.positional;
    st.positional = words.slice(1).map((x) => expandWord(x, st, d).value);
    try {
      await walkList({ ...w, file: fn.file, stopLine: fn.file === w.file ? w.stopLine : Infinity, afterGuard: void 0, stack: [...w.stack, `${fn.file}#${cmd}`] }, fn.body, cond);
    } catch (e) {
      if (!(e instanceof Stop) || e.kind !== "return") throw e;
    } finally {
      st.positional = saved;
    }
  }
}
__name(simpleCommand, "simpleCommand");
function isGoCommand(cmd, words) {
  return (cmd === "go" || cmd.endsWith("/go")) && words[1] === "env" && words.includes("-w");
}
__name(isGoCommand, "isGoCommand");
function goEnvW(w, node, cond, words) {
  for (const a of words.slice(2)) {
    const v = expandWord(a, w.state, dialectOf(w));
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v.value);
    if (m) record(w, node.line, node.text, cond, { kind: "go-env-w", name: m[1], value: m[2], known: v.known });
  }
}
__name(goEnvW, "goEnvW");
async function sourceCommand(w, node, cond, args, vm) {
  const st = w.state;
  if (vm) recordVersionManager(w, node.line, node.text, vm, cond);
  const raw = args[0];
  if (!raw) return;
  const list = await expandList(w, [{ raw, line: node.line }]);
  if (list === null || list.length !== 1) {
    const loopVar = /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw)?.[1];
    const fromLoop = loopVar ? st.loopCandidates.get(loopVar) : void 0;
    const candidates = list ?? fromLoop ?? await candidateFiles(w, [raw]);
    record(w, node.line, node.text, cond, { kind: "source", target: raw, followed: false, known: false, loader: fromLoop ? "loop" : "source", candidates, problem: list === null ? "the file name depends on a command or unknown variable" : "the file name matches several files" });
    return;
  }
  let target = list[0];
  if (target === "") {
    record(w, node.line, node.text, cond, { kind: "source", target: raw, followed: false, known: false, loader: "source", candidates: await candidateFiles(w, [raw]), problem: "the file name is empty here (an unset variable or a missing argument)" });
    return;
  }
  if (!target.startsWith("/")) {
    target = path4.posix.join(st.opts.home, target);
  }
  if (!st.opts.follow) {
    record(w, node.line, node.text, cond, { kind: "source", target, followed: false, known: true, problem: "not followed in a file-only scan" });
    return;
  }
  if (await managerEntryPoint(loaderFor(w, node, cond), target)) return;
  const saved = st.positional;
  st.positional = args.slice(1).map((x) => expandWord(x, st, dialectOf(w)).value);
  let res;
  try {
    res = await runFile(st, target, `sourced by ${w.file}:${node.line}${cond.text ? ` (if ${cond.text.slice(0, 80)})` : ""}`, w.stack);
  } finally {
    st.positional = saved;
  }
  const problem = res === "missing" ? "file does not exist" : res === "unusable" ? "not a readable regular file" : res === "cycle" ? "source loop: the file is already being read" : res === "depth" ? `source depth limit ${MAX_SOURCE_DEPTH} reached` : void 0;
  if (res === "cycle" || res === "depth") st.notes.push(`${w.file}:${node.line}: ${problem} (${target})`);
  record(w, node.line, node.text, cond, { kind: "source", target, followed: res === "read", known: true, ...problem ? { problem } : {} });
}
__name(sourceCommand, "sourceCommand");
function loaderFor(w, node, cond) {
  const st = w.state;
  return {
    state: st,
    async source(target, loader) {
      const res = await runFile(st, target, `loaded by ${loader} from ${w.file}:${node.line}`, w.stack);
      record(w, node.line, node.text, cond, { kind: "source", target, followed: res === "read", known: true, loader, ...res === "missing" ? { problem: "file does not exist" } : {} });
    },
    unfollowed(loader, problem, candidates) {
      record(w, node.line, node.text, cond, { kind: "source", target: candidates[0] ?? loader, followed: false, known: false, loader, problem, candidates });
    },
    glob: /* @__PURE__ */ __name((pattern) => glob(st, pattern, "zsh"), "glob")
  };
}
__name(loaderFor, "loaderFor");
async function applyVersionManager(w, node, cond, vm) {
  const st = w.state;
  const home = st.opts.home;
  if (/\bpath_helper\b/.test(node.text) && st.opts.pathHelper) {
    const helper = st.opts.pathHelper;
    const rest = st.path.filter((e) => !helper.some((h) => h.dir === e.dir));
    st.path = [...helper, ...rest];
    record(w, node.line, node.text, cond, { kind: "path", name: "PATH", op: "prepend", dirs: helper.map((h) => h.dir), value: helper.map((h) => h.dir).join(":"), exported: true });
    return;
  }
  if (vm === "goenv") {
    const root = st.get("GOENV_ROOT") || `${home}/.goenv`;
    if (!await findOnPath(st, "goenv") && !await st.cache.host.isExecutable(`${root}/bin/goenv`)) return;
    setPath(w, node.line, node.text, cond, [`${root}/shims`, OLD_PATH], true);
  } else if (vm === "mise" && !st.opts.interactive) {
    st.notes.push(`${w.file}:${node.line}: mise activate updates PATH from the prompt hook; non-interactive shells need \`mise activate --shims\``);
  }
}
__name(applyVersionManager, "applyVersionManager");
async function fishCommand(w, node, cond, words, vm) {
  const st = w.state;
  const cmd = words[0];
  if (cmd === "set") {
    const flags = [];
    let i = 1;
    for (; i < words.length && words[i].startsWith("-"); i++) flags.push(words[i]);
    const f = flags.join(" ");
    const has = /* @__PURE__ */ __name((s, l) => new RegExp(`(^| )-[a-zA-Z]*${s}|--${l}\\b`).test(f), "has");
    const name = words[i];
    if (!name || has("q", "query") || has("n", "names") || has("S", "show")) return;
    const scope = has("U", "universal") ? "universal" : has("g", "global") ? "global" : has("l", "local") ? "local" : has("f", "function") ? "function" : void 0;
    const values = words.slice(i + 1);
    const exported = has("x", "export") || !has("u", "unexport") && !!st.vars.get(name)?.exported;
    if (has("e", "erase")) {
      st.vars.delete(name);
      if (isGoVar(name)) record(w, node.line, node.text, cond, { kind: "unset", name, ...scope ? { scope } : {} });
      return;
    }
    if (scope === "local" || scope === "function") return;
    if (name === "PATH" || name === "fish_user_paths") {
      const entries = values.map((v2) => v2 === "$PATH" || v2 === '"$PATH"' || v2 === "$fish_user_paths" ? OLD_PATH : expandWord(v2, st, "fish", { pathVar: true }).value);
      const known2 = values.every((v2) => expandWord(v2, st, "fish").known);
      let list = entries.flatMap((e) => e === OLD_PATH ? [e] : e.split(":"));
      if (has("a", "append")) list = [OLD_PATH, ...list];
      else if (has("p", "prepend")) list = [...list, OLD_PATH];
      else if (name === "fish_user_paths" && !list.includes(OLD_PATH)) list = [...list, OLD_PATH];
      setPath(w, node.line, node.text, cond, list, known2);
      if (scope === "universal") record(w, node.line, node.text, cond, { kind: "universal", name, value: values.join(" "), scope });
      return;
    }
    const v = await Promise.all(values.map(async (x) => await goEnvGoroot(st, x) ?? expandWord(x, st, "fish")));
    const value = v.map((x) => x.value).join(name.endsWith("PATH") ? ":" : " ");
    const known = v.every((x) => x.known);
    st.vars.set(name, { value, known, exported, origin: origin(w, node.line, cond) });
    if (isGoVar(name)) record(w, node.line, node.text, cond, { kind: scope === "universal" ? "universal" : "set", name, value, known, exported, ...scope ? { scope } : { scope: "default" } });
    return;
  }
  if (cmd === "fish_add_path") {
    const flags = words.slice(1).filter((x) => x.startsWith("-"));
    const dirs = [];
    for (const x of words.slice(1).filter((y) => !y.startsWith("-"))) {
      const v = expandWord(x, st, "fish");
      const s = await st.cache.host.stat(v.value);
      if (s?.isDir && !st.path.some((e) => e.dir === v.value)) dirs.push(v.value);
    }
    const append = flags.some((f) => f === "-a" || f === "--append");
    record(w, node.line, node.text, cond, { kind: "path", name: "PATH", op: append ? "append" : "prepend", dirs, value: dirs.join(":"), known: true, exported: true, scope: flags.some((f) => f === "-P" || f === "--path") ? "path" : flags.some((f) => f === "-g" || f === "--global") ? "global" : "universal" });
    if (dirs.length) {
      const o = origin(w, node.line, cond);
      const entries = dirs.map((dir) => ({ dir, origin: o }));
      st.path = append ? [...st.path, ...entries] : [...entries, ...st.path];
    }
    return;
  }
  if (cmd === "source" || cmd === ".") return sourceCommand(w, node, cond, words.slice(1), vm);
  if (isGoCommand(cmd, words)) return goEnvW(w, node, cond, words);
  if (vm) {
    recordVersionManager(w, node.line, node.text, vm, cond);
    return applyVersionManager(w, node, cond, vm);
  }
  if (cmd === "return" || cmd === "exit") {
    record(w, node.line, node.text, cond, { kind: "guard" });
    if (!cond.text) throw new Stop(cmd === "exit" ? "exit" : "return");
    w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`;
    return;
  }
  let fn = st.functions.get(cmd);
  if (!fn && /^[\w-]+$/.test(cmd)) {
    const file = `${st.get("XDG_CONFIG_HOME") || `${st.opts.home}/.config`}/fish/functions/${cmd}.fish`;
    if (await runFile(st, file, `fish autoloads ${cmd} from functions/ (called at ${w.file}:${node.line})`, w.stack) === "read") fn = st.functions.get(cmd);
  }
  if (fn && w.stack.length < MAX_SOURCE_DEPTH) {
    const saved = st.vars.get("argv");
    st.vars.set("argv", { value: words.slice(1).map((x) => expandWord(x, st, "fish").value).join(" "), known: true, exported: false, origin: null });
    try {
      await walkList({ ...w, file: fn.file, stopLine: fn.file === w.file ? w.stopLine : Infinity, afterGuard: void 0, stack: [...w.stack, `${fn.file}#${cmd}`] }, fn.body, cond);
    } catch (e) {
      if (!(e instanceof Stop) || e.kind !== "return") throw e;
    } finally {
      if (saved) st.vars.set("argv", saved);
      else st.vars.delete("argv");
    }
  }
}
__name(fishCommand, "fishCommand");

// src/analyzers/shell/env-files.ts
function parseEtcEnvironment(text) {
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const s = raw.trim().replace(/^export\s+/, "");
    if (!s || s.startsWith("#")) return;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(s);
    if (!m) return;
    out.push({ key: m[1], value: unquote(m[2].trim()), line: i + 1 });
  });
  return out;
}
__name(parseEtcEnvironment, "parseEtcEnvironment");
function parseEnvironmentD(text, env) {
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith("#") || s.startsWith(";")) return;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(s);
    if (!m) return;
    const value = unquote(m[2]).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_all, braced, op, word, bare) => {
      const v = env.get(braced ?? bare) ?? "";
      if (op === "-") return v === "" ? word ?? "" : v;
      if (op === "+") return v === "" ? "" : word ?? "";
      return v;
    });
    env.set(m[1], value);
    out.push({ key: m[1], value, line: i + 1 });
  });
  return out;
}
__name(parseEnvironmentD, "parseEnvironmentD");
function parsePathsFile(text) {
  return text.split("\n").flatMap((raw, i) => {
    const s = raw.trim();
    return s && !s.startsWith("#") ? [{ key: "PATH", value: s, line: i + 1 }] : [];
  });
}
__name(parsePathsFile, "parsePathsFile");
function parseFishVariables(text) {
  const out = [];
  text.split("\n").forEach((raw, i) => {
    const m = /^SETUVAR\s+(--export\s+)?([^:\s]+):(.*)$/.exec(raw);
    if (!m) return;
    const value = m[3].replace(/\\x([0-9a-fA-F]{2})/g, (_a, h) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/g, "$1").split("").join(" ");
    out.push({ name: m[2], value, exported: !!m[1], line: i + 1 });
  });
  return out;
}
__name(parseFishVariables, "parseFishVariables");
function unquote(v) {
  if (v.length >= 2 && (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}
__name(unquote, "unquote");

// src/collectors/shell/analyze.ts
var SHELL_BINARIES = {
  bash: ["bash"],
  sh: ["sh"],
  zsh: ["zsh"],
  fish: ["fish"],
  busybox: ["busybox"]
};
var STD_DIRS = ["/usr/local/bin", "/usr/bin", "/bin", "/opt/homebrew/bin", "/usr/local/sbin"];
var DEFAULT_LOGIN_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games";
var SYSTEMD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin";
var CRON_PATH = "/usr/bin:/bin";
var MAC_LAUNCHD_PATH = "/usr/bin:/bin:/usr/sbin:/sbin";
var BASE_ENV_KEYS = ["USER", "LOGNAME", "SHELL", "LANG", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "ZDOTDIR", "BASH_ENV", "ENV"];
async function analyzeShells(host, opts = {}) {
  return await analyzeShellsOnce(host, opts, true) ?? await analyzeShellsOnce(host, opts, false);
}
__name(analyzeShells, "analyzeShells");
async function analyzeShellsOnce(host, opts, optimistic) {
  const homeEnv = host.env.HOME;
  if (!homeEnv || !homeEnv.startsWith("/")) throw new Error("HOME is not set to an absolute path; startup files cannot be located");
  const home = homeEnv;
  const platform = host.platform;
  const cache = new FileCache(host, optimistic);
  const sink = new EventSink();
  const installed = await findShells(host, opts.shells ?? SHELLS);
  const loginShell = await findLoginShell(host, home);
  const etcEnv = await readLines(host, "/etc/environment", parseEtcEnvironment);
  const pathHelper = platform === "darwin" ? await pathHelperDirs(host) : [];
  const fishVarsFile = `${host.env.XDG_CONFIG_HOME || `${home}/.config`}/fish/fish_variables`;
  const fishVarsText = await host.readText(fishVarsFile, 1024 * 1024);
  const fishUniversal = fishVarsText ? parseFishVariables(fishVarsText).map((u) => ({ ...u, file: fishVarsFile })) : [];
  const loginBase = /* @__PURE__ */ __name(() => {
    const b = { vars: /* @__PURE__ */ new Map(), path: [] };
    for (const k of BASE_ENV_KEYS) {
      const v = host.env[k];
      if (v !== void 0) b.vars.set(k, { value: v, origin: null });
    }
    b.vars.set("HOME", { value: home, origin: null });
    const envPath = etcEnv?.lines.find((l) => l.key === "PATH");
    b.path = envPath ? envPath.value.split(":").map((dir) => ({ dir, origin: { file: "/etc/environment", line: envPath.line } })) : (platform === "darwin" ? MAC_LAUNCHD_PATH : DEFAULT_LOGIN_PATH).split(":").map((dir) => ({ dir, origin: null }));
    for (const l of etcEnv?.lines ?? []) if (l.key !== "PATH") b.vars.set(l.key, { value: l.value, origin: { file: "/etc/environment", line: l.line } });
    return b;
  }, "loginBase");
  const contexts = [];
  const userFiles = await userStartupFiles(host, home);
  await Promise.all((opts.shells ?? SHELLS).flatMap((shell) => SHELL_CONTEXTS.flatMap((ctx) => startupSteps(shell, ctx, platform).filter((s) => s.file && !s.file.startsWith("$")).map((s) => cache.get(resolveHome(s.file, home), DIALECT[shell])))));
  for (const shell of opts.shells ?? SHELLS) {
    const bin = installed.find((s) => s.name === shell);
    if (!bin && !userFiles.some((f) => f.shell === shell)) continue;
    for (const ctx of shell === "bash" ? [...SHELL_CONTEXTS, SSH_COMMAND] : SHELL_CONTEXTS) {
      contexts.push(await shellContext(shell, ctx, bin?.path ?? shell, !!bin));
    }
  }
  contexts.push(await sessionContext("cron"), await sessionContext("systemd-user"), await sessionContext("gui"));
  const read = new Set(contexts.flatMap((c) => c.files.map((f) => f.path)));
  const candidates = sink.list().flatMap((e) => (e.candidates ?? []).map((p) => ({ path: p, shell: p.endsWith(".fish") ? "fish" : p.endsWith(".zsh") ? "zsh" : "bash" })));
  for (const f of [...userFiles, ...candidates.filter((c) => !userFiles.some((u) => u.path === c.path))]) {
    if (read.has(f.path) || !(await host.stat(f.path))?.isFile) continue;
    const st = new EvalState({ contextId: null, dialect: DIALECT[f.shell], interactive: true, login: true, home, follow: false }, cache, sink);
    seed(st, loginBase());
    await scanFile(st, f.path);
  }
  const parsed = await cache.all();
  if (optimistic) {
    const checks = await Promise.all(parsed.map((p) => p.syntaxCheck));
    if (checks.some((c) => c && !c.advisory)) return null;
    parsed.forEach((p, i) => {
      p.syntaxError = checks[i] ?? null;
    });
  }
  const files = parsed.filter((p) => p.exists).map((p) => ({
    path: p.path,
    dialect: p.dialect,
    exists: p.exists,
    size: p.size,
    truncated: p.truncated,
    binary: p.binary,
    ...p.unusable ? { problem: p.unusable } : {},
    syntaxError: p.syntaxError,
    readBy: contexts.filter((c) => c.files.some((f) => f.path === p.path)).map((c) => c.id)
  }));
  if (etcEnv) files.push({ path: "/etc/environment", dialect: "env-file", exists: true, size: etcEnv.size, truncated: false, binary: false, syntaxError: null, readBy: contexts.filter((c) => c.files.some((f) => f.path === "/etc/environment")).map((c) => c.id) });
  const events = sink.list();
  const gorootValues = /* @__PURE__ */ new Set([...events.filter((e) => e.name === "GOROOT" && e.kind === "set" && e.known && e.value).map((e) => e.value), ...contexts.flatMap((c) => c.vars.GOROOT?.known ? [c.vars.GOROOT.value] : [])]);
  const goroots = await Promise.all([...gorootValues].map(async (p) => {
    const stat = await host.stat(p);
    const text = stat?.isDir ? await host.readText(path5.posix.join(p, "VERSION"), 4096) : null;
    return { path: p, exists: !!stat?.isDir, version: text ? /^(go[\w.]+)/.exec(text.trim())?.[1] ?? null : null };
  }));
  const syntaxCheckError = files.some((f) => f.dialect !== "fish" && f.dialect !== "env-file" && f.dialect !== "paths") ? await syntaxCheckerError() : null;
  return { home, platform, loginShell, installed, files, events, contexts, fishUniversal, goroots, syntaxCheckError };
  async function shellContext(shell, ctx, bin, isInstalled) {
    const dialect = DIALECT[shell];
    const id = `${shell}:${ctx}`;
    const interactive = ctx === "login" || ctx === "interactive";
    const st = new EvalState({ contextId: id, dialect, interactive, login: ctx === "login" || ctx === "login-noninteractive", home, follow: true, pathHelper }, cache, sink);
    const base = loginBase();
    seed(st, base);
    if (etcEnv) st.filesRead.push({ path: "/etc/environment", why: `pam_env sets the session environment from /etc/environment (${SOURCES.pamEnv})` });
    setShellVars(st, shell, ctx);
    if (shell === "fish") applyFishUniversal(st);
    const steps = startupSteps(shell, ctx, platform);
    const doneGroups = /* @__PURE__ */ new Set();
    try {
      for (const step of steps) {
        if (step.group && doneGroups.has(step.group)) continue;
        if (step.fromVar) {
          const f = st.get(step.fromVar);
          if (step.fromVar === "ENV" && !interactive) continue;
          if (f) await runFile(st, resolveHome(f, home), step.why);
          continue;
        }
        if (step.dirGlob) {
          if (steps.findIndex((s) => s.dirGlob) !== steps.indexOf(step)) continue;
          for (const f of await fishConfD(host, home, steps.filter((s) => s.dirGlob).map((s) => s.dirGlob))) await runFile(st, f, step.why);
          continue;
        }
        const file = step.file.startsWith("$ZDOTDIR/") ? path5.posix.join(st.get("ZDOTDIR") || home, step.file.slice(9)) : resolveHome(step.file, home);
        const r = await runFile(st, file, step.why);
        if (r === "read" && step.group) doneGroups.add(step.group);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      if (e.kind === "exit") st.notes.push("the startup files call exit: the shell ends there");
    }
    const command = ctx === SSH_COMMAND ? "ssh HOST 'command -v go'" : shellArgv(shell, ctx, bin, "command -v go").map((a) => /\s/.test(a) ? `'${a}'` : a).join(" ");
    return finish(st, id, shell, ctx, command, isInstalled);
  }
  __name(shellContext, "shellContext");
  async function sessionContext(ctx) {
    const st = new EvalState({ contextId: ctx, dialect: "sh", interactive: false, login: false, home, follow: true }, cache, sink);
    const notes = [];
    const base = loginBase();
    if (ctx === "cron") {
      base.path = CRON_PATH.split(":").map((dir) => ({ dir, origin: null }));
      notes.push(`cron runs jobs with /bin/sh -c and PATH=${CRON_PATH} unless the crontab sets PATH= (${SOURCES.crontab}); no startup file is read`);
      const pam = await host.readText("/etc/pam.d/cron");
      if (!pam || !/pam_env/.test(pam)) {
        base.vars = new Map([...base.vars].filter(([, v]) => v.origin === null));
      } else if (etcEnv) st.filesRead.push({ path: "/etc/environment", why: "cron applies pam_env (/etc/pam.d/cron)" });
    } else if (platform === "darwin") {
      base.path = MAC_LAUNCHD_PATH.split(":").map((dir) => ({ dir, origin: null }));
      base.vars = new Map([...base.vars].filter(([, v]) => v.origin === null));
      notes.push("apps started from Finder, the Dock or launchd get launchd's environment: no shell startup file is read");
    } else {
      base.path = SYSTEMD_PATH.split(":").map((dir) => ({ dir, origin: null }));
      if (etcEnv) st.filesRead.push({ path: "/etc/environment", why: `the user session applies pam_env (${SOURCES.pamEnv})` });
      notes.push(`the systemd user manager takes its environment from environment.d files, not from shell startup files (${SOURCES.environmentD})`);
      if (ctx === "gui") notes.push("desktop sessions started by systemd use the same environment; some X11 display managers also source ~/.profile (distribution-specific, not assumed here)");
    }
    seed(st, base);
    if (ctx !== "cron" && platform !== "darwin") await applyEnvironmentD(st);
    st.notes.push(...notes);
    return finish(st, ctx, ctx, ctx, ctx === "cron" ? `env -i HOME=${home} PATH=${CRON_PATH} /bin/sh -c 'command -v go'` : "systemctl --user show-environment", true);
  }
  __name(sessionContext, "sessionContext");
  async function applyEnvironmentD(st) {
    const dirs = ["/usr/lib/environment.d", "/etc/environment.d", `${host.env.XDG_CONFIG_HOME || `${home}/.config`}/environment.d`];
    const byName = /* @__PURE__ */ new Map();
    for (const dir of dirs) for (const n of await host.readdir(dir) ?? []) if (n.endsWith(".conf")) byName.set(n, `${dir}/${n}`);
    for (const name of [...byName.keys()].sort()) {
      const file = byName.get(name);
      const text = await host.readText(file, 256 * 1024);
      if (text === null) continue;
      st.filesRead.push({ path: file, why: `environment.d file, read in file-name order (${SOURCES.environmentD})` });
      const env = new Map([...st.vars].map(([k, v]) => [k, v.value]));
      env.set("PATH", st.get("PATH") ?? "");
      for (const l of parseEnvironmentD(text, env)) {
        const o = { file, line: l.line };
        if (l.key === "PATH") {
          const old = new Map(st.path.map((e) => [e.dir, e]));
          st.path = l.value.split(":").map((dir) => old.get(dir) ?? { dir, origin: o });
          sink.add({ file, line: l.line, kind: "path", name: "PATH", op: "set", dirs: l.value.split(":").filter((d) => !old.has(d)), value: l.value, text: `${l.key}=${l.value}`, known: true, exported: true, conditional: false }, st.opts.contextId);
        } else {
          st.vars.set(l.key, { value: l.value, known: true, exported: true, origin: o });
          if (isGoVar(l.key)) sink.add({ file, line: l.line, kind: "set", name: l.key, value: l.value, text: `${l.key}=${l.value}`, known: true, exported: true, conditional: false }, st.opts.contextId);
        }
      }
    }
  }
  __name(applyEnvironmentD, "applyEnvironmentD");
  function applyFishUniversal(st) {
    for (const u of fishUniversal) {
      const o = { file: fishVarsFile, line: u.line };
      if (u.name === "fish_user_paths") {
        st.path = [...u.value.split(" ").filter(Boolean).map((dir) => ({ dir, origin: o })), ...st.path];
      } else {
        st.vars.set(u.name, { value: u.value, known: true, exported: u.exported, origin: o });
      }
    }
  }
  __name(applyFishUniversal, "applyFishUniversal");
  async function finish(st, id, shell, ctx, command, isInstalled) {
    const vars = {};
    for (const [k, v] of st.vars) if (isGoVar(k)) vars[k] = { value: v.value, known: v.known, exported: v.exported, origin: v.origin };
    return {
      id,
      shell,
      context: ctx,
      command,
      installed: isInstalled,
      files: st.filesRead,
      vars,
      path: st.path.map((e) => ({ dir: e.dir, origin: e.origin })),
      gos: await gosOnPath(host, st.path),
      notes: [...new Set(st.notes)]
    };
  }
  __name(finish, "finish");
}
__name(analyzeShellsOnce, "analyzeShellsOnce");
async function scanStartupFile(host, file, dialect, opts = {}) {
  const home = host.env.HOME ?? "/nonexistent";
  const cache = new FileCache(host);
  const sink = new EventSink();
  const st = new EvalState({ contextId: "scan", dialect, interactive: opts.interactive ?? true, login: true, home, follow: false }, cache, sink);
  for (const k of ["HOME", "USER", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"]) {
    const v = host.env[k];
    if (v !== void 0) st.vars.set(k, { value: v, known: true, exported: true, origin: null });
  }
  st.path = DEFAULT_LOGIN_PATH.split(":").map((dir) => ({ dir, origin: null }));
  await scanFile(st, file);
  const [parsed] = await cache.all();
  return { events: sink.list(), state: st, file: parsed };
}
__name(scanStartupFile, "scanStartupFile");
async function scanFile(st, file) {
  try {
    await runFile(st, file, "scan");
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
}
__name(scanFile, "scanFile");
function seed(st, base) {
  for (const [k, v] of base.vars) st.vars.set(k, { value: v.value, known: true, exported: true, origin: v.origin });
  st.path = [...base.path];
}
__name(seed, "seed");
function setShellVars(st, shell, ctx) {
  const set = /* @__PURE__ */ __name((k, v) => st.vars.set(k, { value: v, known: true, exported: false, origin: null }), "set");
  const interactive = ctx === "login" || ctx === "interactive";
  set("-", interactive ? "himBH" : ctx === "login-noninteractive" ? "hlBc" : "hBc");
  if (interactive) set("PS1", "\\s-\\v\\$ ");
  if (shell !== "sh" && shell !== "busybox") set("SHLVL", "1");
  const machine = /* @__PURE__ */ __name((k) => st.vars.set(k, { value: "", known: false, exported: false, origin: null }), "machine");
  if (shell === "bash" || shell === "zsh") for (const k of ["OSTYPE", "MACHTYPE", "HOSTTYPE", "HOSTNAME"]) machine(k);
  if (shell === "zsh") for (const k of ["CPUTYPE", "VENDOR"]) machine(k);
  if (shell === "bash") set("BASH_VERSION", "5");
  if (shell === "zsh") set("ZSH_VERSION", "5");
  if (shell === "fish") set("FISH_VERSION", "3");
  if (shell === "bash") set("BASH", "/bin/bash");
}
__name(setShellVars, "setShellVars");
function resolveHome(p, home) {
  if (p === "~") return home;
  if (p.startsWith("~/")) return path5.posix.join(home, p.slice(2));
  return p;
}
__name(resolveHome, "resolveHome");
async function readLines(host, file, parse) {
  const text = await host.readText(file, 256 * 1024);
  return text === null ? null : { lines: parse(text), size: Buffer.byteLength(text) };
}
__name(readLines, "readLines");
async function pathHelperDirs(host) {
  const out = [];
  const files = ["/etc/paths", ...(await host.readdir("/etc/paths.d") ?? []).sort().map((n) => `/etc/paths.d/${n}`)];
  for (const file of files) {
    const text = await host.readText(file, 64 * 1024);
    if (text === null) continue;
    for (const l of parsePathsFile(text)) if (!out.some((e) => e.dir === l.value)) out.push({ dir: l.value, origin: { file, line: l.line } });
  }
  return out;
}
__name(pathHelperDirs, "pathHelperDirs");
async function fishConfD(host, home, globs) {
  const byName = /* @__PURE__ */ new Map();
  for (const g of globs) {
    const dir = path5.posix.dirname(resolveHome(g, home));
    for (const n of await host.readdir(dir) ?? []) if (n.endsWith(".fish") && !byName.has(n)) byName.set(n, `${dir}/${n}`);
  }
  return [...byName.keys()].sort().map((n) => byName.get(n));
}
__name(fishConfD, "fishConfD");
async function findShells(host, which) {
  const dirs = [...(host.env.PATH ?? "").split(":").filter((d) => d.startsWith("/")), ...STD_DIRS];
  const out = [];
  for (const name of which) {
    for (const bin of SHELL_BINARIES[name]) {
      const hit = name === "sh" ? await host.isExecutable("/bin/sh") ? "/bin/sh" : null : await firstExecutable(host, dirs, bin);
      if (hit) {
        out.push({ name, path: hit });
        break;
      }
    }
  }
  return out;
}
__name(findShells, "findShells");
async function firstExecutable(host, dirs, name) {
  for (const d of dirs) if (await host.isExecutable(`${d}/${name}`)) return `${d}/${name}`;
  return null;
}
__name(firstExecutable, "firstExecutable");
async function findLoginShell(host, home) {
  const user = host.env.USER ?? host.env.LOGNAME;
  const passwd = await host.readText("/etc/passwd", 4 * 1024 * 1024);
  if (passwd) {
    for (const line of passwd.split("\n")) {
      const f = line.split(":");
      if (f.length >= 7 && (user && f[0] === user || !user && f[5] === home)) {
        return { path: f[6], name: shellName(f[6]), from: "/etc/passwd" };
      }
    }
  }
  const sh = host.env.SHELL;
  return sh ? { path: sh, name: shellName(sh), from: "$SHELL" } : null;
}
__name(findLoginShell, "findLoginShell");
function shellName(p) {
  const b = path5.posix.basename(p);
  return b === "dash" ? "sh" : b;
}
__name(shellName, "shellName");
async function userStartupFiles(host, home) {
  const cfg = host.env.XDG_CONFIG_HOME || `${home}/.config`;
  const zd = host.env.ZDOTDIR || home;
  const list = [
    ...[".bash_profile", ".bash_login", ".bashrc"].map((f) => ({ path: `${home}/${f}`, shell: "bash" })),
    { path: `${home}/.profile`, shell: "sh" },
    ...[".zshenv", ".zprofile", ".zshrc", ".zlogin"].map((f) => ({ path: `${zd}/${f}`, shell: "zsh" })),
    { path: `${cfg}/fish/config.fish`, shell: "fish" }
  ];
  for (const n of await host.readdir(`${cfg}/fish/conf.d`) ?? []) if (n.endsWith(".fish")) list.push({ path: `${cfg}/fish/conf.d/${n}`, shell: "fish" });
  const out = [];
  for (const f of list) if ((await host.stat(f.path))?.isFile) out.push(f);
  return out;
}
__name(userStartupFiles, "userStartupFiles");
async function gosOnPath(host, entries) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of entries) {
    if (!e.dir.startsWith("/") || seen.has(e.dir)) continue;
    seen.add(e.dir);
    const p = path5.posix.join(e.dir, "go");
    if (!await host.isExecutable(p)) continue;
    const real = await host.realpath(p);
    let version = null;
    if (real) {
      const text = await host.readText(path5.posix.join(path5.posix.dirname(path5.posix.dirname(real)), "VERSION"), 4096);
      const m = text ? /^(go\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)/.exec(text.trim()) : null;
      version = m ? m[1] : null;
    }
    out.push({ path: p, dir: e.dir, realPath: real, version, origin: e.origin });
  }
  return out;
}
__name(gosOnPath, "gosOnPath");

export {
  parseEtcEnvironment,
  DEFAULT_LOGIN_PATH,
  BASE_ENV_KEYS,
  analyzeShells,
  scanStartupFile,
  shellName,
  gosOnPath
};
