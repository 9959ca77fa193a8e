import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, runnerHost } from '../file-relations.js';
import { KNOWN_GO_VARS } from '../../knowledge/goenv-vars.js';
import type { CiFile } from '../../facts/schema/files.js';
import { assignmentsOnly } from '../assignments.js';


type Line = CiFile['scripts'][number];
/** Shells that read $NAME from the environment (bash is the default on every runner but Windows, where it is pwsh). */
const POSIX_SHELL = /^(bash|sh|zsh|dash|ksh)\b/;
interface Step { job: string; line: number; lines: Line[] }

/** A GitHub file's run: steps in order, each with its logical lines. */
function stepsOf(c: CiFile): Step[] {
  const steps: Step[] = [];
  for (const s of c.scripts) {
    if (s.step === null) continue;
    const last = steps.at(-1);
    if (last && last.job === s.job && last.line === s.step) last.lines.push(s);
    else steps.push({ job: s.job, line: s.step, lines: [s] });
  }
  return steps;
}

/** Statements of a logical line (split on ; && || and newlines; quoting is not a concern for assignments). */
const statements = (text: string) => text.split(/&&|\|\||;|\n/).map((p) => p.trim()).filter(Boolean);

/** Where a later step uses NAME: `$NAME` in its text, or (a go setting, when asked) a go command it runs; null when it sets NAME itself. */
function use(step: Step, name: string, goCommandsRead: boolean, windowsRunner: boolean): Line | null {
  // PowerShell and cmd name environment variables $env:NAME and %NAME%: their $name is their own variable.
  const ref = POSIX_SHELL.test(step.lines[0]!.shell ?? (windowsRunner ? 'pwsh' : 'bash')) ? new RegExp(`\\$\\{?${name}\\b`) : new RegExp(`\\$env:${name}\\b|%${name}%`, 'i');
  const assigns = new RegExp(`^(?:export\\s+)?${name}=`);
  if (step.lines.some((l) => statements(l.text).some((s) => assigns.test(s)))) return null;
  return step.lines.find((l) => ref.test(l.text) || (goCommandsRead && KNOWN_GO_VARS.has(name) && l.goCommands.some((g) => !(name in g.env)))) ?? null;
}

/** Does the step run a go command after this statement (on its line or a later one)? */
function usedAfter(step: Step, line: Line, statement: string): boolean {
  const from = line.text.indexOf(statement) + statement.length;
  return step.lines.some((l) => l.goCommands.some((g) => l.line > line.line || (l === line && g.offset >= from)));
}

/** Set for that step by env: of the workflow, its job or the step itself. */
function setElsewhere(c: CiFile, step: Step, name: string): boolean {
  return c.env.some((e) => e.name === name && (e.scope === 'workflow' || (e.job === step.job && (e.scope === 'job' || e.step === step.line))));
}

const GITHUB_ENV_DOCS = 'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable';

/** `export GOFLAGS=...` in one GitHub Actions step, read by a later one: each step is a new shell. */
export const gd718 = defineRule({
  id: 'GD718',
  name: 'export-not-carried-to-later-steps',
  category: 'ci',
  severity: 'warning',
  title: 'Variable exported in one step, needed in a later one',
  requires: ['files'],
  messages: {
    read: '`{statement}` sets {name} only in this step\'s shell: each `run:` step is a new process, so the step at line {readLine} (`{reader}`) does not see {name}.',
    noEffect: '`{statement}` is all this step does: each `run:` step is a new process, and {name} is gone when it ends.',
  },
  fixTitles: {
    passThroughGithubEnv: 'Pass it on through $GITHUB_ENV',
  },
  sources: [
    'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun',
    GITHUB_ENV_DOCS,
  ],
  fixable: false,
  docs: {
    what: 'Reports, in GitHub Actions workflows and composite actions, an `export NAME=value` (or `NAME=value`) statement in a `run:` step when a later step of the same job reads `$NAME` — or, for a Go setting (GOFLAGS, CGO_ENABLED, GOPROXY ...), runs a go command — and NAME is not set for that step by `env:` or written to $GITHUB_ENV. A step that does nothing but assign is reported too.',
    why: 'Every `run:` step starts a new shell on the runner. An exported value dies with its step: `export CGO_ENABLED=0` in one step and `go build` in the next builds with cgo on, `export GOFLAGS=-mod=vendor` never reaches the test step. Nothing fails at the export; the later step silently runs with the default.',
    fix: 'Write it to the job environment: `echo "NAME=value" >> "$GITHUB_ENV"` (later steps of the job see it), or set it with `env:` on the job or the step that needs it.',
  },
  check({ files }) {
    const out: Report<'read' | 'noEffect'>[] = [];
    for (const c of files.ci) {
      if (c.kind !== 'github') continue;
      const steps = stepsOf(c);
      steps.forEach((step, n) => {
        // Every assignment holds '=': most steps have none and cost no more than this look.
        if (!step.lines.some((l) => l.text.includes('='))) return;
        const text = step.lines.map((l) => l.text).join('\n');
        let onlyAssigns: boolean | undefined;
        const passedOn = text.split('\n').filter((t) => t.includes('GITHUB_ENV')).join('\n');
        for (const l of step.lines) {
          if (!l.text.includes('=')) continue;
          for (const statement of statements(l.text)) {
            for (const { name } of assignmentsOnly(statement) ?? []) {
              if (new RegExp(`\\b${name}=`).test(passedOn)) continue;
              // A go setting exported for this step's own go commands is meant for them: only a
              // later step's explicit $NAME then says it was expected to carry over.
              const served = KNOWN_GO_VARS.has(name) && usedAfter(step, l, statement);
              let reader: Line | null = null;
              for (const later of steps.slice(n + 1)) {
                if (later.job === step.job && !setElsewhere(c, later, name)) reader ??= use(later, name, !served, runnerHost(c.runsOn?.find((r) => r.job === later.job)?.labels ?? [])?.os === 'windows');
              }
              const base = {
                evidence: { step: step.line, job: step.job },
                location: at(c.path, l.line, l.column),
                fixes: [{
                  kind: 'manual' as const, title: fixTitle('passThroughGithubEnv'), url: GITHUB_ENV_DOCS,
                  steps: [`Replace \`${statement}\` with \`echo "${name}=<the same value>" >> "$GITHUB_ENV"\` (later steps of the job see it), or set ${name} under env: of the job.`],
                }],
              };
              if (reader) out.push({ ...base, messageId: 'read', data: { statement: statement.slice(0, 120), name, readLine: reader.line, reader: reader.text.trim().slice(0, 80) } });
              else if ((onlyAssigns ??= statements(text).every((s) => assignmentsOnly(s) !== null))) out.push({ ...base, messageId: 'noEffect', data: { statement: statement.slice(0, 120), name } });
            }
          }
        }
      });
    }
    return out;
  },
});
