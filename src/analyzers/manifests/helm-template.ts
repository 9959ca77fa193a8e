// Helm chart templates rendered where their values are plain: {{ .Values.x }} from the chart's
// values.yaml, the functions charts use to place them (toYaml, nindent, indent, quote, default,
// required), if/with on values, comments, trim markers. What needs a cluster, a release or
// other templates (include, tpl, lookup, range, $variables, .Release) is not evaluated: an inline
// action becomes UNRESOLVED, a line holding only such an action is left empty, and a block under
// a condition that cannot be decided is left out. Each output line keeps its template line.
// Go's text/template (trim markers "{{- " and " -}}", emptiness) and Helm's function names
// (helm.sh/helm/v3/pkg/engine/funcs.go, Sprig) are the reference. js-yaml reads the values and
// writes toYaml's output: the parser lint already loads for CI files.
import { dump } from 'js-yaml';

export const UNRESOLVED = '(templated)';

export interface RenderedTemplate {
  text: string;
  /** The template line (1-based) each output line starts on: lineOf[n - 1] for output line n. */
  lineOf: number[];
  /** A block was left out: its condition or loop needs what godiag does not evaluate. */
  omitted: boolean;
  /** The dotted paths of the values the template read (resources, controller.image ...). */
  valuesRead: string[];
}

/** A value, and for one taken from the chart's values, its dotted path there. */
type Value = { known: true; v: unknown; path?: string } | { known: false };
const UNKNOWN: Value = { known: false };
const known = (v: unknown): Value => ({ known: true, v });

interface TextNode { kind: 'text'; text: string; offset: number }
/** alone: nothing but the action on its template line (a block placed with nindent, a label include). */
interface ActionNode { kind: 'action'; expr: string; offset: number; alone: boolean }
interface BlockNode { kind: 'if' | 'with' | 'range' | 'define'; branches: Array<{ cond: string | null; body: Node[] }>; offset: number }
type Node = TextNode | ActionNode | BlockNode;

const MAX_OUTPUT = 4 * 1024 * 1024;
/** Charts indent by a few dozen columns at most; a larger count is not rendered (bounded output). */
const MAX_INDENT = 256;
/** Blocks inside blocks rendered at most: real charts nest a handful. */
const MAX_NESTING = 100;

/** Text and actions, with Go's trim markers applied to the neighbouring text. Linear: indexOf, no backtracking. */
function tokens(template: string): Array<TextNode | ActionNode> {
  const out: Array<TextNode | ActionNode> = [];
  let last = 0;
  let trimNext = false;
  const pushText = (text: string, offset: number, trimEnd: boolean) => {
    if (trimNext) {
      const kept = text.replace(/^\s+/, '');
      offset += text.length - kept.length;
      text = kept;
    }
    if (trimEnd) text = text.replace(/\s+$/, '');
    if (text) out.push({ kind: 'text', text, offset });
  };
  for (let open = template.indexOf('{{'); open >= 0; open = template.indexOf('{{', last)) {
    const close = template.indexOf('}}', open + 2);
    if (close < 0) break;
    let inner = template.slice(open + 2, close);
    const trimLeft = /^-\s/.test(inner);
    const trimRight = /\s-$/.test(inner);
    inner = inner.slice(trimLeft ? 1 : 0, trimRight ? -1 : undefined);
    pushText(template.slice(last, open), last, trimLeft);
    const end = close + 2;
    const lineEnd = template.indexOf('\n', end);
    const alone = !template.slice(template.lastIndexOf('\n', open - 1) + 1, open).trim() && !template.slice(end, lineEnd < 0 ? undefined : lineEnd).trim();
    out.push({ kind: 'action', expr: inner.trim(), offset: open, alone });
    trimNext = trimRight;
    last = end;
  }
  pushText(template.slice(last), last, false);
  return out;
}

const keyword = (expr: string) => /^(if|else if|else with|else|end|with|range|define|block)\b\s*([\s\S]*)$/.exec(expr);

