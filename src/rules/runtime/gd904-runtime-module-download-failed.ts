import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { firstLine, stepEvidence, stepsNamed } from './helpers.js';

/** `go mod download` of a tiny public module through the configured GOPROXY/GOSUMDB failed. */
export const gd904 = defineRule({
  id: 'GD904',
  name: 'runtime-module-download-failed',
  category: 'runtime',
  severity: 'error',
  title: 'Downloading a module through the configured proxy failed',
  requires: ['runtime'],
  messages: {
    dns: 'Fetching {module} failed: a host name did not resolve ({where}). Error: {error}',
    x509: 'Fetching {module} failed: the {where} certificate is signed by an unknown authority: a missing CA bundle or a TLS-intercepting proxy whose root is not trusted. Error: {error}',
    http: 'The {where} answered {status} for {module}{hint}. Error: {error}',
    refused: 'Fetching {module} failed: the {where} refused the connection. Error: {error}',
    timeout: 'Fetching {module} timed out ({where}){hint}. Error: {error}',
    proxyOff: 'GOPROXY=off: {module} cannot be downloaded at all. Error: {error}',
    other: 'Fetching {module} failed ({where}): {error}',
  },
  fixTitles: {
    installTheSystemCa: 'Install the system CA bundle (Debian/Ubuntu)',
    behindATlsInspecting: 'Behind a TLS-inspecting proxy: trust its root',
    ifTheModuleIs: 'If the module is private, exempt it',
    giveTheGoCommand: 'Give the go command credentials for this server',
  },
  sources: ['https://go.dev/ref/mod#goproxy-protocol', 'https://go.dev/ref/mod#checksum-database', 'src/cmd/go/internal/modfetch/proxy.go', 'src/cmd/go/internal/modfetch/sumdb.go', 'src/crypto/x509/root_linux.go'],
  fixable: true,
  docs: {
    what: 'Downloads one small real module with `go mod download` into an empty temporary module cache, through the user\'s GOPROXY, GOSUMDB, HTTPS_PROXY and CA settings, and classifies a failure: DNS, x509 unknown authority, 401/403/404/410/5xx from the proxy or the checksum database, connection refused, timeout, GOPROXY=off.',
    why: 'Module fetch errors surface deep inside builds and CI logs; reproducing them on the smallest possible case, with the request that failed and which server answered, separates network, trust and configuration problems.',
    fix: 'DNS/refused: check the proxy host and HTTPS_PROXY; x509: install ca-certificates or add the intercepting proxy\'s root (SSL_CERT_FILE); 403/401: credentials (netrc, GOAUTH); 404/410 from the checksum database: the path is private (GOPRIVATE); timeouts: repair the proxy or use `|` to fall through on errors.',
  },
  check({ runtime }) {
    const out = [];
    for (const s of stepsNamed(runtime, 'download')) {
      if (s.status !== 'failed' || !s.failure) continue;
      const f = s.failure;
      const where = f.where === 'sumdb' ? `checksum database (GOSUMDB=${runtime.network.gosumdb})` : f.where === 'origin' ? 'origin server' : `module proxy (GOPROXY=${runtime.network.goproxy})`;
      const base = { module: runtime.network.module, where, error: firstLine(s) };
      const fixes: FixDraft[] = [];
      if (f.class === 'x509') fixes.push({ kind: 'command', title: fixTitle('installTheSystemCa'), os: 'debian', command: 'sudo apt-get install -y ca-certificates && sudo update-ca-certificates', safety: 'review' }, { kind: 'manual', title: fixTitle('behindATlsInspecting'), steps: ['Get the proxy\'s root certificate from your IT team', 'Add it to the system store (/usr/local/share/ca-certificates + update-ca-certificates) or point SSL_CERT_FILE at a bundle that contains it'] });
      if (f.class === 'http-404' || f.class === 'http-410') fixes.push({ kind: 'manual', title: fixTitle('ifTheModuleIs'), steps: ['go env -w GOPRIVATE=<module prefix>'], url: 'https://go.dev/ref/mod#private-modules' });
      if (f.class === 'http-401' || f.class === 'http-403') fixes.push({ kind: 'manual', title: fixTitle('giveTheGoCommand'), steps: ['Add a machine line for the host to ~/.netrc (chmod 600), or configure GOAUTH (Go 1.24+)'], url: 'https://go.dev/ref/mod#private-module-proxy-auth' });
      let messageId: 'dns' | 'x509' | 'http' | 'refused' | 'timeout' | 'proxyOff' | 'other';
      let data: Record<string, string> = base;
      if (f.class.startsWith('http-')) {
        messageId = 'http';
        const status = f.class === 'http-5xx' ? '5xx' : f.class.slice(5);
        const hint = f.where === 'sumdb' && (status === '404' || status === '410') ? ' (a checksum DB 404/410 usually means a private path: set GOPRIVATE)' : status === '404' || status === '410' ? ' (with `,` the next GOPROXY entry is tried)' : ' (after `,` the go command stops here; `|` would fall through)';
        data = { ...base, status, hint };
      } else if (f.class === 'timeout') {
        messageId = 'timeout';
        data = { ...base, hint: ', and after `,` a timeout does not fall through to the next GOPROXY entry' };
      } else {
        messageId = f.class === 'dns' ? 'dns' : f.class === 'x509' ? 'x509' : f.class === 'connection-refused' ? 'refused' : f.class === 'proxy-off' ? 'proxyOff' : 'other';
      }
      out.push({ messageId, data, evidence: { ...stepEvidence(s), url: f.url, goproxy: runtime.network.goproxy, gosumdb: runtime.network.gosumdb }, fixes });
    }
    return out;
  },
});
