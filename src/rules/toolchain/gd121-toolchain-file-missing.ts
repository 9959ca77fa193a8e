import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { referenceName, someOf, treeName, VERIFY_SOURCES } from './verify-shared.js';

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
  fixTitles: {
    reinstallTheReleaseInto: 'Reinstall the release into an empty directory',
  },
  sources: VERIFY_SOURCES,
  fixable: true,
  docs: {
    what: 'With `doctor --verify-toolchain`, lists the files of the release (the golang.org/toolchain module of that version, or the Debian package\'s md5sums) that the installation does not have.',
    why: 'A standard-library or tool file that is missing makes builds fail with "package ... is not in std" or a missing tool, or—for a file that only adds a platform or a fix—builds a different program than the release would. Partial copies, interrupted extractions and clean-up scripts that delete testdata or *_test.go are the usual causes.',
    fix: 'Reinstall the release into an empty directory (or reinstall the package that owns it).',
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.missingCount > 0).map((v) => ({
      messageId: 'missing' as const,
      data: { tree: treeName(v), count: v.missingCount, reference: referenceName(v), files: someOf(v.missing, v.missingCount) },
      evidence: { missing: v.missing.slice(0, 50) },
      fixes: [{ kind: 'manual' as const, title: fixTitle('reinstallTheReleaseInto'), steps: [`Remove ${v.goroot} and extract the ${v.release} archive from https://go.dev/dl/ again (or reinstall the package that owns it)`], url: 'https://go.dev/doc/install' }],
    }));
  },
});
