// Walk startup files as a shell would, without running anything: assignments, exports, PATH
// edits, `source`, functions defined and called in the files, and conditions — decided when
// they only depend on facts we have (interactivity, which shell, files that exist, PATH
// lookups), otherwise followed and marked conditional.
import * as path from 'node:path';
import type { ShellEvent, Origin } from '../../facts/schema/shells.js';
import { parseSh, type ShNode, type Word } from '../../analyzers/shell/sh-parse.js';
import { expandWord, braceExpand, globToRegExp, unquotePattern, OLD_PATH } from '../../analyzers/shell/expand.js';
import type { Dialect } from '../../knowledge/shell-startup.js';
import { isGoVar, versionManagerIn } from '../../knowledge/go-vars.js';
import { EvalState, MAX_SOURCE_DEPTH, MAX_STEPS, MAX_LOOP_WEIGHT, CONTEXT_BUDGET_MS, WALK_BUDGET_MS, FILE_CAP_BYTES, andCond, nodeText, dialectOf, type Cond, type Walk, type PathEntryState, type Tri } from './state.js';
import { commandStatus, isTestLike, evalCondition, findOnPath } from './conditions.js';
import { expandGlob, hasGlob } from './glob.js';
import { compareText } from '../../facts/order.js';
import { managerEntryPoint, managerCommand, type Loader } from './plugin-managers.js';

export { EvalState, EventSink, FileCache, FILE_CAP_BYTES, MAX_SOURCE_DEPTH, type PathEntryState, type ParsedFile, type RunOptions, type VarState } from './state.js';
export { findOnPath } from './conditions.js';

/** Ends a walk early: `return` from a sourced file or function, `exit` of the shell, or the walk's
 * budget spent (steps or time), which ends the context without claiming the shell exits. */
export class Stop { constructor(readonly kind: 'return' | 'exit' | 'budget') {} }
/** `continue` / `break` inside a loop body. */
class LoopCtl { constructor(readonly kind: 'continue' | 'break') {} }

/** Read one file in a context: parse once, then walk its commands. */
export async function runFile(state: EvalState, file: string, why: string, stack: string[] = []): Promise<'read' | 'missing' | 'cycle' | 'depth' | 'unusable'> {
  if (stack.includes(file)) return 'cycle';
  if (stack.length >= MAX_SOURCE_DEPTH) return 'depth';
  const parsed = await state.cache.get(file, state.opts.dialect === 'fish' ? 'fish' : dialectFor(file, state.opts.dialect));
  if (!parsed.exists) return 'missing';
  state.filesRead.push({ path: file, why });
  if (parsed.unusable) { state.notes.push(`${file}: ${parsed.unusable}; not analysed`); return 'unusable'; }
  if (parsed.binary) { state.notes.push(`${file}: binary content, not analysed (a shell would fail on it)`); return 'read'; }
  if (parsed.truncated) state.notes.push(`${file}: larger than ${FILE_CAP_BYTES} bytes, only the first part was analysed`);
  const stopLine = parsed.syntaxError && !parsed.syntaxError.advisory ? parsed.syntaxError.line : Infinity;
  if (stopLine !== Infinity) state.notes.push(`${file}:${stopLine}: syntax error (${parsed.syntaxError!.message}); the shell stops reading the file there`);
  const ctx: Walk = { state, file, stack: [...stack, file], stopLine };
  try {
    await walkList(ctx, parsed.nodes, { text: undefined });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (e.kind !== 'return') throw e;
  }
  return 'read';
}

/** A file's dialect: what the running shell is, except fish files are always fish. */
function dialectFor(file: string, running: Dialect): Dialect {
  if (file.endsWith('.fish')) return 'fish';
  return running;
}


async function walkList(w: Walk, nodes: ShNode[], cond: Cond): Promise<void> {
  for (const node of nodes) {
    if (node.line >= w.stopLine) return;
    if (++w.state.steps > MAX_STEPS) { w.state.notes.push(`${w.file}: analysis stopped after ${MAX_STEPS} steps`); throw new Stop('budget'); }
    if (!(await w.state.cache.tick(w.state.deadline))) { w.state.notes.push(`${w.file}:${node.line}: analysis stopped: walking the startup files took longer than godiag allows (${CONTEXT_BUDGET_MS / 1000} s a context, ${WALK_BUDGET_MS / 1000} s in all)`); throw new Stop('budget'); }
    await walk(w, node, w.afterGuard ? andCond(cond, w.afterGuard) : cond);
  }
}



