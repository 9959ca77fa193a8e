import type { CommandFix, EditFix, Finding, Fix } from '../facts/findings.js';

/** A fix godiag may apply by itself: safe file edits, and go env -w/-u (argv, no shell). */
export type ApplicableFix = { ruleId: string; fix: EditFix } | { ruleId: string; fix: CommandFix; argv: string[] };

/** Split a command into argv the way sh would for plain words, '...' quoting and backslash escapes; null if it needs a shell. */
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
    } else if (c === '\\' && i + 1 < command.length && command[i + 1] !== '\n') {
      // Outside quotes a backslash makes the next character literal ('\'' inside a quoted value).
      cur += command[++i];
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

/** The argv of a fix godiag may run itself (on a copy of the go env file), or null. */
function applicableArgv(fix: Fix): string[] | null {
  if (fix.kind !== 'command' || fix.safety !== 'safe') return null;
  const argv = simpleArgv(fix.command);
  return argv && isGoEnvEdit(argv) ? argv : null;
}

/**
 * What fix --apply does for each finding. A finding's fixes start with the recommended change;
 * it may take several files (one per shell the finding concerns), so the leading run of
 * applicable fixes is applied. The first fix that godiag cannot apply ends the run: what comes
 * after it are alternatives (GD206 lists "keep the file value" before "keep the exported value",
 * and applying the second would erase the value the user meant to keep). A finding whose
 * recommended fix is manual is returned in `manual`.
 */
export function planFixes(findings: readonly Finding[], onlyRules: readonly string[] = []): { plan: ApplicableFix[]; manual: Finding[] } {
  const plan: ApplicableFix[] = [];
  const manual: Finding[] = [];
  for (const f of findings) {
    if (onlyRules.length && !onlyRules.includes(f.ruleId) && !onlyRules.includes(f.ruleName)) continue;
    let taken = 0;
    for (const fix of f.fixes) {
      if (fix.kind === 'edit' && fix.safety === 'safe') {
        plan.push({ ruleId: f.ruleId, fix });
      } else {
        const argv = applicableArgv(fix);
        if (!argv || fix.kind !== 'command') break;
        plan.push({ ruleId: f.ruleId, fix, argv });
      }
      taken++;
    }
    if (taken === 0 && f.fixes.length > 0) manual.push(f);
  }
  return { plan, manual };
}