/** The token list as a tree of if/with/range/define blocks. */
function parse(toks: Array<TextNode | ActionNode>): Node[] {
  const root: Node[] = [];
  const stack: Array<{ block: BlockNode; body: Node[] }> = [];
  const body = () => stack.at(-1)?.body ?? root;
  for (const t of toks) {
    const k = t.kind === 'action' ? keyword(t.expr) : null;
    if (!k || t.kind !== 'action') { body().push(t); continue; }
    const [, word, rest] = k;
    if (word === 'if' || word === 'with' || word === 'range' || word === 'define' || word === 'block') {
      const block: BlockNode = { kind: word === 'block' ? 'define' : word, branches: [{ cond: rest!, body: [] }], offset: t.offset };
      body().push(block);
      stack.push({ block, body: block.branches[0]!.body });
    } else if (word === 'end') {
      stack.pop();
    } else if (stack.length) {
      // else, else if COND: a new branch of the open block.
      const top = stack.at(-1)!;
      const branch = { cond: word === 'else' ? null : rest!, body: [] as Node[] };
      top.block.branches.push(branch);
      top.body = branch.body;
    }
  }
  return root;
}

/** Go template emptiness: false, 0, nil, "", and empty lists and maps. */
function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

/** Words of a command: quoted strings and parenthesised pipelines stay whole. */
function words(cmd: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\((?:[^()]|\([^()]*\))*\)|[^\s()"`]+/g;
  for (const m of cmd.matchAll(re)) out.push(m[0]);
  return out;
}

/** Split a pipeline at | outside quotes and parentheses. */
function stages(expr: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) { if (c === '\\' && quote === '"') { cur += c + (expr[++i] ?? ''); continue; } if (c === quote) quote = ''; }
    else if (c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}

function field(v: unknown, path: string[], base?: string): Value {
  const at = base === undefined ? undefined : [base, ...path].filter(Boolean).join('.');
  let cur = v;
  for (const p of path) {
    if (cur === null || cur === undefined) return { known: true, v: undefined, path: at };
    if (typeof cur !== 'object' || Array.isArray(cur)) return UNKNOWN;
    cur = (cur as Record<string, unknown>)[p];
  }
  return { known: true, v: cur, path: at };
}

/** Sprig kindIs names: Go's reflect kinds of a decoded value ("invalid" for nil). Helm decodes values through JSON, so every number is a float64. */
function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'invalid';
  if (Array.isArray(v)) return 'slice';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'number') return 'float64';
  return typeof v === 'boolean' ? 'bool' : 'string';
}

const indentLines = (s: string, n: number) => s.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

function text(v: unknown): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

class Evaluator {
  constructor(private readonly values: unknown) {}

  /** One argument: a field path, a literal, or a parenthesised pipeline. */
  arg(w: string, dot: Value): Value {
    if (w.startsWith('(') && w.endsWith(')')) return this.pipeline(w.slice(1, -1), dot);
    if (w.startsWith('"')) { try { return known(JSON.parse(w)); } catch { return UNKNOWN; } }
    if (w.startsWith('`')) return known(w.slice(1, -1));
    if (/^-?\d+(\.\d+)?$/.test(w)) return known(Number(w));
    if (w === 'true' || w === 'false') return known(w === 'true');
    if (w === 'nil') return known(null);
    if (w === '.') return this.used(dot);
    const m = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(w);
    const atRoot = dot.known && dot.v === this.rootValue;
    if (m && (w.startsWith('$') || atRoot)) return this.used(field(this.values, m[1]!.split('.').filter(Boolean), ''));
    // .Release, .Chart, .Capabilities, .Files: known only to helm; inside with, . is the value.
    if (w.startsWith('.') && dot.known && !atRoot) return this.used(field(dot.v, w.split('.').filter(Boolean), dot.path));
    return UNKNOWN;
  }

