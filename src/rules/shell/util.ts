// Shared helpers for the shell rules: context lookups and fixes in each shell's syntax.
import type { EditFix } from '../../facts/findings.js';
import type { Drafted, FixTitle } from '../../engine/define-rule.js';
import type { ShellsFacts, ShellContextFacts, ShellEvent } from '../../facts/schema/shells.js';
import { isGoPathDir } from '../../knowledge/go-vars.js';
import { fixFileFor } from '../../knowledge/shell-startup.js';
import { fishQuote, shQuote } from '../../knowledge/shell-quote.js';
import { holdsSecret } from '../../engine/redact.js';

export const SHELL_SOURCES = {
  bash: 'man:bash(1)',
  dash: 'man:dash(1)',
  zsh: 'man:zsh(1)',
  fish: 'https://fishshell.com/docs/current/language.html#configuration-files',
  environmentD: 'man:environment.d(5)',
  crontab: 'man:crontab(5)',
  goEnv: 'src/cmd/go/internal/cfg/cfg.go',
} as const;

export const MARKER = 'godiag: Go environment';

export type FixShell = 'sh' | 'fish' | 'environment.d';

/** One Go setting to put in place: a variable, or a directory for PATH (first by default, or last). */
export type Setting = { name: string; value: string } | { pathDir: string; at?: 'first' | 'last' };

/** The syntax of the file a block goes into. */
export function syntaxOf(file: string): FixShell {
  return file.endsWith('.fish') ? 'fish' : file.includes('/environment.d/') ? 'environment.d' : 'sh';
}

/**
 * An idempotent, marked block in the syntax of the shell that reads `file`; null when a value
 * cannot be written there (environment.d has no quoting godiag trusts) or is a secret. The marker names what
 * the block sets, so blocks for different settings live side by side and applying one again
 * replaces it instead of adding a second.
 */
export function setupBlock(file: string, settings: Setting[], title: FixTitle, safety: EditFix['safety'] = 'safe'): Drafted<EditFix> | null {
  const kind = syntaxOf(file);
  // A credential (or its redacted stand-in) is never written out from a report; see holdsSecret.
  if (settings.some((s) => holdsSecret('pathDir' in s ? s.pathDir : s.value))) return null;
  const lines = settings.map((s) => render(kind, s));
  if (lines.some((l) => l === null)) return null;
  const marker = `${MARKER}: ${settings.map((s) => ('pathDir' in s ? `PATH ${JSON.stringify(s.pathDir)}${s.at === 'last' ? ' last' : ''}` : s.name)).join(', ')}`;
  return {
    kind: 'edit', title, file,
    replacement: [`# >>> ${marker} >>>`, ...lines, `# <<< ${marker} <<<`, ''].join('\n'),
    marker, safety,
  };
}

/** environment.d(5) expands $ and reads quotes its own way: only plain words go in. */
const ENV_D_PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

function render(kind: FixShell, s: Setting): string | null {
  if ('pathDir' in s) {
    const last = s.at === 'last';
    // fish_add_path reads directories line by line (realpath output): a newline splits one.
    if (kind === 'fish') return s.pathDir.includes('\n') ? null : `fish_add_path --path ${last ? '--append' : '--move'} ${fishQuote(s.pathDir)}`;
    if (kind === 'environment.d') return ENV_D_PLAIN.test(s.pathDir) ? (last ? `PATH=\${PATH}:${s.pathDir}` : `PATH=${s.pathDir}:\${PATH}`) : null;
    const q = shQuote(s.pathDir);
    // Re-reading the file must not grow PATH, and "first" must win even when the directory is
    // already on PATH further back: only "already first" skips (a guard that skipped "already on
    // PATH" left an older go first). A copy further back stays, harmless (GD303 notes it): taking
    // it out needs a loop the static reading of startup files cannot follow. An empty PATH gets
    // no empty entry (which would mean the current directory).
    return last
      ? `case ":$PATH:" in *:${q}:*) ;; *) PATH=\${PATH:+$PATH:}${q} ;; esac; export PATH`
      : `case ":$PATH:" in :${q}:*) ;; *) PATH=${q}\${PATH:+:$PATH} ;; esac; export PATH`;
  }
  if (kind === 'fish') return `set -gx ${s.name} ${fishQuote(s.value)}`;
  if (kind === 'environment.d') return ENV_D_PLAIN.test(s.value) ? `${s.name}=${s.value}` : null;
  return `export ${s.name}=${shQuote(s.value)}`;
}

export function ctx(s: ShellsFacts, id: string): ShellContextFacts | undefined {
  return s.contexts.find((c) => c.id === id);
}

/** The user's own startup files (under HOME), where fixes go; system files need root. */
export function isUserFile(s: ShellsFacts, file: string): boolean {
  return file.startsWith(s.home + '/');
}

/** Where a setup belongs for contexts that read no shell files (systemd, GUI). */
export function environmentDFile(s: ShellsFacts): string {
  return `${s.home}/.config/environment.d/50-go.conf`;
}

/** The file a setting for `shell` belongs in so its login and non-interactive runs see it. */
export function setupFileFor(s: ShellsFacts, shell: string): string {
  const existing = (p: string) => s.files.some((f) => f.path === p && f.exists);
  const known = (['bash', 'sh', 'zsh', 'fish', 'busybox'] as const).find((x) => x === shell) ?? 'sh';
  const zdotdir = s.contexts.find((c) => c.shell === 'zsh')?.files.find((f) => f.path.endsWith('/.zshenv'))?.path.replace(/\/\.zshenv$/, '') ?? s.home;
  return fixFileFor(known, known === 'zsh' ? 'noninteractive' : 'login', existing, s.home, zdotdir);
}

export function shellOfContext(id: string): string {
  return id.split(':')[0]!;
}

export function loc(e: { file: string; line: number }) {
  return { file: e.file, line: e.line };
}

/** `export GOPATH=$(go env GOPATH)`: Go's own value, which every context gets anyway. */
export function reexportsGoDefault(e: ShellEvent): boolean {
  return !!e.name && new RegExp(`[=\\s]"?\\$?\\(\\s*go\\s+env\\s+${e.name}\\s*(2>\\s*/dev/null\\s*)?\\)"?\\s*$`).test(e.text);
}
