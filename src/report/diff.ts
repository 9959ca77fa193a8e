import { markdownCell } from './markdown.js';
// `godiag diff`'s output: two snapshots' differences, as text, JSON or Markdown.
import * as path from 'node:path';
import type { Facts } from '../facts/schema.js';
import type { DiffSummary, FactsDifference } from '../engine/facts-diff.js';

export interface DiffReport {
  a: { file: string; facts: Facts };
  b: { file: string; facts: Facts };
  /** Every difference (redacted, ignored keys left out), the ones shown, the ones that matter. */
  all: FactsDifference[];
  shown: FactsDifference[];
  matter: FactsDifference[];
  summary: DiffSummary;
  /** --all: values that change on every run are shown too. */
  showAll: boolean;
  ignore: string[];
}

const label = (s: DiffReport['a']) => `${path.basename(s.file)} (${s.facts.host.platform}/${s.facts.host.arch}, ${s.facts.collectedAt})`;
const change = (d: FactsDifference) => (d.a === null ? `+ ${d.key}: ${d.b}` : d.b === null ? `- ${d.key}: ${d.a}` : `~ ${d.key}: ${d.a}  →  ${d.b}`);

function verdict(r: DiffReport): string {
  const areas = Object.entries(r.summary.byArea).map(([area, n]) => `${area} ${n}`).join(', ');
  return r.matter.length ? `${r.matter.length} difference(s) that matter (${areas})` : 'no differences that matter';
}

function hidden(r: DiffReport): string {
  return r.showAll || r.summary.volatile === 0 ? '' : `; ${r.summary.volatile} value(s) that change on every run left out (free disk space, timings: --all shows them)`;
}

/** diff's formats, chosen like REPORTERS. */
export const DIFF_REPORTERS: Record<string, (r: DiffReport) => string> = {
  json: (r) => JSON.stringify({
    a: r.a.file, b: r.b.file,
    summary: { differences: r.matter.length, byArea: r.summary.byArea, volatile: r.summary.volatile, headlines: r.summary.headlines.map((d) => d.key), ignored: r.ignore },
    differences: r.shown,
  }, null, 2) + '\n',
  markdown: (r) => {
    const cell = (s: string | null) => markdownCell(s ?? '—');
    return [
      '## godiag diff', '', `A: ${label(r.a)}  `, `B: ${label(r.b)}`, '', `**${verdict(r)}**${hidden(r)}`, '',
      ...(r.summary.headlines.length ? [...r.summary.headlines.map((d) => `- \`${d.key}\`: ${cell(d.a)} → ${cell(d.b)}`), ''] : []),
      ...(r.shown.length ? ['| fact | A | B |', '|---|---|---|', ...r.shown.map((d) => `| ${d.key} | ${cell(d.a)} | ${cell(d.b)} |`), ''] : []),
    ].join('\n');
  },
  text: (r) => {
    const lines = [`A: ${label(r.a)}`, `B: ${label(r.b)}`, '', `${verdict(r)}${hidden(r)}`];
    if (r.summary.headlines.length) lines.push(...r.summary.headlines.map((d) => `  ${change(d)}`));
    if (r.shown.length) lines.push('', 'all differences:', ...r.shown.map(change));
    return lines.join('\n') + '\n';
  },
};
