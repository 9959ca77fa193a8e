import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { MODULE_ACCESS_VARS } from '../../knowledge/go-vars.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import { holdsSecret } from '../../engine/redact.js';
import { SHELL_SOURCES, setupBlock, isUserFile, shellOfContext, setupFileFor } from './util.js';

/** GOPROXY/GOPRIVATE configured for one shell while the user logs in with another. */
export const gd310 = defineRule({
  id: 'GD310',
  name: 'module-settings-other-shell',
  category: 'shell',
  severity: 'warning',
  title: 'GOPROXY/GOPRIVATE are set only in the files of a shell that is not the login shell',
  requires: ['shells'],
  messages: {
    otherShell: '{name}={value} is set only for {shells} ({file}:{line}), but the login shell is {loginShell}: its sessions, and tools started from them, fetch modules without it.',
  },
  fixTitles: {
    setItInToo: 'Set it in {target} too, which {login} reads',
    orSetItFor: 'Or set it for every shell and tool (the exports still win where they run)',
    copyTheLineTo: 'Copy the line to {target}, which {login} reads',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish, 'https://go.dev/ref/mod#private-modules'],
  fixable: true,
  docs: {
    what: 'Reports module-access settings (GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB, GOINSECURE, GOFLAGS) exported only by startup files of a shell other than the user\'s login shell.',
    why: 'Each shell reads its own files: a GOPRIVATE in ~/.zshrc does nothing in bash or fish sessions. Private modules then go to the public proxy and checksum database (failing with 404/410 or leaking module paths) only in some terminals.',
    fix: 'Set the value once for every program: `go env -w NAME=VALUE` (the go env file is read by every go, whatever the shell), or in the login shell\'s startup file too.',
  },
  check({ shells }) {
    const login = shells.loginShell?.name;
    if (!login || !['bash', 'sh', 'zsh', 'fish'].includes(login)) return [];
    const reports: Report<'otherShell'>[] = [];
    for (const name of MODULE_ACCESS_VARS) {
      const setIn = shells.contexts.filter((c) => c.installed && c.vars[name]?.exported && c.vars[name]!.origin && isUserFile(shells, c.vars[name]!.origin!.file));
      if (!setIn.length || setIn.some((c) => shellOfContext(c.id) === login)) continue;
      const v = setIn[0]!.vars[name]!;
      const target = setupFileFor(shells, login);
      reports.push({
        messageId: 'otherShell', location: { file: v.origin!.file, line: v.origin!.line },
        data: { name, value: v.value, shells: [...new Set(setIn.map((c) => shellOfContext(c.id)))].join(', '), file: v.origin!.file, line: v.origin!.line, loginShell: login },
        // A value computed at start-up (known false) cannot be copied as a value, nor a credential.
        fixes: v.known && !holdsSecret(v.value) ? [
          ...[setupBlock(target, [{ name, value: v.value }], fixTitle('setItInToo', { target: target.replace(shells.home, '~'), login }))].filter((f) => f !== null),
          { kind: 'command', title: fixTitle('orSetItFor'), command: `go env -w ${shQuote(`${name}=${v.value}`)}`, safety: 'review' },
        ] : [{ kind: 'manual', title: fixTitle('copyTheLineTo', { target: target.replace(shells.home, '~'), login }), steps: [`${v.origin!.file}:${v.origin!.line} computes ${name} when the shell starts; repeat that line in ${target}`] }],
      });
    }
    return reports;
  },
});