async function walk(w: Walk, node: ShNode, cond: Cond): Promise<void> {
  const st = w.state;
  switch (node.t) {
    case 'simple':
      return simpleCommand(w, node, cond);
    case 'if': {
      let anyUnknown = false;
      for (const clause of node.clauses) {
        const r = await evalCondition(w, clause.cond);
        const text = clause.cond.map(nodeText).join('; ');
        if (r === 'true' && !anyUnknown) { await walkList(w, clause.body, cond); return; }
        if (r === 'true' || r === 'unknown') {
          anyUnknown = true;
          await walkList(w, clause.body, andCond(cond, text));
        }
      }
      if (node.elseBody) {
        if (!anyUnknown) await walkList(w, node.elseBody, cond);
        else await walkList(w, node.elseBody, andCond(cond, `not (${node.clauses.map((c) => c.cond.map(nodeText).join('; ')).join(' / ')})`));
      }
      return;
    }
    case 'andor': {
      // a && b || c: run left to right; each part runs on the previous status.
      let status: Tri = 'true';
      let text: string | undefined;
      for (let i = 0; i < node.parts.length; i++) {
        const part = node.parts[i]!;
        if (i > 0) {
          const op = node.ops[i - 1]!;
          const runs: Tri = op === '&&' ? status : status === 'true' ? 'false' : status === 'false' ? 'true' : 'unknown';
          if (runs === 'false') continue;
          const prev = nodeText(node.parts[i - 1]!);
          if (runs === 'unknown') text = text ? `${text} ${op} ${prev}` : (op === '&&' ? prev : `! (${prev})`);
        }
        const c = text ? andCond(cond, text) : cond;
        if (isTestLike(part, st)) status = await evalCondition(w, [part]);
        else { await walk(w, part, c); status = commandStatus(part); }
      }
      return;
    }
    case 'pipe': {
      // `goenv init - | source` (fish) and `cmd | source` run the command's output.
      const last = node.parts[node.parts.length - 1]!;
      if (last.t === 'simple' && (last.words[0]?.raw === 'source' || last.words[0]?.raw === '.')) {
        const vm = versionManagerIn(nodeText(node));
        recordVersionManager(w, node.line, nodeText(node), vm, cond);
      }
      return;
    }
    case 'case': {
      const word = expandWord(node.word.raw, st, dialectOf(w));
      let matched = false;
      for (const arm of node.arms) {
        const pats = arm.patterns.map((p) => unquotePattern(p).replace(/^\(/, ''));
        if (word.known && !matched) {
          const dash = node.word.raw.replace(/["']/g, '') === '$-';
          if (pats.some((p) => globToRegExp(expandWord(p, st, dialectOf(w)).value).test(word.value))) {
            matched = true;
            // `case $- in *i*)` is decided by interactivity, which each context knows.
            await walkList(w, arm.body, dash ? cond : cond);
          }
        } else if (!word.known) {
          await walkList(w, arm.body, andCond(cond, `case ${node.word.raw} in ${pats.join('|')}`));
        }
      }
      return;
    }
    case 'loop': {
      if (node.kind === 'for' && node.varName && node.items) {
        let items = await expandList(w, node.items);
        if (items !== null && items.length * st.loopWeight > MAX_LOOP_WEIGHT) {
          st.notes.push(`${w.file}:${node.line}: loops nested too deep to walk every iteration; walked once with ${node.varName} unknown`);
          items = null;
        }
        if (items === null) {
          st.vars.set(node.varName, { value: '', known: false, exported: false, origin: null });
          st.loopCandidates.set(node.varName, await candidateFiles(w, node.items.map((i) => i.raw)));
          await loopBody(w, node.body, andCond(cond, `for ${node.varName} in ${node.items.map((i) => i.raw).join(' ')}`));
          st.loopCandidates.delete(node.varName);
          return;
        }
        const outer = st.loopWeight;
        st.loopWeight = outer * items.length;
        try {
          for (const item of items) {
            st.vars.set(node.varName, { value: item, known: true, exported: false, origin: null });
            if ((await loopBody(w, node.body, cond)) === 'break') break;
          }
        } finally { st.loopWeight = outer; }
        return;
      }
      await loopBody(w, node.body, andCond(cond, `${node.kind} loop`));
      return;
    }
    case 'group':
      if (node.subshell) return; // a subshell's assignments do not reach the parent
      return walkList(w, node.body, cond);
    case 'func':
      st.functions.set(node.name, { body: node.body, file: w.file });
      return;
  }
}


/** One loop iteration: `continue` ends it, `break` ends the loop; an undecided one makes the rest conditional. */
async function loopBody(w: Walk, body: ShNode[], cond: Cond): Promise<'done' | 'break'> {
  const saved = w.afterGuard;
  try { await walkList(w, body, cond); }
  catch (e) {
    if (!(e instanceof LoopCtl)) throw e;
    if (e.kind === 'break') return 'break';
  } finally { w.afterGuard = saved; }
  return 'done';
}

/** Expand list words (for-loop items, source targets): braces, variables, arrays, globs, `$(ls DIR)`. Null = unknown. */
async function expandList(w: Walk, items: Word[]): Promise<string[] | null> {
  const out: string[] = [];
  const d = dialectOf(w);
  for (const item of items) {
    const arr = arrayWord(item.raw, w.state, d);
    if (arr === null) return null;
    if (arr) { out.push(...arr); continue; }
    const ls = await lsWord(w, item.raw);
    if (ls === null) return null;
    if (ls) { out.push(...ls); continue; }
    for (const b of braceExpand(item.raw)) {
      const v = expandWord(b, w.state, d);
      if (!v.known) return null;
      // Globbing applies to unquoted glob characters, and (not in zsh) to unquoted expansions.
      const unquoted = b.replace(/"(?:\\.|[^"\\])*"|'[^']*'/g, '');
      const globs = hasGlob(unquoted.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '')) || (d !== 'zsh' && /\$/.test(unquoted) && hasGlob(v.value));
      if (globs) out.push(...(await glob(w.state, v.value, d)));
      else if (unquoted === b && v.value.includes(' ') && d !== 'zsh') out.push(...v.value.split(/\s+/).filter(Boolean));
      else out.push(v.value);
    }
  }
  return out;
}

async function glob(st: EvalState, pattern: string, d: Dialect): Promise<string[]> {
  const abs = pattern.startsWith('/') ? pattern : path.posix.join(st.opts.home, pattern);
  const r = await expandGlob(st.cache.host, abs, { dialect: d, globstar: st.shopts.has('globstar'), nullglob: st.shopts.has('nullglob') });
  if (r.orderUnknown) st.notes.push(`${pattern}: files sorted by time, read here in name order`);
  return r.paths;
}

/** `$arr`, `${arr[@]}` and zsh filters `${(M)arr:#pattern}`, `${arr:#pattern}` (nested too). Undefined: not an array word. */
function arrayWord(raw: string, st: EvalState, d: Dialect): string[] | null | undefined {
  if (d === 'fish' || d === 'sh') return undefined;
  const m = /^"?\$(?:\{(.*)\}|([A-Za-z_][A-Za-z0-9_]*))"?$/s.exec(raw);
  if (!m) return undefined;
  if (m[2] !== undefined) return d === 'zsh' && st.arrays.has(m[2]) ? st.arrays.get(m[2])! : undefined;
  return arrayExpr(m[1]!, st, d);
}

function arrayExpr(body: string, st: EvalState, d: Dialect): string[] | null | undefined {
  const flags = /^\(([A-Za-z@]+)\)/.exec(body);
  let rest = flags ? body.slice(flags[0].length) : body;
  let elems: string[] | null | undefined;
  if (rest.startsWith('${')) {
    let depth = 0; let end = -1;
    for (let i = 0; i < rest.length; i++) { if (rest[i] === '{') depth++; else if (rest[i] === '}' && --depth === 0) { end = i; break; } }
    if (end === -1) return null;
    elems = arrayExpr(rest.slice(2, end), st, d);
    rest = rest.slice(end + 1);
  } else {
    const n = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (!n) return undefined;
    elems = st.arrays.get(n[0]) ?? (st.vars.has(n[0]) ? [st.vars.get(n[0])!.value] : []);
    if (!st.arrays.has(n[0]) && !flags && !rest.slice(n[0].length).startsWith(':#')) return undefined;
    rest = rest.slice(n[0].length);
  }
  if (!elems) return elems;
  if (rest === '' || rest === '[@]' || rest === '[*]') return elems;
  if (rest.startsWith(':#')) {
    const pat = expandWord(rest.slice(2), st, d);
    if (!pat.known) return null;
    const re = globToRegExp(pat.value);
    const keep = !!flags?.[1]!.includes('M');
    return elems.filter((e) => re.test(e) === keep);
  }
  return null;
}

/** `$(ls DIR)` / `` `ls DIR` ``: DIR's names (no dot files unless -a/-A), sorted. Undefined: not that form. */
async function lsWord(w: Walk, raw: string): Promise<string[] | null | undefined> {
  const m = /^"?(?:\$\(|`)\s*(?:command\s+)?ls((?:\s+-[1aAd]+)*)\s+([^|;&`$()<>\s]+|"[^"$`]*"|\$HOME\/[^|;&`()<>\s]*|~\/[^|;&`$()<>\s]*)\s*(?:\)|`)"?$/.exec(raw);
  if (!m) return undefined;
  const dir = expandWord(m[2]!, w.state, dialectOf(w));
  if (!dir.known) return null;
  const abs = dir.value.startsWith('/') ? dir.value : path.posix.join(w.state.opts.home, dir.value);
  const names = await w.state.cache.host.readdir(abs);
  if (!names) return [];
  return names.filter((n) => /a|A/.test(m[1]!) || !n.startsWith('.')).sort(compareText);
}

/** The files an unfollowed loader may source: its words with every unknown part read as `*`. */
async function candidateFiles(w: Walk, words: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const raw of words) {
    const ls = /^"?(?:\$\(|`)\s*ls(?:\s+-\w+)*\s+([^)`]+?)\s*(?:\)|`)"?$/.exec(raw);
    const find = /^"?(?:\$\(|`)\s*find\s+(\S+)(?:.*?-i?name\s+["']?([^"'\s)]+))?/.exec(raw);
    const pattern = (ls ? `${ls[1]!.replace(/\/$/, '')}/*` : find ? `${find[1]!.replace(/["']/g, '').replace(/\/$/, '')}/**/${find[2] ?? '*'}` : raw).replace(/\$\([^)]*\)|`[^`]*`|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, (x) => {
      const v = expandWord(x, w.state, dialectOf(w));
      return v.known && v.value ? v.value : '*';
    });
    const v = expandWord(pattern, w.state, dialectOf(w));
    if (!v.value.includes('/') || /^\*/.test(v.value)) continue;
    out.push(...(await glob(w.state, v.value.replace(/\*{3,}/g, '**'), 'zsh')).filter((p) => !hasGlob(p)));
  }
  return [...new Set(out)].slice(0, 50);
}

function origin(w: Walk, line: number, cond: Cond): Origin {
  return cond.text ? { file: w.file, line, condition: cond.text.slice(0, 200) } : { file: w.file, line };
}

function shortText(s: string): string {
  const one = s.replace(/\s*\n\s*/g, ' ');
  return one.length > 200 ? one.slice(0, 197) + '...' : one;
}

function record(w: Walk, line: number, text: string, cond: Cond, e: Partial<ShellEvent> & Pick<ShellEvent, 'kind'>) {
  w.state.sink.add({
    file: w.file, line, text: shortText(text), known: true, exported: false, conditional: !!cond.text,
    ...(cond.text ? { condition: cond.text.slice(0, 200) } : {}), ...e,
  }, w.state.opts.contextId);
}

function recordVersionManager(w: Walk, line: number, text: string, vm: string | null, cond: Cond) {
  if (vm) record(w, line, text, cond, { kind: 'version-manager', name: vm, known: false });
}

/** Assign NAME=VALUE (or PATH) with provenance, recording Go-relevant changes. */
async function assign(w: Walk, line: number, text: string, cond: Cond, name: string, raw: string, opts: { exported?: boolean; append?: boolean; array?: boolean }) {
  const st = w.state;
  const d = dialectOf(w);
  if (name === 'PATH' || (d === 'zsh' && name === 'path')) {
    const words = opts.array ? await dropMissingQualified(st, splitArray(raw), d) : [raw];
    const parts: string[] = [];
    let known = true;
    for (const word of words) {
      const v = expandWord(word, st, d, { assignment: true, pathVar: true });
      known &&= v.known;
      parts.push(...(opts.array ? [v.value] : v.value.split(':')));
    }
    let entries = parts;
    if (opts.append) entries = [OLD_PATH, ...(opts.array ? entries : entries.filter((x, i) => !(i === 0 && x === '')))];
    // `$GOROOT/bin` while GOROOT is unset here becomes `/bin` (no default given with :- or -).
    const unsetVars = [...words.join(' ').matchAll(/\$\{?(GOROOT|GOPATH|GOBIN)(?![A-Za-z0-9_])(?!:?[-=?+])/g)].map((m) => m[1]!).filter((n) => !st.vars.has(n));
    setPath(w, line, text, cond, entries, known, [...new Set(unsetVars)]);
    return;
  }
  let v: { value: string; known: boolean };
  if (opts.array) {
    const elems = await expandList(w, splitArray(raw).map((x) => ({ raw: x, line })));
    const all = opts.append ? [...(st.arrays.get(name) ?? []), ...(elems ?? [])] : elems ?? [];
    st.arrays.set(name, all);
    v = { value: (elems ?? []).join(' '), known: elems !== null };
  } else {
    st.arrays.delete(name);
    v = (await goEnvGoroot(st, raw)) ?? expandWord(raw, st, d, { assignment: true });
  }
  const prev = st.vars.get(name);
  const value = opts.append ? (prev?.value ?? '') + v.value : v.value;
  const exported = !!opts.exported || !!prev?.exported;
  st.vars.set(name, { value, known: v.known, exported, origin: origin(w, line, cond) });
  if (isGoVar(name) || name === 'ZDOTDIR' || name === 'BASH_ENV' || name === 'ENV') {
    record(w, line, text, cond, { kind: 'set', name, value, known: v.known, exported });
  }
}

/**
 * `$(go env GOROOT)` (fish: `(go env GOROOT)`) with GOROOT unset: the root of the go that PATH
 * finds at that point (cfg.go findGOROOT: the executable's ../..), read from the files, never run.
 */
async function goEnvGoroot(st: EvalState, raw: string): Promise<{ value: string; known: boolean } | null> {
  if (!/^"?\$?\(\s*go\s+env\s+GOROOT\s*(2>\s*\/dev\/null\s*)?\)"?$/.test(raw) || st.vars.has('GOROOT')) return null;
  const go = await findOnPath(st, 'go');
  const real = go ? await st.cache.host.realpath(go) : null;
  if (!real || !real.endsWith('/bin/go')) return null;
  const root = path.posix.dirname(path.posix.dirname(real));
  return (await st.cache.host.stat(`${root}/pkg/tool`))?.isDir || (await st.cache.host.stat(`${root}/src`))?.isDir ? { value: root, known: true } : null;
}

function splitArray(raw: string): string[] {
  const inner = raw.replace(/^\(|\)$/g, '');
  return parseSh(inner).flatMap((n) => (n.t === 'simple' ? [...n.assigns, ...n.words].map((x) => x.raw) : [])).flatMap(braceExpand);
}

/** zsh `dir(N)`: a glob qualifier that drops the word when nothing matches (NULL_GLOB). */
async function dropMissingQualified(st: EvalState, words: string[], d: Dialect): Promise<string[]> {
  const out: string[] = [];
  for (const w of words) {
    const m = /^(.*)\((N|-?\/N|N-?\/|-N)\)$/.exec(w);
    if (!m) { out.push(w); continue; }
    const v = expandWord(m[1]!, st, d);
    if (v.known && (await st.cache.host.stat(v.value))) out.push(m[1]!);
  }
  return out;
}

/** Replace PATH by entries where OLD_PATH stands for the previous entries (keeping their origins). */
function setPath(w: Walk, line: number, text: string, cond: Cond, entries: string[], known: boolean, unsetVars: string[] = []) {
  const st = w.state;
  const o = origin(w, line, cond);
  const before = st.path;
  const next: PathEntryState[] = [];
  const added: string[] = [];
  let sawOld = false;
  let addedBefore = false;
  for (const e of entries) {
    if (e.includes(OLD_PATH)) {
      sawOld = true;
      const [pre, post] = e.split(OLD_PATH) as [string, string];
      if (pre) { next.push({ dir: pre, origin: o }); added.push(pre); addedBefore = true; }
      next.push(...before);
      if (post) { next.push({ dir: post, origin: o }); added.push(post); }
      continue;
    }
    if (e === '' && entries.length > 1) continue;
    next.push({ dir: e, origin: o });
    added.push(e);
    if (!sawOld) addedBefore = true;
  }
  const op = !sawOld ? 'set' : addedBefore ? 'prepend' : 'append';
  st.path = st.uniquePath ? dedupe(next) : next;
  record(w, line, text, cond, { kind: 'path', name: 'PATH', op, dirs: added, value: added.join(':'), known, exported: true, ...(unsetVars.length ? { unsetVars } : {}) });
}

function dedupe(entries: PathEntryState[]): PathEntryState[] {
  const seen = new Set<string>();
  return entries.filter((e) => (seen.has(e.dir) ? false : (seen.add(e.dir), true)));
}

async function simpleCommand(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond): Promise<void> {
  const st = w.state;
  const d = dialectOf(w);
  const words = node.words.map((x) => x.raw);
  const cmd = words[0];
  // NAME=value with no command: a shell assignment.
  if (!cmd) {
    for (const a of node.assigns) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=(.*)$/s.exec(a.raw);
      if (m) await assign(w, node.line, node.text, cond, m[1]!, m[3]!, { append: m[2] === '+', array: m[3]!.startsWith('(') });
    }
    return;
  }
  // Prefix assignments (`FOO=1 cmd`) only affect that command.
  const vm = versionManagerIn(node.text);
  if (d === 'fish') return fishCommand(w, node, cond, words, vm);
  switch (cmd) {
    case 'export': case 'declare': case 'typeset': case 'readonly': case 'local': {
      const flags = words.slice(1).filter((x) => x.startsWith('-')).join('');
      if (cmd === 'local' || (cmd !== 'export' && flags.includes('f'))) return;
      if (cmd === 'typeset' && /U/.test(flags) && words.includes('path')) st.uniquePath = true;
      const exported = cmd === 'export' || flags.includes('x');
      for (const a of words.slice(1)) {
        if (a.startsWith('-')) continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=(.*)$/s.exec(a);
        if (m) await assign(w, node.line, node.text, cond, m[1]!, m[3]!, { exported, append: m[2] === '+', array: m[3]!.startsWith('(') });
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(a) && exported) {
          const prev = st.vars.get(a);
          if (prev) { st.vars.set(a, { ...prev, exported: true }); if (isGoVar(a)) record(w, node.line, node.text, cond, { kind: 'set', name: a, value: prev.value, known: prev.known, exported: true }); }
        }
      }
      return;
    }
    case 'unset': {
      for (const a of words.slice(1)) {
        if (a.startsWith('-')) continue;
        st.vars.delete(a);
        if (isGoVar(a)) record(w, node.line, node.text, cond, { kind: 'unset', name: a });
      }
      return;
    }
    case 'source': case '.':
      return sourceCommand(w, node, cond, words.slice(1), vm);
    case 'shopt': case 'setopt': case 'unsetopt': {
      // Options that change which files a glob loop reads.
      const on = cmd === 'setopt' || words.includes('-s');
      for (const o of words.slice(1).filter((x) => !x.startsWith('-'))) {
        const name = o.toLowerCase().replace(/_/g, '');
        const key = name === 'globstarshort' ? 'globstar' : name;
        if (on) st.shopts.add(key); else st.shopts.delete(key);
      }
      return;
    }
    case 'continue': case 'break':
      if (cond.text) { w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`; return; }
      throw new LoopCtl(cmd);
    case 'eval':
      if (vm) recordVersionManager(w, node.line, node.text, vm, cond);
      return await applyVersionManager(w, node, cond, vm);
    case 'return': case 'exit': {
      // Reached unconditionally here (an undecided condition would have marked cond).
      if (cond.text) {
        record(w, node.line, node.text, cond, { kind: 'guard' });
        w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`;
        return;
      }
      record(w, node.line, node.text, cond, { kind: 'guard' });
      throw new Stop(cmd === 'exit' ? 'exit' : 'return');
    }
  }
  if (isGoCommand(cmd, words)) return goEnvW(w, node, cond, words);
  if (vm) { recordVersionManager(w, node.line, node.text, vm, cond); return applyVersionManager(w, node, cond, vm); }
  if (await managerCommand(loaderFor(w, node, cond), words.map((x) => expandWord(x, st, d)))) return;
  // A function defined in the startup files: run its body with the arguments.
  const fn = st.functions.get(cmd);
  if (fn && w.stack.length < MAX_SOURCE_DEPTH) {
    const saved = st.positional;
    st.positional = words.slice(1).map((x) => expandWord(x, st, d).value);
    try { await walkList({ ...w, file: fn.file, stopLine: fn.file === w.file ? w.stopLine : Infinity, afterGuard: undefined, stack: [...w.stack, `${fn.file}#${cmd}`] }, fn.body, cond); }
    catch (e) { if (!(e instanceof Stop) || e.kind !== 'return') throw e; }
    finally { st.positional = saved; }
  }
}

