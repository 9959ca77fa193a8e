import { RULES } from '../../rules/index.js';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { format: COMMON_FLAGS.format, help: COMMON_FLAGS.help, category: { type: 'string' } }, false);
  if (values.help) {
    io.stdout('usage: godiag rules [--format text|json] [--category AREA]\n');
    return 0;
  }
  const rules = RULES.filter((r) => !values.category || r.category === values.category);
  if (values.format === 'json') {
    io.stdout(JSON.stringify(rules.map(({ id, name, category, severity, title, sources, fixable }) => ({ id, name, category, severity, title, sources, fixable })), null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError('--format must be text or json');
  const w = (k: 'name' | 'category') => Math.max(...rules.map((r) => r[k].length), 4);
  for (const r of rules) io.stdout(`${r.id}  ${r.name.padEnd(w('name'))}  ${r.category.padEnd(w('category'))}  ${r.severity.padEnd(7)}  ${r.title}\n`);
  return 0;
}
