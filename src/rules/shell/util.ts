// Shared helpers for the shell rules: context lookups and fixes in each shell's syntax.
import type { EditFix } from '../../engine/types.js';
import type { ShellsFacts, ShellContextFacts, ShellEvent } from '../../facts/schema/shells.js';
import { isGoPathDir } from '../../analyzers/shell/go-vars.js';
import { fixFileFor } from '../../analyzers/shell/startup.js';

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

/** One Go setting to put in place: a variable, or a directory for PATH. */
export type Setting = { name: string; value: string } | { pathDir: string };

/** An idempotent, marked block in the syntax of the shell that reads `file`. */
export function setupBlock(file: string, settings: Setting[], title: string): EditFix {
  const kind: FixShell = file.endsWith('.fish') ? 'fish' : file.includes('/environment.d/') ? 'environment.d' : 'sh';
  const lines = settings.map((s) => render(kind, s));
  const comment = kind === 'environment.d' ? '#' : '#';
  return {
    kind: 'edit', title, file,
    replacement: [`${comment} >>> ${MARKER} >>>`, ...lines, `${comment} <<< ${MARKER} <<<`, ''].join('\n'),
    marker: MARKER, safety: 'review',
  };
}

function render(kind: FixShell, s: Setting): string {
  if ('pathDir' in s) {
    if (kind === 'fish') return `fish_add_path --global --move ${quote(s.pathDir)}`;
    if (kind === 'environment.d') return `PATH=${s.pathDir}:\${PATH}`;
    // Prepend once: re-reading the file must not grow PATH.
    return `case ":$PATH:" in *":${s.pathDir}:"*) ;; *) PATH="${s.pathDir}:$PATH" ;; esac; export PATH`;
  }
  if (kind === 'fish') return `set -gx ${s.name} ${quote(s.value)}`;
  if (kind === 'environment.d') return `${s.name}=${s.value}`;
  return `export ${s.name}=${quote(s.value)}`;
}

function quote(v: string): string {
  return /^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

export function ctx(s: ShellsFacts, id: string): ShellContextFacts | undefined {
  return s.contexts.find((c) => c.id === id);
}

/** The user's own startup files (under HOME), where fixes go; system files need root. */
export function isUserFile(s: ShellsFacts, file: string): boolean {
  return file.startsWith(s.home + '/');
}

export function goPathEvents(s: ShellsFacts): ShellEvent[] {
  return s.events.filter((e) => e.kind === 'path' && (e.dirs ?? []).some((d) => isGoPathDir(d, e.text)));
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
