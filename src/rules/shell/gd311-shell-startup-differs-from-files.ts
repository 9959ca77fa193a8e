import { defineRule, type Report } from '../../engine/define-rule.js';
import { REPORTED_GO_VARS } from '../../knowledge/go-vars.js';
import { SHELL_SOURCES } from './util.js';

/** --run-shells saw something else than the startup files say. */
export const gd311 = defineRule({
  id: 'GD311',
  name: 'shell-startup-differs-from-files',
  category: 'shell',
  severity: 'info',
  title: 'A real shell ends up with another go or Go setting than its startup files say',
  requires: ['shells'],
  messages: {
    differs: '{context} really runs with {differences}, where its startup files give {expected}.',
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish],
  fixable: false,
  docs: {
    what: 'With --run-shells, compares what each shell really ended up with (`command -v go`, Go variables) to the static reading of its startup files.',
    why: 'A difference means something the files do not show decides the outcome: a command\'s output (eval "$(…)"), a version manager hook, a file outside the model, or a condition the analysis could not decide. Knowing which context differs tells where to look.',
    fix: 'Look at the context\'s command (shown in the report) and the lines the static analysis marked conditional or computed at startup.',
  },
  check({ shells }) {
    if (!shells.dynamic) return [];
    const reports: Report<'differs'>[] = [];
    for (const run of shells.dynamic) {
      if (!run.ok || !run.env) continue;
      const c = shells.contexts.find((x) => x.id === run.id);
      if (!c) continue;
      const got: string[] = [];
      const want: string[] = [];
      const staticGo = c.gos[0]?.path ?? null;
      if ((run.goPath ?? null) !== staticGo) { got.push(`go=${run.goPath ?? 'none'}`); want.push(`go=${staticGo ?? 'none'}`); }
      for (const k of REPORTED_GO_VARS) {
        const s = c.vars[k];
        if (s && !s.known) continue;
        const expected = s?.exported ? s.value : undefined;
        if (run.env[k] !== expected) { got.push(`${k}=${run.env[k] ?? '(unset)'}`); want.push(`${k}=${expected ?? '(unset)'}`); }
      }
      if (got.length) reports.push({ messageId: 'differs', data: { context: run.id, differences: got.join(', '), expected: want.join(', ') }, evidence: { argv: run.argv, dynamic: run.env, staticFiles: c.files.map((f) => f.path) } });
    }
    return reports;
  },
});
