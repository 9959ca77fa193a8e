import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, dirOf, joinRel, olderThan } from '../file-relations.js';

/** go.work `go 1.22` using a module that says `go 1.23`: every go command in the workspace fails. */
export const gd756 = defineRule({
  id: 'GD756',
  name: 'go-work-go-below-module',
  category: 'gomod',
  severity: 'error',
  title: 'go.work go line below a module it uses',
  requires: ['files'],
  messages: {
    below: '{work} says go {workGo}, but it uses {mod} which requires go {modGo}: go commands in the workspace fail with "module {dir} listed in go.work file requires go >= {modGo}, but go.work lists go {workGo}".',
  },
  fixTitles: {
    raiseTheGoWork: 'Raise the go.work go line to {need}',
  },
  sources: ['src/cmd/go/internal/modload/init.go', 'https://go.dev/ref/mod#go-work-file-go'],
  fixable: true,
  docs: {
    what: 'Compares the go line of each go.work with the go lines of the go.mod files its `use` directives name (those in the linted tree).',
    why: 'The workspace\'s go line must be at least every used module\'s (cmd/go modload checks this when it loads the workspace). A module that raised its go line without go.work following breaks every build, test and `go list` run in the workspace.',
    fix: 'Raise the go.work go line to the highest go line of its modules (`go work use` does this), or run `go work edit -go=1.N`.',
  },
  check({ files }) {
    const out: Report<'below'>[] = [];
    const byDir = new Map(files.mods.filter((m) => m.kind === 'go.mod').map((m) => [dirOf(m.path), m]));
    for (const w of files.mods) {
      if (w.kind !== 'go.work' || !w.go) continue;
      let worst: { mod: (typeof files.mods)[number]; dir: string } | null = null;
      for (const u of w.uses) {
        const dir = joinRel(dirOf(w.path), u.value);
        const mod = byDir.get(dir);
        if (!mod?.go || !olderThan(w.go.value, mod.go.value)) continue;
        if (!worst || olderThan(worst.mod.go!.value, mod.go.value)) worst = { mod, dir: u.value };
      }
      if (!worst) continue;
      const need = worst.mod.go!.value;
      out.push({
        messageId: 'below',
        data: { work: w.path, workGo: w.go.value, mod: worst.mod.path, modGo: need, dir: worst.dir },
        evidence: { goWork: w.path, module: worst.mod.path },
        location: at(w.path, w.go.line, w.go.column),
        fixes: [{ kind: 'edit', title: fixTitle('raiseTheGoWork', { need }), file: w.path, range: { startLine: w.go.line, endLine: w.go.line }, replacement: `go ${need}`, safety: 'review' }],
      });
    }
    return out;
  },
});
