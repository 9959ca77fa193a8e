// A structural reader for POSIX sh, bash and zsh startup files: enough grammar to see
// commands, assignments, `if`/`case`/`&&` conditions, loops and functions with line numbers.
// Syntax *validation* is mvdan/sh's job (collectors/shell/sh-validate.ts); this reader is lenient on purpose so a
// file the real shell would partly execute still yields what it sets before the error.

export interface Word {
  raw: string;
  line: number;
}

export type ShNode =
  | { t: 'simple'; line: number; endLine: number; assigns: Word[]; words: Word[]; text: string }
  | { t: 'if'; line: number; clauses: { cond: ShNode[]; body: ShNode[] }[]; elseBody: ShNode[] | null }
  | { t: 'loop'; line: number; kind: 'for' | 'while' | 'until' | 'select'; varName?: string; items?: Word[]; cond?: ShNode[]; body: ShNode[] }
  | { t: 'case'; line: number; word: Word; arms: { patterns: string[]; body: ShNode[] }[] }
  | { t: 'group'; line: number; body: ShNode[]; subshell: boolean }
  | { t: 'func'; line: number; name: string; body: ShNode[] }
  | { t: 'andor'; line: number; parts: ShNode[]; ops: ('&&' | '||')[] }
  | { t: 'pipe'; line: number; parts: ShNode[]; negated: boolean };

interface Token {
  kind: 'word' | 'op' | 'nl';
  value: string;
  line: number;
  endLine: number;
}