  /** The paths of the chart's values the template read. */
  readonly read = new Set<string>();

  private used(v: Value): Value {
    if (v.known && v.path !== undefined) this.read.add(v.path);
    return v;
  }

  /** The dot of the template's top level: only .Values is known there. */
  readonly rootValue = { root: true };

  /** A command: a function applied to its arguments, with the previous stage's value last. */
  command(cmd: string, dot: Value, piped?: Value): Value {
    const [fn, ...rest] = words(cmd);
    if (!fn) return UNKNOWN;
    const args = rest.map((w) => this.arg(w, dot));
    if (piped) args.push(piped);
    const all = args.every((a) => a.known);
    const v = (i: number) => (args[i] as { v: unknown }).v;
    switch (fn) {
      case 'toYaml': return all && args.length === 1 ? known(isEmpty(v(0)) && typeof v(0) === 'object' ? (Array.isArray(v(0)) ? '[]' : '{}') : dump(v(0), { lineWidth: -1 }).replace(/\n$/, '')) : UNKNOWN;
      case 'nindent': case 'indent': {
        const s = all && args.length === 2 ? text(v(1)) : null;
        return s === null || typeof v(0) !== 'number' || !(v(0) as number >= 0 && v(0) as number <= MAX_INDENT) ? UNKNOWN : known((fn === 'nindent' ? '\n' : '') + indentLines(s, v(0) as number));
      }
      case 'quote': case 'squote': {
        if (!all || args.length !== 1) return UNKNOWN;
        const s = text(v(0));
        return s === null ? UNKNOWN : known(fn === 'quote' ? JSON.stringify(s) : `'${s}'`);
      }
      case 'default': {
        if (args.length !== 2) return UNKNOWN;
        if (!args[1]!.known) return UNKNOWN;
        return isEmpty(v(1)) ? args[0]! : args[1]!;
      }
      case 'required': return args.length === 2 ? args[1]! : UNKNOWN;
      case 'toString': case 'trim': case 'upper': case 'lower': {
        const s = all && args.length === 1 ? text(v(0)) : null;
        if (s === null) return UNKNOWN;
        return known(fn === 'trim' ? s.trim() : fn === 'upper' ? s.toUpperCase() : fn === 'lower' ? s.toLowerCase() : s);
      }
      case 'int': case 'int64': return all && args.length === 1 && Number.isFinite(Number(v(0))) ? known(Math.trunc(Number(v(0)))) : UNKNOWN;
      case 'not': return all && args.length === 1 ? known(isEmpty(v(0))) : UNKNOWN;
      // and/or decide on what is known: one empty operand settles `and`, one non-empty settles `or`.
      case 'and': return args.some((a) => a.known && isEmpty(a.v)) ? known(false) : all ? known(true) : UNKNOWN;
      case 'or': return args.some((a) => a.known && !isEmpty(a.v)) ? known(true) : all ? known(false) : UNKNOWN;
      // The first non-empty argument; an unknown one before it leaves the result unknown.
      case 'coalesce': {
        for (const a of args) {
          if (!a.known) return UNKNOWN;
          if (!isEmpty(a.v)) return a;
        }
        return known(undefined);
      }
      case 'printf': {
        const parts = all ? args.map((a) => text((a as { v: unknown }).v)) : [null];
        if (parts.some((p) => p === null)) return UNKNOWN;
        const [format, ...rest] = parts as string[];
        if (/%[^sdv%]/.test(format!)) return UNKNOWN;
        let i = 0;
        return known(format!.replace(/%[sdv%]/g, (m) => (m === '%%' ? '%' : rest[i++] ?? '')));
      }
      case 'contains': case 'hasPrefix': case 'hasSuffix': {
        const [sub, str] = all && args.length === 2 ? [text(v(0)), text(v(1))] : [null, null];
        if (sub === null || str === null) return UNKNOWN;
        return known(fn === 'contains' ? str.includes(sub) : fn === 'hasPrefix' ? str.startsWith(sub) : str.endsWith(sub));
      }
      case 'empty': return all && args.length === 1 ? known(isEmpty(v(0))) : UNKNOWN;
      case 'kindIs': return all && args.length === 2 && typeof v(0) === 'string' ? known(kindOf(v(1)) === v(0)) : UNKNOWN;
      case 'gt': case 'lt': case 'ge': case 'le': {
        if (!all || args.length !== 2 || typeof v(0) !== 'number' || typeof v(1) !== 'number') return UNKNOWN;
        const [a, b] = [v(0) as number, v(1) as number];
        return known(fn === 'gt' ? a > b : fn === 'lt' ? a < b : fn === 'ge' ? a >= b : a <= b);
      }
      case 'eq': case 'ne': return all && args.length === 2 ? known((v(0) === v(1)) === (fn === 'eq')) : UNKNOWN;
      default: return args.length === 0 && !piped ? this.arg(fn, dot) : UNKNOWN;
    }
  }

