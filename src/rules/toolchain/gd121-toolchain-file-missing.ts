import { defineRule } from '../../engine/define-rule.js';
import { referenceName, reinstallFix, REINSTALL_FIX_TITLES, someOf, treeName, VERIFY_SOURCES } from './verify-shared.js';

/** Files of the release are gone from the tree. */
export const gd121 = defineRule({
  id: 'GD121',
  name: 'toolchain-file-missing',
  category: 'toolchain',
  severity: 'error',
  title: 'Files of the Go release are missing from the installation',
  requires: ['verify'],
  messages: {
    missing: '{tree} lacks {count} file(s) that {reference} has: {files}.',
  },
  fixTitles: { ...REINSTALL_FIX_TITLES },
  sources: VERIFY_SOURCES,
  fixable: true,
  docs: {
    what: 'With `doctor --verify-toolchain`, lists the files of the release (the golang.org/toolchain module of that version, or the hashes dpkg or the RPM database recorded for the packages that own it) that the installation does not have.',
    why: 'A standard-library or tool file that is missing makes builds fail with "package ... is not in std" or a missing tool, or—for a file that only adds a platform or a fix—builds a different program than the release would. Partial copies, interrupted extractions and clean-up scripts that delete testdata or *_test.go are the usual causes.',
    fix: 'Reinstall the release into an empty directory; for a distribution package, reinstall the packages that own it (`apt-get install --reinstall`, `dnf reinstall`).',
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.missingCount > 0).map((v) => ({
      messageId: 'missing' as const,
      data: { tree: treeName(v), count: v.missingCount, reference: referenceName(v), files: someOf(v.missing, v.missingCount) },
      evidence: { missing: v.missing.slice(0, 50) },
      fixes: [reinstallFix(v)],
    }));
  },
});
