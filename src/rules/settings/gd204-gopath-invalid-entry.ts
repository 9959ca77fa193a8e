import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';

/** GOPATH entries go rejects: relative paths and a literal `~` (the shell did not expand it). */
export const gd204 = defineRule({
  id: 'GD204',
  name: 'gopath-invalid-entry',
  category: 'settings',
  severity: 'error',
  title: 'GOPATH has a relative entry or one starting with ~',
  requires: ['goenv'],
  messages: {
    tilde: 'GOPATH entry {entry} starts with "~", which no shell expanded (quoted, or set by go env -w / a config file): go fails with "GOPATH entry cannot start with shell metacharacter \'~\'".',
    relative: 'GOPATH entry {entry} is relative: go fails with "GOPATH entry is relative; must be absolute path".',
  },
  fixTitles: {
    removeItFromThe: 'Remove it from the go env file (the default is $HOME/go); the good GOPATH in front lets go env itself run',
    useAnAbsolutePath: 'Use an absolute path',
  },
  sources: ['src/cmd/go/main.go (main: the GOPATH check before any command runs)', 'https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable'],
  fixable: true,
  docs: {
    what: 'Checks every GOPATH entry for a leading ~ and for relative paths.',
    why: 'cmd/go/main.go checks every GOPATH entry before it looks at the command, so every command exits with status 2, `go env GOPATH`, `go env -w` and `go env -u` included (checked with go1.19.8 and go1.26.8). Only an inferred default GOPATH that comes out relative is dropped silently.',
    fix: 'Use an absolute path: "$HOME/go" in shells (double quotes let $HOME expand), or unset GOPATH to get the default. A bad value in the go env file cannot be removed with a plain `go env -u GOPATH` (it exits 2 too): give the command a good GOPATH in its environment, `GOPATH="$HOME/go" go env -u GOPATH`.',
  },
  check({ goenv }) {
    const gopath = goenv.settings.GOPATH;
    if (!gopath?.value) return [];
    const windows = /^[A-Za-z]:\\/.test(gopath.value) || gopath.value.includes(';');
    return gopath.value.split(windows ? ';' : ':').filter(Boolean).flatMap((entry): Report<'tilde' | 'relative'>[] => {
      // A plain `go env -u GOPATH` fails the same check: a valid GOPATH in its own environment lets it run.
      const fixes = [gopath.source === 'user-file'
        ? { kind: 'command' as const, title: fixTitle('removeItFromThe'), shell: 'sh' as const, command: 'GOPATH="$HOME/go" go env -u GOPATH', safety: 'review' as const }
        : { kind: 'command' as const, title: fixTitle('useAnAbsolutePath'), shell: 'sh' as const, command: 'export GOPATH="$HOME/go"   # in your startup file, replacing the old line', safety: 'review' as const }];
      if (entry.startsWith('~')) return [{ messageId: 'tilde' as const, data: { entry }, evidence: { source: gopath.source }, fixes }];
      const abs = entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry) || entry.startsWith('\\\\');
      if (!abs) return [{ messageId: 'relative' as const, data: { entry }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  },
});
