// Secrets never leave godiag: every report passes through redactDeep before any reporter.

export const REDACTED = '***';

/** Environment/setting names whose values are secret whatever they look like. */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR)|COOKIE|SESSION)/i;
/** Names that match SECRET_NAME but hold no secret in Go's vocabulary. */
const NOT_SECRET = new Set(['GOAUTH']);

const PATTERNS: Array<[RegExp, string]> = [
  // userinfo in URLs: scheme://user:pass@host or scheme://token@host
  [/([a-z][a-z0-9+.-]*:\/\/)([^/\s@:'"]+)(:[^/\s@'"]*)?@/gi, `$1${REDACTED}@`],
  // well-known token shapes
  [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, REDACTED],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, REDACTED],
  [/\bglpat-[A-Za-z0-9_-]{16,}\b/g, REDACTED],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, REDACTED],
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED],
  [/\bnpm_[A-Za-z0-9]{30,}\b/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, REDACTED], // JWT
  // Authorization headers and key=value secrets in command lines or files
  [/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // .netrc: "password X", "login X password Y"
  [/\b(password|passwd)(\s+)([^\s'"]+)/gi, `$1$2${REDACTED}`],
  // (GOAUTH holds commands, not secrets.)
  [/\b(?!GOAUTH=)([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR))[A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s"']+)/gi, `$1=${REDACTED}`],
];

/**
 * Every pattern above needs one of these substrings, so a string without any of them is returned
 * as is: one scan instead of one per pattern (reports hold hundreds of thousands of strings).
 */
const MAY_HOLD_SECRET = /:\/\/|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AKIA|ASIA|npm_|eyJ|bearer|basic|token|passw|passphrase|secret|credential|auth|api_?key|access_?key|private_?key/i;

export function redactString(s: string): string {
  if (!MAY_HOLD_SECRET.test(s)) return s;
  let out = s;
  for (const [re, rep] of PATTERNS) out = out.replace(re, rep);
  return out;
}

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !NOT_SECRET.has(name.toUpperCase());
}

/**
 * Deep-copy a value, redacting strings. A property whose name looks secret
 * (GITHUB_TOKEN, password ...) is replaced whole.
 */
export function redactDeep<T>(value: T): T {
  return copyRedacted(value, new Map(), new Map()) as T;
}

/** `seen` keeps shared and cyclic references shared; `secretNames` caches isSecretName per key. */
function copyRedacted(value: unknown, seen: Map<object, unknown>, secretNames: Map<string, boolean>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const arr: unknown[] = new Array(value.length);
    seen.set(value, arr);
    for (let i = 0; i < value.length; i++) arr[i] = copyRedacted(value[i], seen, secretNames);
    return arr;
  }
  if (Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  const obj = value as Record<string, unknown>;
  const secretName = (k: string) => {
    let secret = secretNames.get(k);
    if (secret === undefined) secretNames.set(k, (secret = isSecretName(k)));
    return secret;
  };
  // A name/value pair (Dockerfile ENV, CI env, Makefile variable, env file line): the secret's
  // name is in a field beside its value, not the property name.
  const label = typeof obj.name === 'string' ? obj.name : typeof obj.key === 'string' ? obj.key : null;
  const pairIsSecret = label !== null && secretName(label);
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (pairIsSecret && PAIR_VALUE_KEYS.has(k)) out[k] = blank(v);
    else if (typeof v === 'string' && v !== '') out[k] = secretName(k) ? REDACTED : redactString(v);
    else out[k] = copyRedacted(v, seen, secretNames);
  }
  return out;
}

const PAIR_VALUE_KEYS = new Set(['value', 'values', 'default', 'raw', 'text']);

/** Every non-empty string inside v replaced: the value of a secret-named pair, whatever its shape. */
function blank(v: unknown): unknown {
  if (typeof v === 'string') return v === '' ? v : REDACTED;
  if (Array.isArray(v)) return v.map(blank);
  if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? blank(x) : x]));
  return v;
}
