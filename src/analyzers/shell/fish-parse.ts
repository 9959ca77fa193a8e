// A small fish reader (fish has no library parser we can use): commands, `and`/`or`,
// if/else if/else, for/while, switch, begin and function blocks, with line numbers.
// Output uses the same tree as sh-parse.ts so one evaluator serves every shell.
import type { ShNode, Word } from './sh-parse.js';

interface Tok { kind: 'word' | 'sep' | 'op'; value: string; line: number }

export function tokenizeFish(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;
  const skipParen = () => {
    let depth = 1;
    i++;
    while (i < n && depth > 0) {
      const c = src[i]!;
      if (c === '\n') line++;
      if (c === '\\') { i += 2; continue; }
      if (c === "'") { skipQuote("'"); continue; }
      if (c === '"') { skipQuote('"'); continue; }
      if (c === '(') depth++;
      else if (c === ')') depth--;
      i++;
    }
  };
  const skipQuote = (q: string) => {
    i++;
    while (i < n && src[i] !== q) {
      if (src[i] === '\n') line++;
      if (src[i] === '\\') i++;
      else if (q === '"' && src[i] === '$' && src[i + 1] === '(') { i++; skipParen(); continue; }
      i++;
    }
    i++;
  };
  while (i < n) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; line++; continue; }
    if (c === '\n' || c === ';') { out.push({ kind: 'sep', value: c, line }); if (c === '\n') line++; i++; continue; }
    if (c === '#') { while (i < n && src[i] !== '\n') i++; continue; }
    if (src.startsWith('&&', i) || src.startsWith('||', i)) { out.push({ kind: 'op', value: src.slice(i, i + 2), line }); i += 2; continue; }
    if (c === '|' || (c === '&' && src[i + 1] !== '>')) { out.push({ kind: 'op', value: c, line }); i++; continue; }
    const start = i;
    const startLine = line;
    while (i < n) {
      const d = src[i]!;
      if (d === ' ' || d === '\t' || d === '\n' || d === '\r' || d === ';' || d === '|') break;
      if (d === '&' && src[i + 1] === '&') break;
      if (d === '\\') { if (src[i + 1] === '\n') line++; i += 2; continue; }
      if (d === "'" || d === '"') { skipQuote(d); continue; }
      if (d === '(') { skipParen(); continue; }
      i++;
    }
    if (i === start) { i++; continue; }
    out.push({ kind: 'word', value: src.slice(start, i), line: startLine });
  }
  return out;
}

const BLOCK_END = new Set(['end', 'else', 'case']);

