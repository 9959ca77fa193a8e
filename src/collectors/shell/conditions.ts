// Conditions decided from what is known — interactivity, which shell, files that exist, PATH
// lookups, variables with known values — and 'unknown' for everything else.
import * as path from 'node:path';
import type { ShNode } from '../../analyzers/shell/sh-parse.js';
import { expandWord, globToRegExp, type Expanded } from '../../analyzers/shell/expand.js';
import type { Dialect } from '../../knowledge/shell-startup.js';
import { dialectOf, type EvalState, type Tri, type Walk } from './state.js';

export function commandStatus(n: ShNode): Tri {
  if (n.t !== 'simple') return 'unknown';
  const cmd = n.words[0]?.raw;
  if (!cmd || ['export', 'set', 'source', '.', 'typeset', 'declare', 'alias', 'true', ':', 'fish_add_path', 'unset'].includes(cmd)) return 'true';
  if (cmd === 'false') return 'false';
  return 'unknown';
}

const TEST_CMDS = new Set(['[', 'test', '[[', 'command', 'type', 'which', 'hash', 'status', 'contains', 'shopt', 'true', 'false', ':', 'builtin', 'functions', 'whence']);

export function isTestLike(n: ShNode, st: EvalState): boolean {
  if (n.t === 'pipe') return n.negated && n.parts.every((p) => isTestLike(p, st));
  if (n.t === 'andor') return n.parts.every((p) => isTestLike(p, st));
  if (n.t !== 'simple') return false;
  const cmd = n.words[0]?.raw;
  if (!cmd || n.assigns.length) return false;
  if (cmd === 'set' && n.words[1]?.raw === '-q') return true;
  if (cmd === 'command' && n.words[1]?.raw !== '-v' && n.words[1]?.raw !== '-q' && n.words[1]?.raw !== '-sq' && n.words[1]?.raw !== '-qs') return false;
  return TEST_CMDS.has(cmd);
}

/** Decide a condition list from what we know; 'unknown' when it depends on anything else. */
export async function evalCondition(w: Walk, nodes: ShNode[]): Promise<Tri> {
  let r: Tri = 'true';
  for (const n of nodes) r = await evalNode(w, n);
  return r;
}

async function evalNode(w: Walk, n: ShNode): Promise<Tri> {
  if (n.t === 'pipe') {
    if (n.parts.length !== 1) return 'unknown';
    const r = await evalNode(w, n.parts[0]!);
    return n.negated ? not(r) : r;
  }
  if (n.t === 'andor') {
    let r = await evalNode(w, n.parts[0]!);
    for (let i = 1; i < n.parts.length; i++) {
      const op = n.ops[i - 1]!;
      if ((op === '&&' && r === 'false') || (op === '||' && r === 'true')) continue;
      const next = await evalNode(w, n.parts[i]!);
      if (r === 'unknown') r = (op === '&&' && next === 'false') ? 'false' : (op === '||' && next === 'true') ? 'true' : 'unknown';
      else r = next;
    }
    return r;
  }
  if (n.t !== 'simple' || n.assigns.length) return 'unknown';
  const st = w.state;
  const d = dialectOf(w);
  const words = n.words.map((x) => x.raw);
  const cmd = words[0];
  const ex = (raw: string) => expandWord(raw, st, d);
  switch (cmd) {
    case 'true': case ':': return 'true';
    case 'false': return 'false';
    case 'status': {
      const sub = words[1]?.replace(/^--/, '');
      if (sub === 'is-interactive') return st.opts.interactive ? 'true' : 'false';
      if (sub === 'is-login') return st.opts.login ? 'true' : 'false';
      return 'unknown';
    }
    case 'shopt':
      if (words[1] === '-q' && words[2] === 'login_shell') return st.opts.login ? 'true' : 'false';
      return 'unknown';
    case 'set':
      // fish `set -q NAME`
      if (words[1] === '-q' && words[2]) return st.vars.has(words[2]) || (words[2] === 'PATH') ? 'true' : 'false';
      return 'unknown';
    case 'command': case 'type': case 'which': case 'hash': case 'whence': {
      const name = words.slice(1).find((x) => !x.startsWith('-') && !/^[<>&\d]/.test(x));
      if (!name) return 'unknown';
      const v = ex(name);
      if (!v.known) return 'unknown';
      if (st.functions.has(v.value)) return 'true';
      // Whether a program is installed is a fact of the machine the files run on, and of the PATH
      // each context has by then (`command -v go` before the line that puts go on PATH): undecided.
      return 'unknown';
    }
    case 'contains': {
      // fish: contains [--] VALUE LIST...
      const args = words.slice(1).filter((x) => x !== '--' && !x.startsWith('-'));
      if (args.length < 1) return 'unknown';
      const v = ex(args[0]!);
      if (!v.known) return 'unknown';
      for (const a of args.slice(1)) {
        if (a === '$PATH' || a === '"$PATH"') { if (st.path.some((e) => e.dir === v.value)) return 'true'; continue; }
        const e = ex(a);
        if (!e.known) return 'unknown';
        if (e.value.split(/[ :]/).includes(v.value)) return 'true';
      }
      return 'false';
    }
    case '[': case 'test': case '[[': {
      let args = words.slice(1);
      if (cmd !== 'test') args = args.slice(0, -1);
      return testExpr(args, st, d, cmd === '[[', await exportedGuards(w));
    }
  }
  return 'unknown';
}

