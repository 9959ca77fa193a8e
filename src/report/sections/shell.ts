// Human-readable tables of the shell facts: one row per context, one per Go value.
import type { ReportSection } from '../model.js';
import type { ShellsFacts, Origin } from '../../facts/schema/shells.js';
import { REPORTED_GO_VARS } from '../../knowledge/go-vars.js';

export function where(o: Origin | null | undefined): string {
  if (!o) return 'inherited';
  return `${o.file}:${o.line}${o.condition ? ' (if …)' : ''}`;
}

export function shellSections(s: ShellsFacts): ReportSection[] {
  const ctxRows = s.contexts.map((c) => {
    const go = c.gos[0];
    const dyn = s.dynamic?.find((d) => d.id === c.id);
    const row = [c.id + (c.installed ? '' : ' (not installed)'), go ? `${go.path}${go.version ? ` (${go.version})` : ''}` : '— none —', go ? where(go.origin) : '', String(c.files.length)];
    if (s.dynamic) row.push(dyn ? (dyn.ok ? dyn.goPath ?? '— none —' : `failed: ${dyn.error}`) : '');
    return row;
  });
  const headers = ['context', 'first go on PATH', 'PATH entry set at', 'files read'];
  if (s.dynamic) headers.push('really (--run-shells)');
  const sections: ReportSection[] = [{
    title: 'Shell contexts: which go runs',
    lines: [`login shell: ${s.loginShell ? `${s.loginShell.path} (from ${s.loginShell.from})` : 'unknown'}; HOME ${s.home}`],
    table: { headers, rows: ctxRows },
  }];
  const varRows: string[][] = [];
  for (const c of s.contexts) {
    for (const k of REPORTED_GO_VARS) {
      const v = c.vars[k];
      if (!v) continue;
      varRows.push([c.id, k, (v.known ? v.value : `${v.value} (computed at startup)`) + (v.exported ? '' : ' (not exported)'), where(v.origin)]);
    }
  }
  if (varRows.length) sections.push({ title: 'Go variables per context', lines: [], table: { headers: ['context', 'variable', 'value', 'set at'], rows: varRows } });
  const notes = [...new Set(s.contexts.flatMap((c) => c.notes))];
  // mvdan/sh's zsh parse is incomplete: its complaints (Debian's stock /etc/zsh/zshrc, which zsh -n accepts) are no note.
  const broken = s.files.filter((f) => (f.syntaxError && !f.syntaxError.advisory) || f.binary || f.truncated).map((f) => `${f.path}: ${f.binary ? 'binary content' : f.truncated ? `only the first part of ${f.size} bytes analysed` : `syntax error at ${f.syntaxError!.line}:${f.syntaxError!.column}: ${f.syntaxError!.message}`}`);
  if (notes.length || broken.length) sections.push({ title: 'Notes', lines: [...broken, ...notes] });
  return sections;
}