  pipeline(expr: string, dot: Value): Value {
    if (/^\$\w*\s*:?=/.test(expr)) return UNKNOWN; // a variable: its later uses are unknown
    let cur: Value | undefined;
    for (const s of stages(expr)) cur = this.command(s, dot, cur);
    return cur ?? UNKNOWN;
  }
}

/** Marks an action whose value is not known; resolved per line once the output is complete. */
const HOLE = '\u0000';

export function renderHelmTemplate(template: string, values: unknown): RenderedTemplate {
  const ev = new Evaluator(values);
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return lo + 1;
  };
  let out = '';
  const lineOf: number[] = [1];
  let omitted = false;
  let firstText = true;
  /** Append `s`; its newlines start lines of `sourceLine(i)` (a text's own lines, or the action's line). */
  const emit = (s: string, sourceLine: (i: number) => number) => {
    if (out.length + s.length > MAX_OUTPUT) { omitted = true; return; }
    if (firstText && s) { lineOf[0] = sourceLine(-1); firstText = false; }
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lineOf.push(sourceLine(i));
    out += s;
  };
  const render = (nodes: Node[], dot: Value, depth = 0) => {
    if (depth > MAX_NESTING) { omitted = true; return; }
    for (const n of nodes) {
      if (n.kind === 'text') { emit(n.text, (i) => lineAt(n.offset + i + 1)); continue; }
      const here = lineAt(n.offset);
      if (n.kind === 'action') {
        if (n.expr.startsWith('/*')) continue;
        const v = ev.pipeline(n.expr, dot);
        const s = v.known ? text(v.v) : null;
        // An unknown block on a line of its own is left out: its key stays, with no value.
        emit(s !== null ? s : n.alone ? '' : HOLE, () => here);
        continue;
      }
      if (n.kind === 'define') continue;
      if (n.kind === 'range') { omitted = true; continue; }
      let chosen: Node[] | null = null;
      let decided = true;
      let inner = dot;
      for (const b of n.branches) {
        if (b.cond === null) { chosen = b.body; break; }
        const c = ev.pipeline(b.cond, dot);
        if (!c.known) { decided = false; break; }
        if (!isEmpty(c.v)) { chosen = b.body; inner = n.kind === 'with' ? c : dot; break; }
      }
      if (!decided) omitted = true;
      else if (chosen) render(chosen, inner, depth + 1);
    }
  };
  render(parse(tokens(template)), { known: true, v: ev.rootValue });
  // A line that is only unknown actions is left empty (an include of labels, a range's output);
  // an unknown value beside other text is shown as UNRESOLVED.
  const rendered = out.split('\n').map((l) => (l.includes(HOLE) ? (l.replaceAll(HOLE, '').trim() === '' ? '' : l.replaceAll(HOLE, UNRESOLVED)) : l)).join('\n');
  return { text: rendered, lineOf, omitted, valuesRead: [...ev.read].sort() };
}
