import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { caBundleFix } from './fixes.js';

/** No CA certificates where Go's crypto/x509 looks: every HTTPS fetch fails. */
export const gd416 = defineRule({
  id: 'GD416',
  name: 'ca-bundle-missing',
  category: 'system',
  severity: 'error',
  title: 'No CA certificates for TLS',
  requires: ['system'],
  messages: {
    none: 'No CA certificates in any location Go reads ({locations}): module downloads and HTTPS fail with "x509: certificate signed by unknown authority".',
    badEnvFile: 'SSL_CERT_FILE={path} is {state}: Go reads only this file (not the distribution bundle), so TLS verification has {count} roots from directories.',
  },
  fixTitles: {
    installTheCaBundle: 'Install the CA bundle',
    inAScratchOr: 'In a scratch or distroless image',
    stopOverridingTheBundle: 'Stop overriding the bundle',
  },
  sources: ['src/crypto/x509/root_linux.go', 'src/crypto/x509/root_unix.go', 'https://pkg.go.dev/crypto/x509#SystemCertPool', 'man:update-ca-certificates(8)'],
  fixable: true,
  docs: {
    what: 'Checks the CA locations Go\'s crypto/x509 reads on Linux and FreeBSD — SSL_CERT_FILE or the distribution bundles (/etc/ssl/certs/ca-certificates.crt, /etc/pki/tls/certs/ca-bundle.crt, /etc/ssl/cert.pem …), then SSL_CERT_DIR or /etc/ssl/certs and /etc/pki/tls/certs — and counts the PEM certificates found.',
    why: 'Slim and scratch images ship without ca-certificates; then `go mod download`, `go get` and every HTTPS client fail with "x509: certificate signed by unknown authority". SSL_CERT_FILE pointing at a missing or empty file replaces the distribution bundle instead of adding to it.',
    fix: 'Install the ca-certificates package (and run update-ca-certificates / update-ca-trust), copy /etc/ssl/certs/ca-certificates.crt into scratch images, or fix SSL_CERT_FILE.',
  },
  check({ system }) {
    const { ca } = system;
    if (ca.certificates === null) return [];
    const fixes: FixDraft[] = caBundleFix(system, fixTitle('installTheCaBundle'));
    fixes.push({ kind: 'manual', title: fixTitle('inAScratchOr'), steps: ['COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/'] });
    if (ca.sslCertFile) {
      const f = ca.candidates.find((c) => c.kind === 'file' && c.path === ca.sslCertFile);
      if (f && f.certificates === 0) {
        const dirCount = ca.candidates.filter((c) => c.kind === 'dir').reduce((n, c) => n + c.certificates, 0);
        return [{
          messageId: 'badEnvFile', severity: dirCount > 0 ? 'warning' : 'error',
          data: { path: f.path, state: f.exists ? 'empty or not PEM' : 'missing', count: dirCount },
          evidence: { ca },
          fixes: [{ kind: 'command', title: fixTitle('stopOverridingTheBundle'), command: 'unset SSL_CERT_FILE', shell: 'sh', safety: 'safe' }, ...fixes],
        }];
      }
    }
    if (ca.certificates > 0) return [];
    return [{ messageId: 'none', data: { locations: ca.candidates.map((c) => c.path).join(', ') }, evidence: { ca }, fixes }];
  },
});
