import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/** A go.mod or go.work with a syntax error: the go command reads it whole and refuses to go on. */
export const gd755 = defineRule({
  id: 'GD755',
  name: 'go-mod-does-not-parse',
  category: 'gomod',
  severity: 'error',
  title: 'go.mod or go.work does not parse',
  requires: ['files'],
  messages: {
    syntax: '{file}:{line}: {message}; the go command refuses a {base} with any syntax error ("go: errors parsing {base}"), so every build, test and module command that reads it fails.',
  },
  fixTitles: {
    repairLineOf: 'Repair line {line} of {base}',
  },
  sources: ['src/cmd/go/internal/modload/modfile.go', 'src/cmd/go/internal/modload/init.go', 'src/cmd/vendor/golang.org/x/mod/modfile/rule.go', 'https://go.dev/ref/mod#go-mod-file-grammar'],
  fixable: false,
  docs: {
    what: 'Reports each syntax error in go.mod and go.work files: unknown directives, directives with the wrong number of arguments, invalid go and toolchain versions, unterminated strings and blocks, following the grammar of golang.org/x/mod/modfile.',
    why: 'modload reads go.mod with modfile.Parse and fails with "errors parsing go.mod" and the list of bad lines (modfile.go; go.work in init.go), so nothing in the module builds; a hand edit or a bad merge is the usual cause.',
    fix: 'Correct the line (`go mod edit -fmt` rewrites a file that parses; `go mod tidy` repairs require blocks), or restore go.mod from version control.',
  },
  check({ files }) {
    const out: Report<'syntax'>[] = [];
    for (const m of files.mods) {
      const base = m.path.slice(m.path.lastIndexOf('/') + 1);
      for (const e of m.errors) {
        out.push({
          messageId: 'syntax',
          data: { file: m.path, line: String(e.line), message: e.message, base },
          evidence: { errors: m.errors.length },
          location: at(m.path, e.line, e.column),
          fixes: [{
            kind: 'manual',
            title: fixTitle('repairLineOf', { line: e.line, base }),
            steps: [`Correct or delete line ${e.line}: ${e.message}.`, `If a merge or a hand edit broke it, compare with version control (\`git diff -- ${m.path}\`).`, m.kind === 'go.work' ? 'Check with `go work edit -json` (offline).' : 'Check with `go mod edit -json` (offline), then `go mod tidy`.'],
            url: 'https://go.dev/ref/mod#go-mod-file-grammar',
          }],
        });
      }
    }
    return out;
  },
});
