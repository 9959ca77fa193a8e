import { defineRule, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc, isUserFile } from './util.js';

/** `PATH=$GOPATH/bin:$PATH` while GOPATH lists several directories: only the last one gets /bin. */
export const gd327 = defineRule({
  id: 'GD327',
  name: 'gopath-list-bin-on-path',
  category: 'shell',
  severity: 'warning',
  title: '$GOPATH/bin is put on PATH while GOPATH lists several directories',
  requires: ['shells'],
  messages: {
    list: '{file}:{line} adds $GOPATH/bin to PATH while GOPATH is {gopath} in {contexts}: the shell appends /bin to the whole list, so PATH gets {becomes} instead of {wanted}.',
  },
  sources: [`${SHELL_SOURCES.bash} (Parameter Expansion)`, 'src/cmd/go/internal/help/helpdoc.go (go help gopath: a colon-separated list on Unix)', 'https://go.dev/ref/mod#go-install'],
  fixable: false,
  docs: {
    what: 'Reports a PATH edit in a POSIX shell file that expands `$GOPATH/bin` where GOPATH holds more than one directory (`GOPATH="$HOME/go:$GOPATH"`, which also leaves an empty entry when GOPATH was unset).',
    why: 'GOPATH is a colon-separated list (go help gopath). `$GOPATH/bin` is plain text substitution, so `/home/u/go:/work` becomes the PATH entries `/home/u/go` and `/work/bin`: the first directory\'s bin, where `go install` puts tools, is never searched, and an empty element adds `/bin` or the current directory. fish is not affected: it expands `$GOPATH/bin` once per list element.',
    fix: 'Add each bin directory: `PATH="$PATH:${GOPATH//://bin:}/bin"` in bash and zsh, or write the directories out; or keep GOPATH to one directory.',
  },
  check({ shells }) {
    const reports: Report<'list'>[] = [];
    for (const e of shells.events) {
      if (e.kind !== 'path' || !isUserFile(shells, e.file) || e.file.endsWith('.fish')) continue;
      if (!/\$\{?GOPATH\}?\/bin\b/.test(e.text)) continue;
      const lists = shells.contexts.filter((c) => c.installed && e.readBy.includes(c.id) && (c.vars.GOPATH?.value ?? '').includes(':'));
      if (!lists.length) continue;
      const gopath = lists[0]!.vars.GOPATH!.value;
      const parts = gopath.split(':');
      reports.push({
        messageId: 'list', location: loc(e),
        data: { file: e.file, line: e.line, gopath, contexts: lists.map((c) => c.id).join(', '), becomes: `${gopath}/bin`.split(':').map((x) => x || '(empty: the current directory)').join(', '), wanted: parts.filter(Boolean).map((p) => `${p}/bin`).join(', ') },
        evidence: { text: e.text, gopath },
      });
    }
    return reports;
  },
});
