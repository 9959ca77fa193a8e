import { defineRule } from '../../engine/define-rule.js';

/** A file given to inspect could not be read or parsed. */
export const gd809 = defineRule({
  id: 'GD809',
  name: 'unreadable-file',
  category: 'artifact',
  severity: 'warning',
  title: 'A file could not be inspected',
  requires: ['artifacts'],
  messages: {
    problem: 'Cannot inspect: {message}.',
  },
  sources: ['man:elf(5)', 'https://learn.microsoft.com/windows/win32/debug/pe-format', 'src/debug/buildinfo/buildinfo.go'],
  fixable: false,
  docs: {
    what: 'Lists files named on the command line, or met in a directory, that could not be inspected: missing, unreadable, symlink loops, FIFOs and devices (never opened), and files in no executable format. Truncated or corrupt headers are GD815.',
    why: 'A truncated binary (an interrupted download or copy, a partial artifact upload) fails at start with confusing errors; a corrupt header is worth knowing before shipping.',
    fix: 'Check the path and permissions; re-download or rebuild truncated binaries and compare checksums.',
  },
  check({ artifacts }) {
    // Corrupt headers are GD815's (an error: the file is damaged, not merely unreadable here).
    return artifacts.problems.filter((p) => p.kind !== 'corrupt').map((p) => ({ messageId: 'problem' as const, data: { path: p.path, message: p.message }, location: { file: p.path } }));
  },
});
