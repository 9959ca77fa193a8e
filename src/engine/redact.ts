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
  [/\b([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY)[A-Za-z0-9_]*)=("[^"]*"|'[^']*'|[^\s"']+)/gi, `$1=${REDACTED}`],
];

export function redactString(s: string): string {
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
export function redactDeep<T>(value: T, seen = new WeakMap<object, unknown>()): T {
  if (typeof value === 'string') return redactString(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value as object)) return seen.get(value as object) as T;
  if (Array.isArray(value)) {
    const arr: unknown[] = [];
    seen.set(value, arr);
    for (const v of value) arr.push(redactDeep(v, seen));
    return arr as T;
  }
  if (Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  seen.set(value as object, out);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = typeof v === 'string' && v !== '' && isSecretName(k) ? REDACTED : redactDeep(v, seen);
  }
  return out as T;
}
