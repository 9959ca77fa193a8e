import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { loc } from './util.js';

/** GOBIN inside the Go installation: go install writes into the toolchain tree. */
export const gd325 = defineRule({
  id: 'GD325',
  name: 'gobin-inside-goroot',
  category: 'shell',
  severity: 'warning',
  title: 'GOBIN points into the Go installation (GOROOT)',
  requires: ['shells'],
  messages: {
    inside: '{file}:{line} sets GOBIN={gobin}, inside GOROOT {goroot} ({context}): `go install` writes tools into the toolchain tree, where they can replace go or gofmt and vanish with the next upgrade.',
  },
  fixTitles: {
    deleteTheGobinLine: 'Delete the GOBIN line',
  },
  sources: ['https://go.dev/ref/mod#go-install', 'src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/manage-install'],
  fixable: true,
  docs: {
    what: 'Reports a GOBIN set by a startup file that is GOROOT or a directory below it — GOROOT as exported, or the root of the go that context runs.',
    why: '`go install` writes binaries to GOBIN. Inside GOROOT they mix with the toolchain (a tool named like one of Go\'s own replaces it), need write access to the installation, and are deleted when Go is upgraded by replacing that directory.',
    fix: 'Remove the GOBIN line (tools then go to $GOPATH/bin, ~/go/bin by default) or point it at a directory of its own and put that on PATH.',
  },
  check({ shells }) {
    const reports: Report<'inside'>[] = [];
    const seen = new Set<string>();
    for (const c of shells.contexts) {
      const gb = c.vars.GOBIN;
      if (!gb?.known || !gb.origin) continue;
      const root = c.vars.GOROOT?.known ? c.vars.GOROOT.value : c.gos[0]?.realPath?.endsWith('/bin/go') ? c.gos[0].realPath.slice(0, -'/bin/go'.length) : null;
      if (!root) continue;
      const norm = (p: string) => p.replace(/\/+$/, '');
      if (norm(gb.value) !== norm(root) && !norm(gb.value).startsWith(`${norm(root)}/`)) continue;
      const key = `${gb.origin.file}:${gb.origin.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: 'inside', location: loc(gb.origin), data: { file: gb.origin.file, line: gb.origin.line, gobin: gb.value, goroot: root, context: c.id },
        fixes: [{ kind: 'edit', title: fixTitle('deleteTheGobinLine'), file: gb.origin.file, range: { startLine: gb.origin.line, endLine: gb.origin.line }, replacement: '', safety: 'review' }],
      });
    }
    return reports;
  },
});
