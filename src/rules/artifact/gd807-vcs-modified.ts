import { defineRule } from '../../engine/define-rule.js';
import { label, loc, setting } from './shared.js';

/** vcs.modified=true: built from a working tree with uncommitted changes. */
export const gd807 = defineRule({
  id: 'GD807',
  name: 'vcs-modified',
  category: 'artifact',
  severity: 'warning',
  title: 'Binary was built from a working tree with uncommitted changes',
  requires: ['artifacts'],
  messages: {
    modified: '{subject} was built from revision {revision} with uncommitted changes (vcs.modified=true).',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies', 'src/cmd/go/internal/load/pkg.go'],
  fixable: false,
  docs: {
    what: 'Reports Go binaries whose build info has vcs.modified=true.',
    why: 'The revision stamped into the binary does not describe its source: files were changed, added or generated after the last commit (often by a build step that rewrites tracked files). Such a binary cannot be rebuilt from the repository.',
    fix: 'Commit or discard the changes (or add generated files to .gitignore) and rebuild from a clean tree; in CI, check `git status --porcelain` before building.',
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => setting(b, 'vcs.modified') === 'true').map((b) => ({
      messageId: 'modified' as const,
      data: { subject: label(b), revision: setting(b, 'vcs.revision') ?? 'unknown' },
      evidence: { vcs: setting(b, 'vcs') ?? null, time: setting(b, 'vcs.time') ?? null },
      location: loc(b),
    }));
  },
});
