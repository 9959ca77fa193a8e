// Where a setting comes from, in words and as a fix that removes it at that source.
import type { GoEnvFacts, Setting } from '../../facts/schema/goenv.js';
import type { CommandFix, Location } from '../../facts/findings.js';
import { fixTitle, type Drafted } from '../../engine/define-rule.js';
import { shQuote } from '../../knowledge/shell-quote.js';

export function originText(env: GoEnvFacts, s: Setting): string {
  switch (s.source) {
    case 'env': return 'the process environment';
    case 'user-file': return `\`go env -w\` (${env.userFile.path})`;
    case 'goroot-go.env': return `${env.gorootEnvFile?.path ?? '$GOROOT/go.env'}`;
    default: return 'the default';
  }
}

export function originLocation(env: GoEnvFacts, s: Setting): Location | undefined {
  if (s.source === 'user-file') {
    const line = [...env.userFile.entries].reverse().find((e) => e.key === s.key)?.line;
    return { file: env.userFile.path, ...(line ? { line } : {}) };
  }
  if (s.source === 'goroot-go.env' && env.gorootEnvFile) {
    const line = [...env.gorootEnvFile.entries].reverse().find((e) => e.key === s.key)?.line;
    return { file: env.gorootEnvFile.path, ...(line ? { line } : {}) };
  }
  return undefined;
}

/** Titles of unsetFixes, for the fixTitles of the rules that offer them. */
export const UNSET_FIX_TITLES = {
  changeInGoEnvFile: 'Change it in the go env file',
  removeFromGoEnvFile: 'Remove it from the go env file',
  changeExport: 'Change the export in your shell startup files (see `godiag shell`), then in this shell',
  removeExport: 'Remove the export in your shell startup files (see `godiag shell`), then in this shell',
};

/** Remove a setting where it is set: `go env -u` for the user file, unset + startup files for env. */
export function unsetFixes(s: Setting, value?: string): Drafted<CommandFix>[] {
  const set = value === undefined ? null : `${s.key}=${value}`;
  if (s.source === 'user-file') {
    return [{ kind: 'command', title: fixTitle(set ? 'changeInGoEnvFile' : 'removeFromGoEnvFile'), command: set ? `go env -w ${shQuote(set)}` : `go env -u ${s.key}`, safety: 'safe' }];
  }
  if (s.source === 'env') {
    return [{
      kind: 'command',
      title: fixTitle(set ? 'changeExport' : 'removeExport'),
      shell: 'sh',
      command: set ? `export ${shQuote(set)}` : `unset ${s.key}`,
      safety: 'safe',
    }];
  }
  return [];
}
