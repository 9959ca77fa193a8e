// `godiag fleet`: one row per target (the go that runs, the key settings where it is the odd one
// out, finding counts), then each target's findings. Formats: text, json, markdown, sarif.
import type { Finding } from '../facts/findings.js';
import type { ReportModel } from './model.js';
import { REPORTERS } from './index.js';
import { alignTable } from './text.js';
import { markdownCell } from './markdown.js';
import { SCHEMA_VERSION } from '../facts/schema.js';
import { VERSION } from './version.js';

export interface FleetRow {
  target: string;
  reached: boolean;
  /** "go1.26.8 /usr/local/go/bin/go", or why there is none. */
  go: string;
  /** Key settings whose value differs from the one most targets share. */
  differs: Record<string, string>;
  counts: { error: number; warning: number; info: number };
  ms: number;
  findings: Finding[];
  /** The target's whole doctor report (for SARIF, which keeps one run per target). */
  model: ReportModel;
}

export interface FleetReport { rows: FleetRow[]; keys: readonly string[]; wallMs: number }

function countText(c: FleetRow['counts']): string {
  return `${c.error} error(s), ${c.warning} warning(s), ${c.info} info`;
}

function differsText(r: FleetRow): string {
  const d = Object.entries(r.differs);
  return d.length ? d.map(([k, v]) => `${k}=${v || '(empty)'}`).join(' ') : r.reached ? '—' : '';
}

function text(r: FleetReport): string {
  const table = alignTable(['target', 'go that runs', 'differs from most targets', 'findings'], r.rows.map((x) => [x.target, x.go, differsText(x), x.reached ? countText(x.counts) : `unreachable (${countText(x.counts)})`]));
  const lines = ['Fleet', ...table.map((l) => `  ${l}`), ''];
  for (const row of r.rows.filter((x) => x.findings.length)) {
    lines.push(`${row.target}:`);
    for (const f of row.findings) lines.push(`  ${f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i'} ${f.ruleId} ${f.message}`);
    lines.push('');
  }
  const total = r.rows.reduce((a, x) => ({ error: a.error + x.counts.error, warning: a.warning + x.counts.warning, info: a.info + x.counts.info }), { error: 0, warning: 0, info: 0 });
  lines.push(`${r.rows.length} target(s), ${r.rows.filter((x) => !x.reached).length} unreachable; ${countText(total)}`);
  return `${lines.join('\n')}\n`;
}

function json(r: FleetReport): string {
  return `${JSON.stringify({
    schemaVersion: SCHEMA_VERSION, tool: { name: 'godiag', version: VERSION }, command: 'fleet', keys: r.keys, wallMs: r.wallMs,
    targets: r.rows.map(({ model: _model, ...row }) => row),
  }, null, 2)}\n`;
}

function markdown(r: FleetReport): string {
  const rows = r.rows.map((x) => `| ${[x.target, x.go, differsText(x), x.reached ? countText(x.counts) : `**unreachable** (${countText(x.counts)})`].map(markdownCell).join(' | ')} |`);
  const details = r.rows.filter((x) => x.findings.length).map((x) => [`### ${markdownCell(x.target)}`, '', ...x.findings.map((f) => `- **${f.severity}** ${f.ruleId}: ${markdownCell(f.message)}`), ''].join('\n'));
  return ['# godiag fleet', '', '| target | go that runs | differs from most targets | findings |', '|---|---|---|---|', ...rows, '', ...details].join('\n') + '\n';
}

/** One SARIF run per target, each the target's doctor report, told apart by automationDetails. */
function sarif(r: FleetReport): string {
  const runs = r.rows.flatMap((x) => {
    const doc = JSON.parse(String(REPORTERS.sarif!(x.model, { color: false, verbose: false }))) as { runs: Array<Record<string, unknown>>; $schema: string; version: string };
    return doc.runs.map((run) => ({ ...run, automationDetails: { id: `godiag/fleet/${x.target}` } }));
  });
  return `${JSON.stringify({ $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json', version: '2.1.0', runs }, null, 2)}\n`;
}

export const FLEET_REPORTERS: Record<string, (r: FleetReport) => string> = { text, json, markdown, sarif };
