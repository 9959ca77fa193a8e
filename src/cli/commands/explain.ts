import { findRule } from '../../rules/index.js';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, format: COMMON_FLAGS.format });
  if (values.help || positionals.length === 0) {
    io.stdout('usage: godiag explain <GDnnn|rule-name> [--format text|json]\n');
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  let status = 0;
  for (const key of positionals) {
    const r = findRule(key);
    if (!r) {
      io.stderr(`godiag explain: no rule ${JSON.stringify(key)} (see \`godiag rules\`)\n`);
      status = 2;
      continue;
    }
    if (values.format === 'json') {
      const { id, name, category, severity, title, sources, fixable, docs, messages } = r;
      io.stdout(JSON.stringify({ id, name, category, severity, title, sources, fixable, docs, messages }, null, 2) + '\n');
      continue;
    }
    if (values.format !== 'text') throw new UsageError('--format must be text or json');
    io.stdout([
      `${r.id} ${r.name} (${r.category}, default ${r.severity})`,
      r.title,
      '',
      'What', `  ${r.docs.what}`, '',
      'Why', `  ${r.docs.why}`, '',
      'How to fix', `  ${r.docs.fix}`, '',
      'Sources', ...r.sources.map((s) => `  ${s}`), '',
    ].join('\n'));
  }
  return status;
}
