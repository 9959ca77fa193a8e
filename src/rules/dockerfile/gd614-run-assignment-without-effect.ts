import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit } from '../file-relations.js';
import { assignmentsOnly } from '../assignments.js';


/** `RUN export CGO_ENABLED=0` or `RUN GOOS=linux` alone: each RUN is a new shell, the value is gone. */
export const gd614 = defineRule({
  id: 'GD614',
  name: 'run-assignment-without-effect',
  category: 'dockerfile',
  severity: 'warning',
  title: 'RUN that only sets variables',
  requires: ['files'],
  messages: {
    lost: '`RUN {args}` only sets {names} in a shell that exits at once: later RUN lines (and `go build`) never see {names}.',
  },
  fixTitles: {
    setThemWithEnv: 'Set them with ENV',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#run', 'https://docs.docker.com/reference/dockerfile/#env', 'https://github.com/hadolint/hadolint/wiki/SC2030'],
  fixable: true,
  docs: {
    what: 'Reports RUN instructions whose whole command is variable assignments (`export NAME=value`, `NAME=value`, several joined by && or ;).',
    why: 'Each RUN starts a new shell; its variables die with it. `RUN export CGO_ENABLED=0` followed by `RUN go build` builds with cgo on: a dynamically linked binary that fails in scratch or distroless/static with "no such file or directory".',
    fix: 'Use ENV NAME=value (kept for later instructions and the image), or put the assignment in front of the command that needs it in the same RUN.',
  },
  check({ files }) {
    const out: Report<'lost'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== 'RUN' || ins.flags.length) continue;
          const parts = ins.args.split(/&&|;|\n/).map((p) => p.trim()).filter(Boolean);
          const assigned = parts.map(assignmentsOnly);
          if (!parts.length || assigned.some((a) => a === null)) continue;
          const pairs = assigned.flatMap((a) => a!.map((p) => p.text));
          const names = assigned.flatMap((a) => a!.map((p) => p.name));
          out.push({
            messageId: 'lost',
            data: { args: ins.args.trim().slice(0, 120), names: names.join(', ') },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, ins.line, ins.column),
            fixes: [lineEdit(fixTitle('setThemWithEnv'), d.path, ins.line, ins.endLine, `ENV ${pairs.join(' ')}`)],
          });
        }
      }
    }
    return out;
  },
});
