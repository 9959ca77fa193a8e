// The module info text inside Go build info, parsed like runtime/debug.ParseBuildInfo
// (src/runtime/debug/mod.go): tab-separated path/mod/dep/=>/build lines.
import type { BuildInfo, GoModule } from '../../facts/schema/artifacts.js';

export class ModInfoError extends Error {}

const needsQuotedKey = (k: string) => k.length === 0 || /[= \t\r\n"`]/.test(k);
const needsQuotedValue = (v: string) => /[ \t\r\n"`]/.test(v);

export function parseModInfo(goVersion: string, text: string, layout: BuildInfo['layout']): BuildInfo {
  const bi: BuildInfo = { goVersion, path: '', main: null, deps: [], settings: [], layout };
  let last: GoModule | null = null;
  let lineNo = 1;
  let rest = text;
  const fail = (msg: string): never => {
    throw new ModInfoError(`could not parse Go build info: line ${lineNo}: ${msg}`);
  };
  const moduleLine = (cols: string[]): GoModule => {
    if (cols.length !== 2 && cols.length !== 3) fail(`expected 2 or 3 columns; got ${cols.length}`);
    return { path: cols[0]!, version: cols[1]!, sum: cols[2] ?? '', replace: null };
  };
  // Like Go, a final line without a newline is ignored.
  for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n')) {
    const line = rest.slice(0, nl);
    rest = rest.slice(nl + 1);
    if (line.startsWith('path\t')) {
      bi.path = line.slice(5);
    } else if (line.startsWith('mod\t')) {
      bi.main = moduleLine(line.slice(4).split('\t'));
      last = bi.main;
    } else if (line.startsWith('dep\t')) {
      last = moduleLine(line.slice(4).split('\t'));
      bi.deps.push(last);
    } else if (line.startsWith('=>\t')) {
      const cols = line.slice(3).split('\t');
      if (cols.length !== 3) fail(`expected 3 columns for replacement; got ${cols.length}`);
      if (!last) fail('replacement with no module on previous line');
      last!.replace = { path: cols[0]!, version: cols[1]!, sum: cols[2]!, replace: null };
      last = null;
    } else if (line.startsWith('build\t')) {
      bi.settings.push(parseBuildLine(line.slice(6), fail));
    }
    lineNo++;
  }
  return bi;
}

function parseBuildLine(kv: string, fail: (m: string) => never): { key: string; value: string } {
  if (kv.length < 1) fail("build line missing '='");
  let key: string, rawValue: string;
  if (kv[0] === '=') fail('build line with missing key');
  if (kv[0] === '`' || kv[0] === '"') {
    const q = quotedPrefix(kv);
    if (q === null) fail('invalid quoted key in build line');
    if (kv.length === q!.raw.length) fail("build line missing '=' after quoted key");
    if (kv[q!.raw.length] !== '=') fail(`unexpected character after quoted key: ${JSON.stringify(kv[q!.raw.length])}`);
    key = q!.value;
    rawValue = kv.slice(q!.raw.length + 1);
  } else {
    const eq = kv.indexOf('=');
    if (eq < 0) fail("build line missing '=' after key");
    key = kv.slice(0, eq);
    rawValue = kv.slice(eq + 1);
    if (needsQuotedKey(key)) fail(`unquoted key ${JSON.stringify(key)} must be quoted`);
  }
  let value = '';
  if (rawValue.length > 0) {
    if (rawValue[0] === '`' || rawValue[0] === '"') {
      const q = quotedPrefix(rawValue);
      if (q === null || q.raw.length !== rawValue.length) fail('invalid quoted value in build line');
      value = q!.value;
    } else {
      value = rawValue;
      if (needsQuotedValue(value)) fail(`unquoted value ${JSON.stringify(value)} must be quoted`);
    }
  }
  return { key, value };
}

/** A Go quoted string at the start of s (strconv.QuotedPrefix + Unquote), or null. */
function quotedPrefix(s: string): { raw: string; value: string } | null {
  if (s[0] === '`') {
    const end = s.indexOf('`', 1);
    if (end < 0) return null;
    const body = s.slice(1, end);
    return body.includes('\r') ? null : { raw: s.slice(0, end + 1), value: body };
  }
  // Double-quoted: decode Go escapes (strconv.Unquote) directly.
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
  let value = '';
  for (let i = 1; i < s.length; i++) {
    const c = s[i]!;
    if (c === '"') return { raw: s.slice(0, i + 1), value };
    if (c === '\n') return null;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const esc = s[++i];
    if (esc === undefined) return null;
    const hex = (n: number) => {
      const h = s.slice(i + 1, i + 1 + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) return null;
      i += n;
      return parseInt(h, 16);
    };
    let code: number | null;
    if (esc in simple) value += simple[esc];
    else if (esc === 'x' && (code = hex(2)) !== null) value += String.fromCharCode(code);
    else if (esc === 'u' && (code = hex(4)) !== null) value += String.fromCharCode(code);
    else if (esc === 'U' && (code = hex(8)) !== null && code <= 0x10ffff) value += String.fromCodePoint(code);
    else if (/[0-7]/.test(esc) && /^[0-7]{2}$/.test(s.slice(i + 1, i + 3))) {
      value += String.fromCharCode(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else return null;
  }
  return null;
}
