import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { label, loc, setting } from './shared.js';

/** `--expect vcs` / `vcs=<revision>`: the binary should say which commit it was built from. */
export const gd806 = defineRule({
  id: 'GD806',
  name: 'vcs-stamp-mismatch',
  category: 'artifact',
  severity: 'error',
  title: 'Binary lacks the expected VCS stamp, or names another revision',
  requires: ['artifacts'],
  messages: {
    missing: '{subject} carries no VCS information (vcs.revision): it was built with -buildvcs=false, outside a checkout, or from a copied tree.',
    different: '{subject} was built from revision {actual}, expected {expected}.',
    unexpected: '{subject} carries VCS information (revision {actual}) although none was expected.',
  },
  fixTitles: {
    buildFromACheckout: 'Build from a checkout',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies', 'src/cmd/go/internal/load/pkg.go'],
  fixable: true,
  docs: {
    what: 'Checks the vcs.revision build setting against vcs given to --expect: present, absent, or starting with a given revision.',
    why: 'Since Go 1.18 go build stamps the VCS revision, time and dirty flag when it builds inside a checkout; a release binary without them cannot be traced to a commit. Docker builds that copy sources without .git, and -buildvcs=false, drop the stamp.',
    fix: 'Build inside the git checkout (copy .git into the Docker build context) and keep -buildvcs at its default.',
  },
  check({ artifacts }) {
    const want = artifacts.expect?.vcs;
    if (want === undefined) return [];
    const out: Report<'missing' | 'different' | 'unexpected'>[] = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const rev = setting(b, 'vcs.revision');
      if (want === false) {
        if (rev) out.push({ messageId: 'unexpected' as const, data: { subject: label(b), actual: rev }, location: loc(b) });
      } else if (!rev) {
        out.push({
          messageId: 'missing' as const, data: { subject: label(b) }, location: loc(b),
          fixes: [{ kind: 'manual' as const, title: fixTitle('buildFromACheckout'), steps: ['Run go build inside the git working tree (in Docker, include .git in the build context).', 'Drop -buildvcs=false from GOFLAGS and build flags.'] }],
        });
      } else if (typeof want === 'string' && !rev.startsWith(want)) {
        out.push({ messageId: 'different' as const, data: { subject: label(b), actual: rev, expected: want }, location: loc(b) });
      }
    }
    return out;
  },
});
