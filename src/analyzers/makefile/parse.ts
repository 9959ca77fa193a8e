// A small GNU Make reader: variable assignments, rules and their recipe lines with line
// numbers, `export`. Enough to see which commands a recipe runs and with which variables;
// conditionals are read through (both branches), functions other than plain $(VAR) stay as text.
import type { MakefileFacts } from '../../facts/schema/files.js';
import { goCommands } from '../files/go-commands.js';

type Variable = MakefileFacts['variables'][number];
type Recipe = MakefileFacts['recipes'][number];

const ASSIGN = /^(?:(export|override|private)\s+)*([A-Za-z_.][\w.-]*)\s*(::?=|:::=|\?=|\+=|!=|=)\s*(.*)$/;
const RULE = /^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*(.*)$/;
const DIRECTIVE = /^(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|vpath|undefine|unexport)\b/;

/** Physical lines joined at trailing backslashes, each with its first and last line number. */
function logicalLines(text: string): Array<{ line: number; endLine: number; text: string; source: string }> {
  const out: Array<{ line: number; endLine: number; text: string; source: string }> = [];
  const phys = text.split(/\r?\n/);
  for (let i = 0; i < phys.length; i++) {
    const start = i;
    let t = phys[i]!;
    while (/\\$/.test(t) && i + 1 < phys.length) {
      i++;
      // GNU make turns backslash-newline and the whitespace around it into one space.
      t = t.slice(0, -1).trimEnd() + ' ' + phys[i]!.trimStart();
    }
    out.push({ line: start + 1, endLine: i + 1, text: t, source: phys.slice(start, i + 1).join('\n') });
  }
  return out;
}

function stripComment(s: string): string {
  const i = s.search(/(^|[^\\])#/);
  return i < 0 ? s : s.slice(0, i === 0 && s[0] === '#' ? 0 : i + 1);
}

/** Expand $(VAR) and ${VAR} from the variables seen; $$ → $. Unknown references stay. */
export function expandMake(text: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 5 || !text.includes('$')) return text;
  return text.replace(/\$\$|\$\(([\w.-]+)\)|\$\{([\w.-]+)\}/g, (m, a: string | undefined, b: string | undefined) => {
    if (m === '$$') return '$';
    const v = vars.get((a ?? b)!);
    return v === undefined ? m : expandMake(v, vars, depth + 1);
  });
}

export function parseMakefile(path: string, text: string): MakefileFacts {
  const variables: Variable[] = [];
  const recipes: Recipe[] = [];
  const exported = new Set<string>();
  let exportAll = false;
  const values = new Map<string, string>();
  let targets: string | null = null;
  let inDefine = false;
  const assign = (name: string, op: string, value: string, line: number, column: number, isExport: boolean) => {
    const v = op === '+=' && values.has(name) ? `${values.get(name)} ${value}` : value;
    if (op === '?=' && values.has(name)) return;
    values.set(name, v);
    variables.push({ name, value: v, line, column, exported: isExport });
    if (isExport) exported.add(name);
  };
  for (const l of logicalLines(text)) {
    if (inDefine) {
      if (/^\s*endef\b/.test(l.text)) inDefine = false;
      continue;
    }
    if (l.text.startsWith('\t')) {
      if (targets === null) continue;
      const body = l.text.slice(1).replace(/^[@+\-\s]+/, '');
      if (body.trim()) recipes.push({ target: targets, line: l.line, column: 2, endLine: l.endLine, text: body, expanded: '', source: l.source, goCommands: [] });
      continue;
    }
    const line = stripComment(l.text).trim();
    if (!line) continue;
    if (/^define\b/.test(line) || /^(export|override)\s+define\b/.test(line)) { inDefine = true; continue; }
    if (DIRECTIVE.test(line)) continue;
    const exp = /^export\s+([\w.\s-]+)$/.exec(line);
    if (exp && !exp[1]!.includes('=')) {
      const names = exp[1]!.trim().split(/\s+/);
      for (const n of names) exported.add(n);
      continue;
    }
    if (line === 'export') { exportAll = true; continue; }
    const a = ASSIGN.exec(line);
    if (a) {
      assign(a[2]!, a[3]!, a[4]!.trim(), l.line, l.text.indexOf(a[2]!) + 1, /(^|\s)export\s/.test(line.slice(0, line.indexOf(a[2]!) + 1)));
      continue;
    }
    const r = RULE.exec(line);
    if (r) {
      const rest = r[2]!;
      // `target: VAR = value` is a target-specific variable, not a rule.
      const tsv = ASSIGN.exec(rest);
      if (tsv && !rest.includes(';')) {
        assign(tsv[2]!, tsv[3]!, tsv[4]!.trim(), l.line, l.text.indexOf(tsv[2]!) + 1, /^export\s/.test(rest));
        continue;
      }
      targets = r[1]!.trim();
      if (targets === '.EXPORT_ALL_VARIABLES') exportAll = true;
      const semi = rest.indexOf(';');
      if (semi >= 0 && rest.slice(semi + 1).trim()) {
        recipes.push({ target: targets, line: l.line, column: l.text.indexOf(';') + 2, endLine: l.endLine, text: rest.slice(semi + 1).trim(), expanded: '', source: l.source, goCommands: [] });
      }
    }
  }
  for (const r of recipes) {
    r.expanded = expandMake(r.text, values);
    r.goCommands = goCommands(r.expanded).commands;
  }
  return { path, variables, recipes, exported: [...exported], exportAll };
}
