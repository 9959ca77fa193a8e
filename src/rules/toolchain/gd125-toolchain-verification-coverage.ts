import { defineRule } from '../../engine/define-rule.js';
import { referenceName, treeName, VERIFY_SOURCES } from './verify-shared.js';

/** What was verified, and what lies outside the reference's coverage. */
export const gd125 = defineRule({
  id: 'GD125',
  name: 'toolchain-verification-coverage',
  category: 'toolchain',
  severity: 'info',
  title: 'How much of the Go installation was compared with its release',
  requires: ['verify'],
  messages: {
    coverage: '{tree}: {matched} of {expected} files identical to {reference}{renamed}; {outside} file(s) lie outside what it covers{byTop}. Hashed {mb} MB in {seconds} s.',
  },
  sources: VERIFY_SOURCES,
  fixable: false,
  docs: {
    what: 'With `doctor --verify-toolchain`, states how many files were compared and how many the reference does not cover: the toolchain module leaves out api/, doc/, misc/ and test/ and build caches (src/cmd/distpack/pack.go), so those files of a tarball install are counted, not checked.',
    why: 'A check is only as good as its coverage; saying what was not compared keeps a pass honest.',
    fix: 'Nothing to fix: this is the scope of the check.',
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.kind !== 'none').map((v) => ({
      messageId: 'coverage' as const,
      data: {
        tree: treeName(v), matched: v.matched, expected: v.expectedFiles, reference: referenceName(v),
        renamed: v.renamedGoMod ? ` (${v.renamedGoMod} nested go.mod compared with the zip's _go.mod)` : '',
        outside: v.outsideCoverageCount,
        byTop: v.outsideCoverageCount ? ` (${Object.entries(v.outsideCoverage).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')})` : '',
        mb: Math.round(v.hashedBytes / 1e6), seconds: (v.ms / 1000).toFixed(1),
      },
      evidence: { reference: v.reference },
    }));
  },
});
