import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { loc, isUserFile } from './util.js';

/** gvm sets GOPATH per Go version and pkgset; a later export undoes that. */
export const gd321 = defineRule({
  id: 'GD321',
  name: 'gopath-overrides-version-manager',
  category: 'shell',
  severity: 'warning',
  title: 'GOPATH is set after a version manager that manages it (gvm)',
  requires: ['shells'],
  messages: {
    overrides: '{file}:{line} sets GOPATH after {manager} is loaded ({vmFile}:{vmLine}) in {contexts}: `gvm use` and `gvm pkgset use` set GOPATH per version and pkgset, and this line puts every version back on {value}.',
  },
  fixTitles: {
    deleteTheGopathExport: 'Delete the GOPATH export',
  },
  sources: ['https://github.com/moovweb/gvm#readme', 'https://go.dev/wiki/GOPATH'],
  fixable: true,
  docs: {
    what: 'Reports a GOPATH assignment that runs after gvm is loaded in the same context (same file, later line, or a file read afterwards).',
    why: 'gvm switches Go versions by setting GOROOT, PATH and GOPATH (one per version and pkgset). Exporting GOPATH after loading it makes every version share that GOPATH, so tools built with one Go version overwrite another\'s and pkgsets stop isolating anything.',
    fix: 'Delete the GOPATH export, or move it above the line that loads gvm.',
  },
  check({ shells }) {
    const reports: Report<'overrides'>[] = [];
    const seen = new Set<string>();
    for (const vm of shells.events.filter((e) => e.kind === 'version-manager' && e.name === 'gvm')) {
      for (const c of shells.contexts.filter((x) => vm.readBy.includes(x.id) && x.installed)) {
        const order = c.files.map((f) => f.path);
        const after = (e: { file: string; line: number }) => (e.file === vm.file ? e.line > vm.line : order.indexOf(e.file) > order.indexOf(vm.file));
        const gp = shells.events.find((e) => e.kind === 'set' && e.name === 'GOPATH' && e.readBy.includes(c.id) && isUserFile(shells, e.file) && !e.file.includes('/.gvm/') && after(e));
        if (!gp) continue;
        const key = `${gp.file}:${gp.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const contexts = shells.contexts.filter((x) => gp.readBy.includes(x.id) && vm.readBy.includes(x.id)).map((x) => x.id).join(', ');
        reports.push({
          messageId: 'overrides', location: loc(gp),
          data: { file: gp.file, line: gp.line, manager: 'gvm', vmFile: vm.file, vmLine: vm.line, contexts, value: gp.value ?? '' },
          fixes: [{ kind: 'edit', title: fixTitle('deleteTheGopathExport'), file: gp.file, range: { startLine: gp.line, endLine: gp.line }, replacement: '', safety: 'review' }],
        });
      }
    }
    return reports;
  },
});
