// What reaches a terminal, a Markdown file or a GitHub workflow command is text, never control:
// file names and file contents are analysed input, and an ESC, a carriage return or a newline in
// them would retitle or clear the terminal, or forge whole report lines.

/**
 * C0 controls, DEL, C1 controls, and the bidirectional overrides and isolates that reorder what a
 * terminal shows (CVE-2021-42574, "Trojan Source"); also U+2028/U+2029, which some renderers take
 * as line breaks.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** A lone surrogate is what invalid UTF-16 (and so a mangled name) leaves; it prints as garbage. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A single string value longer than this is cut in human output (a quoted line, a file name). */
export const MAX_EXCERPT = 2000;
/** Multi-line values (a fix's command or replacement text) may be longer. */
export const MAX_BLOCK = 16_000;

function cap(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length - max} more characters not shown)`;
}

/**
 * s as visible text: control characters (newlines included; tabs are harmless and stay), bidi overrides and lone surrogates
 * become escapes like \e, \n, \x00, \u202e; longer than max it is cut with a note.
 * Invalid UTF-8 was already decoded to U+FFFD when the bytes were read, which is visible as is.
 */
export function visible(s: string, max = MAX_EXCERPT): string {
  return cap(s, max).replace(CONTROL, escapeChar).replace(LONE_SURROGATE, (c) => escapeChar(c));
}

/** visible(), but line breaks (\n, and \t) stay: for multi-line blocks such as a fix's command text. */
export function visibleBlock(s: string, max = MAX_BLOCK): string {
  return cap(s, max).replace(/\r\n/g, '\n').replace(CONTROL_BUT_LINE_BREAKS, escapeChar).replace(LONE_SURROGATE, (c) => escapeChar(c));
}

/** Properties whose strings are multi-line by design. */
const BLOCK_KEYS = new Set(['command', 'replacement']);

/**
 * Every string in a value made visible (a new value; the input is not changed). Reports for
 * humans pass through this before a reporter adds its own layout, colours and line breaks.
 */
export function visibleDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (BLOCK_KEYS.has(key) ? visibleBlock(value) : visible(value)) as T;
  if (Array.isArray(value)) return value.map((v) => visibleDeep(v, key === 'lines' || key === 'rows' ? '' : key)) as T;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = visibleDeep(v, k);
  return out as T;
}

/** Our own colours: SGR sequences (ESC [ digits ; m) are the one control sequence output may hold. */
const SGR_OR_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const STATUS_OR_CONTROL = /\u001b\[K|\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OUTPUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last guard on every byte written: control characters other than line breaks and tabs (and
 * colour sequences, when colour may be on) become \uXXXX escapes. That spelling is also a valid
 * JSON string escape, so JSON output keeps its meaning (JSON.stringify leaves C1 controls and
 * bidi overrides raw).
 */
export function neutralizeControls(s: string, allowColor: boolean, allowStatusLine = false): string {
  const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  if (allowStatusLine) {
    // stderr on a terminal: the status line's own carriage return and erase-to-end-of-line pass.
    return s.replace(STATUS_OR_CONTROL, (m) => (m === '\r' || m === '\u001b[K' || (allowColor && m.length > 1) ? m : m.length > 1 ? hex(m[0]!) + m.slice(1) : hex(m)));
  }
  return allowColor ? s.replace(SGR_OR_CONTROL, (m) => (m.length > 1 ? m : hex(m))) : s.replace(CONTROL_OUTPUT, hex);
}