function not(r: Tri): Tri {
  return r === 'true' ? 'false' : r === 'false' ? 'true' : 'unknown';
}

/** test(1) / [[ ]] with the operators startup files use. */
/**
 * Variables the file being read exports itself (`export LOADED=1`, fish `set -x LOADED y`): a test
 * on one that is unset here is a re-entry guard, and a parent shell (tmux, a subshell, an IDE
 * started from a terminal) may already have exported it — undecided, not "unset".
 */
async function exportedGuards(w: Walk): Promise<Set<string>> {
  const f = await w.state.cache.get(w.file, dialectOf(w));
  let names = GUARDS.get(f);
  if (!names) {
    names = new Set([...f.text.matchAll(/\b(?:export|set\s+-[a-zA-Z]*x[a-zA-Z]*)\s+([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    GUARDS.set(f, names);
  }
  return names;
}
const GUARDS = new WeakMap<object, Set<string>>();

async function testExpr(args: string[], st: EvalState, d: Dialect, dbl: boolean, guards: Set<string> = new Set()): Promise<Tri> {
  // Grouping parentheses only matter for precedence, which the splits below approximate.
  if (args.includes('(') || args.includes('\\(')) args = args.filter((a) => a !== '(' && a !== ')' && a !== '\\(' && a !== '\\)');
  // Split on -o / -a / || / && (left to right, no precedence subtleties needed here).
  // [[ ]] joins with && and ||; test/[ with -a and -o (in [[ ]], -o is the option test).
  for (const sep of dbl ? ['||'] : ['-o', '||']) {
    const i = args.indexOf(sep);
    if (i > 0) {
      const [l, r] = [await testExpr(args.slice(0, i), st, d, dbl, guards), await testExpr(args.slice(i + 1), st, d, dbl, guards)];
      return l === 'true' || r === 'true' ? 'true' : l === 'false' && r === 'false' ? 'false' : 'unknown';
    }
  }
  for (const sep of dbl ? ['&&'] : ['-a', '&&']) {
    const i = args.indexOf(sep);
    if (i > 0 && args.length > 3) {
      const [l, r] = [await testExpr(args.slice(0, i), st, d, dbl, guards), await testExpr(args.slice(i + 1), st, d, dbl, guards)];
      return l === 'false' || r === 'false' ? 'false' : l === 'true' && r === 'true' ? 'true' : 'unknown';
    }
  }
  if (args[0] === '!') return not(await testExpr(args.slice(1), st, d, dbl, guards));
  const ex = (raw: string): Expanded => expandWord(raw, st, d);
  if (args.length === 1) { const v = ex(args[0]!); return v.known ? (v.value !== '' ? 'true' : 'false') : 'unknown'; }
  if (args.length === 2) {
    const [op, raw] = args as [string, string];
    if (op === '-o' && dbl) {
      // zsh option names ignore case and underscores (LOGIN, login, Login).
      const opt = raw.toLowerCase().replace(/_/g, '');
      if (opt === 'interactive') return st.opts.interactive ? 'true' : 'false';
      if (opt === 'login') return st.opts.login ? 'true' : 'false';
      return 'unknown';
    }
    if (op === '-v') return st.vars.has(raw) ? 'true' : 'false';
    if (op === '-t') return 'unknown';
    const guard = /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw)?.[1];
    if ((op === '-n' || op === '-z') && guard && !st.vars.has(guard) && guards.has(guard)) return 'unknown';
    const v = ex(raw);
    if (!v.known) return 'unknown';
    if (op === '-n') return v.value !== '' ? 'true' : 'false';
    if (op === '-z') return v.value === '' ? 'true' : 'false';
    if (/^-[efdrsxwLhS]$/.test(op)) return (await fileTest(st, op, v.value)) ? 'true' : 'false';
    return 'unknown';
  }
  if (args.length === 3) {
    const [a, op, b] = args as [string, string, string];
    const l = ex(a);
    if (!l.known) return 'unknown';
    if (op === '=' || op === '==' || op === '!=') {
      // In [[ ]], an unquoted right side is a pattern.
      const pattern = dbl && !/^["']/.test(b);
      const r = pattern ? { value: b, known: true } : ex(b);
      if (!r.known) return 'unknown';
      const eq = pattern ? globToRegExp(expandWord(b, st, d).value).test(l.value) : l.value === r.value;
      return (op === '!=' ? !eq : eq) ? 'true' : 'false';
    }
    if (op === '=~' && dbl) {
      // bash: an unquoted right side is an extended regular expression (regcomp REG_EXTENDED).
      const r = expandWord(b, st, d);
      if (!r.known) return 'unknown';
      try { return new RegExp(r.value).test(l.value) ? 'true' : 'false'; } catch { return 'unknown'; }
    }
    const r = ex(b);
    if (!r.known) return 'unknown';
    const nums = /^-(eq|ne|lt|le|gt|ge)$/.exec(op);
    if (nums && /^-?\d+$/.test(l.value) && /^-?\d+$/.test(r.value)) {
      const [x, y] = [Number(l.value), Number(r.value)];
      const res = { eq: x === y, ne: x !== y, lt: x < y, le: x <= y, gt: x > y, ge: x >= y }[nums[1] as 'eq'];
      return res ? 'true' : 'false';
    }
  }
  return 'unknown';
}

async function fileTest(st: EvalState, op: string, p: string): Promise<boolean> {
  const host = st.cache.host;
  const abs = p.startsWith('/') ? p : path.posix.join(st.opts.home, p);
  if (op === '-L' || op === '-h') return !!(await host.lstat(abs))?.isSymlink;
  const s = await host.stat(abs);
  if (!s) return false;
  if (op === '-f') return s.isFile;
  if (op === '-d') return s.isDir;
  if (op === '-s') return s.size > 0;
  if (op === '-x') return s.isDir || (await host.isExecutable(abs));
  return true;
}

export async function findOnPath(st: EvalState, name: string): Promise<string | null> {
  if (name.includes('/')) return (await st.cache.host.isExecutable(name)) ? name : null;
  for (const e of st.path) {
    if (!e.dir.startsWith('/')) continue;
    const p = path.posix.join(e.dir, name);
    if (await st.cache.host.isExecutable(p)) return p;
  }
  return null;
}
