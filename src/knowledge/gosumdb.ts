// GOSUMDB, as src/cmd/go/internal/modfetch/sumdb.go dbDial reads it:
// "off", "name+hash+key" or a known name, optionally followed by one URL.
import { createHash } from 'node:crypto';

/** Names the go command knows the key of (src/cmd/go/internal/modfetch/key.go knownGOSUMDB). */
export const KNOWN_SUMDB_KEYS: Readonly<Record<string, string>> = {
  'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
};
export const DEFAULT_GOSUMDB = 'sum.golang.org';

export type SumDb =
  | { kind: 'off' }
  | { kind: 'db'; name: string; key: string; url: string | null; known: boolean }
  | { kind: 'invalid'; error: string };

export function parseGosumdb(value: string): SumDb {
  let v = value;
  if (v === 'sum.golang.google.cn') v = 'sum.golang.org https://sum.golang.google.cn';
  if (v === 'off') return { kind: 'off' };
  const fields = v.split(/\s+/).filter(Boolean);
  if (fields.length === 0) return { kind: 'invalid', error: 'missing GOSUMDB' };
  if (fields.length > 2) return { kind: 'invalid', error: 'invalid GOSUMDB: too many fields' };
  const known = KNOWN_SUMDB_KEYS[fields[0]!];
  const key = known ?? fields[0]!;
  const verifier = verifierProblem(key);
  if (verifier) return { kind: 'invalid', error: `invalid GOSUMDB: ${verifier} (${fields[0]} is neither a known database name nor name+hash+key)` };
  const name = key.slice(0, key.indexOf('+'));
  if (name.endsWith('/') || !/^[^/\s:@?#]+(\/[^\s:@?#]*)?$/.test(name)) {
    return { kind: 'invalid', error: `invalid sumdb name (must be host[/path]): ${name}` };
  }
  const url = fields[1] ?? null;
  if (url !== null && !/^[a-z][a-z0-9+.-]*:/i.test(url)) return { kind: 'invalid', error: `invalid GOSUMDB URL: ${url}` };
  return { kind: 'db', name, key, url, known: known !== undefined };
}

/** golang.org/x/mod/sumdb/note.NewVerifier's checks, or null when the key is usable. */
export function verifierProblem(vkey: string): string | null {
  const cut = (t: string): [string, string] => { const i = t.indexOf('+'); return i < 0 ? [t, ''] : [t.slice(0, i), t.slice(i + 1)]; };
  const [name, rest] = cut(vkey);
  const [hash16, key64] = cut(rest);
  const key = /^[A-Za-z0-9+/]*={0,2}$/.test(key64) && key64.length % 4 === 0 ? Buffer.from(key64, 'base64') : null;
  if (hash16.length !== 8 || !/^[0-9a-fA-F]{8}$/.test(hash16) || !key || key.length === 0 || name === '' || /\s|\+/.test(name)) {
    return 'malformed verifier id';
  }
  const sum = createHash('sha256').update(name).update('\n').update(key).digest();
  if (sum.readUInt32BE(0) !== parseInt(hash16, 16)) return 'invalid verifier hash';
  if (key[0] !== 1) return 'unknown verifier algorithm';
  if (key.length !== 33) return 'malformed verifier id';
  return null;
}
