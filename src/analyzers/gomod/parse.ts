// A go.mod / go.work reader following golang.org/x/mod/modfile's grammar (read.go, rule.go):
// line-oriented `verb args` statements and `verb ( ... )` blocks, `//` comments, quoted and
// raw strings. It never throws: syntax problems become errors with positions.
import { compareSemver } from '../../knowledge/semver.js';

export interface Pos {
  line: number; // 1-based
  column: number; // 1-based
}

export interface Directive extends Pos {
  verb: string;
  args: string[];
  /** Trailing `//` comment text (without the slashes), e.g. "indirect". */
  comment: string;
  /** True when it sits inside a `verb ( ... )` block. */
  inBlock: boolean;
}

export interface Requirement extends Pos { path: string; version: string; indirect: boolean }
export interface Replacement extends Pos { from: string; fromVersion: string | null; to: string; toVersion: string | null; local: boolean }
export interface Located<T> extends Pos { value: T }
/** `retract v1.2.3` or `retract [low, high]` (value as written), with its trailing comment as rationale. */
export interface Retraction extends Located<string> { low: string; high: string; rationale: string }

export interface ModFile {
  kind: 'go.mod' | 'go.work';
  module: Located<string> | null;
  go: Located<string> | null;
  toolchain: Located<string> | null;
  godebug: Located<{ key: string; value: string }>[];
  requires: Requirement[];
  excludes: Requirement[];
  replaces: Replacement[];
  retracts: Retraction[];
  tools: Located<string>[];
  uses: Located<string>[]; // go.work
  ignores: Located<string>[];
  directives: Directive[];
  errors: Array<Pos & { message: string }>;
}

const MOD_VERBS = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);
const WORK_VERBS = new Set(['go', 'toolchain', 'godebug', 'use', 'replace']);

interface Token extends Pos { text: string; kind: 'word' | 'string' | 'lparen' | 'rparen' | 'comment' | 'arrow' | 'comma' | 'lbrack' | 'rbrack' }

const WORD_RUN = /[^ \t\r()[\],"`\/=]+/y;

/** Split one physical line into tokens; returns an error message on bad quoting. */
function tokenize(line: string, lineNo: number): { tokens: Token[]; error?: Pos & { message: string } } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    const column = i + 1;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '/' && line[i + 1] === '/') {
      tokens.push({ kind: 'comment', text: line.slice(i + 2).trim(), line: lineNo, column });
      break;
    }
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      const kind = ({ '(': 'lparen', ')': 'rparen', '[': 'lbrack', ']': 'rbrack', ',': 'comma' } as const)[c];
      tokens.push({ kind, text: c, line: lineNo, column });
      i++;
      continue;
    }
    if (c === '=' && line[i + 1] === '>') {
      tokens.push({ kind: 'arrow', text: '=>', line: lineNo, column });
      i += 2;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let out = '';
      while (j < line.length && line[j] !== '"') {
        if (line[j] === '\\' && j + 1 < line.length) { out += line[j + 1]; j += 2; continue; }
        out += line[j];
        j++;
      }
      if (j >= line.length) return { tokens, error: { line: lineNo, column, message: 'unterminated quoted string' } };
      tokens.push({ kind: 'string', text: out, line: lineNo, column });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = line.indexOf('`', i + 1);
      if (j < 0) return { tokens, error: { line: lineNo, column, message: 'unterminated raw string' } };
      tokens.push({ kind: 'string', text: line.slice(i + 1, j), line: lineNo, column });
      i = j + 1;
      continue;
    }
    // A word ends at a blank, bracket, comma, quote, `//` or `=>`; a lone `/` or `=` belongs to it.
    let j = i;
    for (;;) {
      WORD_RUN.lastIndex = j;
      if (WORD_RUN.test(line)) j = WORD_RUN.lastIndex;
      const ch = line[j];
      if ((ch === '/' || ch === '=') && line[j + 1] !== (ch === '/' ? '/' : '>')) j++;
      else break;
    }
    tokens.push({ kind: 'word', text: line.slice(i, j), line: lineNo, column });
    i = j;
  }
  return { tokens };
}

export function parseModFile(text: string, kind: 'go.mod' | 'go.work' = 'go.mod'): ModFile {
  const mf: ModFile = {
    kind, module: null, go: null, toolchain: null, godebug: [], requires: [], excludes: [], replaces: [],
    retracts: [], tools: [], uses: [], ignores: [], directives: [], errors: [],
  };
  const verbs = kind === 'go.work' ? WORK_VERBS : MOD_VERBS;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let block: { verb: string; line: number } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const { tokens, error } = tokenize(lines[n]!, lineNo);
    if (error) { mf.errors.push(error); continue; }
    const comment = tokens.at(-1)?.kind === 'comment' ? tokens.pop()!.text : '';
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens[0]!.kind === 'rparen') {
        if (tokens.length > 1) mf.errors.push({ line: lineNo, column: tokens[1]!.column, message: 'unexpected text after )' });
        block = null;
        continue;
      }
      addDirective(mf, block.verb, tokens, comment, true);
      continue;
    }
    const head = tokens[0]!;
    if (head.kind !== 'word') {
      mf.errors.push({ line: lineNo, column: head.column, message: `unexpected ${JSON.stringify(head.text)}` });
      continue;
    }
    if (!verbs.has(head.text)) {
      mf.errors.push({ line: lineNo, column: head.column, message: `unknown directive: ${head.text}` });
      continue;
    }
    if (tokens.length === 2 && tokens[1]!.kind === 'lparen') {
      block = { verb: head.text, line: lineNo };
      continue;
    }
    addDirective(mf, head.text, tokens.slice(1), comment, false, head);
  }
  if (block) mf.errors.push({ line: block.line, column: 1, message: `${block.verb} block is not closed` });
  return mf;
}

