import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { isGoVar, isGoPathDir } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES, ctx, MARKER } from './util.js';

/** Login bash reads only the first of ~/.bash_profile, ~/.bash_login, ~/.profile. */
export const gd302 = defineRule({
  id: 'GD302',
  name: 'login-file-skips-go-setup',
  category: 'shell',
  severity: 'warning',
  title: 'Login bash never reads the file that sets up Go',
  requires: ['shells'],
  messages: {
    skipsBashrc: '{winner} is what login bash reads, and it does not source {file}, where Go is set up (line {line}); ssh sessions, `bash -l` and macOS terminals miss it.',
    shadowsProfile: '{winner} exists, so login bash never reads {file}, where Go is set up (line {line}).',
  },
  fixTitles: {
    sourceFrom: 'Source {short} from {winner}',
  },
  sources: [`${SHELL_SOURCES.bash} INVOCATION`],
  fixable: true,
  docs: {
    what: 'Reports Go set up in ~/.bashrc or ~/.profile when the login file bash actually reads (~/.bash_profile or ~/.bash_login) does not source that file.',
    why: 'A login bash reads /etc/profile, then only the first of ~/.bash_profile, ~/.bash_login and ~/.profile that exists; it never reads ~/.bashrc by itself. An installer that creates ~/.bash_profile silently disables everything in ~/.profile.',
    fix: 'Source the file from the login file bash reads (`[ -f ~/.bashrc ] && . ~/.bashrc`), or move the Go lines there.',
  },
  check({ shells }) {
    const login = ctx(shells, 'bash:login');
    if (!login) return [];
    const home = shells.home;
    const winner = login.files.find((f) => [`${home}/.bash_profile`, `${home}/.bash_login`].includes(f.path))?.path;
    if (!winner) return [];
    const reports: Report<'skipsBashrc' | 'shadowsProfile'>[] = [];
    for (const [file, messageId] of [[`${home}/.bashrc`, 'skipsBashrc'], [`${home}/.profile`, 'shadowsProfile']] as const) {
      if (login.files.some((f) => f.path === file)) continue;
      const goLine = shells.events.find((e) => e.file === file && ((e.kind === 'set' && e.name && isGoVar(e.name)) || (e.kind === 'path' && (e.dirs ?? []).some((d) => isGoPathDir(d, e.text)))));
      if (!goLine) continue;
      const short = file.replace(home, '~');
      reports.push({
        messageId, data: { winner: winner.replace(home, '~'), file: short, line: goLine.line }, location: { file: winner },
        evidence: { loginFilesRead: login.files.map((f) => f.path), goLine: goLine.text },
        fixes: [{
          kind: 'edit', title: fixTitle('sourceFrom', { short, winner: winner.replace(home, '~') }), file: winner, safety: 'review', marker: `${MARKER}: source ${short}`,
          replacement: `# >>> ${MARKER}: source ${short} >>>\n[ -f ${short} ] && . ${short}\n# <<< ${MARKER}: source ${short} <<<\n`,
        }],
      });
    }
    return reports;
  },
});
