import { CATEGORIES, severityRank, type Finding } from '../facts/findings.js';
import { describeFix } from './fixes.js';
import type { ReportModel, Reporter } from './model.js';
import { makeStyle } from './style.js';
import { sectionHeading } from './stream.js';

const AREA_TITLES: Record<string, string> = {
  toolchain: 'Go toolchains', settings: 'Go settings', shell: 'Shell startup', system: 'System',
  modules: 'Modules', dockerfile: 'Dockerfiles', ci: 'CI and Makefiles', gomod: 'go.mod and go.work',
  artifact: 'Binaries', runtime: 'Runtime checks', hang: 'Blocked output', remote: 'Remote target',
};

function locationText(f: Finding): string {
  const l = f.location;
  if (!l) return '';
  const text = `${l.file}${l.line ? `:${l.line}` : ''}${l.line && l.column ? `:${l.column}` : ''}`;
  // Messages that already open with their place need no second copy of it.
  return f.message.startsWith(`${l.file}${l.line ? `:${l.line}` : ''}`) ? '' : `${text} `;
}

export const textReporter: Reporter = (model: ReportModel, opts) => {
  const st = makeStyle(opts.color);
  const out: string[] = [];
  for (const s of model.sections ?? []) {
    // Appended one by one: a section can hold 100,000 lines (inspect -v of /usr lists the files
    // it skipped), more arguments than a spread call may take.
    for (const l of sectionHeading(s.title, opts.color)) out.push(l);
    for (const l of s.lines) out.push(l);
    if (s.table) for (const l of alignTable(s.table.headers, s.table.rows, opts.columns)) out.push(l);
    out.push('');
  }
  const ruleById = new Map(model.rules.map((r) => [r.id, r]));
  const areas = CATEGORIES.filter((c) => model.rules.some((r) => r.category === c));
  for (const area of areas) {
    const findings = model.findings.filter((f) => f.category === area)
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    const ran = model.rules.filter((r) => r.category === area);
    const skipped = model.skipped.filter((s) => ruleById.get(s.ruleId)?.category === area);
    const worst = findings[0]?.severity;
    const mark = worst === 'error' ? st.red('[✗]') : worst === 'warning' ? st.yellow('[!]') : worst === 'info' ? st.blue('[i]') : skipped.length === ran.length && ran.length > 0 ? st.dim('[-]') : st.green('[✓]');
    const counts = findings.length ? `${findings.length} finding${findings.length > 1 ? 's' : ''}` : skipped.length === ran.length ? 'not checked' : `${ran.length - skipped.length} checks passed`;
    out.push(`${mark} ${st.bold(AREA_TITLES[area] ?? area)} ${st.dim(`(${counts})`)}`);
    for (const f of findings) {
      const sym = f.severity === 'error' ? st.red('✗') : f.severity === 'warning' ? st.yellow('!') : st.blue('i');
      out.push(`    ${sym} ${locationText(f)}${st.bold(f.ruleId)} ${f.message}`);
      for (const r of f.related ?? []) out.push(`      ${st.dim('see:')} ${r.file}${r.line ? `:${r.line}` : ''} ${r.message}`);
      const why = ruleById.get(f.ruleId)?.why;
      if (why) out.push(`      ${st.dim('why:')} ${why}`);
      const fixes = opts.verbose ? f.fixes : f.fixes.slice(0, 1);
      for (const fix of fixes) {
        const [head, ...rest] = describeFix(fix);
        out.push(`      ${st.dim('fix:')} ${head}`);
        for (const r of rest) out.push(`      ${r}`);
      }
      if (opts.verbose) {
        for (const [k, v] of Object.entries(f.evidence)) out.push(`      ${st.dim(`${k}:`)} ${typeof v === 'string' ? v : JSON.stringify(v)}`);
        for (const s of f.sources) out.push(`      ${st.dim('source:')} ${s}`);
        out.push(`      ${st.dim('docs:')} godiag explain ${f.ruleId}`);
      }
    }
    if (opts.verbose) for (const s of skipped) out.push(`    ${st.dim(`- ${s.ruleId} skipped: ${s.reason}`)}`);
  }
  if (opts.verbose && Object.keys(model.timings).length) {
    out.push('', st.dim('timings: ' + Object.entries(model.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')));
  }
  const n = (s: string) => model.findings.filter((f) => f.severity === s).length;
  const summary = `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`;
  const skippedNote = model.skipped.length ? `, ${model.skipped.length} rule(s) skipped${opts.verbose ? '' : ' (-v lists why)'}` : '';
  out.push('', summary + skippedNote);
  return out.join('\n') + '\n';
};

/** Columns no narrower than this are never shrunk further: a table may then still overflow. */
const MIN_COLUMN = 8;

/**
 * Aligned columns; with a width (COLUMNS), the widest column gives up a character at a time until
 * the table fits, and cells longer than their column keep their head and tail around "…"
 * (paths differ at both ends: /usr/local/go/bin/go vs /home/u/sdk/go1.22/bin/go).
 */
export function alignTable(headers: string[], rows: string[][], columns?: number): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  if (columns && columns > 0) {
    const total = () => 2 + widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    while (total() > columns) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= MIN_COLUMN) break;
      widths[widest]!--;
    }
  }
  const fit = (c: string, w: number) => {
    if (c.length <= w) return c;
    const head = Math.ceil((w - 1) / 2);
    return c.slice(0, head) + '…' + c.slice(c.length - (w - 1 - head));
  };
  const line = (cells: string[]) => '  ' + cells.map((c, i) => (i === cells.length - 1 ? fit(c, widths[i]!) : fit(c, widths[i]!).padEnd(widths[i]!))).join('  ');
  return [line(headers), ...rows.map(line)];
}