const OPS = ['&&', '||', ';;', ';&', ';;&', '|&', '|', '&', ';', '(', ')'];
const RESERVED_END = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/** Split source into shell tokens, honouring quotes, expansions, comments and here-documents. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const pendingHeredocs: { delim: string; strip: boolean }[] = [];

  // A backslash and the character it escapes; an escaped newline (line continuation) still ends a line.
  const skipEscaped = () => {
    if (src[i + 1] === '\n') line++;
    i += 2;
  };
  const skipBalanced = (open: string, close: string) => {
    // i points just past `open`; consume to the matching `close`, respecting quotes.
    let depth = 1;
    while (i < n && depth > 0) {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c === '\\') { skipEscaped(); continue; }
      if (c === "'" && open !== '{') { skipSingle(); continue; }
      if (c === '"') { i++; skipDouble(); continue; }
      if (c === '`') { i++; skipBacktick(); continue; }
      if (c === open) depth++;
      else if (c === close) depth--;
      i++;
    }
  };
  const skipSingle = () => {
    i++;
    while (i < n && src[i] !== "'") { if (src[i] === '\n') line++; i++; }
    i++;
  };
  const skipDouble = () => {
    while (i < n && src[i] !== '"') {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c === '\\') { skipEscaped(); continue; }
      if (c === '$' && src[i + 1] === '(') { i += 2; skipBalanced('(', ')'); continue; }
      if (c === '$' && src[i + 1] === '{') { i += 2; skipBalanced('{', '}'); continue; }
      if (c === '`') { i++; skipBacktick(); continue; }
      i++;
    }
    i++;
  };
  const skipBacktick = () => {
    while (i < n && src[i] !== '`') {
      if (src[i] === '\\') { skipEscaped(); continue; }
      if (src[i] === '\n') line++;
      i++;
    }
    i++;
  };
  const readHeredocBodies = () => {
    // i is just past a newline; each pending here-doc body runs to its delimiter line.
    for (const h of pendingHeredocs) {
      while (i < n) {
        const eol = src.indexOf('\n', i);
        const end = eol === -1 ? n : eol;
        let text = src.slice(i, end);
        if (h.strip) text = text.replace(/^\t+/, '');
        i = eol === -1 ? n : eol + 1;
        line++;
        if (text === h.delim) break;
      }
    }
    pendingHeredocs.length = 0;
  };

  while (i < n) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '\n') {
      out.push({ kind: 'nl', value: '\n', line, endLine: line });
      i++;
      line++;
      if (pendingHeredocs.length) readHeredocBodies();
      continue;
    }
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    // Here-document operator: remember the delimiter, the body starts after the next newline.
    if (c === '<' && src[i + 1] === '<' && src[i + 2] !== '<') {
      i += 2;
      let strip = false;
      if (src[i] === '-') { strip = true; i++; }
      while (src[i] === ' ' || src[i] === '\t') i++;
      const start = i;
      while (i < n && !/[\s;&|<>()]/.test(src[i]!)) {
        if (src[i] === "'" ) { skipSingle(); continue; }
        if (src[i] === '"') { i++; skipDouble(); continue; }
        i++;
      }
      const delim = src.slice(start, i).replace(/['"\\]/g, '');
      if (delim) pendingHeredocs.push({ delim, strip });
      continue;
    }
    // `&>file` / `&>>file` redirect stdout and stderr: a word, not the & operator.
    const op = src.startsWith('&>', i) ? undefined : OPS.find((o) => src.startsWith(o, i));
    if (op && !(op === '(' && out.length && out[out.length - 1]!.kind === 'word' && out[out.length - 1]!.value.endsWith('='))) {
      // `<(`/`>(` process substitution and other redirections are part of words below.
      out.push({ kind: 'op', value: op, line, endLine: line });
      i += op.length;
      continue;
    }
    // A word: runs until unquoted blank or operator.
    const start = i;
    const startLine = line;
    while (i < n) {
      const d = src[i]!;
      if (d === ' ' || d === '\t' || d === '\n' || d === '\r') break;
      if (d === ';' || d === '&' || d === '|') break;
      if (d === ')' ) break;
      if (d === '(') {
        // name=( array ), $( ... ), <( ... ), >( ... ), extglob @( ... ), zsh (N) qualifiers
        const prev = src[i - 1];
        if (i > start && (prev === '=' || prev === '$' || prev === '<' || prev === '>' || prev === '@' || prev === '!' || prev === '+' || prev === '*' || prev === '?')) {
          i++;
          skipBalanced('(', ')');
          continue;
        }
        if (i > start) { i++; skipBalanced('(', ')'); continue; }
        break;
      }
      if (d === '\\') { skipEscaped(); continue; }
      if (d === "'") { skipSingle(); continue; }
      if (d === '"') { i++; skipDouble(); continue; }
      if (d === '`') { i++; skipBacktick(); continue; }
      if (d === '$' && src[i + 1] === '(') { i += 2; skipBalanced('(', ')'); continue; }
      if (d === '$' && src[i + 1] === '{') { i += 2; skipBalanced('{', '}'); continue; }
      if (d === '$' && src[i + 1] === "'") { i++; skipSingle(); continue; }
      if (d === '<' || d === '>') {
        if (src[i + 1] === '(') { i += 2; skipBalanced('(', ')'); continue; }
        // `2>&1`, `>&2`, `<&0`: the & belongs to the redirection.
        i += src[i + 1] === '&' ? 2 : 1;
        continue;
      }
      i++;
    }
    if (i === start) { i++; continue; }
    out.push({ kind: 'word', value: src.slice(start, i), line: startLine, endLine: line });
  }
  return out;
}

/** Parse tokens into a small command tree. Never throws: unknown shapes become simple commands. */
export function parseSh(src: string): ShNode[] {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isWord = (v: string) => toks[p]?.kind === 'word' && toks[p]!.value === v;
  const skipNewlines = () => { while (toks[p] && (toks[p]!.kind === 'nl' || (toks[p]!.kind === 'op' && toks[p]!.value === ';'))) p++; };

  function list(stop: (t: Token) => boolean): ShNode[] {
    const nodes: ShNode[] = [];
    let guard = 0;
    for (;;) {
      skipNewlines();
      const t = peek();
      if (!t || stop(t)) break;
      const before = p;
      const node = andOr(stop);
      if (node) nodes.push(node);
      const s = peek();
      if (s && s.kind === 'op' && (s.value === '&' || s.value === ';')) p++;
      if (p === before) { p++; if (++guard > 10_000) break; }
    }
    return nodes;
  }

  function andOr(stop: (t: Token) => boolean): ShNode | null {
    const first = pipeline(stop);
    if (!first) return null;
    const parts = [first];
    const ops: ('&&' | '||')[] = [];
    while (peek()?.kind === 'op' && (peek()!.value === '&&' || peek()!.value === '||')) {
      ops.push(peek()!.value as '&&' | '||');
      p++;
      while (peek()?.kind === 'nl') p++;
      const next = pipeline(stop);
      if (!next) break;
      parts.push(next);
    }
    return parts.length === 1 ? first : { t: 'andor', line: first.line, parts, ops };
  }

  function pipeline(stop: (t: Token) => boolean): ShNode | null {
    let negated = false;
    if (isWord('!')) { negated = true; p++; }
    const first = command(stop);
    if (!first) return null;
    const parts = [first];
    while (peek()?.kind === 'op' && (peek()!.value === '|' || peek()!.value === '|&')) {
      p++;
      while (peek()?.kind === 'nl') p++;
      const next = command(stop);
      if (!next) break;
      parts.push(next);
    }
    return parts.length === 1 && !negated ? first : { t: 'pipe', line: first.line, parts, negated };
  }

  const untilWord = (...words: string[]) => (t: Token) => t.kind === 'word' && words.includes(t.value);
  const expectWord = (v: string) => { if (isWord(v)) p++; };
  /** Arguments after an anonymous function's body (`() { … } a b`). */
  const skipArgs = () => { while (peek()?.kind === 'word' && !RESERVED_END.has(peek()!.value)) p++; };
  const skipRedirects = () => {
    while (peek()?.kind === 'word' && /^(\d*[<>]|&>)/.test(peek()!.value)) p++;
  };

  function command(stop: (t: Token) => boolean): ShNode | null {
    const t = peek();
    if (!t || stop(t)) return null;
    if (t.kind === 'op' && t.value === '(' && toks[p + 1]?.kind === 'op' && toks[p + 1]!.value === ')') {
      // zsh anonymous function `() { … }`: runs at once, with its own positional parameters.
      p += 2;
      while (peek()?.kind === 'nl') p++;
      const body = command(stop);
      skipArgs();
      return { t: 'group', line: t.line, body: body ? [body] : [], subshell: false };
    }
    if (t.kind === 'op' && t.value === '(') {
      p++;
      const body = list((x) => x.kind === 'op' && x.value === ')');
      p++;
      skipRedirects();
      return { t: 'group', line: t.line, body, subshell: true };
    }
    if (t.kind === 'op') return null;
    if (t.kind !== 'word') return null;
    switch (t.value) {
      case 'if': {
        p++;
        const clauses: { cond: ShNode[]; body: ShNode[] }[] = [];
        let elseBody: ShNode[] | null = null;
        let cond = list(untilWord('then'));
        expectWord('then');
        let body = list(untilWord('elif', 'else', 'fi'));
        clauses.push({ cond, body });
        while (isWord('elif')) {
          p++;
          cond = list(untilWord('then'));
          expectWord('then');
          body = list(untilWord('elif', 'else', 'fi'));
          clauses.push({ cond, body });
        }
        if (isWord('else')) { p++; elseBody = list(untilWord('fi')); }
        expectWord('fi');
        skipRedirects();
        return { t: 'if', line: t.line, clauses, elseBody };
      }
      case 'while':
      case 'until': {
        p++;
        const cond = list(untilWord('do'));
        expectWord('do');
        const body = list(untilWord('done'));
        expectWord('done');
        skipRedirects();
        return { t: 'loop', line: t.line, kind: t.value, cond, body };
      }
      case 'for':
      case 'select': {
        p++;
        if (peek()?.kind === 'op' && peek()!.value === '(') {
          // for (( i=0; ... )) — arithmetic loop: skip the header.
          while (peek() && !isWord('do') && !isWord('{')) p++;
          const brace = isWord('{');
          p++;
          const body = list(untilWord(brace ? '}' : 'done'));
          p++;
          return { t: 'loop', line: t.line, kind: t.value, body };
        }
        const varName = peek()?.value ?? '';
        p++;
        while (peek()?.kind === 'nl') p++;
        const items: Word[] = [];
        // zsh: `for x (words) …` — the list in parentheses, then a body or one command.
        const zshList = peek()?.kind === 'op' && peek()!.value === '(';
        if (zshList) {
          p++;
          while (peek() && !(peek()!.kind === 'op' && peek()!.value === ')')) { if (peek()!.kind === 'word') items.push({ raw: peek()!.value, line: peek()!.line }); p++; }
          p++;
        } else if (isWord('in')) {
          p++;
          while (peek() && peek()!.kind === 'word' && !isWord('do')) { items.push({ raw: peek()!.value, line: peek()!.line }); p++; }
        }
        skipNewlines();
        let body: ShNode[];
        if (isWord('{')) { p++; body = list(untilWord('}')); expectWord('}'); }
        else if (zshList && !isWord('do')) { const one = andOr(stop); body = one ? [one] : []; }
        else { expectWord('do'); body = list(untilWord('done')); expectWord('done'); }
        skipRedirects();
        return { t: 'loop', line: t.line, kind: t.value, varName, items, body };
      }
      case 'foreach': {
        // zsh: `foreach x (words) … end`
        p++;
        const varName = peek()?.value ?? '';
        p++;
        const items: Word[] = [];
        if (peek()?.kind === 'op' && peek()!.value === '(') {
          p++;
          while (peek() && !(peek()!.kind === 'op' && peek()!.value === ')')) { if (peek()!.kind === 'word') items.push({ raw: peek()!.value, line: peek()!.line }); p++; }
          p++;
        }
        const body = list(untilWord('end'));
        expectWord('end');
        return { t: 'loop', line: t.line, kind: 'for', varName, items, body };
      }
      case 'case': {
        p++;
        const word = { raw: peek()?.value ?? '', line: peek()?.line ?? t.line };
        p++;
        while (peek()?.kind === 'nl') p++;
        expectWord('in');
        const arms: { patterns: string[]; body: ShNode[] }[] = [];
        for (let g = 0; g < 10_000; g++) {
          skipNewlines();
          if (!peek() || isWord('esac')) break;
          if (peek()!.kind === 'op' && peek()!.value === '(') p++;
          const patterns: string[] = [];
          while (peek() && !(peek()!.kind === 'op' && peek()!.value === ')')) {
            if (peek()!.kind === 'word') patterns.push(peek()!.value);
            p++;
          }
          p++;
          const body = list((x) => (x.kind === 'op' && (x.value === ';;' || x.value === ';&' || x.value === ';;&')) || (x.kind === 'word' && x.value === 'esac'));
          if (peek()?.kind === 'op') p++;
          arms.push({ patterns, body });
        }
        expectWord('esac');
        skipRedirects();
        return { t: 'case', line: t.line, word, arms };
      }
      case '{': {
        p++;
        const body = list(untilWord('}'));
        expectWord('}');
        skipRedirects();
        return { t: 'group', line: t.line, body, subshell: false };
      }
      case 'function': {
        p++;
        // zsh anonymous function `function { … }` / `function () { … }`: runs at once.
        if (isWord('{') || (peek()?.kind === 'op' && peek()!.value === '(' && toks[p + 1]?.value === ')')) {
          if (!isWord('{')) p += 2;
          while (peek()?.kind === 'nl') p++;
          const body = command(stop);
          skipArgs();
          return { t: 'group', line: t.line, body: body ? [body] : [], subshell: false };
        }
        const name = peek()?.value ?? '';
        p++;
        if (peek()?.kind === 'op' && peek()!.value === '(') { p++; if (peek()?.kind === 'op' && peek()!.value === ')') p++; }
        while (peek()?.kind === 'nl') p++;
        const body = command(stop);
        return { t: 'func', line: t.line, name: name.replace(/\(\)$/, ''), body: body ? [body] : [] };
      }
    }
    if (RESERVED_END.has(t.value)) return null;
    // name() compound — a function definition.
    const next = toks[p + 1];
    if (next?.kind === 'op' && next.value === '(' && toks[p + 2]?.kind === 'op' && toks[p + 2]!.value === ')' && /^[\w.:@+-]+$/.test(t.value)) {
      p += 3;
      while (peek()?.kind === 'nl') p++;
      const body = command(stop);
      return { t: 'func', line: t.line, name: t.value, body: body ? [body] : [] };
    }
    // name(){ with no space: the tokenizer keeps the brace in the word; split it off as the body group.
    if (/^[\w.:@+-]+\(\)\{$/.test(t.value)) {
      toks.splice(p + 1, 0, { kind: 'word', value: '{', line: t.line, endLine: t.line });
      t.value = t.value.slice(0, -1);
    }
    if (/^[\w.:@+-]+\(\)$/.test(t.value)) {
      p++;
      while (peek()?.kind === 'nl') p++;
      const body = command(stop);
      return { t: 'func', line: t.line, name: t.value.slice(0, -2), body: body ? [body] : [] };
    }
    return simple(stop);
  }

  function simple(stop: (t: Token) => boolean): ShNode {
    const first = peek()!;
    const assigns: Word[] = [];
    const words: Word[] = [];
    let endLine = first.line;
    // `[[ … ]]` and `(( … ))` may contain && and || that are not list operators.
    const isTest = first.value === '[[';
    while (peek() && peek()!.kind === 'word') {
      const t = peek()!;
      if (words.length === 0 && stop(t) && assigns.length === 0) break;
      if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(t.value)) assigns.push({ raw: t.value, line: t.line });
      else words.push({ raw: t.value, line: t.line });
      endLine = t.endLine;
      p++;
      if (isTest && t.value === ']]') break;
      if (isTest && peek()?.kind === 'op' && (peek()!.value === '&&' || peek()!.value === '||' || peek()!.value === '(' || peek()!.value === ')')) {
        words.push({ raw: peek()!.value, line: peek()!.line });
        p++;
      }
    }
    const text = [...assigns, ...words].map((w) => w.raw).join(' ');
    return { t: 'simple', line: first.line, endLine, assigns, words, text };
  }

  return list(() => false);
}
