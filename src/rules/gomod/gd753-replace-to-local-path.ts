import { defineRule, type Report } from '../../engine/define-rule.js';
import { at } from '../../analyzers/files/relations.js';

/** `replace x => ../x`: works on one laptop, breaks in Docker build contexts and CI checkouts. */
export const gd753 = defineRule({
  id: 'GD753',
  name: 'replace-to-local-path',
  category: 'gomod',
  severity: 'warning',
  title: 'replace directive pointing to a local path',
  requires: ['files'],
  messages: {
    outside: '`replace {from} => {to}` in {file} points outside the repository: CI checkouts and Docker build contexts do not contain it, so builds fail with "replacement directory {to} does not exist".',
    inside: '`replace {from} => {to}` in {file} points to a local directory; a Dockerfile that copies only go.mod/go.sum before `go mod download` fails, and consumers of this module ignore the replace.',
  },
  sources: ['https://go.dev/ref/mod#go-mod-file-replace', 'src/cmd/go/internal/modload/init.go'],
  fixable: false,
  docs: {
    what: 'Reports replace directives in go.mod and go.work whose target is a directory (./, ../ or absolute): an error when it leaves the repository, information when it stays inside (the usual multi-module repository layout).',
    why: 'A directory replacement needs that directory at build time. Paths outside the repository exist only on the author\'s machine; inside paths break the `COPY go.mod go.sum ./ && go mod download` Docker pattern. Replace directives only apply in the main module, so dependents silently get the unreplaced version.',
    fix: 'Publish the module and require a version, use a go.work file (not committed) for local development, or vendor the code into the repository.',
  },
  check({ files }) {
    const out: Report<'outside' | 'inside'>[] = [];
    for (const m of files.mods) {
      const depth = m.path.split('/').length - 1;
      for (const r of m.replaces) {
        if (!r.local) continue;
        const ups = r.to.replace(/\\/g, '/').split('/').filter((p) => p === '..').length;
        const outside = r.to.startsWith('/') || /^[A-Za-z]:/.test(r.to) || ups > depth;
        out.push({
          messageId: outside ? 'outside' : 'inside',
          data: { from: r.from, to: r.to, file: m.path },
          evidence: { kind: m.kind },
          location: at(m.path, r.line, r.column),
          fixes: [{ kind: 'manual', title: 'Build without the local replacement', steps: ['Tag and publish the replaced module, then `go mod edit -dropreplace=' + r.from + '` and require the version.', 'For local work across modules, use `go work init . ' + r.to + '` and keep go.work out of version control.'], url: 'https://go.dev/ref/mod#workspaces' }],
          severity: outside ? 'error' : 'info',
        });
      }
    }
    return out;
  },
});
