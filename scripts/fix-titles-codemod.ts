// Move inline fix titles of rule files into the rule's `fixTitles` metadata.
// Usage: npx tsx scripts/fix-titles-codemod.ts src/rules/<area>/gdNNN-*.ts ...
// A title written as a string or template literal (also through ?: branches), in a fix object
// (`{ kind: ..., title: ... }`) or as the title argument of a fix helper, becomes
// fixTitle('id', { placeholders }) and its text a `{name}` template in `fixTitles`.
// Titles it cannot read (a variable, a call) are listed; the strict engine (tests) names any left.
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';

/** Fix helpers and the index of their title argument. */
const HELPERS: Record<string, number> = { lineEdit: 0, scalarEdit: 0, setupBlock: 2, installFix: 1, caBundleFix: 1, moveDirFix: 3 };

interface Edit { start: number; end: number; text: string }

function words(text: string): string[] {
  return text.replace(/\{\w+\}/g, ' ').replace(/[^A-Za-z0-9 ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
}

function idFor(text: string): string {
  const w = words(text).slice(0, 4).map((x) => x.toLowerCase());
  if (w.length === 0) return 'fix';
  const id = w.map((x, i) => (i === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join('');
  return /^[0-9]/.test(id) ? `fix${id}` : id;
}

function placeholderName(e: ts.Expression, sf: ts.SourceFile): string {
  let x: ts.Expression = e;
  while (ts.isParenthesizedExpression(x) || ts.isNonNullExpression(x) || ts.isAsExpression(x)) x = x.expression;
  if (ts.isIdentifier(x)) return x.text;
  if (ts.isPropertyAccessExpression(x)) return x.name.text;
  if (ts.isElementAccessExpression(x) && ts.isIdentifier(x.expression)) return x.expression.text;
  if (ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression) && ts.isIdentifier(x.expression.expression)) return x.expression.expression.text;
  if (ts.isCallExpression(x) && ts.isIdentifier(x.expression)) return x.expression.text;
  void sf;
  return 'value';
}

export function convert(file: string): { changed: boolean; unconverted: string[] } {
  const src = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const edits: Edit[] = [];
  const titles = new Map<string, string>(); // template → id
  const ids = new Set<string>();
  const unconverted: string[] = [];

  function declare(template: string): string {
    const known = titles.get(template);
    if (known) return known;
    let id = idFor(template);
    for (let n = 2; ids.has(id); n++) id = `${idFor(template)}${n}`;
    ids.add(id);
    titles.set(template, id);
    return id;
  }

  /** The replacement text of a title expression, or null when it is not a literal. */
  function rewrite(e: ts.Expression): string | null {
    if (ts.isParenthesizedExpression(e)) {
      const inner = rewrite(e.expression);
      return inner === null ? null : `(${inner})`;
    }
    if (ts.isConditionalExpression(e)) {
      const a = rewrite(e.whenTrue);
      const b = rewrite(e.whenFalse);
      if (a === null || b === null) return null;
      return `${e.condition.getText(sf)} ? ${a} : ${b}`;
    }
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
      if (/\{\w+\}/.test(e.text)) return null; // braces would read as placeholders
      return `fixTitle('${declare(e.text)}')`;
    }
    if (ts.isTemplateExpression(e)) {
      if (/\{\w+\}/.test(e.head.text) || e.templateSpans.some((s) => /\{\w+\}/.test(s.literal.text))) return null;
      const names = new Map<string, string>(); // name → expression text
      let template = e.head.text;
      for (const span of e.templateSpans) {
        const exprText = span.expression.getText(sf);
        const base = placeholderName(span.expression, sf);
        let name = base;
        for (let n = 2; names.has(name) && names.get(name) !== exprText; n++) name = `${base}${n}`;
        names.set(name, exprText);
        template += `{${name}}${span.literal.text}`;
      }
      const data = [...names].map(([k, v]) => (k === v ? k : `${k}: ${v}`)).join(', ');
      return `fixTitle('${declare(template)}', { ${data} })`;
    }
    return null;
  }

  function replace(e: ts.Expression): void {
    const text = rewrite(e);
    if (text === null) {
      unconverted.push(`${file}:${sf.getLineAndCharacterOfPosition(e.getStart(sf)).line + 1}: ${e.getText(sf).slice(0, 80)}`);
      return;
    }
    edits.push({ start: e.getStart(sf), end: e.getEnd(), text });
  }

  let ruleObject: ts.ObjectLiteralExpression | undefined;
  function visit(n: ts.Node): void {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'defineRule' && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) ruleObject = n.arguments[0];
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'title' && ts.isObjectLiteralExpression(n.parent) && n.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'kind')) replace(n.initializer);
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text in HELPERS) {
      const arg = n.arguments[HELPERS[n.expression.text]!];
      if (arg) replace(arg);
    }
    ts.forEachChild(n, visit);
  }
  visit(sf);
  if (!ruleObject || titles.size === 0) return { changed: false, unconverted };
  if (ruleObject.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'fixTitles')) throw new Error(`${file} already declares fixTitles`);
  const messages = ruleObject.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'messages');
  if (!messages) throw new Error(`${file}: no messages property`);
  const indent = ' '.repeat(sf.getLineAndCharacterOfPosition(messages.getStart(sf)).character);
  const entries = [...titles].map(([t, id]) => `${indent}  ${id}: '${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}',`);
  const block = `,\n${indent}fixTitles: {\n${entries.join('\n')}\n${indent}}`;
  edits.push({ start: messages.getEnd(), end: messages.getEnd(), text: block });

  let out = src;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // import fixTitle next to defineRule
  out = out.replace(/import \{ ([^}]*)\bdefineRule\b([^}]*)\} from '([./]+engine\/define-rule\.js)';/, (m, a: string, b: string, p: string) =>
    m.includes('fixTitle,') || /\bfixTitle\b/.test(a + b) ? m : `import { ${a}defineRule, fixTitle${b}} from '${p}';`);
  writeFileSync(file, out);
  return { changed: true, unconverted };
}

const left: string[] = [];
for (const f of process.argv.slice(2)) {
  const r = convert(f);
  left.push(...r.unconverted);
  if (r.changed) console.log(`converted ${f}`);
}
if (left.length) console.log(`left inline (convert by hand):\n${left.join('\n')}`);
