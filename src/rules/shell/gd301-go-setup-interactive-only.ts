import { defineRule, fixTitle, type Report, type FixDraft, type Drafted } from '../../engine/define-rule.js';
import { isGoSetting, isGoPathDir } from '../../knowledge/go-vars.js';
import type { ShellsFacts, ShellEvent } from '../../facts/schema/shells.js';
import type { EditFix, Fix } from '../../facts/findings.js';
import { SHELL_SOURCES, setupBlock, environmentDFile, loc, shellOfContext, setupFileFor, reexportsGoDefault } from './util.js';

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

function blocks(list: (Drafted<EditFix> | null)[]): Drafted<EditFix>[] {
  return list.filter((f): f is Drafted<EditFix> => f !== null);
}

/** The Go installations on this machine, as GOROOT directories. */
function goroots(s: ShellsFacts): Set<string> {
  const roots = new Set(s.goroots.filter((g) => g.exists).map((g) => g.path.replace(/\/+$/, '')));
  for (const c of s.contexts) for (const g of c.gos) if (g.realPath) roots.add(g.realPath.replace(/\/bin\/go$/, ''));
  return roots;
}

/**
 * Moving a variable to where every shell reads it, unless other rules say the line should go:
 * GOROOT (go finds its own, GD201/GD305), a GOPATH that is a Go installation (GD306) or is not
 * an absolute path (GD204). A value computed at start-up is not known, so it cannot be copied.
 */
function variableFixes(s: ShellsFacts, e: ShellEvent, v: { name: string; value: string }, target: string, shell: string): FixDraft[] {
  const where = `${e.file}:${e.line}`;
  if (v.name === 'GOROOT') return [{ kind: 'manual', title: fixTitle('deleteTheGorootLine'), steps: [`Delete ${where}: go finds its own installation from its executable (GD201); an exported GOROOT breaks the next Go upgrade (GD305)`] }];
  if (v.name === 'GOPATH' && (goroots(s).has(v.value.replace(/\/+$/, '')) || v.value.split(':').some((p) => !p.startsWith('/')))) {
    return [{ kind: 'manual', title: fixTitle('fixOrDeleteThe'), steps: [`${where} sets GOPATH=${v.value}, which GD306/GD204 report: delete it (the default is ~/go) or use an absolute directory of its own`] }];
  }
  const copy: FixDraft = { kind: 'manual', title: fixTitle('copyTheLineTo', { target: target.replace(s.home, '~') }), steps: [`Repeat ${where} (${v.name}) in ${target}, which ${shell} reads`] };
  if (!e.known) return [copy];
  const fixes = blocks([
    setupBlock(target, [v], fixTitle('setItWhereEvery', { shell, target: target.replace(s.home, '~') })),
    setupBlock(environmentDFile(s), [v], fixTitle('setItForSystemd')),
  ]);
  // No block for a value holding credentials: the line itself is copied by hand.
  return fixes.length ? fixes : [copy];
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
  fixTitles: {
    deleteTheGorootLine: 'Delete the GOROOT line instead of moving it',
    fixOrDeleteThe: 'Fix or delete the GOPATH line instead of moving it',
    copyTheLineTo: 'Copy the line to {target}',
    setItWhereEvery: 'Set it where every {shell} reads it ({target})',
    setItForSystemd: 'Set it for systemd user services and desktop apps',
    addItWhereEvery: 'Add it where every {shell} reads it ({targetName})',
    addItForSystemd: 'Add it for systemd user services and desktop apps',
    cronJobs: 'Cron jobs',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.environmentD, SHELL_SOURCES.crontab],
  fixable: true,
  docs: {
    what: 'Reports a Go variable (GOROOT, GOPATH, GOPROXY, ...) or a Go PATH directory that only interactive shells end up with: it lives in ~/.bashrc, ~/.zshrc or a file they source, after a `return` guard for non-interactive shells, or under `status is-interactive`. A line that re-exports Go\'s own value (`export GOPATH=$(go env GOPATH)`) is not reported: every context gets that value anyway.',
    why: 'bash reads ~/.bashrc only for interactive non-login shells; `bash -c`, cron jobs (/bin/sh with PATH=/usr/bin:/bin), systemd user services (environment.d) and apps started from the desktop read no interactive startup file, so the terminal works and everything else uses another go or none.',
    fix: 'Put the setting where every context reads it: ~/.profile or ~/.zshenv for shells, ~/.config/environment.d/*.conf for systemd and desktop apps, and PATH= in the crontab. A GOROOT line, a GOPATH that is a Go installation or not absolute, and a value computed at start-up are not copied: delete or fix those lines (GD201, GD305, GD306, GD204).',
  },
  check({ shells }) {
    const reports: Report<'variable' | 'pathDir'>[] = [];
    const nonInteractive = shells.contexts.filter((c) => NON_INTERACTIVE(c.id) && c.installed);
    for (const e of shells.events) {
      if (!interactiveOnly(shells, e)) continue;
      const contexts = e.readBy.join(', ');
      const readers = e.readBy.map(shellOfContext);
      const shell = readers.find((x) => x === shells.loginShell?.name) ?? readers[0]!;
      const target = setupFileFor(shells, shell);
      const targetName = target.replace(shells.home, '~');
      if (e.kind === 'set' && e.name && isGoSetting(e.name) && e.exported && e.value !== undefined && !reexportsGoDefault(e)) {
        if (nonInteractive.some((c) => c.vars[e.name!]?.value === e.value)) continue;
        reports.push({
          messageId: 'variable', data: { file: e.file, line: e.line, name: e.name, contexts }, location: loc(e),
          evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
          fixes: variableFixes(shells, e, { name: e.name, value: e.value }, target, shell),
        });
      }
      if (e.kind === 'path') {
        for (const dir of e.dirs ?? []) {
          if (!isGoPathDir(dir, e.text) || nonInteractive.some((c) => c.path.some((p) => p.dir === dir))) continue;
          const setting = { pathDir: dir, at: e.op === 'append' ? 'last' as const : 'first' as const };
          reports.push({
            messageId: 'pathDir', data: { file: e.file, line: e.line, dir, contexts }, location: loc(e),
            evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
            fixes: [
              ...blocks([
                setupBlock(target, [setting], fixTitle('addItWhereEvery', { shell, targetName })),
                setupBlock(environmentDFile(shells), [setting], fixTitle('addItForSystemd')),
              ]),
              { kind: 'manual', title: fixTitle('cronJobs'), steps: [`crontab -e, and add a first line: PATH=${dir}:/usr/bin:/bin`], url: 'https://man7.org/linux/man-pages/man5/crontab.5.html' },
            ],
          });
        }
      }
    }
    return reports;
  },
});
