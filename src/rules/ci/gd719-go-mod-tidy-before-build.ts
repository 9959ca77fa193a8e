import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, ciFileAt, shellLines, type ShellLine } from '../file-relations.js';
import type { FilesFacts, GoCommand } from '../../facts/schema/files.js';

/** What shows a tidy is checked or kept: the change compared afterwards (git diff/status, diff) or committed. */
const CHECKED = /\bgit\s+(diff|diff-index|status|add|commit)\b|(^|[\s;&|(])diff\s/;
/** Commands that change go.mod on purpose first (a replace for a test against another checkout, a new module): tidy then belongs to that change. */
const EDITS_GO_MOD = (c: GoCommand) => (c.sub === 'mod' && (c.args.includes('edit') || c.args.includes('init'))) || c.sub === 'get' || c.sub === 'work';
/** A target or job named for updating or tidying runs it on purpose (as GD708 reads names). */
const ON_PURPOSE = /update|upgrade|bump|renovate|tidy|deps|generate/i;
/** Go commands that build the module with go.mod as it now is. */
const BUILDS = new Set(['build', 'test', 'install', 'run', 'vet', 'generate', 'list']);

// Flags take one dash or two (go's flag package): --diff is -diff.
const isTidy = (c: GoCommand) => c.sub === 'mod' && c.args.includes('tidy') && !c.args.some((a) => /^--?diff(=|$)/.test(a));

/** The job or Makefile target of a line, split at a go command of it: go commands before and after, and the text after. */
function around(files: FilesFacts, l: ShellLine, at: GoCommand): { before: GoCommand[]; after: GoCommand[]; textAfter: string } {
  const lines: { line: number; text: string; goCommands: GoCommand[] }[] = l.origin === 'ci'
    ? ciFileAt(files, l.file)!.scripts.filter((s) => s.job === l.scope)
    : files.makefiles.find((m) => m.path === l.file)!.recipes.filter((r) => r.target === l.scope);
  const before: GoCommand[] = [], after: GoCommand[] = [];
  const textAfter: string[] = [];
  for (const x of lines) {
    if (x.line < l.line) before.push(...x.goCommands);
    else if (x.line > l.line) {
      after.push(...x.goCommands);
      textAfter.push(x.text);
    } else {
      for (const c of x.goCommands) (c.offset < at.offset ? before : c.offset > at.offset ? after : []).push(c);
      textAfter.push(x.text.slice(at.offset));
    }
  }
  return { before, after, textAfter: textAfter.join('\n') };
}

/** `go mod tidy` run before the build in CI or a build target: the build no longer tests the committed go.mod. */
export const gd719 = defineRule({
  id: 'GD719',
  name: 'go-mod-tidy-before-build',
  category: 'ci',
  severity: 'warning',
  title: 'go mod tidy rewrites go.mod before the build',
  requires: ['files'],
  messages: {
    tidy: '`{command}` rewrites go.mod and go.sum before {builds}: a requirement or go.sum line missing from the commit is added here, so this builds a module that is not the one committed, and a checkout of it fails elsewhere with "missing go.sum entry".',
  },
  fixTitles: {
    checkInstead: 'Check instead of rewriting',
  },
  sources: ['src/cmd/go/internal/modcmd/tidy.go', 'https://go.dev/doc/go1.16#go-command', 'https://go.dev/doc/go1.23#go-command', 'https://go.dev/ref/mod#go-mod-tidy'],
  fixable: false,
  docs: {
    what: 'Reports `go mod tidy` (without -diff) in a CI job or Makefile target when a build, test, vet, install or run (or, in CI, make) follows it in the same job or target, nothing after it compares or commits the result (git diff, git status, diff, git add/commit), go.mod was not changed on purpose just before (go mod edit/init, go get), and the job or target is not named for updating or tidying (update, upgrade, bump, tidy, deps, generate).',
    why: 'Since Go 1.16 build commands run with -mod=readonly: a go.mod or go.sum that does not match the code fails the build, which is how CI catches a commit that forgot them. `go mod tidy` first rewrites both files in the runner\'s checkout, so the build passes with requirements nobody committed, and the next `go build` on a fresh clone fails with "missing go.sum entry" or "no required module provides package".',
    fix: 'Check instead: `go mod tidy -diff` (Go 1.23+: prints the changes and exits non-zero when there are any), or `go mod tidy && git diff --exit-code -- go.mod go.sum`; download with `go mod download`.',
  },
  check({ files }) {
    const out: Report<'tidy'>[] = [];
    for (const l of shellLines(files)) {
      const tidy = l.commands.find(isTidy);
      if (!tidy || ON_PURPOSE.test(l.scope)) continue;
      const { before, after, textAfter } = around(files, l, tidy);
      if (CHECKED.test(textAfter) || before.some(EDITS_GO_MOD)) continue;
      // What builds after it with the rewritten go.mod (a `make` target counts in CI); none: the tidy ends its job.
      const builds = [...new Set(after.filter((c) => BUILDS.has(c.sub)).map((c) => `go ${c.sub}`))];
      if (l.origin === 'ci' && /(^|[\s;&|(])make\s/.test(textAfter)) builds.push('make');
      if (builds.length === 0) continue;
      out.push({
        messageId: 'tidy',
        data: { command: `go ${tidy.args.join(' ')}`, builds: builds.join(', ') },
        evidence: { scope: l.scope, line: l.text.slice(0, 200) },
        location: at(l.file, l.line, l.column),
        fixes: [{
          kind: 'manual', title: fixTitle('checkInstead'), url: 'https://go.dev/ref/mod#go-mod-tidy',
          steps: ['Replace it with `go mod tidy -diff` (Go 1.23 and later), or follow it with `git diff --exit-code -- go.mod go.sum` so a stale go.mod fails the job.', 'Fetch modules with `go mod download` if that is what the step was for.'],
        }],
      });
    }
    return out;
  },
});
