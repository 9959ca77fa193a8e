import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, shellLines } from '../file-relations.js';

/** `go env -w` in a recipe rewrites every developer's global Go config as a side effect of make. */
export const gd707 = defineRule({
  id: 'GD707',
  name: 'go-env-w-in-makefile',
  category: 'ci',
  severity: 'warning',
  title: 'go env -w in a Makefile recipe or CI script',
  requires: ['files'],
  messages: {
    makefile: '`go {args}` in target {where} rewrites the developer\'s global Go config file (os.UserConfigDir()/go/env) for every project, not just this build.',
    ci: '`go {args}` in a CI script writes the runner\'s global Go config; on self-hosted runners it leaks into later jobs of other repositories.',
  },
  fixTitles: {
    setItForThis: 'Set it for this build only',
  },
  sources: ['src/cmd/go/internal/envcmd/env.go', 'https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information'],
  fixable: false,
  docs: {
    what: 'Reports `go env -w` and `go env -u` in Makefile recipes and CI run:/script: lines.',
    why: 'go env -w writes the per-user file read by every go command of that user ($(go env GOENV), os.UserConfigDir()/go/env): running `make` silently changes GOPRIVATE, GOFLAGS or GOPROXY for all other projects, and the change outlives the build.',
    fix: 'Set the variable for the build only: `export GOFLAGS=…` at the top of the Makefile, `KEY=value go build` in the recipe, or env: in CI.',
  },
  check({ files }) {
    const out: Report<'makefile' | 'ci'>[] = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        if (c.sub !== 'env' || !c.args.some((a) => a === '-w' || a === '-u')) continue;
        const target = l.origin === 'makefile' ? files.makefiles.find((m) => m.path === l.file)?.recipes.find((r) => r.line === l.line)?.target ?? '' : '';
        out.push({ messageId: l.origin, data: { args: c.args.join(' '), where: target }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: 'manual', title: fixTitle('setItForThis'), steps: [`Replace \`go ${c.args.join(' ')}\` with ${l.origin === 'makefile' ? '`export KEY := value` at the top of the Makefile' : 'an env: entry (GitHub) or variables: (GitLab)'}.`, 'Undo the global change on affected machines: go env -u KEY.'] }] });
      }
    }
    return out;
  },
});
