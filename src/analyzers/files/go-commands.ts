// Find `go` invocations in a shell line (RUN, run:, script:, recipe), with the variables
// assigned in front of them. A word-level reading, not a shell: enough to see
// `CGO_ENABLED=0 GOOS=linux go build`, `env GOARCH=arm64 go build`, `export GOOS=linux; go build`.

import type { GoCommand } from '../../facts/schema/files.js';

export type { GoCommand };

interface Word { text: string; offset: number }

const SEPARATORS = new Set(['&&', '||', ';', '|', '&', '(', ')', '{', '}', 'then', 'do', 'else', '!']);
const PREFIX_COMMANDS = new Set(['sudo', 'time', 'exec', 'command', 'nice', 'nohup', 'xargs']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

const SPACE = /\s/;
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || SPACE.test(ch);
/** Characters with no special meaning inside a word, taken a run at a time. */
const PLAIN_RUN = /[^\s;|&(){}"'\\$]+/y;
const WORD_END = /[\s;|&(){}]/;

/** Split into words, keeping quotes' content, and separators as their own words. */
function words(line: string): Word[] {
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
      } else if (ch === '$' && line[i + 1] === '(') {
        // Keep $(...) whole: command substitution or a Make reference.
        let depth = 0;
        const s = i;
        while (i < n) {
          if (line[i] === '(') depth++;
          else if (line[i] === ')' && --depth === 0) { i++; break; }
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

export function isGoWord(w: string): boolean {
  return w === 'go' || /^(?:\S*\/)?go(?:\.exe)?$/.test(w) && !w.endsWith('/') || w === '$(GO)' || w === '${GO}' || w === '$GO' || w === '$(GOCMD)' || w === '$(GO_CMD)';
}

/** Every go invocation in a line, plus assignments made by `export` or bare `VAR=v` statements. */
export function goCommands(line: string): { commands: GoCommand[]; assigned: Record<string, string> } {
  const ws = words(line);
  const commands: GoCommand[] = [];
  const assigned: Record<string, string> = {};
  let i = 0;
  while (i < ws.length) {
    // One simple command: from i to the next separator.
    let j = i;
    while (j < ws.length && !SEPARATORS.has(ws[j]!.text)) j++;
    const cmd = ws.slice(i, j);
    i = j + 1;
    let k = 0;
    const env: Record<string, string> = {};
    if (cmd[0]?.text === 'export' || cmd[0]?.text === 'ENV') {
      for (const w of cmd.slice(1)) {
        const m = ASSIGNMENT.exec(w.text);
        if (m) assigned[m[1]!] = m[2]!;
      }
      continue;
    }
    for (;;) {
      const w = cmd[k]?.text;
      if (w === undefined) break;
      const m = ASSIGNMENT.exec(w);
      if (m) { env[m[1]!] = m[2]!; k++; continue; }
      if (w === 'env' || PREFIX_COMMANDS.has(w)) { k++; while (cmd[k]?.text.startsWith('-')) k++; continue; }
      break;
    }
    if (k === cmd.length) {
      Object.assign(assigned, env);
      continue;
    }
    const head = cmd[k]!;
    if (!isGoWord(head.text)) continue;
    const args = cmd.slice(k + 1).map((w) => w.text);
    const sub = args.find((a) => !a.startsWith('-')) ?? '';
    commands.push({ sub, args, env: { ...assigned, ...env }, offset: head.offset });
  }
  return { commands, assigned };
}
