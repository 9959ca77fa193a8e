// Word expansion as the shell would do it for assignments and file names: quotes, $VAR,
// ${VAR:-x}, ~ — and an honest "unknown" for command substitution and anything dynamic.
import type { Dialect } from '../../knowledge/shell-startup.js';

/** Stands in for the old PATH inside an expanded PATH value, so entries keep their origin. */
export const OLD_PATH = '\u0001OLDPATH\u0001';

export interface Expanded {
  value: string;
  /** False when the value depends on command output or an expansion we do not model. */
  known: boolean;
}

export interface VarLookup {
  get(name: string): string | undefined;
  /** False when the variable's value came from a command's output or another unknown. */
  isKnown?(name: string): boolean;
  positional: readonly string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** Characters where expansion can differ from the word's text (quotes, escapes, $, `, ~); fish also substitutes (…). */
const EXPANDS = /[\\'"$`~]/;

/** Expand one shell word. `assignment` enables `~` after `:` (POSIX tilde rules for assignments). */
export function expandWord(raw: string, vars: VarLookup, dialect: Dialect, opts: { assignment?: boolean; pathVar?: boolean } = {}): Expanded {
  // Most words are plain text: they expand to themselves (and the closures below are not made).
  if (!EXPANDS.test(raw) && (dialect !== 'fish' || !raw.includes('('))) return { value: raw, known: true };
  let out = '';
  let known = true;
  let i = 0;
  const n = raw.length;

  const tildeAt = (pos: number) => raw[pos] === '~' && (pos + 1 === n || raw[pos + 1] === '/' || raw[pos + 1] === ':');
  const lookup = (name: string): string => {
    if (opts.pathVar && (name === 'PATH' || (dialect === 'zsh' && name === 'path'))) return OLD_PATH;
    if (/^\d$/.test(name)) return vars.positional[Number(name) - 1] ?? '';
    if (name === '@' || name === '*') return vars.positional.join(' ');
    const v = vars.get(name);
    if (vars.isKnown && !vars.isKnown(name)) known = false;
    if (v === undefined && (name === '-' || name === '$' || name === '!' || name === '?' || name === '#')) known = false;
    return v ?? '';
  };
  const braced = (body: string): string => {
    // ${#x}, ${x:-w}, ${x-w}, ${x:=w}, ${x:+w}, ${x%…}; zsh flags like ${(s.:.)x} are unknown.
    if (body.startsWith('#') || body.startsWith('(') || body.startsWith('!')) { known = false; return ''; }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|\d+|[-@*#?$!])(.*)$/s.exec(body);
    if (!m) { known = false; return ''; }
    const name = m[1]!;
    const rest = m[2]!;
    const val = lookup(name);
    const isSet = vars.get(name) !== undefined || (opts.pathVar && name === 'PATH');
    if (rest === '') return val;
    const op = /^(:?[-=?+])(.*)$/s.exec(rest);
    if (op) {
      const colon = op[1]!.startsWith(':');
      const kind = op[1]!.slice(-1);
      const empty = colon ? val === '' : !isSet;
      const word = () => expandWord(op[2]!, vars, dialect, opts);
      if (kind === '-' || kind === '=') { if (empty) { const w = word(); known &&= w.known; return w.value; } return val; }
      if (kind === '+') { if (empty) return ''; const w = word(); known &&= w.known; return w.value; }
      return val;
    }
    known = false;
    return val;
  };

  if (tildeAt(0)) { out += vars.get('HOME') ?? '~'; i = 1; }
  while (i < n) {
    const c = raw[i]!;
    if (c === '\\') { if (i + 1 < n && raw[i + 1] !== '\n') out += raw[i + 1]; i += 2; continue; }
    if (c === "'" && dialect !== 'fish' && raw[i - 1] === '$') { /* $'…' handled below */ }
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      const lit = raw.slice(i + 1, end === -1 ? n : end);
      out += dialect === 'fish' ? lit.replace(/\\(['\\])/g, '$1') : lit;
      i = end === -1 ? n : end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && raw[i] !== '"') {
        const d = raw[i]!;
        if (d === '\\' && i + 1 < n && '"\\$`'.includes(raw[i + 1]!)) { out += raw[i + 1]; i += 2; continue; }
        if (d === '$' || d === '`') { const r = dollar(i); out += r.text; i = r.next; continue; }
        out += d;
        i++;
      }
      i++;
      continue;
    }
    if (c === '$' || c === '`') { const r = dollar(i); out += r.text; i = r.next; continue; }
    if (dialect === 'fish' && c === '(') {
      // fish command substitution
      known = false;
      const end = matching(raw, i, '(', ')');
      out += raw.slice(i, end);
      i = end;
      continue;
    }
    if (opts.assignment && c === ':' && tildeAt(i + 1)) { out += ':' + (vars.get('HOME') ?? '~'); i += 2; continue; }
    if (opts.assignment && c === '=' && i > 0 && tildeAt(i + 1) && dialect !== 'fish') { out += '=' + (vars.get('HOME') ?? '~'); i += 2; continue; }
    out += c;
    i++;
  }
  return { value: out, known };

  function dollar(at: number): { text: string; next: number } {
    if (raw[at] === '`') {
      known = false;
      const end = raw.indexOf('`', at + 1);
      const next = end === -1 ? n : end + 1;
      return { text: raw.slice(at, next), next };
    }
    const nx = raw[at + 1];
    if (nx === '(') {
      known = false;
      const end = matching(raw, at + 1, '(', ')');
      return { text: raw.slice(at, end), next: end };
    }
    if (nx === '{') {
      const end = matching(raw, at + 1, '{', '}');
      return { text: braced(raw.slice(at + 2, end - 1)), next: end };
    }
    if (nx === "'" && dialect !== 'fish') {
      const end = raw.indexOf("'", at + 2);
      const body = raw.slice(at + 2, end === -1 ? n : end).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1');
      return { text: body, next: end === -1 ? n : end + 1 };
    }
    const m = NAME.exec(raw.slice(at + 1));
    if (m) {
      let next = at + 1 + m[0].length;
      // fish list index $PATH[1]: unknown slice of a list.
      if (dialect === 'fish' && raw[next] === '[') { known = false; next = matching(raw, next, '[', ']'); }
      return { text: lookup(m[0]), next };
    }
    if (nx && /[\d@*#?$!-]/.test(nx)) return { text: lookup(nx), next: at + 2 };
    return { text: '$', next: at + 1 };
  }
}

/** Index just past the bracket matching the one at `at` (quotes respected). */
function matching(s: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') { i++; continue; }
    if (c === "'" && open !== '{') { const e = s.indexOf("'", i + 1); i = e === -1 ? s.length : e; continue; }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return s.length;
}

/** Bash/zsh brace expansion for list words like ~/.{path,exports} (one level, no ranges). */
export function braceExpand(raw: string): string[] {
  const m = /^(.*?)\{([^{}]*,[^{}]*)\}(.*)$/s.exec(raw);
  if (!m || /["']/.test(m[1]!)) return [raw];
  return m[2]!.split(',').flatMap((alt) => braceExpand(m[1] + alt + m[3]));
}

function validClass(cls: string): boolean {
  try { new RegExp(cls); return true; } catch { return false; }
}

/** Glob to RegExp for one path component (*, ?, [...]); used for case patterns and file names. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '(' && glob.includes('|', i)) {
      // zsh `(a|b)` and bash extglob `@(a|b)`: alternatives.
      const end = glob.indexOf(')', i + 1);
      if (end === -1) { re += '\\('; continue; }
      if (re.endsWith('@')) re = re.slice(0, -1);
      re += '(?:' + glob.slice(i + 1, end).split('|').map((alt) => globToRegExp(alt).source.slice(1, -1)).join('|') + ')';
      i = end;
    }
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) { re += '\\['; continue; }
      const cls = '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
      // A range out of order (`[status-changed]`, a zsh subscript) is no class RegExp accepts: keep it as text, never crash.
      re += validClass(cls) ? cls : glob.slice(i, end + 1).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      i = end;
    } else if (c === '\\' && i + 1 < glob.length) { re += glob[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); }
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

/** Strip quotes from a case pattern / test operand the way matching sees it. */
export function unquotePattern(raw: string): string {
  return raw.replace(/^["']|["']$/g, '');
}
