// Regenerate docs/rules/<id>.md and the rule table in README.md from the registry.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { RULES } from '../src/rules/index.js';
import { ruleDocPage } from '../src/engine/rule-doc.js';
import { ruleTable, RULE_TABLE_BEGIN, RULE_TABLE_END } from './rule-table.js';

mkdirSync('docs/rules', { recursive: true });
for (const r of RULES) writeFileSync(`docs/rules/${r.id}.md`, ruleDocPage(r));
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(RULE_TABLE_BEGIN);
const end = readme.indexOf(RULE_TABLE_END);
if (start >= 0 && end > start) {
  writeFileSync('README.md', readme.slice(0, start) + ruleTable(RULES) + readme.slice(end + RULE_TABLE_END.length));
}
console.log(`${RULES.length} rule pages written`);
