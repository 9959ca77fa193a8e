// The CA bundle Go's crypto/x509 would load (src/crypto/x509/root_linux.go, root_unix.go
// loadSystemRoots and readUniqueDirectoryEntries).
import type { CaRoot, SystemFacts } from '../../facts/schema/system.js';
import type { SysCtx } from './context.js';
import { readCaRoots, rootBudget } from './ca-roots.js';
import { readFiles, readlinks } from '../host.js';

/** What is read of each file of a certificate directory (readBytes' default). */
const CERT_FILE_BYTES = 1024 * 1024;

/** Go's certFiles for Linux, in its order; the first one that loads wins. */
export const LINUX_CERT_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
] as const;
export const LINUX_CERT_DIRS = ['/etc/ssl/certs', '/etc/pki/tls/certs'] as const;

/** crypto/x509 AppendCertsFromPEM (cert_pool.go) takes only blocks of type CERTIFICATE: OpenSSL's
 * TRUSTED CERTIFICATE blocks are skipped, so a file holding only those loads nothing. */
const PEM_MARKER = Buffer.from('-----BEGIN CERTIFICATE-----');

/** PEM certificate blocks in a file, counted on its bytes: bundles run to hundreds of KB and need no decoding. */
export function countPemCertificates(data: Buffer): number {
  let n = 0;
  for (let at = data.indexOf(PEM_MARKER); at >= 0; at = data.indexOf(PEM_MARKER, at + PEM_MARKER.length)) n++;
  return n;
}

export async function collectCa(ctx: SysCtx): Promise<SystemFacts['ca']> {
  const { host } = ctx;
  const sslCertFile = host.env.SSL_CERT_FILE || null;
  const sslCertDir = host.env.SSL_CERT_DIR || null;
  // macOS and Windows verify through the platform verifier, not PEM files.
  if (host.platform !== 'linux' && host.platform !== 'freebsd') return { sslCertFile, sslCertDir, candidates: [], certificates: null };
  const candidates: SystemFacts['ca']['candidates'] = [];
  // SSL_CERT_FILE replaces the file list; SSL_CERT_DIR (colon-separated) replaces the directories.
  const files = sslCertFile ? [sslCertFile] : [...LINUX_CERT_FILES];
  const dirs = sslCertDir ? sslCertDir.split(':').filter(Boolean) : [...LINUX_CERT_DIRS];
  let total = 0;
  let fileLoaded = false;
  const budget = rootBudget();
  const checkedAt = new Date().toISOString();
  for (const f of files) {
    const data = await host.readBytes(f, 32 * 1024 * 1024);
    const certs = data ? countPemCertificates(data) : 0;
    const candidate: SystemFacts['ca']['candidates'][number] = { path: f, kind: 'file', exists: data !== null, bytes: data?.length ?? 0, certificates: certs };
    // Go stops at the first file it can read (root_unix.go loadSystemRoots).
    if (data !== null && !fileLoaded) {
      total += certs;
      fileLoaded = true;
      candidate.roots = [];
      candidate.unparsable = readCaRoots(data, f, candidate.roots, new Set(), budget);
    }
    candidates.push(candidate);
  }
  for (const d of dirs) {
    const entries = await host.readdirTyped(d);
    let certs = 0;
    let bytes = 0;
    let unparsable = 0;
    const roots: CaRoot[] = [];
    const seen = new Set<string>();
    // Go skips links to names in the same directory (the c_rehash hash links): isSameDirSymlink.
    const links = (entries ?? []).filter((e) => e.isSymlink).map((e) => `${d}/${e.name}`);
    const targets = await readlinks(host, links);
    const sameDir = new Set(links.filter((_, i) => !targets[i]?.includes('/')));
    const files = (entries ?? []).map((e) => `${d}/${e.name}`).filter((f) => !sameDir.has(f));
    const contents = await readFiles(host, files, CERT_FILE_BYTES);
    for (const [i, data] of contents.entries()) {
      if (!data) continue;
      certs += countPemCertificates(data);
      bytes += data.length;
      unparsable += readCaRoots(data, files[i]!, roots, seen, budget);
    }
    candidates.push({ path: d, kind: 'dir', exists: entries !== null, bytes, certificates: certs, ...(entries !== null ? { roots, unparsable } : {}) });
    total += certs;
  }
  return { sslCertFile, sslCertDir, candidates, certificates: total, checkedAt, rootsTruncated: budget.truncated };
}
