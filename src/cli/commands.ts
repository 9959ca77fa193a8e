import type { CliIO } from './io.js';

export interface Command {
  summary: string;
  /** Loaded lazily so `godiag --version` and `--help` stay fast. */
  load: () => Promise<{ run: (argv: string[], io: CliIO) => Promise<number> }>;
}

/** Subcommand registry: one line each. */
export const COMMANDS: Record<string, Command> = {
  doctor: { summary: 'diagnose Go on this machine: toolchains, settings, shells, system, modules', load: () => import('./commands/doctor.js') },
  shell: { summary: 'which go and Go settings each shell and context (login, cron, systemd, IDE) really gets, with file:line', load: () => import('./commands/shell.js') },
  rules: { summary: 'list every rule: id, name, category, severity, title', load: () => import('./commands/rules.js') },
  explain: { summary: 'explain a rule: what, why, how to fix, sources', load: () => import('./commands/explain.js') },
  inspect: { summary: 'inspect built binaries: platform, Go version, build settings, linkage, --expect checks', load: () => import('./commands/inspect.js') },
  lint: { summary: 'Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod', load: () => import('./commands/lint.js') },
  hang: { summary: 'why a program\'s output blocks (full pipe, pty) or dies (SIGPIPE): run it or attach', load: () => import('./commands/hang.js') },
};
