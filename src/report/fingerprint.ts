// A finding's identity across runs: what is wrong and where, not when or on which line. Used for
// SARIF partialFingerprints (code scanning matches alerts by it) and for --baseline files.
import { createHash } from 'node:crypto';
import type { Finding } from '../facts/findings.js';

export const FINGERPRINT_KEY = 'godiagFindingHash/v1';

/** A number with its unit, if any: 1.2 GiB and 900 MiB are the same measurement taken twice. */
const NUMBER = /\d+(?:[.,]\d+)*(?:\s*(?:[KMGTP]i?B|bytes?|B|ms|µs|s)\b)?/g;

/**
 * Rule, message, file (as the reporter names it) and the message data with every number (and its unit) folded
 * to 0: numbers are counts, sizes, times, pids and temp-dir suffixes that change from run to
 * run ("3.1 GiB free", go-build1234), while the words say which setting, image or command it is.
 * Line numbers are left out too: an edit above a finding must not make it new. Equal keys in one
 * report are told apart by their order (the second GD601 in the same Dockerfile is #2).
 */
export function fingerprints(findings: readonly Finding[], fileOf: (f: Finding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const data = Object.entries(f.data)
      .filter(([, v]) => typeof v !== 'number')
      .map(([k, v]) => [k, String(v).replace(NUMBER, '0')])
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
    const key = createHash('sha256').update(JSON.stringify([f.ruleId, f.messageId, fileOf(f), data])).digest('hex').slice(0, 32);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}:${n}`;
  });
}
