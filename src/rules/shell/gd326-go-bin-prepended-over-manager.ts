import { defineRule, type Report } from '../../engine/define-rule.js';
import { isGoPathDir } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES, loc, isUserFile } from './util.js';

/** A Go installation's bin prepended to PATH hides the go a version manager (or the system) provides. */
export const gd326 = defineRule({
  id: 'GD326',
  name: 'go-bin-prepended-over-manager',
  category: 'shell',
  severity: 'warning',
  title: 'A Go bin directory is prepended to PATH ahead of a version manager\'s go',
  requires: ['shells'],
  messages: {
    shadowsManager: '{file}:{line} prepends {dir} to PATH after {manager} is activated ({vmFile}:{vmLine}) in {contexts}: its go runs first, so `{manager}` version switches have no effect there.',
  },
  sources: [`${SHELL_SOURCES.bash} (COMMAND EXECUTION: PATH search)`, 'https://github.com/go-nv/goenv', 'https://mise.jdx.dev/dev-tools/shims.html'],
  fixable: false,
  docs: {
    what: 'Reports a Go installation\'s bin directory (GOROOT/bin, /usr/local/go/bin, ...) prepended to PATH after a version manager (goenv, asdf, mise, gvm) was activated in the same context.',
    why: 'The first go on PATH runs. A version manager works by putting its shims or the selected version first; prepending a fixed Go afterwards shadows it, so `goenv local`, `.tool-versions` or `mise use` silently do nothing in those shells.',
    fix: 'Drop the fixed Go from PATH and let the version manager provide go, or append that directory instead of prepending it.',
  },
  check({ shells }) {
    const reports: Report<'shadowsManager'>[] = [];
    const seen = new Set<string>();
    for (const vm of shells.events.filter((e) => e.kind === 'version-manager')) {
      for (const e of shells.events) {
        // $GOPATH/bin holds installed tools, not a toolchain.
        if (e.kind !== 'path' || e.op !== 'prepend' || !isUserFile(shells, e.file) || /\$\{?(GOPATH|GOBIN)\b/.test(e.text)) continue;
        const dir = (e.dirs ?? []).find((d) => isGoPathDir(d, e.text) && /(^|\/)go(-?[\d.]+)?\/bin\/?$|\/libexec\/bin\/?$/.test(d) && !/\/(shims|\.goenv|\.asdf|mise|\.gvm)\//.test(d));
        if (!dir) continue;
        const contexts = shells.contexts.filter((c) => c.installed && e.readBy.includes(c.id) && vm.readBy.includes(c.id)).filter((c) => {
          const order = c.files.map((f) => f.path);
          return e.file === vm.file ? e.line > vm.line : order.indexOf(e.file) > order.indexOf(vm.file);
        });
        if (!contexts.length) continue;
        const key = `${e.file}:${e.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        reports.push({ messageId: 'shadowsManager', location: loc(e), data: { file: e.file, line: e.line, dir, manager: vm.name ?? 'a version manager', vmFile: vm.file, vmLine: vm.line, contexts: contexts.map((c) => c.id).join(', ') } });
      }
    }
    return reports;
  },
});
