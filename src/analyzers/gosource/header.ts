// The header of a Go source file: build constraints, package clause and imports, read the way
// go/build does it (src/go/build/read.go readGoInfo, src/go/build/build.go parseFileHeader): the
// go command reads only this much of a file to decide whether and how it belongs to a package,
// and so does godiag. Pure: text in, header out.

export interface GoHeader {
  /** The package clause's name, null when none was reached. */
  pkg: string | null;
  /** The //go:build expression (text after the prefix). */
  goBuild: string | null;
  /** `// +build` expressions in the leading comments that end with a blank line (used only without //go:build). */
  plusBuild: string[];
  imports: Array<{ path: string; line: number }>;
  /** Why the header cannot be trusted: cut before its end, two //go:build lines, a syntax go rejects. */
  problem: string | null;
}

/** The leading comments: //go:build anywhere before the first non-comment text, +build only before its last blank line. */
function constraints(text: string): { goBuild: string | null; plusBuild: string[]; problem: string | null } {
  let goBuild: string | null = null;
  let problem: string | null = null;
  const plus: Array<{ expr: string; at: number }> = [];
  let end = 0;
  let ended = false;
  let inSlashStar = false;
  let pos = 0;
  lines: while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    let line = text.slice(pos, nl < 0 ? text.length : nl).trim();
    pos = next;
    if (!line && !ended) { end = pos; continue; }
    if (!line.startsWith('//')) ended = true;
    if (!inSlashStar) {
      const gb = /^\/\/go:build(?:\s+(.*)|$)/.exec(line);
      if (gb) {
        if (goBuild !== null) problem = 'multiple //go:build comments';
        goBuild = (gb[1] ?? '').trim();
      }
      const pb = /^\/\/\s*\+build(?:\s+(.*)|$)/.exec(line);
      if (pb) plus.push({ expr: (pb[1] ?? '').trim(), at: pos });
    }
    while (line) {
      if (inSlashStar) {
        const i = line.indexOf('*/');
        if (i < 0) continue lines;
        inSlashStar = false;
        line = line.slice(i + 2).trim();
        continue;
      }
      if (line.startsWith('//')) continue lines;
      if (line.startsWith('/*')) { inSlashStar = true; line = line.slice(2).trim(); continue; }
      break lines;
    }
  }
  return { goBuild, plusBuild: plus.filter((p) => p.at <= end).map((p) => p.expr), problem };
}

/**
 * Read a Go file's header. `cut` says the text is only the start of the file: a header that runs
 * to its end is then incomplete, and says so.
 */
export function readGoHeader(text: string, cut = false): GoHeader {
  const c = constraints(text);
  const out: GoHeader = { pkg: null, goBuild: c.goBuild, plusBuild: c.plusBuild, imports: [], problem: c.problem };
  let i = 0;
  const n = text.length;
  const incomplete = () => { out.problem ??= cut ? 'header longer than the part read' : 'file ends inside its header'; };
  /** Skip spaces, newlines, comments and semicolons; false when a comment never ends. */
  const skip = (): boolean => {
    while (i < n) {
      const ch = text[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === '\uFEFF') i++;
      else if (text.startsWith('//', i)) { const e = text.indexOf('\n', i); i = e < 0 ? n : e + 1; }
      else if (text.startsWith('/*', i)) { const e = text.indexOf('*/', i + 2); if (e < 0) { i = n; return false; } i = e + 2; }
      else return true;
    }
    return true;
  };
  const ident = (): string | null => {
    const m = /[\p{L}_][\p{L}\p{N}_]*/uy;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r) return null;
    i = m.lastIndex;
    return r[0];
  };
  const lineAt = (at: number) => { let l = 1; for (let k = text.indexOf('\n'); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) l++; return l; };
  const str = (): string | null => {
    const q = text[i];
    if (q === '`') { const e = text.indexOf('`', i + 1); if (e < 0) return null; const s = text.slice(i + 1, e); i = e + 1; return s; }
    if (q !== '"') return null;
    let s = '';
    for (let k = i + 1; k < n; k++) {
      const ch = text[k]!;
      if (ch === '\\') { s += text[k + 1] ?? ''; k++; continue; }
      if (ch === '\n') return null;
      if (ch === '"') { i = k + 1; return s; }
      s += ch;
    }
    return null;
  };
  const spec = (): boolean => {
    if (!skip()) return false;
    if (text[i] === '.' ) i++;
    else if (text[i] !== '"' && text[i] !== '`') { if (!ident()) return false; if (!skip()) return false; }
    if (!skip()) return false;
    const at = i;
    const p = str();
    if (p === null) return false;
    out.imports.push({ path: p, line: lineAt(at) });
    return true;
  };
  if (!skip() || i >= n) { incomplete(); return out; }
  if (ident() !== 'package') { out.problem ??= 'no package clause'; return out; }
  if (!skip()) { incomplete(); return out; }
  out.pkg = ident();
  if (!out.pkg) { if (i >= n) incomplete(); else out.problem ??= 'no package name'; return out; }
  for (;;) {
    if (!skip()) { incomplete(); return out; }
    if (i >= n) { if (cut) incomplete(); return out; }
    const save = i;
    if (ident() !== 'import') { i = save; return out; }
    if (!skip()) { incomplete(); return out; }
    if (text[i] === '(') {
      i++;
      for (;;) {
        if (!skip() || i >= n) { incomplete(); return out; }
        if (text[i] === ')') { i++; break; }
        if (!spec()) { if (i >= n) incomplete(); else out.problem ??= 'import declaration go cannot read'; return out; }
      }
    } else if (!spec()) { if (i >= n) incomplete(); else out.problem ??= 'import declaration go cannot read'; return out; }
  }
}
