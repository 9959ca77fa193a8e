import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/**
 * A file lint found but could not check: too large, past the run's byte budget, unreadable, or a
 * parser failure. Without a finding a CI gate would pass on a file nothing looked at.
 */
export const gd749 = defineRule({
  id: 'GD749',
  name: 'file-not-analysed',
  category: 'ci',
  severity: 'error',
  title: 'A file lint found was not analysed',
  requires: ['files'],
  messages: {
    notAnalysed: '{file} was not analysed ({reason}): no rule checked it, so a clean result says nothing about this file.',
  },
  fixTitles: {
    checkSeparately: 'Check {path} separately',
  },
  sources: ['https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#toolexecutionnotifications-object'],
  fixable: false,
  docs: {
    what: 'Reports every file `godiag lint` discovered (Dockerfile, CI file, Makefile, go.mod, go.work, tools.go) that it did not check: larger than godiag reads for its kind, past the bytes one run reads, unreadable, not a regular file (a FIFO, socket or device, named but never opened), a symbolic link that is broken or leaves the linted tree (not followed; one to a file inside the tree is read under its own name), or rejected by its parser. CI files that are not valid YAML are GD711, with the place the parser stopped.',
    why: 'A gate that passes because a file was skipped is worse than no gate: the pipeline is green while nothing looked at the file. SARIF consumers treat such cases as tool execution notifications for the same reason.',
    fix: 'Lint the file on its own (`godiag lint PATH`), split it, or make it readable; if it is generated and should not be linted, exclude it with an inline `# godiag ignore-file=GD749 -- reason` in a file that is read, or lower the severity in .godiag.yaml.',
  },
  check({ files }) {
    const out: Report<'notAnalysed'>[] = [];
    for (const f of files.files) {
      if (!f.error || f.context) continue;
      // Broken YAML with a position is GD711's.
      if ((f.kind === 'github-workflow' || f.kind === 'gitlab-ci') && f.errorAt) continue;
      out.push({
        messageId: 'notAnalysed',
        data: { file: f.path, reason: f.error },
        evidence: { reason: f.error },
        location: at(f.path, 1),
        fixes: [{ kind: 'manual', title: fixTitle('checkSeparately', { path: f.path }), steps: [`Run \`godiag lint ${f.path}\` on its own, or make the file smaller or readable.`] }],
      });
    }
    return out;
  },
});
