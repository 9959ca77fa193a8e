import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc } from './util.js';

/** GOPATH pointing at the Go installation itself. */
export const gd306 = defineRule({
  id: 'GD306',
  name: 'gopath-set-to-goroot',
  category: 'shell',
  severity: 'warning',
  title: 'A startup file sets GOPATH to the Go installation (GOROOT)',
  requires: ['shells'],
  messages: {
    same: '{file}:{line} sets GOPATH={gopath}, the Go installation itself (GOROOT of {context}): every go command warns (go1.26.8: "both GOPATH and GOROOT are the same directory"; go1.19.8: "GOPATH set to GOROOT ... has no effect") and the module cache and go install write into the toolchain tree.',
  },
  fixTitles: {
    deleteTheGopathLine: 'Delete the GOPATH line (default ~/go)',
  },
  sources: ['src/cmd/go/main.go (main: the GOPATH = GOROOT warning)', 'https://go.dev/wiki/GOPATH'],
  fixable: true,
  docs: {
    what: 'Reports a GOPATH exported by a startup file that equals the GOROOT of the go that context runs (or its exported GOROOT).',
    why: 'GOPATH holds downloaded modules and installed tools; GOROOT is the toolchain. cmd/go/main.go warns on every command, with "warning: both GOPATH and GOROOT are the same directory (%s)" in go1.26.8 and "warning: GOPATH set to GOROOT (%s) has no effect" in go1.19.8, yet the setting is used: GOMODCACHE becomes GOROOT/pkg/mod and go install writes GOROOT/bin, inside the toolchain that an upgrade deletes.',
    fix: 'Remove the GOPATH line (the default is ~/go) or point it at a directory of its own.',
  },
  check({ shells }) {
    const reports: Report<'same'>[] = [];
    const seen = new Set<string>();
    for (const c of shells.contexts) {
      const gp = c.vars.GOPATH;
      if (!gp?.known || !gp.origin) continue;
      const goroot = c.vars.GOROOT?.value ?? (c.gos[0]?.realPath ? c.gos[0].realPath.replace(/\/bin\/go$/, '') : null);
      const norm = (p: string) => p.replace(/\/+$/, '');
      if (!goroot || norm(gp.value) !== norm(goroot)) continue; // cmd/go/main.go compares the whole value
      const key = `${gp.origin.file}:${gp.origin.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: 'same', data: { file: gp.origin.file, line: gp.origin.line, gopath: gp.value, context: c.id }, location: loc(gp.origin),
        fixes: [{ kind: 'edit', title: fixTitle('deleteTheGopathLine'), file: gp.origin.file, range: { startLine: gp.origin.line, endLine: gp.origin.line }, replacement: '', safety: 'review' }],
      });
    }
    return reports;
  },
});
