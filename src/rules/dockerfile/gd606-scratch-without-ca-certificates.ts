import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, copiesBuildOutput, dirOf, goModFor, imageOf, instructionsOf, isUnder, lineEdit, stageByRef } from '../file-relations.js';
import type { DockerfileFacts, DockerStage, FilesFacts } from '../../facts/schema/files.js';

/** The Go sources a Dockerfile plausibly builds: those of its module (the nearest go.mod, without nested modules), else all under the root. */
type Sources = { scope: string; scanned: boolean; tlsFiles: string[]; seen: string[] };

function sourcesFor(files: FilesFacts, dockerfile: string, byScope: Map<string, Sources>): Sources {
  const mod = goModFor(files, dockerfile)?.path;
  const scope = mod ? dirOf(mod) : '';
  const known = byScope.get(scope);
  if (known) return known;
  // A directory with its own go.mod is another module, outside this one (cmd/go modload).
  const nested = mod === undefined ? [] : files.mods.filter((m) => m.kind === 'go.mod').map((m) => dirOf(m.path)).filter((d) => d !== scope && isUnder(d, scope));
  const inScope = (p: string) => isUnder(p, scope) && !nested.some((d) => isUnder(p, d));
  const tlsFiles = files.goSources.tlsFiles.filter(inScope);
  const seen = tlsFiles.map((f) => `${f}: ${files.goSources.tlsSeen?.[f] ?? 'imports crypto/tls or net/http'}`);
  const sources = { scope: scope || '.', scanned: files.goSources.dirs.some(inScope), tlsFiles, seen };
  byScope.set(scope, sources);
  return sources;
}

/** Does the final stage receive a binary that a go build/install produced in another stage? */
function receivesGoBinary(d: DockerfileFacts, final: DockerStage): boolean {
  return final.instructions.some((i) => {
    const from = i.keyword === 'COPY' ? i.flags.find((f) => f.name === 'from')?.value : undefined;
    const src = from ? stageByRef(d, from) : null;
    return !!src && src.instructions.some((r) => r.keyword === 'RUN' && r.goCommands.some((c) => (c.sub === 'build' || c.sub === 'install') && copiesBuildOutput(i.args, c)));
  });
}

/** FROM scratch with no CA bundle: TLS calls fail with "x509: certificate signed by unknown authority". */
export const gd606 = defineRule({
  id: 'GD606',
  name: 'scratch-without-ca-certificates',
  category: 'dockerfile',
  severity: 'info',
  title: 'scratch image without CA certificates',
  requires: ['files'],
  messages: {
    tls: 'The final image is FROM scratch and copies no CA certificates, but the program makes outbound TLS connections ({tlsFiles}); they fail with "x509: certificate signed by unknown authority".',
    unknown: 'The final image is FROM scratch and copies no CA certificates; if the program makes TLS calls they fail with "x509: certificate signed by unknown authority".',
  },
  fixTitles: {
    copyTheCaBundle: 'Copy the CA bundle from the build stage',
  },
  sources: ['src/crypto/x509/root_linux.go', 'https://pkg.go.dev/crypto/x509#SystemCertPool'],
  fixable: true,
  docs: {
    what: 'Reports a final stage FROM scratch that receives a Go binary built in another stage but never copies a CA bundle (/etc/ssl/certs, ca-certificates), when Go sources of the module of the Dockerfile (the nearest go.mod, else the whole linted root) make outbound TLS connections (http.Get/NewRequest/Client, tls.Dial, grpc.Dial/NewClient, or import a cloud or API client SDK), or when none of its Go sources were visible. A server that only listens needs no CA bundle and is not reported.',
    why: 'On Linux crypto/x509 loads roots from files such as /etc/ssl/certs/ca-certificates.crt (root_linux.go) or SSL_CERT_FILE/SSL_CERT_DIR; scratch has none, so every TLS handshake to a public server fails.',
    fix: 'COPY --from=<builder> /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/, or embed roots with `import _ "golang.org/x/crypto/x509roots/fallback"`.',
  },
  check({ files }) {
    const out: Report<'tls' | 'unknown'>[] = [];
    // The module's sources are looked at only for a scratch image, once per module.
    const byScope = new Map<string, Sources>();
    for (const d of files.dockerfiles) {
      const final = d.stages.at(-1);
      if (!final || imageOf(d, final)?.toLowerCase() !== 'scratch' || !receivesGoBinary(d, final)) continue;
      const { scope, scanned, tlsFiles, seen } = sourcesFor(files, d.path, byScope);
      if (scanned && tlsFiles.length === 0) continue;
      // A base stage the final one derives from by name carries its files and ENV over.
      const inEffect = instructionsOf(d, final);
      const hasCerts = inEffect.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && /ca-certificates|\/etc\/ssl|\/etc\/pki|certs?\b/i.test(i.args));
      const env = inEffect.some((i) => i.pairs.some((p) => p.name === 'SSL_CERT_FILE' || p.name === 'SSL_CERT_DIR'));
      if (hasCerts || env) continue;
      const builder = d.stages.slice(0, -1).reverse().find((s) => s.name) ?? null;
      const copy = `COPY --from=${builder?.name ?? '0'} /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`;
      out.push({
        messageId: tlsFiles.length ? 'tls' : 'unknown',
        data: { tlsFiles: seen.slice(0, 3).join('; ') + (seen.length > 3 ? '; …' : '') },
        evidence: { sourcesUnder: scope, goSourcesSeen: scanned, tlsFiles: tlsFiles.slice(0, 20), seen: seen.slice(0, 20) },
        location: at(d.path, final.line, final.column),
        fixes: [lineEdit(fixTitle('copyTheCaBundle'), d.path, final.line, final.line + final.source.split('\n').length - 1, `${final.source}\n${copy}`)],
      });
    }
    return out;
  },
});
