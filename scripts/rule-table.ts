import type { AnyRule } from '../src/engine/define-rule.js';

export const RULE_TABLE_BEGIN = '<!-- rules:begin -->';
export const RULE_TABLE_END = '<!-- rules:end -->';

export function ruleTable(rules: readonly AnyRule[]): string {
  const rows = rules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.name} | ${r.category} | ${r.severity} | ${r.title} |`);
  return [RULE_TABLE_BEGIN, '| id | name | area | severity | title |', '|---|---|---|---|---|', ...rows, RULE_TABLE_END].join('\n');
}
