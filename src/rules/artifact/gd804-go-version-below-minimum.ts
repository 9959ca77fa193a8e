import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions, normalizeGoVersion } from '../../knowledge/goversion.js';
import { label, loc } from './shared.js';

/** `--expect min-go=1.22.5`: the binary was built by an older Go (missing security fixes). */
export const gd804 = defineRule({
  id: 'GD804',
  name: 'go-version-below-minimum',
  category: 'artifact',
  severity: 'error',
  title: 'Binary was built with a Go older than the required minimum',
  requires: ['artifacts'],
  messages: {
    older: '{subject} was built with {actual}, older than the required {expected}.',
    unknown: '{subject}: the Go version that built it cannot be determined, required at least {expected}.',
  },
  fixTitles: {
    pinTheToolchainIn: 'Pin the toolchain in go.mod, then rebuild',
  },
  sources: ['src/debug/buildinfo/buildinfo.go', 'https://go.dev/doc/devel/release', 'https://go.dev/doc/security/policy'],
  fixable: true,
  docs: {
    what: 'Compares the Go version recorded in each binary (build info, else the runtime version string) with min-go given to --expect, using Go\'s own version ordering.',
    why: 'The standard library is compiled into every Go binary, so a fix in crypto/tls or net/http reaches users only when the binary is rebuilt with a fixed release. Scanners flag binaries by this version.',
    fix: 'Rebuild with a Go at or above the minimum (pin it in go.mod with a toolchain line, or in the CI setup step).',
  },
  check({ artifacts }) {
    const min = artifacts.expect?.minGo;
    if (!min) return [];
    const expected = normalizeGoVersion(min) ?? min;
    const out: Report<'older' | 'unknown'>[] = [];
    for (const b of artifacts.binaries) {
      if (!b.isGo) continue;
      if (!b.goVersion || !normalizeGoVersion(b.goVersion)) {
        out.push({ messageId: 'unknown' as const, severity: 'warning' as const, data: { subject: label(b), expected }, evidence: { goEvidence: b.goEvidence, pclntabVersions: b.pclntabVersions }, location: loc(b) });
      } else if (compareGoVersions(b.goVersion, expected) < 0) {
        out.push({
          messageId: 'older' as const,
          data: { subject: label(b), actual: b.goVersion, expected },
          evidence: { goVersionSource: b.goVersionSource },
          location: loc(b),
          fixes: [{ kind: 'command' as const, title: fixTitle('pinTheToolchainIn'), command: `go get toolchain@${expected}`, shell: 'sh' as const, safety: 'review' as const }],
        });
      }
    }
    return out;
  },
});
