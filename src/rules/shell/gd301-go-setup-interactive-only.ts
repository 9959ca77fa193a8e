import { defineRule, type Report } from '../../engine/define-rule.js';
import { isGoSetting, isGoPathDir } from '../../analyzers/shell/go-vars.js';
import type { ShellsFacts, ShellEvent } from '../../facts/schema/shells.js';
import { SHELL_SOURCES, setupBlock, environmentDFile, loc, shellOfContext, setupFileFor } from './util.js';

const NON_INTERACTIVE = (id: string) => id.endsWith(':noninteractive') || id.endsWith(':login-noninteractive') || id === 'cron' || id === 'systemd-user' || id === 'gui';

/** Reached only by interactive (or interactive login) shells: an interactive rc file, or a line
 * its shell's non-interactive mode reads the file for but skips (a guard, `status is-interactive`). */
function interactiveOnly(s: ShellsFacts, e: ShellEvent): boolean {
  if (!e.readBy.length || e.readBy.some(NON_INTERACTIVE)) return false;
  // A file only an uninstalled shell would read never runs at all.
  if (!s.contexts.some((c) => c.installed && e.readBy.includes(c.id))) return false;
  // Every context that runs the line is interactive (or ssh's command shell, which reads
  // ~/.bashrc): the line's own file, or a file such a file sources.
  return true;
}

/** `export GOPATH=$(go env GOPATH)`: Go's own value, which every context gets anyway. */
function reexportsGoDefault(e: ShellEvent): boolean {
  return !!e.name && new RegExp(`[=\\s]"?\\$?\\(\\s*go\\s+env\\s+${e.name}\\s*(2>\\s*/dev/null\\s*)?\\)"?\\s*$`).test(e.text);
}

/** Go set up where only interactive shells look: scripts, cron, systemd and IDEs miss it. */
export const gd301 = defineRule({
  id: 'GD301',
  name: 'go-setup-interactive-only',
  category: 'shell',
  severity: 'warning',
  title: 'Go variable or Go PATH entry set only for interactive shells',
  requires: ['shells'],
  messages: {
    variable: '{file}:{line} sets {name} only where interactive startup files are read ({contexts}); `bash -c`/`sh -c` scripts, CI steps, cron, systemd services and GUI-launched IDEs do not see it.',
    pathDir: '{file}:{line} adds {dir} to PATH only where interactive startup files are read ({contexts}); `bash -c`/`sh -c` scripts, CI steps, cron, systemd services and GUI-launched IDEs do not get it.',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.environmentD, SHELL_SOURCES.crontab],
  fixable: true,
  docs: {
    what: 'Reports a Go variable (GOROOT, GOPATH, GOPROXY, ...) or a Go PATH directory that only interactive shells end up with: it lives in ~/.bashrc, ~/.zshrc or a file they source, after a `return` guard for non-interactive shells, or under `status is-interactive`. A line that re-exports Go\'s own value (`export GOPATH=$(go env GOPATH)`) is not reported: every context gets that value anyway.',
    why: 'bash reads ~/.bashrc only for interactive non-login shells; `bash -c`, cron jobs (/bin/sh with PATH=/usr/bin:/bin), systemd user services (environment.d) and apps started from the desktop read no interactive startup file, so the terminal works and everything else uses another go or none.',
    fix: 'Put the setting where every context reads it: ~/.profile or ~/.zshenv for shells, ~/.config/environment.d/*.conf for systemd and desktop apps, and PATH= in the crontab.',
  },
  check({ shells }) {
    const reports: Report<'variable' | 'pathDir'>[] = [];
    const nonInteractive = shells.contexts.filter((c) => NON_INTERACTIVE(c.id) && c.installed);
    for (const e of shells.events) {
      if (!interactiveOnly(shells, e)) continue;
      const contexts = e.readBy.join(', ');
      const target = setupFileFor(shells, shellOfContext(e.readBy[0]!));
      const targetName = target.replace(shells.home, '~');
      if (e.kind === 'set' && e.name && isGoSetting(e.name) && e.exported && e.value !== undefined && !reexportsGoDefault(e)) {
        if (nonInteractive.some((c) => c.vars[e.name!]?.value === e.value)) continue;
        reports.push({
          messageId: 'variable', data: { file: e.file, line: e.line, name: e.name, contexts }, location: loc(e),
          evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
          fixes: [
            setupBlock(target, [{ name: e.name, value: e.value }], `Set it where every ${shellOfContext(e.readBy[0]!)} reads it (${targetName})`),
            setupBlock(environmentDFile(shells), [{ name: e.name, value: e.value }], 'Set it for systemd user services and desktop apps'),
          ],
        });
      }
      if (e.kind === 'path') {
        for (const dir of e.dirs ?? []) {
          if (!isGoPathDir(dir, e.text) || nonInteractive.some((c) => c.path.some((p) => p.dir === dir))) continue;
          reports.push({
            messageId: 'pathDir', data: { file: e.file, line: e.line, dir, contexts }, location: loc(e),
            evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
            fixes: [
              setupBlock(target, [{ pathDir: dir }], `Add it where every ${shellOfContext(e.readBy[0]!)} reads it (${targetName})`),
              setupBlock(environmentDFile(shells), [{ pathDir: dir }], 'Add it for systemd user services and desktop apps'),
              { kind: 'manual', title: 'Cron jobs', steps: [`crontab -e, and add a first line: PATH=${dir}:/usr/bin:/bin`], url: 'https://man7.org/linux/man-pages/man5/crontab.5.html' },
            ],
          });
        }
      }
    }
    return reports;
  },
});
