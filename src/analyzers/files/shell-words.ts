// Shell lines (RUN, run:, script:, recipe) read word by word: quotes kept as their content,
// separators as their own words, $(...) whole. Not a shell: enough to find the commands a line
// runs and the assignments in front of them.

export interface Word { text: string; offset: number }

const SEPARATORS = new Set(['&&', '||', ';', '|', '&', '(', ')', '{', '}', 'then', 'do', 'else', '!']);
const PREFIX_COMMANDS = new Set(['sudo', 'time', 'exec', 'command', 'nice', 'nohup', 'xargs']);
export const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

const SPACE = /\s/;
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || SPACE.test(ch);
/** Characters with no special meaning inside a word, taken a run at a time. */
const PLAIN_RUN = /[^\s;|&(){}"'\\$]+/y;
const WORD_END = /[\s;|&(){}]/;

/** Split into words, keeping quotes' content, and separators as their own words. */
export function words(line: string): Word[] {
  const out: Word[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line[i]!;
    // Same whitespace class as the word loop below (it includes U+FEFF, NBSP ...), or no progress.
    if (isSpace(c)) { i++; continue; }
    if (c === '#' && (i === 0 || isSpace(line[i - 1]!))) break;
    if ((c === '&' || c === '|') && line[i + 1] === c) { out.push({ text: c + c, offset: i }); i += 2; continue; }
    if (';|&(){}'.includes(c)) { out.push({ text: c, offset: i }); i++; continue; }
    const start = i;
    let text = '';
    while (i < n) {
      PLAIN_RUN.lastIndex = i;
      if (PLAIN_RUN.test(line)) {
        text += line.slice(i, PLAIN_RUN.lastIndex);
        i = PLAIN_RUN.lastIndex;
        if (i >= n) break;
      }
      const ch = line[i]!;
      if (WORD_END.test(ch)) break;
      if (ch === '"' || ch === "'") {
        const end = line.indexOf(ch, i + 1);
        const stop = end < 0 ? n : end;
        text += line.slice(i + 1, stop);
        i = stop + 1;
      } else if (ch === '\\' && i + 1 < n) {
        text += line[i + 1];
        i += 2;
      } else if (ch === '$' && (line[i + 1] === '(' || line[i + 1] === '{')) {
        // Keep $(...) and ${...} whole: command substitution, parameter expansion, a Make reference.
        const [open, close] = line[i + 1] === '(' ? ['(', ')'] : ['{', '}'];
        let depth = 0;
        const s = i;
        while (i < n) {
          if (line[i] === open) depth++;
          else if (line[i] === close && --depth === 0) { i++; break; }
          i++;
        }
        text += line.slice(s, i);
      } else {
        text += ch;
        i++;
      }
    }
    out.push({ text, offset: start });
  }
  return out;
}

/** The simple commands of a line: its words cut at separators (&&, ;, |, then ...). */
export function simpleCommands(line: string): Word[][] {
  const out: Word[][] = [];
  let cmd: Word[] = [];
  for (const w of words(line)) {
    if (SEPARATORS.has(w.text)) {
      out.push(cmd);
      cmd = [];
    } else cmd.push(w);
  }
  out.push(cmd);
  return out.filter((c) => c.length > 0);
}

/**
 * Where the command name is in a simple command, past `VAR=v` assignments and prefixes
 * (env, sudo, time, nohup ... with their flags), and the assignments seen on the way.
 * head === cmd.length: the command only assigns.
 */
export function commandHead(cmd: readonly Word[]): { head: number; env: Record<string, string> } {
  const env: Record<string, string> = {};
  let k = 0;
  for (;;) {
    const w = cmd[k]?.text;
    if (w === undefined) break;
    const m = ASSIGNMENT.exec(w);
    if (m) { env[m[1]!] = m[2]!; k++; continue; }
    if (w === 'env' || PREFIX_COMMANDS.has(w)) { k++; while (cmd[k]?.text.startsWith('-')) k++; continue; }
    break;
  }
  return { head: k, env };
}