export function parseFish(src: string): ShNode[] {
  const toks = tokenizeFish(src);
  let p = 0;

  /** Words of one command up to a separator or operator. */
  function words(): Word[] {
    const ws: Word[] = [];
    while (toks[p] && toks[p]!.kind === 'word') { ws.push({ raw: toks[p]!.value, line: toks[p]!.line }); p++; }
    return ws;
  }
  function skipSeps() { while (toks[p]?.kind === 'sep') p++; }

  function block(stopWords: Set<string>): ShNode[] {
    const nodes: ShNode[] = [];
    for (let g = 0; g < 100_000; g++) {
      skipSeps();
      const t = toks[p];
      if (!t) break;
      if (t.kind === 'word' && stopWords.has(t.value)) break;
      const before = p;
      const node = statement();
      if (node) {
        const prev = nodes[nodes.length - 1];
        if (node.kind && prev) {
          // `cmd; and other` / `cmd; or other`: other runs on cmd's status.
          const joined: ShNode = prev.t === 'andor'
            ? { ...prev, parts: [...prev.parts, node.node], ops: [...prev.ops, node.kind] }
            : { t: 'andor', line: prev.line, parts: [prev, node.node], ops: [node.kind] };
          nodes[nodes.length - 1] = joined;
        } else nodes.push(node.node);
      }
      if (p === before) p++;
    }
    return nodes;
  }

  function statement(): { node: ShNode; kind?: '&&' | '||' } | null {
    const t = toks[p];
    if (!t || t.kind !== 'word') return null;
    let kind: '&&' | '||' | undefined;
    if (t.value === 'and' || t.value === 'or') { kind = t.value === 'and' ? '&&' : '||'; p++; }
    const node = pipeline();
    return node ? { node, kind } : null;
  }

  function pipeline(): ShNode | null {
    let node = command();
    if (!node) return null;
    while (toks[p]?.kind === 'op') {
      const op = toks[p]!.value;
      p++;
      while (toks[p]?.kind === 'sep' && toks[p]!.value === '\n') p++;
      const next = command();
      if (!next) break;
      if (op === '&&' || op === '||') {
        node = node.t === 'andor' ? { ...node, parts: [...node.parts, next], ops: [...node.ops, op] } : { t: 'andor', line: node.line, parts: [node, next], ops: [op] };
      } else if (op === '|') {
        node = node.t === 'pipe' ? { ...node, parts: [...node.parts, next] } : { t: 'pipe', line: node.line, parts: [node, next], negated: false };
      }
    }
    return node;
  }

  function condition(): ShNode[] {
    // The rest of the line after if/while/else if is one job list.
    const node = pipeline();
    const conds = node ? [node] : [];
    // `if a; and b` continues the condition on the next separators.
    while (toks[p]?.kind === 'sep' && toks[p + 1]?.kind === 'word' && (toks[p + 1]!.value === 'and' || toks[p + 1]!.value === 'or')) {
      p += 1;
      const st = statement();
      if (!st) break;
      const prev = conds.pop()!;
      conds.push({ t: 'andor', line: prev.line, parts: [prev, st.node], ops: [st.kind ?? '&&'] });
    }
    return conds;
  }

  function command(): ShNode | null {
    const t = toks[p];
    if (!t || t.kind !== 'word') return null;
    switch (t.value) {
      case 'not':
      case '!': {
        p++;
        const inner = command();
        return inner ? { t: 'pipe', line: t.line, parts: [inner], negated: true } : null;
      }
      case 'if': {
        p++;
        const clauses: { cond: ShNode[]; body: ShNode[] }[] = [];
        let elseBody: ShNode[] | null = null;
        let cond = condition();
        let body = block(new Set(['else', 'end']));
        clauses.push({ cond, body });
        while (toks[p]?.value === 'else') {
          p++;
          if (toks[p]?.value === 'if') {
            p++;
            cond = condition();
            body = block(new Set(['else', 'end']));
            clauses.push({ cond, body });
          } else {
            elseBody = block(new Set(['end']));
          }
        }
        if (toks[p]?.value === 'end') p++;
        words();
        return { t: 'if', line: t.line, clauses, elseBody };
      }
      case 'while': {
        p++;
        const cond = condition();
        const body = block(new Set(['end']));
        if (toks[p]?.value === 'end') p++;
        words();
        return { t: 'loop', line: t.line, kind: 'while', cond, body };
      }
      case 'for': {
        p++;
        const ws = words();
        const varName = ws[0]?.raw ?? '';
        const items = ws.slice(2);
        const body = block(new Set(['end']));
        if (toks[p]?.value === 'end') p++;
        words();
        return { t: 'loop', line: t.line, kind: 'for', varName, items, body };
      }
      case 'begin': {
        p++;
        const body = block(new Set(['end']));
        if (toks[p]?.value === 'end') p++;
        words();
        return { t: 'group', line: t.line, body, subshell: false };
      }
      case 'function': {
        p++;
        const ws = words();
        const body = block(new Set(['end']));
        if (toks[p]?.value === 'end') p++;
        return { t: 'func', line: t.line, name: ws[0]?.raw ?? '', body };
      }
      case 'switch': {
        p++;
        const ws = words();
        const arms: { patterns: string[]; body: ShNode[] }[] = [];
        skipSeps();
        while (toks[p]?.value === 'case') {
          p++;
          const pats = words().map((w) => w.raw);
          const body = block(new Set(['case', 'end']));
          arms.push({ patterns: pats, body });
        }
        if (toks[p]?.value === 'end') p++;
        return { t: 'case', line: t.line, word: ws[0] ?? { raw: '', line: t.line }, arms };
      }
    }
    if (BLOCK_END.has(t.value)) return null;
    const ws = words();
    return { t: 'simple', line: t.line, endLine: ws[ws.length - 1]?.line ?? t.line, assigns: [], words: ws, text: ws.map((w) => w.raw).join(' ') };
  }

  return block(new Set());
}