function isGoCommand(cmd: string, words: string[]): boolean {
  return (cmd === 'go' || cmd.endsWith('/go')) && words[1] === 'env' && words.includes('-w');
}

function goEnvW(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond, words: string[]) {
  for (const a of words.slice(2)) {
    const v = expandWord(a, w.state, dialectOf(w));
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(v.value);
    if (m) record(w, node.line, node.text, cond, { kind: 'go-env-w', name: m[1]!, value: m[2]!, known: v.known });
  }
}

async function sourceCommand(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond, args: string[], vm: string | null) {
  const st = w.state;
  if (vm) recordVersionManager(w, node.line, node.text, vm, cond);
  const raw = args[0];
  if (!raw) return;
  const list = await expandList(w, [{ raw, line: node.line }]);
  if (list === null || list.length !== 1) {
    const loopVar = /^"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?$/.exec(raw)?.[1];
    const fromLoop = loopVar ? st.loopCandidates.get(loopVar) : undefined;
    const candidates = list ?? fromLoop ?? await candidateFiles(w, [raw]);
    record(w, node.line, node.text, cond, { kind: 'source', target: raw, followed: false, known: false, loader: fromLoop ? 'loop' : 'source', candidates, problem: list === null ? 'the file name depends on a command or unknown variable' : 'the file name matches several files' });
    return;
  }
  let target = list[0]!;
  if (target === '') {
    // `source "$1"` in a function run without arguments, `source "$UNSET"`: not the HOME directory.
    record(w, node.line, node.text, cond, { kind: 'source', target: raw, followed: false, known: false, loader: 'source', candidates: await candidateFiles(w, [raw]), problem: 'the file name is empty here (an unset variable or a missing argument)' });
    return;
  }
  if (!target.startsWith('/')) {
    // `. file` without a slash searches PATH in POSIX shells; startup files mean HOME-relative.
    target = path.posix.join(st.opts.home, target);
  }
  if (!st.opts.follow) {
    record(w, node.line, node.text, cond, { kind: 'source', target, followed: false, known: true, problem: 'not followed in a file-only scan' });
    return;
  }
  if (await managerEntryPoint(loaderFor(w, node, cond), target)) return;
  const saved = st.positional;
  st.positional = args.slice(1).map((x) => expandWord(x, st, dialectOf(w)).value);
  let res: Awaited<ReturnType<typeof runFile>>;
  try { res = await runFile(st, target, `sourced by ${w.file}:${node.line}${cond.text ? ` (if ${cond.text.slice(0, 80)})` : ''}`, w.stack); }
  finally { st.positional = saved; }
  const problem = res === 'missing' ? 'file does not exist' : res === 'unusable' ? 'not a readable regular file' : res === 'cycle' ? 'source loop: the file is already being read' : res === 'depth' ? `source depth limit ${MAX_SOURCE_DEPTH} reached` : undefined;
  if (res === 'cycle' || res === 'depth') st.notes.push(`${w.file}:${node.line}: ${problem} (${target})`);
  record(w, node.line, node.text, cond, { kind: 'source', target, followed: res === 'read', known: true, ...(problem ? { problem } : {}) });
}

