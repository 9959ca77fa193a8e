import type { CommandFix, EditFix, Finding } from '../engine/types.js';

/** A fix godiag may apply by itself: safe file edits, and go env -w/-u (argv, no shell). */
export type ApplicableFix = { ruleId: string; fix: EditFix } | { ruleId: string; fix: CommandFix; argv: string[] };

/** Split a command into argv the way sh would for plain words and '...' quoting; null if it needs a shell. */
export function simpleArgv(command: string): string[] | null {
  const argv: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return null;
      cur += command.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) argv.push(cur);
      cur = '';
      inWord = false;
    } else if (/[\\"$`;&|<>(){}*?#~\n]/.test(c)) {
      return null;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(cur);
  return argv;
}

/** go env -w KEY=VALUE or go env -u KEY...: changes only the user's go env file. */
function isGoEnvEdit(argv: string[]): boolean {
  return argv[0] === 'go' && argv[1] === 'env' && (argv[2] === '-w' || argv[2] === '-u') && argv.length >= 4 &&
    argv.slice(3).every((a) => /^[A-Z][A-Z0-9_]*(=.*)?$/.test(a));
}

export function planFixes(findings: readonly Finding[], onlyRules: readonly string[] = []): ApplicableFix[] {
  const plan: ApplicableFix[] = [];
  for (const f of findings) {
    if (onlyRules.length && !onlyRules.includes(f.ruleId) && !onlyRules.includes(f.ruleName)) continue;
    // The first applicable fix of a finding is the recommended one; alternatives stay manual.
    for (const fix of f.fixes) {
      if (fix.kind === 'edit' && fix.safety === 'safe') {
        plan.push({ ruleId: f.ruleId, fix });
        break;
      }
      if (fix.kind === 'command' && fix.safety === 'safe') {
        const argv = simpleArgv(fix.command);
        if (argv && isGoEnvEdit(argv)) {
          plan.push({ ruleId: f.ruleId, fix, argv });
          break;
        }
      }
    }
  }
  return plan;
}
