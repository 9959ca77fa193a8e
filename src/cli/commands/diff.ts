import * as path from 'node:path';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { readSnapshot } from '../snapshot-file.js';
import { diffFacts, summarizeDiff, type FactsDifference } from '../facts-diff.js';
import { redactDeep } from '../../engine/redact.js';

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
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError('--format must be text, json or markdown');
  const [fa, fb] = positionals.map((p) => path.resolve(io.cwd, p)) as [string, string];
  const [a, b] = await Promise.all([readSnapshot(fa), readSnapshot(fb)]);
  const ignore = values.ignore ?? [];
  const ignored = (d: FactsDifference) => ignore.some((p) => d.key === p || d.key.startsWith(p.endsWith('.') ? p : `${p}.`) || d.key.startsWith(`${p}[`));
  const all = redactDeep(diffFacts(a, b)).filter((d) => !ignored(d));
  const shown = values.all ? all : all.filter((d) => !d.volatile);
  const matter = all.filter((d) => !d.volatile);
  const summary = summarizeDiff(all);
  const label = (f: string, facts: typeof a) => `${path.basename(f)} (${facts.host.platform}/${facts.host.arch}, ${facts.collectedAt})`;
  const areas = Object.entries(summary.byArea).map(([area, n]) => `${area} ${n}`).join(', ');
  const verdict = matter.length
    ? `${matter.length} difference(s) that matter (${areas})`
    : 'no differences that matter';
  const hidden = values.all || summary.volatile === 0 ? '' : `; ${summary.volatile} value(s) that change on every run left out (free disk space, timings: --all shows them)`;
  const change = (d: FactsDifference) => (d.a === null ? `+ ${d.key}: ${d.b}` : d.b === null ? `- ${d.key}: ${d.a}` : `~ ${d.key}: ${d.a}  →  ${d.b}`);

  if (format === 'json') {
    io.stdout(JSON.stringify({
      a: fa, b: fb,
      summary: { differences: matter.length, byArea: summary.byArea, volatile: summary.volatile, headlines: summary.headlines.map((d) => d.key), ignored: ignore },
      differences: shown,
    }, null, 2) + '\n');
  } else if (format === 'markdown') {
    const cell = (s: string | null) => (s ?? '—').replace(/\|/g, '\\|');
    io.stdout([
      '## godiag diff', '', `A: ${label(fa, a)}  `, `B: ${label(fb, b)}`, '', `**${verdict}**${hidden}`, '',
      ...(summary.headlines.length ? [...summary.headlines.map((d) => `- \`${d.key}\`: ${cell(d.a)} → ${cell(d.b)}`), ''] : []),
      ...(shown.length ? ['| fact | A | B |', '|---|---|---|', ...shown.map((d) => `| ${d.key} | ${cell(d.a)} | ${cell(d.b)} |`), ''] : []),
    ].join('\n'));
  } else {
    const lines = [`A: ${label(fa, a)}`, `B: ${label(fb, b)}`, '', `${verdict}${hidden}`];
    if (summary.headlines.length) lines.push(...summary.headlines.map((d) => `  ${change(d)}`));
    if (shown.length) lines.push('', 'all differences:', ...shown.map(change));
    io.stdout(lines.join('\n') + '\n');
  }
  return matter.length ? 1 : 0;
}
