import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, shellLines } from '../file-relations.js';
import { isGoGetUpdate } from '../../knowledge/go-command-kinds.js';

const UPDATING = /update|upgrade|bump|renovate/i;

/** `go get -u ./...` in a build target: dependencies change whenever someone runs make. */
export const gd708 = defineRule({
  id: 'GD708',
  name: 'go-get-update-all',
  category: 'ci',
  severity: 'warning',
  title: 'go get -u in a Makefile recipe or CI script',
  requires: ['files'],
  messages: {
    update: '`go {args}` upgrades dependencies to their newest versions each time it runs: builds stop being reproducible and go.mod changes as a side effect.',
  },
  fixTitles: {
    upgradeInAReviewed: 'Upgrade in a reviewed commit',
  },
  sources: ['https://go.dev/ref/mod#go-get', 'https://go.dev/doc/modules/managing-dependencies#upgrading'],
  fixable: false,
  docs: {
    what: 'Reports `go get -u` (and -u=patch) in Makefile recipes and CI run:/script: lines, except in targets and jobs whose name says they update (update, upgrade, bump, renovate): there updating is the purpose.',
    why: 'go get -u resolves the newest versions at run time and rewrites go.mod and go.sum. In a build or CI target the result depends on the day, and CI tests code that no one reviewed.',
    fix: 'Upgrade dependencies deliberately in a commit (go get -u, go mod tidy, review the diff), or let Dependabot/Renovate do it; build targets should use the committed go.mod (`go build -mod=readonly`).',
  },
  check({ files }) {
    const out: Report<'update'>[] = [];
    for (const l of shellLines(files)) {
      // A target or job named for updating (update-go, upgrade-deps, bump) exists to run go get -u.
      if (UPDATING.test(l.scope)) continue;
      for (const c of l.commands) {
        if (isGoGetUpdate(c)) out.push({ messageId: 'update', data: { args: c.args.join(' ') }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: 'manual', title: fixTitle('upgradeInAReviewed'), steps: ['Remove go get -u from the build target.', 'Upgrade deliberately: go get -u ./... && go mod tidy, review and commit the go.mod/go.sum diff (or let Dependabot/Renovate do it).'], url: 'https://go.dev/doc/modules/managing-dependencies#upgrading' }] });
      }
    }
    return out;
  },
});
