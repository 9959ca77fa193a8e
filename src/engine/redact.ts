// Secrets never leave godiag: every report passes through redactDeep before any reporter.

import { assignmentStart, flagStart, headerStart, replaceAtStarts, secretWordStarts, stickyOf, urlStarts, userinfoStarts, type StartFinder } from './redact-scan.js';

export const REDACTED = '***';

/** Environment/setting names whose values are secret whatever they look like. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR)|COOKIE|SESSION)/i;
/** Names that match SECRET_NAME but hold no secret in Go's vocabulary. */
const NOT_SECRET = new Set(['GOAUTH']);

/** Secret-looking words inside flag names and header names (--token, --api-key, X-Api-Key). */
const SECRET_WORD = '(?:token|secret|password|passwd|passphrase|credential|api-?key|access-?key|private-?key|auth(?!or))';
/** A command-line flag that takes a secret (`--token`, `-password`, `--api-key`), alone in an argv element. */
const SECRET_FLAG = new RegExp(`^--?[a-z0-9-]*${SECRET_WORD}[a-z0-9-]*$`, 'i');

// The text may be serialized JSON: a value quoted with escaped quotes (\"…\") is replaced whole,
// and an unquoted one stops at a backslash, whose escape must survive or the document no longer parses.
/** What every pattern of the secret-word family needs: a cheap scan that spares those patterns most text. */
const WORDS = /token|secret|passw|passphrase|credential|api[-_]?key|access[-_]?key|private[-_]?key|auth/i;
const AT = /@/;

