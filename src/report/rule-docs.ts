// `godiag rules` and `godiag explain`: the rule catalogue and each rule's page, as text or JSON.
import type { AnyRule } from '../engine/define-rule.js';

type Listed = Pick<AnyRule, 'id' | 'name' | 'category' | 'severity' | 'title' | 'sources' | 'fixable'>;
type Explained = Listed & Pick<AnyRule, 'docs' | 'messages'>;

const listed = ({ id, name, category, severity, title, sources, fixable }: Listed): Listed => ({ id, name, category, severity, title, sources, fixable });

/** rules' formats, chosen like REPORTERS. */
export const RULES_REPORTERS: Record<string, (rules: readonly Listed[]) => string> = {
  text: (rules) => {
    const w = (k: 'name' | 'category') => Math.max(...rules.map((r) => r[k].length), 4);
    return rules.map((r) => `${r.id}  ${r.name.padEnd(w('name'))}  ${r.category.padEnd(w('category'))}  ${r.severity.padEnd(7)}  ${r.title}\n`).join('');
  },
  json: (rules) => JSON.stringify(rules.map(listed), null, 2) + '\n',
};

/** explain's formats: JSON is one document, a list of the rules asked for, in the order asked. */
export const EXPLAIN_REPORTERS: Record<string, (rules: readonly Explained[]) => string> = {
  text: (rules) => rules.map((r) => [
    `${r.id} ${r.name} (${r.category}, default ${r.severity})`,
    r.title,
    '',
    'What', `  ${r.docs.what}`, '',
    'Why', `  ${r.docs.why}`, '',
    'How to fix', `  ${r.docs.fix}`, '',
    'Sources', ...r.sources.map((s) => `  ${s}`), '',
  ].join('\n')).join(''),
  json: (rules) => JSON.stringify(rules.map((r) => ({ ...listed(r), docs: r.docs, messages: r.messages })), null, 2) + '\n',
};
