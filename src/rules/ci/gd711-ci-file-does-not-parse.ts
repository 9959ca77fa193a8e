import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/** A workflow or pipeline file that is not YAML: the CI service rejects it, and no check can read it. */
export const gd711 = defineRule({
  id: 'GD711',
  name: 'ci-file-does-not-parse',
  category: 'ci',
  severity: 'error',
  title: 'CI file is not valid YAML',
  requires: ['files'],
  messages: {
    syntax: '{file} is not valid YAML: {error}. GitHub rejects such a workflow ("Invalid workflow file") and GitLab such a pipeline, so none of its jobs run, and godiag checks only what it could still read.',
  },
  fixTitles: {
    repairTheYamlAt: 'Repair the YAML at line {line}',
  },
  sources: ['https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax', 'https://docs.gitlab.com/ci/yaml/', 'https://yaml.org/spec/1.2.2/'],
  fixable: false,
  docs: {
    what: 'Reports GitHub workflows and GitLab CI files that neither a strict YAML 1.2 parser (js-yaml) nor a lenient one (yaml, which also accepts what GitHub tolerates, such as a flow sequence closed at its key\'s indentation) can read, at the place the strict parser stopped.',
    why: 'A workflow file that does not parse never starts: GitHub shows "Invalid workflow file" on the Actions tab and no job of it runs, which is easy to miss when the file changes in a pull request that only touches CI. Every other CI check depends on reading the file.',
    fix: 'Fix the indentation or quoting at the reported line; `actionlint` and the GitHub workflow editor point at the same place.',
  },
  check({ files }) {
    const out: Report<'syntax'>[] = [];
    for (const f of files.files) {
      if ((f.kind !== 'github-workflow' && f.kind !== 'gitlab-ci') || !f.error || !f.errorAt) continue;
      out.push({
        messageId: 'syntax',
        data: { file: f.path, error: f.error },
        evidence: { error: f.error },
        location: at(f.path, f.errorAt.line, f.errorAt.column),
        fixes: [{ kind: 'manual', title: fixTitle('repairTheYamlAt', { line: f.errorAt.line }), steps: [`Fix the indentation or quoting at line ${f.errorAt.line}, column ${f.errorAt.column}: ${f.error}.`, 'Check the file again with `godiag lint` before pushing.'], url: 'https://yaml.org/spec/1.2.2/' }],
      });
    }
    return out;
  },
});
