import { defineRule, type Report } from '../../engine/define-rule.js';
import { label, loc } from './shared.js';

/** A Go binary without build info: settings cannot be verified, and `go version -m` rejects it. */
export const gd808 = defineRule({
  id: 'GD808',
  name: 'go-binary-without-build-info',
  category: 'artifact',
  severity: 'info',
  title: 'Go binary carries no build info',
  requires: ['artifacts'],
  messages: {
    absent: '{subject} is a Go binary ({evidence}) without build info; Go version {version}. `go version -m` reports "not a Go executable" for it.',
    unverifiable: '{subject} has no Go build info, so {keys} cannot be verified.',
  },
  sources: ['src/debug/buildinfo/buildinfo.go', 'src/cmd/go/internal/version/version.go'],
  fixable: false,
  docs: {
    what: 'Reports Go binaries recognised by their pclntab, Go sections or build ID whose build info blob is missing or unreadable (removed by a post-processing step, or damaged).',
    why: 'Build info is where Go records the module versions, CGO_ENABLED, -trimpath and the VCS revision; vulnerability scanners (govulncheck, Trivy, Grype) read it. Without it, --expect checks of those settings cannot be made and scanners may miss the binary.',
    fix: 'Ship binaries as go build writes them; if a packer or stripper removes .go.buildinfo, configure it to keep that section.',
  },
  check({ artifacts }) {
    const want = artifacts.expect ?? {};
    const keys = (['cgo', 'trimpath', 'vcs', 'race', 'buildmode'] as const).filter((k) => want[k] !== undefined);
    return artifacts.binaries.filter((b) => b.isGo && !b.buildInfo).map((b): Report<'absent' | 'unverifiable'> => keys.length
      ? { messageId: 'unverifiable' as const, severity: 'warning' as const, data: { subject: label(b), keys: keys.join(', ') }, evidence: { buildInfoError: b.buildInfoError }, location: loc(b) }
      : {
        messageId: 'absent' as const,
        data: { subject: label(b), evidence: b.goEvidence.join(', '), version: b.goVersion ? `${b.goVersion} (from the ${b.goVersionSource})` : b.pclntabVersions ? `unknown (${b.pclntabVersions} by pclntab)` : 'unknown' },
        evidence: { buildInfoError: b.buildInfoError },
        location: loc(b),
      });
  },
});