/** What plugin-manager models need from the walk: source a file as this line would, or record what they could not load. */
function loaderFor(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond): Loader {
  const st = w.state;
  return {
    state: st,
    async source(target, loader) {
      const res = await runFile(st, target, `loaded by ${loader} from ${w.file}:${node.line}`, w.stack);
      record(w, node.line, node.text, cond, { kind: 'source', target, followed: res === 'read', known: true, loader, ...(res === 'missing' ? { problem: 'file does not exist' } : {}) });
    },
    unfollowed(loader, problem, candidates) {
      record(w, node.line, node.text, cond, { kind: 'source', target: candidates[0] ?? loader, followed: false, known: false, loader, problem, candidates });
    },
    glob: (pattern) => glob(st, pattern, 'zsh'),
  };
}

/** What version-manager activation does to PATH, modelled from each tool's documented output. */
async function applyVersionManager(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond, vm: string | null) {
  const st = w.state;
  const home = st.opts.home;
  if (/\bpath_helper\b/.test(node.text) && st.opts.pathHelper) {
    // path_helper(8): the /etc/paths(.d) directories first, then the rest of PATH in order.
    const helper = st.opts.pathHelper;
    const rest = st.path.filter((e) => !helper.some((h) => h.dir === e.dir));
    st.path = [...helper, ...rest];
    record(w, node.line, node.text, cond, { kind: 'path', name: 'PATH', op: 'prepend', dirs: helper.map((h) => h.dir), value: helper.map((h) => h.dir).join(':'), exported: true });
    return;
  }
  if (vm === 'goenv') {
    // `eval "$(goenv init -)"` prints nothing when goenv is not installed.
    const root = st.get('GOENV_ROOT') || `${home}/.goenv`;
    if (!(await findOnPath(st, 'goenv')) && !(await st.cache.host.isExecutable(`${root}/bin/goenv`))) return;
    setPath(w, node.line, node.text, cond, [`${root}/shims`, OLD_PATH], true);
  } else if (vm === 'mise' && !st.opts.interactive) {
    st.notes.push(`${w.file}:${node.line}: mise activate updates PATH from the prompt hook; non-interactive shells need \`mise activate --shims\``);
  }
}

