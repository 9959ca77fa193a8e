import { defineRule } from '../../engine/define-rule.js';
import { earliestFix, fixedInAll, listAdvisories, semverToGo, VERSION_MATCHING, VULN_SOURCES } from '../modules/vuln-shared.js';

/** A binary built by a Go release with standard-library advisories. */
export const gd840 = defineRule({
  id: 'GD840',
  name: 'binary-stdlib-advisories',
  category: 'artifact',
  severity: 'warning',
  title: 'A binary was built by a Go release with known standard-library vulnerabilities',
  requires: ['vulns'],
  messages: {
    stdlib: '{path} was built by {goVersion}: {count} standard-library advisories, fixed from {firstFix} on (all of them by {fixedIn}): {ids}. {matching}; govulncheck -mode=binary checks the symbols the binary contains.',
  },
  sources: [...VULN_SOURCES, 'src/runtime/debug/mod.go'],
  fixable: true,
  docs: {
    what: 'With `inspect --vuln` (or --vulndb DIR), matches the Go version recorded in each binary (build info, or the runtime version string) against the standard-library entries of the Go vulnerability database, offline.',
    why: 'The standard library is compiled into the binary: a fixed Go release on the build machine does not fix a binary built before it. Only rebuilding does.',
    fix: 'Rebuild the binary with a fixed Go release and redeploy it.',
  },
  check({ vulns }) {
    return vulns.binaries.filter((b) => b.stdlib.length > 0).map((b) => {
      const fixedIn = fixedInAll(b.stdlib);
      const firstFix = earliestFix(b.stdlib);
      return {
        messageId: 'stdlib' as const,
        data: { path: b.path, goVersion: b.goVersion ?? 'unknown', count: b.stdlib.length, firstFix: firstFix ? semverToGo(firstFix) : 'no release yet', fixedIn: fixedIn ? semverToGo(fixedIn) : 'no release yet', ids: listAdvisories(b.stdlib), matching: VERSION_MATCHING },
        location: { file: b.path },
        evidence: { advisories: b.stdlib.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases })) },
      };
    });
  },
});
