import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** A go.sum line go refuses to read. */
export const gd523 = defineRule({
  id: 'GD523',
  name: 'gosum-malformed',
  category: 'modules',
  severity: 'error',
  title: 'go.sum has a line go cannot read',
  requires: ['gosum'],
  messages: {
    malformed: '{gosum}:{line} does not have 3 fields ("{text}"): every go command but `go mod tidy` stops with "malformed go.sum".',
  },
  fixTitles: {
    rewriteGoSum: 'Rewrite go.sum',
  },
  sources: ['src/cmd/go/internal/modfetch/fetch.go'],
  fixable: true,
  docs: {
    what: 'Reports go.sum lines that do not split into exactly three fields (module, version, hash), as cmd/go readGoSum requires.',
    why: 'Merge conflict markers, a line joined with the next, or a pasted comment make go.sum unreadable: go exits with "malformed go.sum: ... wrong number of fields", before doing anything else.',
    fix: 'Delete the line (or resolve the merge) and run `go mod tidy`, which ignores malformed lines and rewrites the file.',
  },
  check({ gosum }) {
    return gosum.malformed.map((m) => ({
      messageId: 'malformed' as const,
      data: { gosum: gosum.path ?? 'go.sum', line: m.line, text: m.text.slice(0, 120) },
      location: gosum.path ? { file: gosum.path, line: m.line } : undefined,
      fixes: [{ kind: 'command' as const, title: fixTitle('rewriteGoSum'), command: 'go mod tidy', safety: 'review' as const }],
    }));
  },
});
