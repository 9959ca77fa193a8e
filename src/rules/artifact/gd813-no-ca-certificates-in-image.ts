import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { findImage } from '../../knowledge/images.js';
import { label, loc } from './shared.js';

/** `--target-image`: no CA bundle, so TLS clients in the binary fail to verify servers. */
export const gd813 = defineRule({
  id: 'GD813',
  name: 'no-ca-certificates-in-image',
  category: 'artifact',
  severity: 'info',
  title: 'The target image has no CA certificates for TLS',
  requires: ['artifacts'],
  messages: {
    noCerts: '{image} has no CA bundle: if the binary makes HTTPS/TLS connections they fail with "x509: certificate signed by unknown authority".',
  },
  fixTitles: {
    copyTheCaBundle: 'Copy the CA bundle from the build stage (Dockerfile)',
  },
  sources: ['src/crypto/x509/root_linux.go', 'https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch'],
  fixable: true,
  docs: {
    what: 'With --target-image, reports Go binaries headed for an image without /etc/ssl/certs/ca-certificates.crt (scratch, Debian and Ubuntu base images).',
    why: 'crypto/x509 loads the system roots from a fixed list of files (src/crypto/x509/root_linux.go); when none exists every TLS handshake fails to verify. This cannot be seen from the binary, so it is a hint.',
    fix: 'Copy the bundle from the build stage (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/), install ca-certificates, use distroless/static, or embed roots with import _ "golang.org/x/crypto/x509roots/fallback".',
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image || image.caCertificates) return [];
    const first = artifacts.binaries.find((b) => b.isGo && b.format === 'elf');
    if (!first) return [];
    return [{
      messageId: 'noCerts' as const,
      data: { image: image.name },
      location: loc(first),
      fixes: [{ kind: 'command' as const, title: fixTitle('copyTheCaBundle'), command: 'COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/', safety: 'safe' as const }],
    }];
  },
});
