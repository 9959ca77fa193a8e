import { defineRule, type Report } from '../../engine/define-rule.js';
import { isUserFile, SHELL_SOURCES } from './util.js';

/** Startup files that stop early, loop, are not text, or hang a real shell. */
export const gd312 = defineRule({
  id: 'GD312',
  name: 'startup-file-problem',
  category: 'shell',
  severity: 'warning',
  title: 'A startup file has a syntax error, a source loop, binary content, or hangs the shell',
  requires: ['shells'],
  messages: {
    syntaxError: '{file}:{line}:{column}: {message} — {shell} stops reading the file there, so the lines after it never run ({contexts}).',
    binary: '{file} is not a text file ({size} bytes with NUL bytes); {contexts} read it as a startup file.',
    truncated: '{file} is {size} bytes; only the first part was analysed.',
    sourceLoop: '{file}:{line} sources {target}, which is already being read: a loop the shell follows until it fails.',
    runFailed: '`{command}` did not finish: {error}.',
    notChecked: '{files} startup file(s) were not syntax-checked, so a file that stops early would go unreported: {error}. Reinstall godiag (its sh-syntax dependency ships main.wasm).',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.dash, 'https://github.com/mvdan/sh'],
  fixable: false,
  docs: {
    what: 'Reports startup files that a shell cannot fully read: syntax errors (checked with mvdan/sh; zsh results are advisory and not reported), binary content, size beyond what is analysed, `source` loops, and — with --run-shells — shells that time out, wait for input or fail before their startup finishes. When the syntax checker itself does not load (a broken install without its WASM), that is an error finding rather than a silent pass.',
    why: 'A shell stops reading a sourced file at a syntax error, so exports after it silently never happen; a loop or a command waiting for input blocks every new shell, script and IDE that starts one.',
    fix: 'Fix the reported line (`bash -n FILE` checks syntax); remove the loop; move interactive commands behind an interactive check.',
  },
  check({ shells }) {
    const reports: Report<'syntaxError' | 'binary' | 'truncated' | 'sourceLoop' | 'runFailed' | 'notChecked'>[] = [];
    if (shells.syntaxCheckError) {
      const checked = shells.files.filter((f) => f.dialect === 'sh' || f.dialect === 'bash' || f.dialect === 'zsh');
      // The user's own file first: that is where a finding is seen and acted on.
      const first = checked.find((f) => f.readBy.length && isUserFile(shells, f.path)) ?? checked.find((f) => f.readBy.length) ?? checked[0];
      reports.push({ messageId: 'notChecked', severity: 'error', data: { files: checked.length, error: shells.syntaxCheckError }, ...(first ? { location: { file: first.path } } : {}) });
    }
    for (const f of shells.files) {
      const contexts = f.readBy.join(', ') || 'no context';
      if (f.binary) reports.push({ messageId: 'binary', data: { file: f.path, size: f.size, contexts }, location: { file: f.path } });
      else if (f.syntaxError && !f.syntaxError.advisory && f.readBy.length) {
        reports.push({ messageId: 'syntaxError', data: { file: f.path, line: f.syntaxError.line, column: f.syntaxError.column, message: f.syntaxError.message, shell: f.dialect, contexts }, location: { file: f.path, line: f.syntaxError.line, column: f.syntaxError.column } });
      }
      if (f.truncated) reports.push({ messageId: 'truncated', severity: 'info', data: { file: f.path, size: f.size }, location: { file: f.path } });
    }
    for (const e of shells.events) {
      if (e.kind === 'source' && e.problem?.startsWith('source loop')) reports.push({ messageId: 'sourceLoop', data: { file: e.file, line: e.line, target: e.target ?? '' }, location: { file: e.file, line: e.line } });
    }
    for (const r of shells.dynamic ?? []) {
      if (!r.ok) reports.push({ messageId: 'runFailed', data: { command: r.argv.map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ').slice(0, 160), error: r.error ?? 'unknown error' }, evidence: { stderrTail: r.stderrTail, timedOut: r.timedOut, truncated: r.truncated } });
    }
    return reports;
  },
});
