import { defineRule, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, loc } from './util.js';

/** `$(go env GOPATH)` and friends run go on every shell start. */
export const gd320 = defineRule({
  id: 'GD320',
  name: 'go-command-at-startup',
  category: 'shell',
  severity: 'info',
  title: 'A startup file runs go (go env) on every shell start',
  requires: ['shells'],
  messages: {
    runsGo: '{file}:{line} runs `{command}` each time {contexts} start{s}: every shell starts go first (tens of milliseconds, toolchain selection under GOTOOLCHAIN=auto), and fails noisily where go is missing.',
  },
  sources: ['src/cmd/go/internal/envcmd/env.go', 'https://go.dev/doc/toolchain', `${SHELL_SOURCES.bash} (Command Substitution)`],
  fixable: false,
  docs: {
    what: 'Reports command substitutions that run the go command — `$(go env GOPATH)`, fish `(go env GOROOT)` — in startup files. `go env -w` is GD308.',
    why: 'A startup file runs for every shell, script and terminal. Running go there adds its start-up time to each of them, may select or download a toolchain (GOTOOLCHAIN=auto), and prints an error in every shell where go is not on PATH yet. The values it asks for are usually Go\'s defaults, which go uses anyway.',
    fix: 'Write the value out (`export PATH="$PATH:$HOME/go/bin"`), or drop the line when it only repeats Go\'s default.',
  },
  check({ shells }) {
    const reports: Report<'runsGo'>[] = [];
    const seen = new Set<string>();
    for (const e of shells.events) {
      if ((e.kind !== 'set' && e.kind !== 'path') || e.known && !/go\s+env/.test(e.text)) continue;
      const m = /\$?\(\s*((?:[\w./-]*\/)?go\s+env(?:\s+[-\w]+)*)\s*(?:2>\s*\/dev\/null\s*)?\)/.exec(e.text);
      if (!m) continue;
      const key = `${e.file}:${e.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: 'runsGo', location: loc(e),
        data: { file: e.file, line: e.line, command: m[1]!.trim(), contexts: e.readBy.length ? e.readBy.join(', ') : 'no shell context (file not read)', s: e.readBy.length === 1 ? 's' : '' },
      });
    }
    return reports;
  },
});