function addDirective(mf: ModFile, verb: string, args: Token[], comment: string, inBlock: boolean, head?: Token) {
  const first = head ?? args[0];
  if (!first) return;
  const at: Pos = { line: first.line, column: first.column };
  const words = args.map((t) => t.text);
  mf.directives.push({ verb, args: words, comment, inBlock, ...at });
  const bad = (message: string) => mf.errors.push({ ...at, message: `${verb}: ${message}` });
  const argAt = (i: number): Pos => (args[i] ? { line: args[i]!.line, column: args[i]!.column } : at);
  switch (verb) {
    case 'module':
      if (words.length !== 1) return bad('usage: module module/path');
      mf.module = { value: words[0]!, ...argAt(0) };
      return;
    case 'go':
    case 'toolchain':
      if (words.length !== 1) return bad(`usage: ${verb} ${verb === 'go' ? '1.23' : 'go1.23.0'}`);
      if (verb === 'go') {
        if (!/^[1-9][0-9]*\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/.test(words[0]!)) bad(`invalid go version '${words[0]}': must match format 1.23.0`);
        mf.go = { value: words[0]!, ...argAt(0) };
      } else {
        // modfile.ToolchainRE
        if (!/^default$|^go1($|\.)/.test(words[0]!)) bad(`invalid toolchain version '${words[0]}': must match format go1.23.0 or default`);
        mf.toolchain = { value: words[0]!, ...argAt(0) };
      }
      return;
    case 'godebug': {
      const kv = words.join('');
      const eq = kv.indexOf('=');
      if (words.length !== 1 || eq <= 0) return bad('usage: godebug key=value');
      mf.godebug.push({ value: { key: kv.slice(0, eq), value: kv.slice(eq + 1) }, ...at });
      return;
    }
    case 'require':
    case 'exclude': {
      if (words.length !== 2) return bad(`usage: ${verb} module/path v1.2.3`);
      const req = { path: words[0]!, version: words[1]!, indirect: /(^|;)\s*indirect\s*(;|$)/.test(comment), ...argAt(0) };
      (verb === 'require' ? mf.requires : mf.excludes).push(req);
      return;
    }
    case 'replace': {
      const arrow = args.findIndex((t) => t.kind === 'arrow');
      if (arrow !== 1 && arrow !== 2) return bad('usage: replace module/path [v1.2.3] => other/module v1.4 | ./local/dir');
      const left = words.slice(0, arrow);
      const right = words.slice(arrow + 1);
      if (right.length < 1 || right.length > 2) return bad('usage: replace module/path [v1.2.3] => other/module v1.4 | ./local/dir');
      const to = right[0]!;
      const local = isLocalPath(to);
      if (!local && right.length !== 2) bad(`replacement module without version must be directory path (rooted or starting with ./ or ../)`);
      mf.replaces.push({ from: left[0]!, fromVersion: left[1] ?? null, to, toVersion: right[1] ?? null, local, ...argAt(0) });
      return;
    }
    case 'retract': {
      const body = args.filter((t) => t.kind === 'word' || t.kind === 'string').map((t) => t.text);
      if (body.length === 0) return bad('usage: retract v1.2.3 or retract [v1.0.0, v1.1.0]');
      mf.retracts.push({ value: body.length === 1 ? body[0]! : `[${body.join(', ')}]`, low: body[0]!, high: body.at(-1)!, rationale: comment, ...at });
      return;
    }
    case 'tool':
    case 'use':
    case 'ignore':
      if (words.length !== 1) return bad(`usage: ${verb} ${verb === 'tool' ? 'module/path/cmd' : 'path'}`);
      (verb === 'tool' ? mf.tools : verb === 'use' ? mf.uses : mf.ignores).push({ value: words[0]!, ...argAt(0) });
      return;
  }
}

/** modfile.IsDirectoryPath: rooted or ./ ../ (also Windows drive and backslash forms). */
export function isLocalPath(p: string): boolean {
  return p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../') || p.startsWith('/') ||
    p.startsWith('.\\') || p.startsWith('..\\') || /^[A-Za-z]:[\\/]/.test(p);
}

/** The retraction of a module's go.mod that covers version (x/mod/modfile: Low <= version <= High), if any. */
export function retractionOf(retracts: readonly Retraction[], version: string): Retraction | null {
  return retracts.find((r) => compareSemver(r.low, version) <= 0 && compareSemver(version, r.high) <= 0) ?? null;
}
