import { defineRule, type Report } from '../../engine/define-rule.js';
import { isGoSetting, isGoPathDir } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES, loc, isUserFile, reexportsGoDefault } from './util.js';

/** Go set up only when a condition holds that the files cannot decide (OS, TERM, a variable, a command). */
export const gd322 = defineRule({
  id: 'GD322',
  name: 'go-setup-conditional',
  category: 'shell',
  severity: 'info',
  title: 'Go is set up only under a condition the startup files do not decide',
  requires: ['shells'],
  messages: {
    conditional: '{file}:{line} sets {what} only if `{condition}`: {contexts} get it only when that holds at startup; {others} never run the line.',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish],
  fixable: false,
  docs: {
    what: 'Reports a Go variable or Go PATH directory set under a condition that depends on the running system — an OS test (`uname`, `$OSTYPE`), whether a program is installed (`command -v go`, `hash go`, fish `command -q go`), a guard variable (`[ -z "$LOADED" ]`), TERM or TMUX — and lists which contexts read the line and which never do. A line that re-exports Go\'s own value (`export GOPATH=$(go env GOPATH)`) is not reported: contexts that skip it get that value anyway.',
    why: 'A condition that holds in a terminal may not hold in `bash -lc`, an IDE, cron or a container: `command -v go` fails before PATH has go, a guard variable inherited from a parent shell skips the block, TERM is `dumb` or unset outside terminals. Go then works in some places and not others.',
    fix: 'Set Go\'s variables and PATH unconditionally in a file every context reads (directories that may not exist are harmless on PATH).',
  },
  check({ shells }) {
    const reports: Report<'conditional'>[] = [];
    const seen = new Set<string>();
    const installed = shells.contexts.filter((c) => c.installed).map((c) => c.id);
    for (const e of shells.events) {
      if (!e.conditional || !e.condition || !e.readBy.length || !isUserFile(shells, e.file)) continue;
      // Contexts that skip `export GOPATH=$(go env GOPATH)` get the same value from go itself.
      if (e.kind === 'set' && reexportsGoDefault(e)) continue;
      const what = e.kind === 'set' && e.name && isGoSetting(e.name) && e.exported ? e.name : e.kind === 'path' ? (e.dirs ?? []).filter((d) => isGoPathDir(d, e.text)).join(', ') : '';
      if (!what) continue;
      const key = `${e.file}:${e.line}:${what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const contexts = e.readBy.filter((id) => installed.includes(id));
      if (!contexts.length) continue;
      const others = installed.filter((id) => !contexts.includes(id));
      reports.push({
        messageId: 'conditional', location: loc(e),
        data: { file: e.file, line: e.line, what: e.kind === 'path' ? `PATH entry ${what}` : what, condition: e.condition.slice(0, 160), contexts: contexts.join(', '), others: others.length ? others.join(', ') : 'no other context' },
        evidence: { condition: e.condition, readBy: contexts, notReadBy: others },
      });
    }
    return reports;
  },
});
