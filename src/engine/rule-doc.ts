import type { AnyRule } from './define-rule.js';

/** The docs/rules/<id>.md page of a rule, generated from its metadata (kept in sync by a test). */
export function ruleDocPage(r: AnyRule): string {
  return [
    `# ${r.id} ${r.name}`,
    '',
    `${r.title}.`,
    '',
    `- Category: ${r.category}`,
    `- Default severity: ${r.severity}`,
    `- Fix offered: ${r.fixable ? 'yes' : 'no'}`,
    `- Needs facts: ${r.requires.join(', ') || 'none'}`,
    '',
    '## What it detects',
    '',
    r.docs.what,
    '',
    '## Why it matters',
    '',
    r.docs.why,
    '',
    '## How to fix',
    '',
    r.docs.fix,
    '',
    '## Messages',
    '',
    ...Object.entries(r.messages).map(([id, t]) => `- \`${id}\`: ${t}`),
    '',
    ...(r.fixTitles ? ['## Fixes', '', ...Object.entries(r.fixTitles).map(([id, t]) => `- \`${id}\`: ${t}`), ''] : []),
    '## Sources',
    '',
    ...r.sources.map((s) => `- ${s}`),
    '',
    `Silence it in \`.godiag.yaml\` with \`rules: { ${r.id}: off }\`, or change its severity there.`,
    '',
  ].join('\n');
}
