// The certificates Go's root pool would hold, with their validity dates, read with node:crypto.
// crypto/x509 AppendCertsFromPEM (cert_pool.go) takes PEM blocks of type CERTIFICATE without
// headers that parse as X.509, and the pool keeps one copy of each certificate.
import { X509Certificate, createHash } from 'node:crypto';
import type { CaRoot } from '../../facts/schema/system.js';

/** Certificates parsed per collection at most: a distribution bundle holds ~150, its directory twice that. */
export const MAX_CA_ROOTS = 4096;

/** How many certificates may still be parsed, shared by every location of one collection. */
export interface RootBudget {
  left: number;
  truncated: boolean;
  /** Dates and subject by DER hash: the distribution bundle and the directory hold the same certificates. */
  parsed: Map<string, Omit<CaRoot, 'file'> | null>;
}

export function rootBudget(max = MAX_CA_ROOTS): RootBudget {
  return { left: max, truncated: false, parsed: new Map() };
}

// Base64 never holds '-', so the lazy body cannot run past its own END line.
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----\r?\n([^-]*)-----END CERTIFICATE-----/g;

/** Add the distinct certificates in `data` (read from `file`) to `into`; returns how many blocks did not parse. */
export function readCaRoots(data: Buffer, file: string, into: CaRoot[], seen: Set<string>, budget: RootBudget): number {
  let unparsable = 0;
  for (const m of data.toString('latin1').matchAll(CERTIFICATE_BLOCK)) {
    // A block with headers (Proc-Type: ...) is skipped by Go, so it is not a root.
    if (m[1]!.includes(':')) continue;
    if (budget.left <= 0) { budget.truncated = true; break; }
    budget.left--;
    const der = Buffer.from(m[1]!, 'base64');
    const key = createHash('sha256').update(der).digest('hex');
    if (seen.has(key)) continue;
    seen.add(key);
    let root = budget.parsed.get(key);
    if (root === undefined) budget.parsed.set(key, (root = parseRoot(der)));
    if (root) into.push({ ...root, file });
    else unparsable++;
  }
  return unparsable;
}

function parseRoot(der: Buffer): Omit<CaRoot, 'file'> | null {
  try {
    const cert = new X509Certificate(der);
    const notBefore = new Date(cert.validFrom);
    const notAfter = new Date(cert.validTo);
    if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return null;
    return { subject: cert.subject.split('\n').join(', '), notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString() };
  } catch {
    return null;
  }
}
