import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { ciExpressionValues, scalarAt } from '../file-relations.js';
import { GOLANGCI_SOURCES } from '../../knowledge/golangci-lint.js';

/** `latest`, or a bare major (`v2`): resolved at run time to the newest release. */
const FLOATING = /^(latest|v?\d+)$/;

/** golangci-lint-action `version: latest`: the linter set and its verdicts change on their own. */
export const gd712 = defineRule({
  id: 'GD712',
  name: 'golangci-lint-version-latest',
  category: 'ci',
  severity: 'warning',
  title: 'golangci-lint action on version latest',
  requires: ['files'],
  messages: {
    via: 'golangci-lint-action runs `version: {expr}`, and {via} is {version} (line {line}): each golangci-lint release adds linters and changes checks, so the job fails (or stops failing) on a day nothing changed in the repository.',
    latest: 'golangci-lint-action runs `version: {version}`: each golangci-lint release adds linters and changes checks, so the job fails (or stops failing) on a day nothing changed in the repository.',
  },
  fixTitles: {
    pinGolangciLint: 'Pin golangci-lint',
  },
  sources: ['https://github.com/golangci/golangci-lint-action#version', ...GOLANGCI_SOURCES],
  fixable: false,
  docs: {
    what: 'Reports golangci/golangci-lint-action steps whose `version:` is latest (or missing a version number, such as `v2`), in GitHub workflows, also when it comes from `${{ env.NAME }}` (workflow or job env) or `${{ matrix.KEY }}` (any value of the job matrix).',
    why: 'The action resolves latest at run time. New releases enable or tighten checks and require newer Go versions, so CI results depend on the day, not on the commit; GD705 can only judge a pinned version.',
    fix: 'Pin `version: vX.Y.Z` and update it deliberately (Dependabot and Renovate can).',
  },
  check({ files }) {
    const out: Report<'latest' | 'via'>[] = [];
    for (const c of files.ci) {
      for (const g of c.golangciLint) {
        const v = g.version?.value.trim();
        if (!g.version || !v) continue;
        const resolved = ciExpressionValues(c, g.job, v);
        const floating = resolved ? resolved.values.find((x) => FLOATING.test(x.value.trim())) : FLOATING.test(v) ? g.version : null;
        if (!floating) continue;
        out.push({
          messageId: resolved ? 'via' : 'latest',
          data: resolved ? { expr: v, via: resolved.via, version: floating.value.trim(), line: floating.line } : { version: v },
          evidence: { job: g.job },
          location: scalarAt(c.path, g.version),
          fixes: [{ kind: 'manual', title: fixTitle('pinGolangciLint'), steps: ['Set `version:` to a release such as v2.1.6 (https://github.com/golangci/golangci-lint/releases).'], url: 'https://github.com/golangci/golangci-lint-action#version' }],
        });
      }
    }
    return out;
  },
});
