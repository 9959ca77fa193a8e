import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { isGoVar, isGoPathDir } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES, setupBlock, ctx, setupFileFor } from './util.js';

/** zsh never reads ~/.profile: Go set up only there is missing in zsh. */
export const gd324 = defineRule({
  id: 'GD324',
  name: 'zsh-skips-profile',
  category: 'shell',
  severity: 'warning',
  title: 'Go is set up in ~/.profile, which zsh never reads',
  requires: ['shells'],
  messages: {
    skipped: '{file}:{line} sets {what}, but zsh reads ~/.zshenv, ~/.zprofile, ~/.zshrc and ~/.zlogin, never ~/.profile: {contexts} do not get it{login}.',
  },
  fixTitles: {
    setItForZsh: 'Set it for zsh too ({target})',
  },
  sources: [`${SHELL_SOURCES.zsh} STARTUP/SHUTDOWN FILES`],
  fixable: true,
  docs: {
    what: 'Reports Go variables and Go PATH directories set in ~/.profile when zsh is in use (installed with zsh startup files, or the login shell) and no zsh context gets them.',
    why: 'zsh reads ~/.profile only when started as sh or ksh (emulation); as itself it reads its own files. Switching the login shell to zsh (the macOS default since Catalina) silently drops everything ~/.profile set up.',
    fix: 'Put the lines in ~/.zprofile (login) or ~/.zshenv (every zsh), or source ~/.profile from ~/.zprofile: `emulate sh -c \'. ~/.profile\'`.',
  },
  check({ shells }) {
    const login = ctx(shells, 'zsh:login');
    if (!login?.installed) return [];
    const usesZsh = shells.loginShell?.name === 'zsh' || shells.files.some((f) => /\/\.z(shenv|profile|shrc|login)$/.test(f.path) && f.exists);
    if (!usesZsh) return [];
    const profile = `${shells.home}/.profile`;
    const zshCtx = shells.contexts.filter((c) => c.shell === 'zsh' && c.installed);
    const reports: Report<'skipped'>[] = [];
    for (const e of shells.events.filter((x) => x.file === profile)) {
      const name = e.kind === 'set' && e.name && isGoVar(e.name) && e.exported ? e.name : null;
      const dirs = e.kind === 'path' ? (e.dirs ?? []).filter((d) => isGoPathDir(d, e.text)) : [];
      const missing = zshCtx.filter((c) => (name ? !c.vars[name] : dirs.length ? dirs.some((d) => !c.path.some((p) => p.dir === d)) : false));
      // As documented: only when no zsh context gets it. A zsh file that sets it for some contexts is GD301/GD310's to judge.
      if (!missing.length || missing.length < zshCtx.length || (!name && !dirs.length)) continue;
      const target = setupFileFor(shells, 'zsh');
      reports.push({
        messageId: 'skipped', location: { file: e.file, line: e.line },
        data: { file: e.file, line: e.line, what: name ?? `PATH entry ${dirs.join(', ')}`, contexts: missing.map((c) => c.id).join(', '), login: shells.loginShell?.name === 'zsh' ? ', and zsh is the login shell' : '' },
        fixes: [setupBlock(target, name ? [{ name, value: e.value ?? '' }] : dirs.map((d) => ({ pathDir: d })), fixTitle('setItForZsh', { target: target.replace(shells.home, '~') }))].filter((f) => f !== null),
      });
    }
    return reports;
  },
});
