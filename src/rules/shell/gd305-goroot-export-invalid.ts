import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc } from './util.js';

/** An exported GOROOT that does not exist, or holds another Go than the go that runs. */
export const gd305 = defineRule({
  id: 'GD305',
  name: 'goroot-export-invalid',
  category: 'shell',
  severity: 'error',
  title: 'A startup file exports a GOROOT that is missing or belongs to another Go',
  requires: ['shells'],
  messages: {
    missing: '{file}:{line} exports GOROOT={goroot}, which does not exist: go fails with "cannot find GOROOT directory" in {contexts}.',
    otherVersion: '{file}:{line} exports GOROOT={goroot} ({gorootVersion}) but {contexts} run {go} ({goVersion}); builds fail with "compile: version … does not match go tool version".',
  },
  fixTitles: {
    deleteTheGorootExport: 'Delete the GOROOT export',
  },
  sources: [SHELL_SOURCES.goEnv, 'src/cmd/go/internal/cfg/cfg.go findGOROOT', 'https://go.dev/doc/install/source#environment'],
  fixable: true,
  docs: {
    what: 'Reports GOROOT exported by a startup file when that directory does not exist, or contains a different Go version than the go binary that context runs.',
    why: 'Without GOROOT, go finds its own tree from its executable (cfg.go findGOROOT). An exported GOROOT overrides that and is not checked against the running go: a missing directory stops every command, another version fails at compile time.',
    fix: 'Delete the GOROOT export; go locates its own installation.',
  },
  check({ shells }) {
    const reports: Report<'missing' | 'otherVersion'>[] = [];
    const seen = new Set<string>();
    for (const c of shells.contexts) {
      const v = c.vars.GOROOT;
      if (!v?.exported || !v.known || !v.origin) continue;
      const info = shells.goroots.find((g) => g.path === v.value);
      if (!info) continue;
      const go = c.gos[0];
      const sameContexts = (pred: (x: typeof c) => boolean) => shells.contexts.filter((x) => x.vars.GOROOT?.value === v.value && x.vars.GOROOT.origin?.file === v.origin!.file && pred(x)).map((x) => x.id).join(', ');
      const key = `${v.origin.file}:${v.origin.line}`;
      if (seen.has(key)) continue;
      const fix = { kind: 'edit' as const, title: fixTitle('deleteTheGorootExport'), file: v.origin.file, range: { startLine: v.origin.line, endLine: v.origin.line }, replacement: '', safety: 'review' as const };
      if (!info.exists) {
        seen.add(key);
        reports.push({ messageId: 'missing', data: { file: v.origin.file, line: v.origin.line, goroot: v.value, contexts: sameContexts(() => true) }, location: loc(v.origin), fixes: [fix] });
      } else if (go?.version && info.version && go.version !== info.version) {
        seen.add(key);
        reports.push({
          messageId: 'otherVersion', location: loc(v.origin), fixes: [fix],
          data: { file: v.origin.file, line: v.origin.line, goroot: v.value, gorootVersion: info.version, go: go.path, goVersion: go.version, contexts: sameContexts((x) => x.gos[0]?.version === go.version) },
        });
      }
    }
    return reports;
  },
});
