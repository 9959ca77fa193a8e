import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc } from './util.js';

/** The environment beats `go env -w` (cfg.go: process env > user config file > go.env). */
export const gd307 = defineRule({
  id: 'GD307',
  name: 'export-overrides-go-env-w',
  category: 'shell',
  severity: 'warning',
  title: 'A startup file export silently overrides a go env -w setting',
  requires: ['shells', 'goenv'],
  messages: {
    overrides: '{file}:{line} exports {name}={value}, which overrides `go env -w {name}={written}` ({userFile}) in {contexts}: the environment always wins.',
    writeIgnored: '{file}:{line} runs `go env -w {name}=…` but {exportFile}:{exportLine} exports {name}, so the written value never applies in {contexts}.',
  },
  fixTitles: {
    deleteTheExportKeep: 'Delete the export (keep go env -w)',
    orDropTheGo: 'Or drop the go env -w value (keep the export)',
  },
  sources: [SHELL_SOURCES.goEnv, 'src/cmd/go/internal/envcmd/env.go', 'https://go.dev/doc/go1.13#go-env-w'],
  fixable: true,
  docs: {
    what: 'Reports a Go variable exported by a startup file that is also written to the go env file (`go env -w`) with another value, and `go env -w` calls whose variable a startup file also exports.',
    why: 'cmd/go reads a setting from the process environment first, then the user config file written by `go env -w`, then $GOROOT/go.env (cfg.go). An export therefore hides the `go env -w` value, and `go env -w` only warns "does not override conflicting OS environment variable" when run from that shell.',
    fix: 'Keep one source: delete the export, or `go env -u NAME` and keep the export.',
  },
  check({ shells, goenv }) {
    const reports: Report<'overrides' | 'writeIgnored'>[] = [];
    const seen = new Set<string>();
    for (const entry of goenv.userFile.entries) {
      const hits = shells.contexts.filter((c) => { const v = c.vars[entry.key]; return v?.exported && v.origin && v.value !== entry.value; });
      // One finding per line that sets the value, naming only the contexts that read that line.
      const byOrigin = new Map<string, typeof hits>();
      for (const c of hits) { const o = c.vars[entry.key]!.origin!; const k = `${o.file}:${o.line}`; byOrigin.set(k, [...(byOrigin.get(k) ?? []), c]); }
      for (const group of byOrigin.values()) {
      const v = group[0]!.vars[entry.key]!;
      const contexts = group;
      reports.push({
        messageId: 'overrides', location: loc(v.origin!),
        data: { file: v.origin!.file, line: v.origin!.line, name: entry.key, value: v.value, written: entry.value, userFile: goenv.userFile.path, contexts: contexts.map((c) => c.id).join(', ') },
        fixes: [
          { kind: 'edit', title: fixTitle('deleteTheExportKeep'), file: v.origin!.file, range: { startLine: v.origin!.line, endLine: v.origin!.line }, replacement: '', safety: 'review' },
          { kind: 'command', title: fixTitle('orDropTheGo'), command: `go env -u ${entry.key}`, safety: 'review' },
        ],
      });
      }
    }
    for (const e of shells.events.filter((x) => x.kind === 'go-env-w' && x.name)) {
      const hits = shells.contexts.filter((c) => c.vars[e.name!]?.exported && c.vars[e.name!]!.origin && e.readBy.includes(c.id));
      const first = hits[0];
      if (!first || seen.has(`${e.file}:${e.line}:${e.name}`)) continue;
      seen.add(`${e.file}:${e.line}:${e.name}`);
      const o = first.vars[e.name!]!.origin!;
      reports.push({ messageId: 'writeIgnored', location: loc(e), data: { file: e.file, line: e.line, name: e.name!, exportFile: o.file, exportLine: o.line, contexts: hits.map((c) => c.id).join(', ') } });
    }
    return reports;
  },
});
