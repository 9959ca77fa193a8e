import { defineRule, type Report } from '../../engine/define-rule.js';

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
  sources: ['src/cmd/go/main.go', 'https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable'],
  fixable: true,
  docs: {
    what: 'Checks every GOPATH entry for a leading ~ and for relative paths.',
    why: 'cmd/go refuses both and exits with status 2 for every command except `go env`, so nothing builds.',
    fix: 'Use an absolute path: "$HOME/go" in shells (double quotes let $HOME expand), or unset GOPATH to get the default.',
  },
  check({ goenv }) {
    const gopath = goenv.settings.GOPATH;
    if (!gopath?.value) return [];
    const windows = /^[A-Za-z]:\\/.test(gopath.value) || gopath.value.includes(';');
    return gopath.value.split(windows ? ';' : ':').filter(Boolean).flatMap((entry): Report<'tilde' | 'relative'>[] => {
      const fixes = [{ kind: 'command' as const, title: 'Use an absolute path', shell: 'sh' as const, command: gopath.source === 'user-file' ? 'go env -w GOPATH="$HOME/go"' : 'export GOPATH="$HOME/go"   # in your startup file, replacing the old line', safety: 'review' as const }];
      if (entry.startsWith('~')) return [{ messageId: 'tilde' as const, data: { entry }, evidence: { source: gopath.source }, fixes }];
      const abs = entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry) || entry.startsWith('\\\\');
      if (!abs) return [{ messageId: 'relative' as const, data: { entry }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  },
});
