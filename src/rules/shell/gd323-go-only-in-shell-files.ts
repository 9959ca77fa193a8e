import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, setupBlock, environmentDFile, isUserFile } from './util.js';

/** Go on PATH in shells, none for systemd --user services, cron jobs and desktop apps. */
export const gd323 = defineRule({
  id: 'GD323',
  name: 'go-only-in-shell-files',
  category: 'shell',
  severity: 'info',
  title: 'Go is set up only in shell startup files: systemd user services, cron and desktop apps get no go',
  requires: ['shells'],
  messages: {
    sessions: 'go comes from {dir} ({origin}) in {shellContexts}, but {sessions} get no go: editors and IDEs started from the desktop, `systemd --user` services and cron jobs that run go or Go tools fail with "go: not found".',
  },
  fixTitles: {
    addItForSystemd: 'Add it for systemd user services and desktop apps',
  },
  sources: [SHELL_SOURCES.environmentD, SHELL_SOURCES.crontab, 'man:systemd.exec(5)'],
  fixable: true,
  docs: {
    what: 'Reports a Go bin directory that startup files put on PATH in shell contexts while the session contexts — the systemd user manager (services, desktop sessions started by systemd) and cron — end up with no go at all.',
    why: 'Those contexts read no shell startup file: systemd takes the user environment from environment.d files, cron uses PATH=/usr/bin:/bin. An IDE launched from the desktop, a language server, a `systemd --user` unit or a cron job then cannot find go or `go install`ed tools although every terminal can.',
    fix: 'Add the directory in ~/.config/environment.d/*.conf (systemd services and most desktop sessions) and PATH= in the crontab for cron jobs.',
  },
  check({ shells }) {
    const sessions = shells.contexts.filter((c) => ['systemd-user', 'gui', 'cron'].includes(c.id) && !c.gos.length);
    // cron never reads a startup file; the finding is about systemd user services and desktop apps.
    if (!sessions.some((c) => c.id !== 'cron')) return [];
    const shellCtx = shells.contexts.filter((c) => c.installed && c.gos[0]?.origin && isUserFile(shells, c.gos[0].origin.file));
    const first = shellCtx[0]?.gos[0];
    if (!first) return [];
    const reports: Report<'sessions'>[] = [{
      messageId: 'sessions', location: { file: first.origin!.file, line: first.origin!.line },
      data: { dir: first.dir, origin: `${first.origin!.file}:${first.origin!.line}`, shellContexts: shellCtx.filter((c) => c.gos[0]?.dir === first.dir).map((c) => c.id).join(', '), sessions: sessions.map((c) => c.id).join(', ') },
      fixes: [setupBlock(environmentDFile(shells), [{ pathDir: first.dir }], fixTitle('addItForSystemd'))].filter((f) => f !== null),
    }];
    return reports;
  },
});
