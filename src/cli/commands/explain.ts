import { findRule } from '../../rules/index.js';
import type { AnyRule } from '../../engine/define-rule.js';
import { EXPLAIN_REPORTERS } from '../../report/rule-docs.js';
import { checkFormat, COMMON_FLAGS, parseFlags } from '../output.js';
import type { CliIO } from '../io.js';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, format: COMMON_FLAGS.format });
  if (values.help || positionals.length === 0) {
    io.stdout('usage: godiag explain <GDnnn|rule-name>... [--format text|json]\n');
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const format = checkFormat(values.format ?? 'text', Object.keys(EXPLAIN_REPORTERS));
  const found: AnyRule[] = [];
  let status = 0;
  for (const key of positionals) {
    const r = findRule(key);
    if (r) found.push(r);
    else {
      io.stderr(`godiag explain: no rule ${JSON.stringify(key)} (see \`godiag rules\`)\n`);
      status = 2;
    }
  }
  if (found.length) io.stdout(EXPLAIN_REPORTERS[format]!(found));
  return status;
}
