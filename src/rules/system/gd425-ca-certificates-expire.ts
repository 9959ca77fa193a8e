import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import type { CaRoot } from '../../facts/schema/system.js';
import { compareText } from '../../facts/order.js';
import { caBundleFix } from './fixes.js';

/** How far ahead an expiry is worth a note. */
export const EXPIRY_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const LISTED = 5;

/** CA certificates Go loads that have expired or soon will, and bundles where none is valid any more. */
export const gd425 = defineRule({
  id: 'GD425',
  name: 'ca-certificates-expire',
  category: 'system',
  severity: 'warning',
  title: 'CA certificates expired or about to expire',
  requires: ['system'],
  messages: {
    noneValid: 'None of the {count} CA certificates Go loads ({locations}) is valid on {date} ({expired} expired, {notYetValid} not yet valid): every TLS verification fails with "x509: certificate has expired or is not yet valid", with a root\'s date, not the server certificate\'s.',
    bundleExpired: 'Every one of the {count} CA certificates in {path} has expired, the last on {latest}: servers whose chain ends at these roots fail with "x509: certificate has expired or is not yet valid" ({valid} valid roots remain in the other locations).',
    expired: '{count} CA certificate(s) Go loads have expired: {list}. Go builds no chain through them, so the bundle is out of date.',
    expiring: '{count} CA certificate(s) Go loads expire within {days} days: {list}. From then on, servers whose chain ends only at them fail verification.',
  },
  fixTitles: {
    updateTheCaBundle: 'Update the CA bundle',
    checkTheClock: 'Check the clock',
  },
  sources: ['src/crypto/x509/verify.go', 'src/crypto/x509/cert_pool.go', 'src/crypto/x509/root_unix.go', 'src/crypto/x509/root_linux.go', 'man:update-ca-certificates(8)'],
  fixable: true,
  docs: {
    what: 'Reads the validity dates of the certificates Go\'s crypto/x509 loads as roots — SSL_CERT_FILE or the first readable distribution bundle, then SSL_CERT_DIR or /etc/ssl/certs and /etc/pki/tls/certs — and reports roots that have expired or expire within 30 days of the collection, and a location whose every root has expired.',
    why: 'crypto/x509 checks NotBefore and NotAfter of every certificate of a chain, the root included (verify.go isValid), so an expired root verifies nothing: a pinned corporate bundle in SSL_CERT_FILE or a copied scratch-image bundle that has aged out makes every connection fail with "x509: certificate has expired or is not yet valid: current time … is after …" — the date is the root\'s, not the server certificate\'s. Roots that are not yet valid everywhere point at a wrong clock. An expired root next to valid ones is harmless on its own but shows a bundle that is not updated.',
    fix: 'Update the ca-certificates package (and run update-ca-certificates / update-ca-trust), rebuild images that copy the bundle, replace an outdated SSL_CERT_FILE bundle, or set the clock right when roots are not yet valid.',
  },
  check({ system }) {
    const { ca } = system;
    if (!ca.checkedAt) return [];
    const now = Date.parse(ca.checkedAt);
    const loaded = ca.candidates.filter((c) => c.roots && c.roots.length > 0);
    if (loaded.length === 0) return [];
    const fixes: FixDraft[] = caBundleFix(system, fixTitle('updateTheCaBundle'));
    const all = distinct(loaded.flatMap((c) => c.roots!));
    const expired = all.filter((r) => Date.parse(r.notAfter) < now);
    const notYetValid = all.filter((r) => Date.parse(r.notBefore) > now);
    const valid = all.length - expired.length - notYetValid.length;
    if (valid === 0) {
      return [{
        messageId: 'noneValid', severity: 'error',
        data: { count: all.length, locations: loaded.map((c) => c.path).join(', '), date: ca.checkedAt.slice(0, 10), expired: expired.length, notYetValid: notYetValid.length },
        evidence: { checkedAt: ca.checkedAt, roots: all.slice(0, LISTED) },
        fixes: notYetValid.length > 0 ? [{ kind: 'manual', title: fixTitle('checkTheClock'), steps: ['timedatectl status', 'date -u'] }, ...fixes] : fixes,
      }];
    }
    const reports: Report<'bundleExpired' | 'expired' | 'expiring'>[] = [];
    for (const c of loaded) {
      const roots = distinct(c.roots!);
      if (!roots.every((r) => Date.parse(r.notAfter) < now)) continue;
      const latest = roots.map((r) => r.notAfter).sort().at(-1)!;
      reports.push({ messageId: 'bundleExpired', severity: 'warning', data: { count: roots.length, path: c.path, latest: latest.slice(0, 10), valid }, evidence: { checkedAt: ca.checkedAt, roots: roots.slice(0, LISTED) }, fixes });
    }
    if (expired.length > 0) {
      reports.push({ messageId: 'expired', severity: 'info', data: { count: expired.length, list: listRoots(expired) }, evidence: { checkedAt: ca.checkedAt, roots: expired }, fixes });
    }
    const expiring = all.filter((r) => { const end = Date.parse(r.notAfter); return end >= now && end < now + EXPIRY_WINDOW_DAYS * DAY_MS; });
    if (expiring.length > 0) {
      reports.push({ messageId: 'expiring', severity: 'info', data: { count: expiring.length, days: EXPIRY_WINDOW_DAYS, list: listRoots(expiring) }, evidence: { checkedAt: ca.checkedAt, roots: expiring }, fixes });
    }
    return reports;
  },
});

/** Go's pool holds each certificate once; the same root in a bundle and its directory counts once. */
function distinct(roots: readonly CaRoot[]): CaRoot[] {
  const byKey = new Map<string, CaRoot>();
  for (const r of roots) {
    const key = `${r.subject}\0${r.notBefore}\0${r.notAfter}`;
    if (!byKey.has(key)) byKey.set(key, r);
  }
  return [...byKey.values()];
}

function listRoots(roots: readonly CaRoot[]): string {
  const sorted = [...roots].sort((a, b) => compareText(a.notAfter, b.notAfter));
  const shown = sorted.slice(0, LISTED).map((r) => `${r.subject} (${r.notAfter.slice(0, 10)})`).join('; ');
  return sorted.length > LISTED ? `${shown}; and ${sorted.length - LISTED} more` : shown;
}
