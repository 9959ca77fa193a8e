import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';
import { shQuote } from '../../knowledge/shell-quote.js';

/** go.work `use ./tools` where tools/go.mod does not exist: every go command in the workspace fails. */
export const gd759 = defineRule({
  id: 'GD759',
  name: 'go-work-use-without-go-mod',
  category: 'gomod',
  severity: 'error',
  title: 'go.work uses a directory that holds no go.mod',
  requires: ['files'],
  messages: {
    missing: '{work} uses {dir}, which holds no go.mod: every go command in the workspace fails with "go: cannot load module {name} listed in go.work file: open {goMod}: no such file or directory".',
  },
  fixTitles: {
    dropTheUse: 'Drop the use directive (or create the module there with go mod init)',
  },
  sources: ['src/cmd/go/internal/modload/init.go', 'https://go.dev/ref/mod#go-work-file-use'],
  fixable: true,
  docs: {
    what: 'Reports each `use` directive of a go.work whose directory has no go.mod file, as read from the disk when lint walks the tree.',
    why: 'The go command loads every module a workspace uses before it does anything else (cmd/go modload, loadModFile); a used directory without a go.mod — removed, renamed, or never created — stops go build, go test and go list in the whole workspace with "cannot load module … listed in go.work file".',
    fix: 'Remove the line with `go work edit -dropuse=DIR`, or create the module there (`go mod init` in DIR).',
  },
  check({ files }) {
    const out: Report<'missing'>[] = [];
    for (const w of files.mods) {
      if (w.kind !== 'go.work') continue;
      for (const u of w.uses) {
        if (u.goMod !== false) continue;
        const dir = u.value.replace(/\/+$/, '');
        out.push({
          messageId: 'missing',
          data: { work: w.path, dir: u.value, name: dir.replace(/^\.\//, ''), goMod: `${dir.replace(/^\.\//, '')}/go.mod` },
          location: at(w.path, u.line, u.column),
          fixes: [{ kind: 'command', title: fixTitle('dropTheUse'), command: `go work edit -dropuse=${shQuote(u.value)}`, safety: 'review' }],
        });
      }
    }
    return out;
  },
});
