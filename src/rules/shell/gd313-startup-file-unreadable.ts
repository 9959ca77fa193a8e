import { defineRule, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES } from './util.js';

/** A startup file that exists but is not a readable regular file: a FIFO, a device, no read permission. */
export const gd313 = defineRule({
  id: 'GD313',
  name: 'startup-file-unreadable',
  category: 'shell',
  severity: 'error',
  title: 'A startup file is a FIFO, a device, or unreadable',
  requires: ['shells'],
  messages: {
    blocks: '{file} is {problem}; {contexts} read it at start-up, so every such shell can hang there.',
    unreadable: '{file} exists but is {problem}; {contexts} skip it ("Permission denied"), so the Go setup in it never runs, and godiag could not analyse it.',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.dash, 'man:fifo(7)', 'man:open(2)'],
  fixable: false,
  docs: {
    what: 'Reports startup files (and files they source) that exist but are not readable regular files: a FIFO, a character or block device (`. /dev/zero`), a socket or directory, or a file the user has no permission to read.',
    why: 'Opening a FIFO blocks until another process opens it for writing, and reading a device such as /dev/zero never reaches an end: a shell that reads such a file at start-up hangs, and with it every terminal, script and IDE that starts one. A file without read permission is skipped by the shell with a "Permission denied" message, so what it sets up silently never happens. godiag never opens such files; it reports them instead of treating them as absent.',
    fix: 'Replace the file with a regular file (`ls -l FILE` shows a leading p for a FIFO, c or b for a device), remove the line that sources a device, or give the owner read permission (`chmod u+r FILE`).',
  },
  check({ shells }) {
    const reports: Report<'blocks' | 'unreadable'>[] = [];
    for (const f of shells.files) {
      if (!f.problem) continue;
      const contexts = f.readBy.join(', ') || 'no shell context';
      if (f.problem.startsWith('unreadable')) reports.push({ messageId: 'unreadable', severity: 'warning', data: { file: f.path, problem: f.problem, contexts }, location: { file: f.path } });
      else reports.push({ messageId: 'blocks', severity: f.readBy.length ? 'error' : 'warning', data: { file: f.path, problem: f.problem, contexts }, location: { file: f.path } });
    }
    return reports;
  },
});
