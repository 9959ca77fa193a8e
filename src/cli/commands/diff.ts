import * as path from 'node:path';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { readSnapshot } from '../snapshot-file.js';
import { diffFacts } from '../facts-diff.js';
import { redactDeep } from '../../engine/redact.js';

const HELP = `usage: godiag diff A.json B.json [--format text|json|markdown]

Compare two snapshots (godiag snapshot, or doctor --format json): which go runs,
every go env value and where it comes from, shells, system, modules.
Exit status 0 when they agree, 1 when they differ, 2 on errors.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { help: COMMON_FLAGS.help, format: COMMON_FLAGS.format });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes two snapshot files');
  const [fa, fb] = positionals.map((p) => path.resolve(io.cwd, p)) as [string, string];
  const [a, b] = await Promise.all([readSnapshot(fa), readSnapshot(fb)]);
  const diffs = redactDeep(diffFacts(a, b));
  const format = values.format ?? 'text';
  const label = (f: string, facts: typeof a) => `${path.basename(f)} (${facts.host.platform}/${facts.host.arch}, ${facts.collectedAt})`;
  if (format === 'json') io.stdout(JSON.stringify({ a: fa, b: fb, differences: diffs }, null, 2) + '\n');
  else if (format === 'markdown') {
    io.stdout([`## godiag diff`, '', `A: ${label(fa, a)}  `, `B: ${label(fb, b)}`, '', '| fact | A | B |', '|---|---|---|',
      ...diffs.map((d) => `| ${d.key} | ${(d.a ?? '—').replace(/\|/g, '\\|')} | ${(d.b ?? '—').replace(/\|/g, '\\|')} |`), ''].join('\n'));
  } else if (format === 'text') {
    const lines = [`A: ${label(fa, a)}`, `B: ${label(fb, b)}`, ''];
    for (const d of diffs) {
      if (d.a === null) lines.push(`+ ${d.key}: ${d.b}`);
      else if (d.b === null) lines.push(`- ${d.key}: ${d.a}`);
      else lines.push(`~ ${d.key}: ${d.a}  →  ${d.b}`);
    }
    lines.push('', diffs.length ? `${diffs.length} difference(s)` : 'no differences');
    io.stdout(lines.join('\n') + '\n');
  } else throw new UsageError('--format must be text, json or markdown');
  return diffs.length ? 1 : 0;
}
