import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/engine/redact.ts
var REDACTED = "***";
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR)|COOKIE|SESSION)/i;
var NOT_SECRET = /* @__PURE__ */ new Set(["GOAUTH"]);
var SECRET_WORD = "(?:token|secret|password|passwd|passphrase|credential|api-?key|access-?key|private-?key|auth(?!or))";
var SECRET_FLAG = new RegExp(`^--?[a-z0-9-]*${SECRET_WORD}[a-z0-9-]*$`, "i");
var WORDS = /token|secret|passw|passphrase|credential|api[-_]?key|access[-_]?key|private[-_]?key|auth/i;
var AT = /@/;
var SECRET_PATTERNS = [
  // userinfo in URLs: scheme://user:pass@host or scheme://token@host. The authority runs to the
  // last @ before the path, as url.Parse reads it, so a password may hold @ or '. A quote,
  // comma or bar ends it (JSON text, GOPROXY lists).
  [/([a-z][a-z0-9+.-]*:\/\/)(?!\[)[^/?#\s"`,|\\<>]*@/gi, `$1${REDACTED}@`, AT],
  // user:password@host without a scheme (GOPROXY entries get https:// added by the go command);
  // an image digest (golang:1.22@sha256:...) is not one, nor `name::text@ref` (a GitHub workflow
  // command's separator before a message that opens with setup-go@v5).
  [/(^|[\s=,|"'(])[^\s/?#"'`,|=@:()]+:(?!:)[^\s/?#"`,|@]*@(?!sha\d+:)(?=[a-z0-9[])/gim, `$1${REDACTED}@`, AT],
  // well-known token shapes
  [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, REDACTED, /gh[pousr]_/],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}\b/g, REDACTED, /github_pat_/],
  [/\bglpat-[A-Za-z0-9_-]{16,}\b/g, REDACTED, /glpat-/],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, REDACTED, /xox[abposr]-/],
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED, /AKIA|ASIA/],
  [/\bnpm_[A-Za-z0-9]{30,}\b/g, REDACTED, /npm_/],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, REDACTED, /eyJ/],
  // JWT
  // Authorization headers and key=value secrets in command lines or files
  [/\b(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`, /bearer|basic|token/i],
  // .netrc: "password X", "login X password Y"
  [/\b(password|passwd)(\s+)(\\"[^"\\]*\\"|[^\s'"\\]+)/gi, `$1$2${REDACTED}`, /passw/i],
  // Flags with a secret in a command line: --token X, --password=X, --api-key X
  [new RegExp(`((?:^|[\\s"])--?[a-z0-9-]*${SECRET_WORD}[a-z0-9-]*)(=|\\s+)(?!-)(\\\\"[^"\\\\]*\\\\"|"[^"]*"|'[^']*'|[^\\s"'\\\\]+)`, "gim"), `$1$2${REDACTED}`, WORDS],
  // Headers: X-Api-Key: X, Private-Token: X, Authorization: X (curl -H, wget --header); the secret
  // word ends the name, so a rule name like credentials-in-goproxy is not one.
  [/\b((?:[a-z0-9]+-)*(?:token|secret|password|passwd|api-?key|access-?key|authorization|auth))(:[ \t]*)(?!Bearer\b|Basic\b|token\b)([^\s"',;\\]{4,})/gi, `$1$2${REDACTED}`, WORDS],
  // Dockerfile ENV/ARG in the space form: ENV SECRET_TOKEN value
  [/\b(ENV|ARG)(\s+)([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR))[A-Za-z0-9_]*)([ \t]+)(?![ \t]*$)[^\n"\\]+/gim, `$1$2$3$4${REDACTED}`, WORDS],
  // (GOAUTH holds commands, not secrets.)
  [/\b(?!GOAUTH=)([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|AUTH(?!OR))[A-Za-z0-9_]*)=(\\"[^"\\]*\\"|"[^"]*"|'[^']*'|[^\s"'\\]+)/gi, `$1=${REDACTED}`, WORDS]
];
var MAY_HOLD_SECRET = /@|:\/\/|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AKIA|ASIA|npm_|eyJ|bearer|basic|token|passw|passphrase|secret|credential|auth|api[-_]?key|access[-_]?key|private[-_]?key/i;
function redactString(s) {
  if (!MAY_HOLD_SECRET.test(s)) return s;
  let out = s;
  for (const [re, rep, needs] of SECRET_PATTERNS) if (needs.test(out)) out = out.replace(re, rep);
  return out;
}
__name(redactString, "redactString");
function holdsSecret(s) {
  return s.includes(REDACTED) || redactString(s) !== s;
}
__name(holdsSecret, "holdsSecret");
function isSecretName(name) {
  return SECRET_NAME.test(name) && !NOT_SECRET.has(name.toUpperCase());
}
__name(isSecretName, "isSecretName");
function redactDeep(value) {
  const names = /* @__PURE__ */ new Map();
  try {
    return redacted(value, { names, seen: null }, 0);
  } catch (e) {
    if (e !== TOO_DEEP) throw e;
  }
  return redacted(value, { names, seen: /* @__PURE__ */ new Map() }, 0);
}
__name(redactDeep, "redactDeep");
var MAX_UNREMEMBERED_DEPTH = 1e3;
var TOO_DEEP = new Error("too deep to walk without remembering objects");
function secretKey(k, ctx) {
  let secret = ctx.names.get(k);
  if (secret === void 0) ctx.names.set(k, secret = isSecretName(k));
  return secret;
}
__name(secretKey, "secretKey");
function redacted(value, ctx, depth) {
  if (typeof value === "string") return redactString(value);
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value)) return value;
  let walk = null;
  if (ctx.seen) {
    const known = ctx.seen.get(value);
    if (known && "done" in known) return known.done;
    if (known) return known.copy ??= Array.isArray(value) ? [] : {};
    ctx.seen.set(value, walk = { copy: null });
  } else if (depth > MAX_UNREMEMBERED_DEPTH) throw TOO_DEEP;
  const result = Array.isArray(value) ? redactedArray(value, ctx, depth, walk) : redactedObject(value, ctx, depth, walk);
  ctx.seen?.set(value, { done: result });
  return result;
}
__name(redacted, "redacted");
function redactedArray(arr, ctx, depth, walk) {
  let out = null;
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    const prev = i > 0 ? arr[i - 1] : void 0;
    const r = typeof v === "string" && v !== "" && typeof prev === "string" && SECRET_FLAG.test(prev) ? REDACTED : redacted(v, ctx, depth + 1);
    if (r !== v && !out) out = arr.slice(0, i);
    if (out) out[i] = r;
  }
  if (walk?.copy) return Object.assign(walk.copy, out ?? arr);
  return out ?? arr;
}
__name(redactedArray, "redactedArray");
function redactedObject(obj, ctx, depth, walk) {
  const label = typeof obj.name === "string" ? obj.name : typeof obj.key === "string" ? obj.key : null;
  const pairIsSecret = label !== null && secretKey(label, ctx);
  const envInstruction = typeof obj.keyword === "string" && /^(ENV|ARG)$/i.test(obj.keyword);
  let out = null;
  for (const k in obj) {
    const v = obj[k];
    let r;
    if (pairIsSecret && PAIR_VALUE_KEYS.has(k)) r = blank(v);
    else if (typeof v === "string") r = v === "" ? v : secretKey(k, ctx) ? REDACTED : k === "args" && envInstruction ? redactString(`ENV ${v}`).slice(4) : redactString(v);
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
__name(redactedObject, "redactedObject");
var PAIR_VALUE_KEYS = /* @__PURE__ */ new Set(["value", "values", "default", "raw", "text"]);
function blank(v) {
  if (typeof v === "string") return v === "" ? v : REDACTED;
  if (Array.isArray(v)) return v.map(blank);
  if (v !== null && typeof v === "object" && !Buffer.isBuffer(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === "string" ? blank(x) : x]));
  return v;
}
__name(blank, "blank");

export {
  REDACTED,
  redactString,
  holdsSecret,
  redactDeep
};
