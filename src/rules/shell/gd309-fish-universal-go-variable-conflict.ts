import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { isGoVar } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES, loc } from './util.js';

/** fish keeps universal variables in fish_variables; config files may hide or rewrite them. */
export const gd309 = defineRule({
  id: 'GD309',
  name: 'fish-universal-go-variable-conflict',
  category: 'shell',
  severity: 'warning',
  title: 'A fish universal Go variable conflicts with a config.fish setting',
  requires: ['shells'],
  messages: {
    shadowed: '{file}:{line} sets {name} globally ({value}), hiding the universal {name}={universal} from {varsFile}:{varsLine}; `set -U {name} …` will appear to do nothing.',
    rewritten: '{file}:{line} runs `set` on {name} without a scope while a universal {name} exists ({varsFile}:{varsLine}): fish updates the universal variable on every start.',
  },
  fixTitles: {
    eraseTheUniversalVariable: 'Erase the universal variable',
  },
  sources: [SHELL_SOURCES.fish, 'https://fishshell.com/docs/current/cmds/set.html', 'https://fishshell.com/docs/current/language.html#variable-scope'],
  fixable: true,
  docs: {
    what: 'Reports Go variables that exist as fish universal variables (fish_variables) and are also set in config.fish or conf.d.',
    why: 'A global (`set -g`/`-gx`) shadows the universal variable of the same name, so `set -U` changes made later appear to do nothing; `set` without a scope modifies the existing universal variable, rewriting it for every fish session on each start.',
    fix: 'Keep one: erase the universal variable (`set -eU NAME`) and keep `set -gx` in the config, or delete the config line and keep the universal one.',
  },
  check({ shells }) {
    const reports: Report<'shadowed' | 'rewritten'>[] = [];
    for (const u of shells.fishUniversal) {
      if (!isGoVar(u.name)) continue;
      for (const e of shells.events) {
        if (e.kind !== 'set' || e.name !== u.name || !e.file.endsWith('.fish')) continue;
        const data = { file: e.file, line: e.line, name: u.name, value: e.value ?? '', universal: u.value, varsFile: u.file, varsLine: u.line };
        const fixes = [{ kind: 'command' as const, title: fixTitle('eraseTheUniversalVariable'), command: `set -eU ${u.name}`, shell: 'fish' as const, safety: 'review' as const }];
        if (e.scope === 'global') reports.push({ messageId: 'shadowed', data, location: loc(e), fixes });
        else if (e.scope === 'default') reports.push({ messageId: 'rewritten', data, location: loc(e), fixes });
      }
    }
    return reports;
  },
});
