// Find `go` invocations in a shell line (RUN, run:, script:, recipe), with the variables
// assigned in front of them. A word-level reading, not a shell: enough to see
// `CGO_ENABLED=0 GOOS=linux go build`, `env GOARCH=arm64 go build`, `export GOOS=linux; go build`.

import type { GoCommand } from '../../facts/schema/files.js';
import { ASSIGNMENT, commandHead, simpleCommands } from './shell-words.js';

export type { GoCommand };

export function isGoWord(w: string): boolean {
  return w === 'go' || /^(?:\S*\/)?go(?:\.exe)?$/.test(w) && !w.endsWith('/') || w === '$(GO)' || w === '${GO}' || w === '$GO' || w === '$(GOCMD)' || w === '$(GO_CMD)';
}

/** Every go invocation in a line, plus assignments made by `export` or bare `VAR=v` statements. */
export function goCommands(line: string): { commands: GoCommand[]; assigned: Record<string, string> } {
  const commands: GoCommand[] = [];
  const assigned: Record<string, string> = {};
  for (const cmd of simpleCommands(line)) {
    if (cmd[0]?.text === 'export' || cmd[0]?.text === 'ENV') {
      for (const w of cmd.slice(1)) {
        const m = ASSIGNMENT.exec(w.text);
        if (m) assigned[m[1]!] = m[2]!;
      }
      continue;
    }
    const { head: k, env } = commandHead(cmd);
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
