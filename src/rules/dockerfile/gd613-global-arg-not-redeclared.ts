import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, instructionsOf } from '../file-relations.js';

const USES = new Set(['RUN', 'ENV', 'COPY', 'ADD', 'WORKDIR', 'LABEL', 'USER', 'EXPOSE', 'VOLUME']);

/** A global ARG (before the first FROM) read inside a stage that never redeclares it: empty there. */
export const gd613 = defineRule({
  id: 'GD613',
  name: 'global-arg-not-redeclared',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Global ARG used in a stage without redeclaring it',
  requires: ['files'],
  messages: {
    empty: '${name} is declared before the first FROM (line {argLine}) but not inside this stage: here it expands to an empty string (a global ARG is visible to FROM lines only until redeclared with `ARG {name}`).',
  },
  fixTitles: {
    redeclareInThisStage: 'Redeclare {name} in this stage',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact', 'https://docs.docker.com/reference/dockerfile/#scope'],
  fixable: true,
  docs: {
    what: 'Reports RUN, ENV, COPY, ADD, WORKDIR and similar instructions that use a variable declared only as a global ARG (before the first FROM), in a stage that has no `ARG NAME` and no ENV of that name (its own or inherited from the stage it derives from).',
    why: 'An ARG before the first FROM is outside every build stage. Inside a stage it must be redeclared (`ARG GO_VERSION` without a value inherits the global default), otherwise `go install tool@v${VERSION}` becomes `tool@v` and the build fails, or a path silently loses its version.',
    fix: 'Add `ARG NAME` (no value: it takes the global default) at the start of the stage.',
  },
  check({ files }) {
    const out: Report<'empty'>[] = [];
    for (const d of files.dockerfiles) {
      const globals = new Map(d.globalArgs.map((a) => [a.name, a]));
      if (!globals.size) continue;
      for (const s of d.stages) {
        const declared = new Set<string>();
        const inherited = instructionsOf(d, s).slice(0, -s.instructions.length || undefined);
        for (const i of inherited) for (const p of i.pairs) declared.add(p.name);
        const reported = new Set<string>();
        for (const ins of s.instructions) {
          if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
            for (const p of ins.pairs) declared.add(p.name);
            if (ins.keyword === 'ARG') continue;
          }
          if (!USES.has(ins.keyword)) continue;
          for (const m of ins.args.matchAll(/\$\{(\w+)[^}]*\}|\$(\w+)/g)) {
            const name = m[1] ?? m[2]!;
            const arg = globals.get(name);
            if (!arg || declared.has(name) || reported.has(name)) continue;
            reported.add(name);
            out.push({
              messageId: 'empty',
              data: { name, argLine: arg.line },
              evidence: { stage: s.name ?? s.index, instruction: ins.args.slice(0, 200) },
              location: at(d.path, ins.line, ins.column),
              fixes: [{ kind: 'edit', title: fixTitle('redeclareInThisStage', { name }), file: d.path, range: { startLine: s.line, endLine: s.line + s.source.split('\n').length - 1 }, replacement: `${s.source}\nARG ${name}`, safety: 'review' }],
            });
          }
        }
      }
    }
    return out;
  },
});
