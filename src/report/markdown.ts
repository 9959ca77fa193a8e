import { CATEGORIES } from '../facts/findings.js';
import { describeFix } from './fixes.js';
import type { ReportSection, Reporter } from './model.js';

const SHORT_SECTION_LINES = 10;
/** Text safe inside a Markdown table cell. */
export const markdownCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const cell = markdownCell;
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A report ready to paste into a bug report, in the spirit of `go bug`: the verdict and the
 * machine first, then the findings, then the long tables folded in <details>.
 */
export const markdownReporter: Reporter = (model) => {
  const out: string[] = [`## godiag ${model.command} report`, '', `godiag ${model.tool.version}`, ''];
  const n = (s: string) => model.findings.filter((f) => f.severity === s).length;
  out.push('### Summary', '', `- verdict: **${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info**${model.skipped.length ? `, ${model.skipped.length} rule(s) skipped` : ''}`);
  for (const line of model.summary ?? []) out.push(`- ${line}`);
  out.push('');
  // Short sections read as part of the summary; tables and long listings are folded after the findings.
  const long = (sec: ReportSection) => !!sec.table || sec.lines.length > SHORT_SECTION_LINES;
  for (const sec of (model.sections ?? []).filter((x) => !long(x))) {
    out.push(`### ${sec.title}`, '');
    if (sec.lines.length) out.push('```', ...sec.lines, '```', '');
  }
  out.push('### Findings', '');
  if (model.findings.length === 0) out.push('No findings.', '');
  for (const area of CATEGORIES) {
    const fs = model.findings.filter((f) => f.category === area);
    if (!fs.length) continue;
    out.push(`#### ${area}`, '');
    for (const f of fs) {
      const loc = f.location ? ` \`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}\`` : '';
      out.push(`- **${f.severity}** \`${f.ruleId}\` ${f.ruleName}${loc}: ${f.message}`);
      for (const fix of f.fixes.slice(0, 2)) {
        const [head, ...rest] = describeFix(fix);
        out.push(`  - fix: ${head}`);
        if (rest.length) out.push('', '    ```', ...rest.map((r) => '    ' + r.trimStart()), '    ```', '');
      }
      if (f.sources.length) out.push(`  - sources: ${f.sources.join(', ')}`);
    }
    out.push('');
  }
  for (const s of (model.sections ?? []).filter(long)) {
    out.push(`<details><summary>${html(s.title)}</summary>`, '');
    if (s.lines.length) out.push('```', ...s.lines, '```', '');
    if (s.table) {
      out.push(`| ${s.table.headers.map(cell).join(' | ')} |`, `|${s.table.headers.map(() => '---').join('|')}|`);
      for (const r of s.table.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
    out.push('</details>', '');
  }
  if (model.skipped.length) {
    out.push('<details><summary>Skipped rules</summary>', '');
    for (const s of model.skipped) out.push(`- \`${s.ruleId}\`: ${s.reason}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
};
