import { defineRule, type Report } from '../../engine/define-rule.js';
import { at, goModFor, shellLines } from '../file-relations.js';
import { latestTargets } from '../../knowledge/go-command-kinds.js';
import { pinFix, PIN_FIX_TITLES } from '../pin-fix.js';

/** `go install tool@latest` in CI or a Makefile: the tool changes under the project. */
export const gd704 = defineRule({
  id: 'GD704',
  name: 'go-install-latest',
  category: 'ci',
  severity: 'warning',
  title: 'Tool installed at @latest in CI or a Makefile',
  requires: ['files'],
  messages: {
    latest: '`go {sub} {target}` installs whatever is newest today: a new release (or one needing a newer Go) breaks this job without any change in the repository.',
  },
  fixTitles: { ...PIN_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#go-install', 'https://go.dev/doc/modules/managing-dependencies#tools'],
  fixable: false,
  docs: {
    what: 'Reports `go install`, `go run` and `go get` of module@latest (or a branch: @master, @main, @HEAD) in CI run:/script: lines and Makefile recipes, except the repository\'s own module (a nightly job that tries its main branch does so on purpose).',
    why: 'An unpinned tool differs between developers and CI and between runs; new tool releases often require a newer Go ("requires go >= 1.N") and fail the job on a day nothing changed.',
    fix: 'Pin @vX.Y.Z (and let Dependabot/Renovate bump it), or on Go 1.24+ `go get -tool module/cmd@vX.Y.Z` and run `go tool NAME`.',
  },
  check({ files }) {
    const out: Report<'latest'>[] = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        // The repository's own module at a branch (a nightly `go get ourmodule@main`) is tested on purpose.
        const own = goModFor(files, l.file)?.module?.value;
        for (const target of latestTargets(c)) {
          if (own && (target.startsWith(`${own}@`) || target.startsWith(`${own}/`))) continue;
          out.push({ messageId: 'latest', data: { sub: c.sub, target }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [pinFix(target)] });
        }
      }
    }
    return out;
  },
});
