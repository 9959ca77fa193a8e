import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { SHELL_SOURCES, isUserFile } from './util.js';

/** `echo 'export …' >> ~/.bashrc` run twice, and PATH entries added more than once. */
export const gd303 = defineRule({
  id: 'GD303',
  name: 'duplicate-go-setup',
  category: 'shell',
  severity: 'info',
  title: 'The same Go setup line is repeated, or a PATH entry appears twice',
  requires: ['shells'],
  messages: {
    repeatedLine: '{file} repeats `{text}` on lines {lines}.',
    duplicatePath: '{dir} is on PATH {count} times in {context} (added at {origins}).',
  },
  fixTitles: {
    removeTheRepeatedLine: 'Remove the repeated line {lines}',
  },
  sources: [`${SHELL_SOURCES.bash} (PATH search)`],
  fixable: true,
  docs: {
    what: 'Reports an export or PATH line that appears more than once in a startup file (an install snippet appended twice), and directories that end up on PATH more than once.',
    why: 'Duplicates are harmless only while they agree: the first PATH match wins, so editing one copy of a repeated line (say, to switch Go versions) silently does nothing. They also make PATH grow each time a file is re-sourced.',
    fix: 'Keep one copy of the line. For PATH, guard the prepend (case ":$PATH:" in *":dir:"*) or use `typeset -U path` (zsh) or fish_add_path, which skip present entries.',
  },
  check({ shells }) {
    const reports: Report<'repeatedLine' | 'duplicatePath'>[] = [];
    const byText = new Map<string, { file: string; text: string; lines: number[] }>();
    for (const e of shells.events) {
      // Lines under undecided conditions (if/else arms, `cond || path+=(…)`) are alternatives, not repeats.
      if ((e.kind !== 'set' && e.kind !== 'path') || e.conditional || !isUserFile(shells, e.file)) continue;
      const key = `${e.file}\0${e.text.trim()}`;
      const g = byText.get(key) ?? { file: e.file, text: e.text.trim(), lines: [] };
      if (!g.lines.includes(e.line)) g.lines.push(e.line);
      byText.set(key, g);
    }
    for (const g of byText.values()) {
      if (g.lines.length < 2) continue;
      const lines = g.lines.sort((a, b) => a - b);
      reports.push({
        messageId: 'repeatedLine', data: { file: g.file, text: g.text, lines: lines.join(', ') },
        location: { file: g.file, line: lines[1]! },
        fixes: [{ kind: 'edit', title: fixTitle('removeTheRepeatedLine', { lines: lines[1] }), file: g.file, range: { startLine: lines[1]!, endLine: lines[1]! }, replacement: '', safety: 'review' }],
      });
    }
    const seen = new Set<string>();
    for (const c of shells.contexts) {
      const count = new Map<string, number>();
      // An entry added under an undecided condition (`(( … )) || path+=(…)` dedup idioms) may not be there twice.
      for (const p of c.path) if (!p.origin?.condition) count.set(p.dir, (count.get(p.dir) ?? 0) + 1);
      for (const [dir, n] of count) {
        if (n < 2 || seen.has(dir)) continue;
        const origins = c.path.filter((p) => p.dir === dir && p.origin && isUserFile(shells, p.origin.file)).map((p) => `${p.origin!.file}:${p.origin!.line}`);
        if (!origins.length) continue;
        seen.add(dir);
        reports.push({ messageId: 'duplicatePath', data: { dir, count: n, context: c.id, origins: [...new Set(origins)].join(', ') }, evidence: { path: c.path.map((p) => p.dir) } });
      }
    }
    return reports;
  },
});
