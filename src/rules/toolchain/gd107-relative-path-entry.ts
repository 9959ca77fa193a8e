import { defineRule, fixTitle } from '../../engine/define-rule.js';

/**
 * An empty or relative PATH entry: a shell then runs whatever `go`, `gcc` or `git` lies in the
 * directory it happens to be in, a cloned repository included. Go's os/exec refuses programs
 * found that way since Go 1.19 (exec.ErrDot), and godiag never searches such entries.
 */
export const gd107 = defineRule({
  id: 'GD107',
  name: 'relative-path-entry',
  category: 'toolchain',
  severity: 'warning',
  title: 'PATH has an empty or relative entry',
  requires: ['toolchains'],
  messages: {
    empty: 'PATH entry {position} is empty: shells search the current directory there, so a go, gcc or git in any directory you cd into runs in place of the installed one.',
    relative: 'PATH entry {position} ({dir}) is relative: it is resolved against the current directory, so programs run from whatever directory you are in.',
  },
  fixTitles: {
    dropTheEntryFrom: 'Drop the entry from PATH',
  },
  sources: [
    'https://go.dev/doc/go1.19#os-exec-path',
    'src/os/exec/exec.go',
    'src/os/exec/lp_unix.go',
    'https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap08.html#tag_08_03',
  ],
  fixable: false,
  docs: {
    what: 'Finds PATH entries that are empty (a leading, trailing or doubled colon) or relative (such as `.` or `bin`).',
    why: 'POSIX defines an empty PATH entry as the current directory, and a relative one is resolved against it: a command name then finds programs in whatever directory the shell is in, including a freshly cloned repository that ships its own `go` or `gcc`. Go 1.19 made os/exec refuse such results (exec.ErrDot), so Go tools and the shell disagree about which program a name means. godiag never searches these entries.',
    fix: 'Remove the entry from the line that builds PATH in your startup file (look for `::`, a leading or trailing `:`, or `.`), or replace it with an absolute directory.',
  },
  check({ toolchains }) {
    return toolchains.pathEntries.filter((e) => e.relative).map((e) => ({
      messageId: e.dir === '' ? ('empty' as const) : ('relative' as const),
      data: { position: e.index + 1, dir: e.dir },
      evidence: { pathEntries: toolchains.pathEntries.map((x) => x.dir) },
      fixes: [{ kind: 'manual' as const, title: fixTitle('dropTheEntryFrom'), steps: ['Find the line that sets PATH in your shell startup files (`godiag shell` shows it with file:line).', `Remove the ${e.dir === '' ? 'empty entry (a doubled, leading or trailing colon)' : `entry ${JSON.stringify(e.dir)}`}, or write an absolute directory instead.`] }],
    }));
  },
});
