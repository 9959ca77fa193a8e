// Inline godiag directives in comments (# in Dockerfile/YAML/Make, // in go.mod and Go):
//   godiag ignore=GD601,GD602 -- reason        the next line (or this line, when trailing code)
//   godiag ignore-file=GD601 -- reason         the whole file
//   godiag severity GD601=info GD602=off       the whole file
// A reason is required for ignores, so a suppression documents itself.
import type { Directive } from '../../facts/schema/files.js';
import { SEVERITIES } from '../../facts/findings.js';

const MARK = /(?:#|\/\/)\s*godiag\s+(ignore-file|ignore|severity)\b(.*)$/;
const RULE_ID = /^(GD\d{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/i;

/** A trailing directive covers its own line; a comment line covers the next code line. */
function targetLine(lines: string[], i: number, commentAt: number): number {
  if (lines[i]!.slice(0, commentAt).trim()) return i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t && !t.startsWith('#') && !t.startsWith('//')) return j + 1;
  }
  return i + 2;
}

export function readDirectives(file: string, text: string): Directive[] {
  if (!text.includes('godiag')) return [];
  const out: Directive[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((src, i) => {
    const m = MARK.exec(src);
    if (!m) return;
    const kind = m[1] as Directive['kind'];
    const rest = m[2]!;
    const line = i + 1;
    const target = targetLine(lines, i, m.index);
    if (kind === 'severity') {
      for (const pair of rest.trim().split(/\s+/).filter(Boolean)) {
        const [id, level] = pair.split('=');
        const valid = id && RULE_ID.test(id) && level && ([...SEVERITIES, 'off'] as string[]).includes(level);
        out.push({
          file, line, target, kind, rules: id ? [id.toUpperCase().startsWith('GD') ? id.toUpperCase() : id] : [], reason: null,
          severity: valid ? (level as Directive['severity']) : null,
          problem: valid ? null : `expected RULE=error|warning|info|off, got ${JSON.stringify(pair)}`,
        });
      }
      return;
    }
    const r = /^\s*=\s*([^\s]+)\s*(?:--\s*(.*))?$/.exec(rest);
    const rules = r ? r[1]!.split(',').filter(Boolean).map((x) => (/^gd\d{3}$/i.test(x) ? x.toUpperCase() : x)) : [];
    const reason = r?.[2]?.trim() || null;
    let problem: string | null = null;
    if (!r || rules.length === 0 || !rules.every((x) => RULE_ID.test(x))) problem = 'expected ignore=GDnnn[,GDnnn] -- reason';
    else if (!reason) problem = 'an ignore needs a reason after " -- "';
    out.push({ file, line, target, kind, rules, reason, severity: null, problem });
  });
  return out;
}
