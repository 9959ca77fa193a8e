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
  route: { summary: 'where each module request goes: proxies in order, checksum DB, direct VCS (no network)', load: () => import('./commands/route.js') },
  inspect: { summary: 'inspect built binaries: platform, Go version, build settings, linkage, --expect checks', load: () => import('./commands/inspect.js') },
  lint: { summary: 'Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod', load: () => import('./commands/lint.js') },
  hang: { summary: 'why a program\'s output blocks (full pipe, pty) or dies (SIGPIPE): run it or attach', load: () => import('./commands/hang.js') },
  snapshot: { summary: 'save what doctor collects as JSON, to analyze or compare elsewhere', load: () => import('./commands/snapshot.js') },
  fleet: { summary: 'doctor on many machines at once (ssh, docker, podman, kubectl, chroot, Ansible inventories): one table, the odd ones out', load: () => import('./commands/fleet.js') },
  analyze: { summary: 'run doctor\'s rules over a snapshot from another machine', load: () => import('./commands/analyze.js') },
  diff: { summary: 'compare two snapshots: toolchains, settings and their sources, system', load: () => import('./commands/diff.js') },
  fix: { summary: 'apply the safe fixes for doctor\'s findings (dry run unless --apply)', load: () => import('./commands/fix.js') },
  vulndb: { summary: 'vulndb update: fetch the Go vulnerability database into the module cache (through your GOPROXY)', load: () => import('./commands/vulndb.js') },
  rules: { summary: 'list every rule: id, name, category, severity, title', load: () => import('./commands/rules.js') },
  explain: { summary: 'explain a rule: what, why, how to fix, sources', load: () => import('./commands/explain.js') },
};
