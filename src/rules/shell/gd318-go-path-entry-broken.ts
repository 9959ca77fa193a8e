import { defineRule, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc, isUserFile } from './util.js';

/** `$GOROOT/bin` on PATH where GOROOT is unset (the entry becomes /bin), or `$GOPATH` instead of `$GOPATH/bin`. */
export const gd318 = defineRule({
  id: 'GD318',
  name: 'go-path-entry-broken',
  category: 'shell',
  severity: 'warning',
  title: 'A Go PATH entry expands an unset variable, or names the Go directory instead of its bin',
  requires: ['shells'],
  messages: {
    unsetVar: '{file}:{line} adds {entry} to PATH, but {name} is not set at that point in {contexts}: the entry becomes {becomes}, so go or the installed tools are not found there{later}.',
    dirNotBin: '{file}:{line} puts ${name} on PATH, not ${name}/bin: the go command and installed tools live in the bin directory below it.',
  },
  sources: [`${SHELL_SOURCES.bash} (Parameter Expansion)`, 'https://go.dev/doc/install', 'https://go.dev/ref/mod#go-install'],
  fixable: false,
  docs: {
    what: 'Reports a PATH edit that expands $GOROOT, $GOPATH or $GOBIN while that variable is unset in the context that runs it (for example a ~/.bashrc line a ~/.profile sources before it exports GOPATH), and `PATH=$GOPATH:$PATH` / `PATH=$GOROOT:$PATH`, which add the directory instead of its bin.',
    why: 'An unset variable expands to nothing: `$GOROOT/bin` becomes `/bin` and `$GOPATH/bin` becomes `/bin`, so the intended directory is never searched. go itself and `go install`ed tools are in the bin subdirectory, not in GOROOT or GOPATH.',
    fix: 'Export the variable before the PATH line (or write the directory out), and add `$GOPATH/bin` / `$GOROOT/bin`.',
  },
  check({ shells }) {
    const reports: Report<'unsetVar' | 'dirNotBin'>[] = [];
    for (const e of shells.events) {
      if (e.kind !== 'path' || !isUserFile(shells, e.file)) continue;
      for (const name of e.unsetVars ?? []) {
        const contexts = (e.unsetIn ?? []).filter((id) => shells.contexts.some((c) => c.id === id && c.installed));
        if (!contexts.length) continue;
        const entry = new RegExp(`[^:="'\\s]*\\$\\{?${name}\\}?[^:="'\\s]*`).exec(e.text)?.[0] ?? `$${name}`;
        const later = shells.events.find((x) => x.kind === 'set' && x.name === name && x.readBy.some((id) => contexts.includes(id)) && (x.file !== e.file || x.line > e.line));
        reports.push({
          messageId: 'unsetVar', location: loc(e),
          data: { file: e.file, line: e.line, entry, name, contexts: contexts.join(', '), becomes: entry.replace(/\$\{?\w+\}?/, '') || '(empty: the current directory)', later: later ? `; ${name} is set later, at ${later.file}:${later.line}` : '' },
          evidence: { text: e.text, contexts },
        });
      }
      const m = /(?:^|[:="'])\$\{?(GOROOT|GOPATH)\}?(?=[:"'\s]|$)/.exec(e.text.replace(/^[^=]*=/, '='));
      if (m) reports.push({ messageId: 'dirNotBin', location: loc(e), data: { file: e.file, line: e.line, name: m[1]! }, evidence: { text: e.text } });
    }
    return reports;
  },
});
