import * as path from 'node:path';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { finish, loadUserConfig } from '../pipeline.js';
import { doctorReport } from '../doctor-report.js';
import { readSnapshot } from '../snapshot-file.js';

const HELP = `usage: godiag analyze SNAPSHOT.json [--format text|json|markdown|sarif|github] [--fail-on LEVEL]
                      [--baseline FILE [--update-baseline]]

Run doctor's rules over a snapshot taken elsewhere (godiag snapshot), without
touching this machine.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one snapshot file');
  const facts = await readSnapshot(path.resolve(io.cwd, positionals[0]!));
  const config = await loadUserConfig(values.config, path.resolve(io.cwd, values.cwd ?? '.'));
  const format = values.format ?? 'text';
  return finish(io, doctorReport(facts, config, { command: 'analyze', format, timings: {} }), values);
}