// Each pattern comes with a scan that every match of it needs (a literal part of it): a report's
// 64 KiB piece of file paths holds no '@', and the URL patterns, the costliest, are not run on it.
// Those that open with a character class also say where a match may begin (redact-scan.ts).
export const SECRET_PATTERNS: ReadonlyArray<readonly [RegExp, string, RegExp, StartFinder?]> = [
  // userinfo in URLs: scheme://user:pass@host or scheme://token@host. The authority runs to the
  // last @ before the path, as url.Parse reads it, so a password may hold @ or '. A quote,
  // comma or bar ends it (JSON text, GOPROXY lists).
  [/([a-z][a-z0-9+.-]*:\/\/)(?!\[)[^/?#\s"`,|\\<>]*@/gi, `$1${REDACTED}@`, AT, urlStarts],
  // user:password@host without a scheme (GOPROXY entries get https:// added by the go command);
  // an image digest (golang:1.22@sha256:...) is not one, nor `name::text@ref` (a GitHub workflow
  // command's separator before a message that opens with setup-go@v5).
  [/(^|[\s=,|"'(])[^\s/?#"'`,|=@:()]+:(?!:)[^\s/?#"`,|@]*@(?!sha\d+:)(?=[a-z0-9[])/gim, `$1${REDACTED}@`, AT, userinfoStarts],
  // well-known token shapes
  [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, REDACTED, /gh[pousr]_/],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, REDACTED, /github_pat_/],
  [/\bglpat-[A-Za-z0-9_-]{16,}\b/g, REDACTED, /glpat-/],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, REDACTED, /xox[abposr]-/],
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED, /AKIA|ASIA/],
  [/\bnpm_[A-Za-z0-9]{30,}\b/g, REDACTED, /npm_/],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, REDACTED, /eyJ/], // JWT
  // Authorization headers and key=value secrets in command lines or files
  [/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`, /bearer|basic|token/i],
  // .netrc: "password X", "login X password Y"
  [/\b(password|passwd)(\s+)(\\"[^"\\]*\\"|[^\s'"\\]+)/gi, `$1$2${REDACTED}`, /passw/i],
  // Flags with a secret in a command line: --token X, --password=X, --api-key X
  [new RegExp(`((?:^|[\\s"])--?[a-z0-9-]*${SECRET_WORD}[a-z0-9-]*)(=|\\s+)(?!-)(\\\\"[^"\\\\]*\\\\"|"[^"]*"|'[^']*'|[^\\s"'\\\\]+)`, 'gim'), `$1$2${REDACTED}`, WORDS, secretWordStarts(WORDS, flagStart)],
  // Headers: X-Api-Key: X, Private-Token: X, Authorization: X (curl -H, wget --header); the secret
  // word ends the name, so a rule name like credentials-in-goproxy is not one.
  [/\b((?:[a-z0-9]+-)*(?:token|secret|password|passwd|api-?key|access-?key|authorization|auth))(:[ \t]*)(?!Bearer\b|Basic\b|token\b)([^\s"',;\\]{4,})/gi, `$1$2${REDACTED}`, WORDS, secretWordStarts(WORDS, headerStart)],
  // Dockerfile ENV/ARG in the space form: ENV SECRET_TOKEN value
  [/\b(ENV|ARG)(\s+)([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR))[A-Za-z0-9_]*)([ \t]+)(?![ \t]*$)[^\n"\\]+/gim, `$1$2$3$4${REDACTED}`, WORDS],
  // (GOAUTH holds commands, not secrets.)
  [/\b(?!GOAUTH=)([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR))[A-Za-z0-9_]*)=(\\"[^"\\]*\\"|"[^"]*"|'[^']*'|[^\s"'\\]+)/gi, `$1=${REDACTED}`, WORDS, secretWordStarts(WORDS, assignmentStart)],
];

/**
 * Every pattern above needs one of these substrings, so a string without any of them is returned
 * as is: one scan instead of one per pattern (reports hold hundreds of thousands of strings).
 */
const MAY_HOLD_SECRET = /@|:\/\/|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AKIA|ASIA|npm_|eyJ|bearer|basic|token|passw|passphrase|secret|credential|auth|api[-_]?key|access[-_]?key|private[-_]?key/i;

const STICKY = SECRET_PATTERNS.map(([re, , , starts]) => (starts ? stickyOf(re) : null));

export function redactString(s: string): string {
  if (!MAY_HOLD_SECRET.test(s)) return s;
  let out = s;
  for (let i = 0; i < SECRET_PATTERNS.length; i++) {
    const [re, rep, needs, starts] = SECRET_PATTERNS[i]!;
    if (needs.test(out)) out = starts ? replaceAtStarts(out, STICKY[i]!, rep, starts) : out.replace(re, rep);
  }
  return out;
}

/**
 * A value that holds a secret or its redacted stand-in. Fix text must not carry one: printed, it
 * is redacted, and the pasted *** replaces the user's credentials.
 */
export function holdsSecret(s: string): boolean {
  return s.includes(REDACTED) || redactString(s) !== s;
}

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.has(name.toUpperCase());
}

/**
 * A value with its strings redacted. A property whose name looks secret (GITHUB_TOKEN,
 * password ...) is replaced whole. The input is never modified: an object or array that holds a
 * secret is copied, one that holds none is returned as it is (reports run to megabytes of facts,
 * nearly all of them clean). Cycles end, and keep their shape.
 */
export function redactDeep<T>(value: T): T {
  const names = new Map<string, boolean>();
  try {
    return redacted(value, { names, seen: null }, 0) as T;
  } catch (e) {
    if (e !== TOO_DEEP) throw e;
  }
  // Deeper than any report: perhaps a cycle. Walk again, remembering every object.
  return redacted(value, { names, seen: new Map() }, 0) as T;
}

/** A report is a tree a few dozen levels deep; remembering each object would cost more than the walk. */
const MAX_UNREMEMBERED_DEPTH = 1000;
const TOO_DEEP = new Error('too deep to walk without remembering objects');

/** While an object is being walked: its copy, made early if a cycle comes back to it. */
interface Walk { copy: unknown[] | Record<string, unknown> | null }
interface Ctx { names: Map<string, boolean>; seen: Map<object, Walk | { done: unknown }> | null }

function secretKey(k: string, ctx: Ctx): boolean {
  let secret = ctx.names.get(k);
  if (secret === undefined) ctx.names.set(k, (secret = isSecretName(k)));
  return secret;
}

function redacted(value: unknown, ctx: Ctx, depth: number): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  let walk: Walk | null = null;
  if (ctx.seen) {
    const known = ctx.seen.get(value);
    if (known && 'done' in known) return known.done;
    if (known) return (known.copy ??= Array.isArray(value) ? [] : {}); // a cycle: the parent is copied
    ctx.seen.set(value, (walk = { copy: null }));
  } else if (depth > MAX_UNREMEMBERED_DEPTH) throw TOO_DEEP;
  const result = Array.isArray(value) ? redactedArray(value, ctx, depth, walk) : redactedObject(value as Record<string, unknown>, ctx, depth, walk);
  ctx.seen?.set(value, { done: result });
  return result;
}

function redactedArray(arr: unknown[], ctx: Ctx, depth: number, walk: Walk | null): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    // An argv: the element after --token / --password is the secret, whatever it looks like.
    const prev = i > 0 ? arr[i - 1] : undefined;
    const r = typeof v === 'string' && v !== '' && typeof prev === 'string' && SECRET_FLAG.test(prev) ? REDACTED : redacted(v, ctx, depth + 1);
    if (r !== v && !out) out = arr.slice(0, i);
    if (out) out[i] = r;
  }
  if (walk?.copy) return Object.assign(walk.copy, out ?? arr);
  return out ?? arr;
}

function redactedObject(obj: Record<string, unknown>, ctx: Ctx, depth: number, walk: Walk | null): Record<string, unknown> {
  // A name/value pair (Dockerfile ENV, CI env, Makefile variable, env file line): the secret's
  // name is in a field beside its value, not the property name.
  const label = typeof obj.name === 'string' ? obj.name : typeof obj.key === 'string' ? obj.key : null;
  const pairIsSecret = label !== null && secretKey(label, ctx);
  // A Dockerfile ENV or ARG instruction's argument text (`SECRET_TOKEN value`, the space form).
  const envInstruction = typeof obj.keyword === 'string' && /^(ENV|ARG)$/i.test(obj.keyword);
  let out: Record<string, unknown> | null = null;
  for (const k in obj) {
    const v = obj[k];
    let r: unknown;
    if (pairIsSecret && PAIR_VALUE_KEYS.has(k)) r = blank(v);
    else if (typeof v === 'string') r = v === '' ? v : secretKey(k, ctx) ? REDACTED : k === 'args' && envInstruction ? redactString(`ENV ${v}`).slice(4) : redactString(v);
    else r = redacted(v, ctx, depth + 1);
    if (r !== v && !out) {
      out = {};
      for (const before in obj) {
        if (before === k) break;
        out[before] = obj[before];
      }
    }
    if (out) out[k] = r;
  }
  if (walk?.copy) return Object.assign(walk.copy, out ?? obj);
  return out ?? obj;
}

const PAIR_VALUE_KEYS = new Set(['value', 'values', 'default', 'raw', 'text']);

/** Every non-empty string inside v replaced: the value of a secret-named pair, whatever its shape. */
function blank(v: unknown): unknown {
  if (typeof v === 'string') return v === '' ? v : REDACTED;
  if (Array.isArray(v)) return v.map(blank);
  if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? blank(x) : x]));
  return v;
}
