import * as path from 'node:path';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { readSnapshot } from '../snapshot-file.js';
import { diffFacts, summarizeDiff, type FactsDifference } from '../../engine/facts-diff.js';
import { redactDeep } from '../../engine/redact.js';
import { DIFF_REPORTERS } from '../../report/diff.js';

const HELP = `usage: godiag diff A.json B.json [flags]

Compare two snapshots (godiag snapshot, or doctor --format json): which go runs,
every go env value and where it comes from, shells, system, modules.
Lists are matched by what names their entries (a toolchain by its path, a setting by
its name, a shell context by its id), not by position; HOME is shown as ~ on both sides,
so two users' machines compare equal. A summary of what matters comes first.

flags:
      --all                 also compare values that change on every run (free disk space, timings)
      --ignore KEY          leave out facts whose key starts with KEY (repeatable), e.g. --ignore system.selinux
  -f, --format text|json|markdown

exit status: 0 when they agree (apart from ignored and volatile values), 1 when they differ, 2 on errors.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    help: COMMON_FLAGS.help, format: COMMON_FLAGS.format,
    all: { type: 'boolean', default: false },
    ignore: { type: 'string', multiple: true, default: [] },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('diff takes two snapshot files');
  const format = values.format ?? 'text';
  if (!Object.hasOwn(DIFF_REPORTERS, format)) throw new UsageError('--format must be text, json or markdown');
  const [fa, fb] = positionals.map((p) => path.resolve(io.cwd, p)) as [string, string];
  const [a, b] = await Promise.all([readSnapshot(fa), readSnapshot(fb)]);
  const ignore = values.ignore ?? [];
  const ignored = (d: FactsDifference) => ignore.some((p) => d.key === p || d.key.startsWith(p.endsWith('.') ? p : `${p}.`) || d.key.startsWith(`${p}[`));
  const all = redactDeep(diffFacts(a, b)).filter((d) => !ignored(d));
  const shown = values.all ? all : all.filter((d) => !d.volatile);
  const matter = all.filter((d) => !d.volatile);
  io.stdout(DIFF_REPORTERS[format]!({ a: { file: fa, facts: a }, b: { file: fb, facts: b }, all, shown, matter, summary: summarizeDiff(all), showAll: !!values.all, ignore }));
  return matter.length ? 1 : 0;
}