/** fish: set, fish_add_path, source, go env -w, version managers. */
async function fishCommand(w: Walk, node: Extract<ShNode, { t: 'simple' }>, cond: Cond, words: string[], vm: string | null) {
  const st = w.state;
  const cmd = words[0]!;
  if (cmd === 'set') {
    const flags: string[] = [];
    let i = 1;
    for (; i < words.length && words[i]!.startsWith('-'); i++) flags.push(words[i]!);
    const f = flags.join(' ');
    const has = (s: string, l: string) => new RegExp(`(^| )-[a-zA-Z]*${s}|--${l}\\b`).test(f);
    const name = words[i];
    if (!name || has('q', 'query') || has('n', 'names') || has('S', 'show')) return;
    const scope = has('U', 'universal') ? 'universal' : has('g', 'global') ? 'global' : has('l', 'local') ? 'local' : has('f', 'function') ? 'function' : undefined;
    const values = words.slice(i + 1);
    const exported = has('x', 'export') || (!has('u', 'unexport') && !!st.vars.get(name)?.exported);
    if (has('e', 'erase')) {
      st.vars.delete(name);
      if (isGoVar(name)) record(w, node.line, node.text, cond, { kind: 'unset', name, ...(scope ? { scope } : {}) });
      return;
    }
    if (scope === 'local' || scope === 'function') return;
    if (name === 'PATH' || name === 'fish_user_paths') {
      const entries = values.map((v) => (v === '$PATH' || v === '"$PATH"' || v === '$fish_user_paths' ? OLD_PATH : expandWord(v, st, 'fish', { pathVar: true }).value));
      const known = values.every((v) => expandWord(v, st, 'fish').known);
      let list = entries.flatMap((e) => (e === OLD_PATH ? [e] : e.split(':')));
      if (has('a', 'append')) list = [OLD_PATH, ...list];
      else if (has('p', 'prepend')) list = [...list, OLD_PATH];
      else if (name === 'fish_user_paths' && !list.includes(OLD_PATH)) list = [...list, OLD_PATH];
      setPath(w, node.line, node.text, cond, list, known);
      if (scope === 'universal') record(w, node.line, node.text, cond, { kind: 'universal', name, value: values.join(' '), scope });
      return;
    }
    const v = await Promise.all(values.map(async (x) => (await goEnvGoroot(st, x)) ?? expandWord(x, st, 'fish')));
    // fish treats a variable whose name ends in PATH as a path variable: exported joined by ':'.
    const value = v.map((x) => x.value).join(name.endsWith('PATH') ? ':' : ' ');
    const known = v.every((x) => x.known);
    st.vars.set(name, { value, known, exported, origin: origin(w, node.line, cond) });
    if (isGoVar(name)) record(w, node.line, node.text, cond, { kind: scope === 'universal' ? 'universal' : 'set', name, value, known, exported, ...(scope ? { scope } : { scope: 'default' }) });
    return;
  }
  if (cmd === 'fish_add_path') {
    const flags = words.slice(1).filter((x) => x.startsWith('-'));
    const dirs: string[] = [];
    for (const x of words.slice(1).filter((y) => !y.startsWith('-'))) {
      const v = expandWord(x, st, 'fish');
      // fish_add_path skips directories that do not exist and ones already present
      // (share/functions/fish_add_path.fish).
      const s = await st.cache.host.stat(v.value);
      if (s?.isDir && !st.path.some((e) => e.dir === v.value)) dirs.push(v.value);
    }
    const append = flags.some((f) => f === '-a' || f === '--append');
    record(w, node.line, node.text, cond, { kind: 'path', name: 'PATH', op: append ? 'append' : 'prepend', dirs, value: dirs.join(':'), known: true, exported: true, scope: flags.some((f) => f === '-P' || f === '--path') ? 'path' : flags.some((f) => f === '-g' || f === '--global') ? 'global' : 'universal' });
    if (dirs.length) {
      const o = origin(w, node.line, cond);
      const entries = dirs.map((dir) => ({ dir, origin: o }));
      st.path = append ? [...st.path, ...entries] : [...entries, ...st.path];
    }
    return;
  }
  if (cmd === 'source' || cmd === '.') return sourceCommand(w, node, cond, words.slice(1), vm);
  if (isGoCommand(cmd, words)) return goEnvW(w, node, cond, words);
  if (vm) { recordVersionManager(w, node.line, node.text, vm, cond); return applyVersionManager(w, node, cond, vm); }
  if (cmd === 'return' || cmd === 'exit') {
    record(w, node.line, node.text, cond, { kind: 'guard' });
    if (!cond.text) throw new Stop(cmd === 'exit' ? 'exit' : 'return');
    w.afterGuard ??= `no ${cmd} at line ${node.line} (${cond.text.slice(0, 80)})`;
    return;
  }
  let fn = st.functions.get(cmd);
  if (!fn && /^[\w-]+$/.test(cmd)) {
    // fish autoloads a function from functions/NAME.fish the first time NAME runs.
    const file = `${st.get('XDG_CONFIG_HOME') || `${st.opts.home}/.config`}/fish/functions/${cmd}.fish`;
    if ((await runFile(st, file, `fish autoloads ${cmd} from functions/ (called at ${w.file}:${node.line})`, w.stack)) === 'read') fn = st.functions.get(cmd);
  }
  if (fn && w.stack.length < MAX_SOURCE_DEPTH) {
    const saved = st.vars.get('argv');
    st.vars.set('argv', { value: words.slice(1).map((x) => expandWord(x, st, 'fish').value).join(' '), known: true, exported: false, origin: null });
    try { await walkList({ ...w, file: fn.file, stopLine: fn.file === w.file ? w.stopLine : Infinity, afterGuard: undefined, stack: [...w.stack, `${fn.file}#${cmd}`] }, fn.body, cond); }
    catch (e) { if (!(e instanceof Stop) || e.kind !== 'return') throw e; }
    finally { if (saved) st.vars.set('argv', saved); else st.vars.delete('argv'); }
  }
}
