import { RULES } from '../../rules/index.js';
import { RULES_REPORTERS } from '../../report/rule-docs.js';
import { checkFormat, COMMON_FLAGS, parseFlags } from '../output.js';
import type { CliIO } from '../io.js';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { format: COMMON_FLAGS.format, help: COMMON_FLAGS.help, category: { type: 'string' } }, false);
  if (values.help) {
    io.stdout('usage: godiag rules [--format text|json] [--category AREA]\n');
    return 0;
  }
  const format = checkFormat(values.format ?? 'text', Object.keys(RULES_REPORTERS));
  io.stdout(RULES_REPORTERS[format]!(RULES.filter((r) => !values.category || r.category === values.category)));
  return 0;
}
