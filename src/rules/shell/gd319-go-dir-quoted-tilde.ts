import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc, isUserFile } from './util.js';

const DIR_VARS = new Set(['GOPATH', 'GOBIN', 'GOMODCACHE', 'GOCACHE', 'GOROOT', 'GOTMPDIR', 'GOENV']);

/** `export GOPATH="~/go"`: quotes keep the tilde, and go rejects a path starting with ~. */
export const gd319 = defineRule({
  id: 'GD319',
  name: 'go-dir-quoted-tilde',
  category: 'shell',
  severity: 'error',
  title: 'A Go directory variable keeps a literal ~ (quoted tilde)',
  requires: ['shells'],
  messages: {
    literal: '{file}:{line} sets {name}={value}: inside quotes the shell does not expand ~, so go receives the literal "~"; for GOPATH it stops with "GOPATH entry cannot start with shell metacharacter \'~\'".',
  },
  fixTitles: {
    useHomeInsteadOf: 'Use $HOME instead of ~',
  },
  sources: [`${SHELL_SOURCES.bash} (Tilde Expansion)`, 'src/cmd/go/internal/modload/init.go', 'https://go.dev/wiki/GOPATH'],
  fixable: true,
  docs: {
    what: 'Reports a Go directory variable (GOPATH, GOBIN, GOMODCACHE, GOCACHE, GOROOT, GOTMPDIR, GOENV) whose value, as the shell expands it, still starts with ~ — `export GOPATH="~/go"`.',
    why: 'The shell expands ~ only when it is unquoted at the start of a word (or after : or = in an assignment). go does not expand it: a GOPATH starting with ~ is an error for every command, other variables point at a directory literally named ~ under the current directory.',
    fix: 'Write $HOME instead of ~ inside quotes: `export GOPATH="$HOME/go"`.',
  },
  check({ shells }) {
    const reports: Report<'literal'>[] = [];
    const seen = new Set<string>();
    for (const e of shells.events) {
      if (e.kind !== 'set' || !e.name || !DIR_VARS.has(e.name) || !e.known || !isUserFile(shells, e.file)) continue;
      if (!(e.value ?? '').split(':').some((p) => p.startsWith('~'))) continue;
      const key = `${e.file}:${e.line}:${e.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fixed = e.text.replace(/~(?=\/|["':]|$)/g, '$HOME');
      reports.push({
        messageId: 'literal', location: loc(e), data: { file: e.file, line: e.line, name: e.name, value: e.value ?? '' },
        fixes: [{ kind: 'edit', title: fixTitle('useHomeInsteadOf'), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: `${fixed}\n`, safety: 'review' }],
      });
    }
    return reports;
  },
});
