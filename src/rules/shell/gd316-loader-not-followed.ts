import { defineRule, type Report } from '../../engine/define-rule.js';
import { MANAGER_SOURCES } from '../../knowledge/shell-plugin-managers.js';
import { SHELL_SOURCES, loc } from './util.js';

/** A line that loads other files the analysis could not follow: the report names what it may load. */
export const gd316 = defineRule({
  id: 'GD316',
  name: 'loader-not-followed',
  category: 'shell',
  severity: 'info',
  title: 'A startup file loads files the analysis could not follow',
  requires: ['shells'],
  messages: {
    mayLoad: '{file}:{line} `{text}` loads files godiag could not determine ({why}); it may source {candidates}. Go settings in them are not part of this report.',
    unknown: '{file}:{line} `{text}` loads files godiag could not determine ({why}); which files depends on what runs at startup, so Go settings they make are not part of this report.',
    deferred: '{file}:{line} `{text}`: {why}; it loads {candidates} only in terminals, after the prompt appears.',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, MANAGER_SOURCES.zinit, MANAGER_SOURCES.antidote, MANAGER_SOURCES.ohMyZsh],
  fixable: false,
  docs: {
    what: 'Reports each line of a startup file that sources files godiag cannot determine from the files alone: a loop over command output it does not model, a file name computed by a command, a plugin a manager downloads on first start, a load the manager defers until after the first prompt (zinit `wait`). The finding lists the files that may be sourced.',
    why: 'godiag follows globs, `$(ls DIR)`, arrays filtered with zsh parameter flags, oh-my-zsh, antidote and zinit; anything else it cannot see would otherwise make its per-context answer silently incomplete. Deferred loads are a real difference too: `zsh -ic CMD`, IDE launchers and scripts never reach the prompt, so they never get what those files set.',
    fix: 'Nothing to fix when the loaded files set nothing Go needs. Otherwise set Go variables and PATH in a file every context reads directly (~/.profile, ~/.zshenv, ~/.config/fish/conf.d/go.fish), not through a deferred or computed loader.',
  },
  check({ shells }) {
    const reports: Report<'mayLoad' | 'unknown' | 'deferred'>[] = [];
    const seen = new Set<string>();
    for (const e of shells.events) {
      if (e.kind !== 'source' || e.followed || !e.candidates) continue;
      // A file no installed shell reads is never loaded.
      if (e.readBy.length && !shells.contexts.some((c) => c.installed && e.readBy.includes(c.id))) continue;
      const key = `${e.file}:${e.line}:${e.target ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const why = e.problem ?? 'not modelled';
      const candidates = e.candidates.length > 8 ? `${e.candidates.slice(0, 8).join(', ')} and ${e.candidates.length - 8} more` : e.candidates.join(', ');
      const messageId = /after the first prompt|deferred/.test(why) ? 'deferred' : e.candidates.length ? 'mayLoad' : 'unknown';
      reports.push({
        messageId, location: loc(e),
        data: { file: e.file, line: e.line, text: e.text.slice(0, 120), why, candidates },
        evidence: { loader: e.loader ?? null, candidates: e.candidates, readBy: e.readBy, condition: e.condition ?? null },
      });
    }
    return reports;
  },
});
