import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc } from './util.js';

/** `go env -w` belongs on the command line once, not in a file every shell runs. */
export const gd308 = defineRule({
  id: 'GD308',
  name: 'go-env-w-in-startup-file',
  category: 'shell',
  severity: 'warning',
  title: 'A startup file runs go env -w on every shell start',
  requires: ['shells'],
  messages: {
    everyStart: '{file}:{line} runs `go env -w {name}={value}` each time {contexts} start{s}: it starts go (and may select or download a toolchain) before the prompt, and rewrites the go env file.',
  },
  fixTitles: {
    runItOnce: 'Run it once',
    deleteTheLine: 'Delete the line',
  },
  sources: ['src/cmd/go/internal/envcmd/env.go', 'https://go.dev/ref/mod#go-env-w', 'https://go.dev/doc/toolchain'],
  fixable: true,
  docs: {
    what: 'Reports `go env -w` commands inside shell startup files.',
    why: '`go env -w` persists a setting in the go env file; running it from a startup file repeats that write on every shell, runs the go command (including toolchain selection under GOTOOLCHAIN=auto) before each prompt, and fails noisily when go is missing or the value is rejected.',
    fix: 'Run `go env -w NAME=VALUE` once by hand and delete the line from the startup file.',
  },
  check({ shells }) {
    return shells.events.filter((e) => e.kind === 'go-env-w').map((e) => ({
      messageId: 'everyStart' as const, location: loc(e),
      data: { file: e.file, line: e.line, name: e.name ?? '?', value: e.value ?? '', contexts: e.readBy.length ? e.readBy.join(', ') : 'no shell context (file not read)', s: e.readBy.length === 1 ? 's' : '' },
      fixes: [
        { kind: 'command' as const, title: fixTitle('runItOnce'), command: `go env -w ${e.name}=${e.value ?? ''}`, safety: 'review' as const },
        { kind: 'edit' as const, title: fixTitle('deleteTheLine'), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: '', safety: 'review' as const },
      ],
    }));
  },
});
