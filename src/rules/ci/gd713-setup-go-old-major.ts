import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/** actions/setup-go v1-v3 run on Node 12/16, runtimes GitHub has removed from its runners. */
export const gd713 = defineRule({
  id: 'GD713',
  name: 'setup-go-old-major',
  category: 'ci',
  severity: 'warning',
  title: 'actions/setup-go on a retired major version',
  requires: ['files'],
  messages: {
    old: 'actions/setup-go@{ref} runs on {node}, which GitHub-hosted runners no longer support: the step is forced onto a newer Node or fails, and it lacks the module cache (v4+) and go.mod toolchain handling of current versions.',
  },
  fixTitles: {
    useACurrentSetup: 'Use a current setup-go',
  },
  sources: ['https://github.com/actions/setup-go/releases', 'https://github.blog/changelog/2023-09-22-github-actions-transitioning-from-node-16-to-node-20/', 'https://github.blog/changelog/2022-09-22-github-actions-all-actions-will-begin-running-on-node16-instead-of-node12/'],
  fixable: false,
  docs: {
    what: 'Reports `uses: actions/setup-go@v1`, `@v2` and `@v3` (version tags; commit SHAs are not judged).',
    why: 'setup-go v1 and v2 declare `using: node12`, v3 `using: node16` in their action.yml; GitHub moved runners off Node 12 and then Node 16. v4 added the module cache by default and later majors read toolchain lines from go.mod.',
    fix: 'Use a current major (actions/setup-go@v5 or later, or a commit SHA of it).',
  },
  check({ files }) {
    const out: Report<'old'>[] = [];
    for (const c of files.ci) {
      for (const g of c.setupGo) {
        const m = g.ref ? /^v([123])(\.|$)/.exec(g.ref) : null;
        if (!m) continue;
        out.push({
          messageId: 'old',
          data: { ref: g.ref!, node: m[1] === '3' ? 'Node 16' : 'Node 12' },
          evidence: { job: g.job },
          location: at(c.path, g.line, g.column),
          fixes: [{ kind: 'manual', title: fixTitle('useACurrentSetup'), steps: [`Change actions/setup-go@${g.ref} to actions/setup-go@v5 (or newer).`], url: 'https://github.com/actions/setup-go/releases' }],
        });
      }
    }
    return out;
  },
});
