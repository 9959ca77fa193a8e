import { defineRule, type Report } from '../../engine/define-rule.js';

/** Why the go command runs a program, by its base name. */
function useOf(program: string): string {
  const name = program.split('/').pop() ?? program;
  if (name === 'git' || name === 'hg') return 'to fetch modules directly and to stamp VCS information into every build (-buildvcs)';
  if (/(^|-)(gcc|cc|clang|g\+\+|c\+\+|clang\+\+)(-[\d.]+)?$/.test(name)) return 'for every cgo build (and `go env` asks it for flags)';
  if (name === 'pkg-config' || name.endsWith('-pkg-config')) return 'for every `#cgo pkg-config:` directive';
  return 'while building';
}

/** A program the go command depends on (C compiler, git, pkg-config) that hangs instead of answering. */
export const gd420 = defineRule({
  id: 'GD420',
  name: 'helper-program-hangs',
  category: 'system',
  severity: 'error',
  title: 'A program the go command runs (C compiler, git, pkg-config) hangs',
  requires: ['system'],
  messages: {
    hangs: '`{command}` did not answer within {seconds} s and was killed; go runs {program} {use}, so those builds hang the same way.',
  },
  sources: ['src/cmd/go/internal/work/exec.go', 'src/cmd/go/internal/vcs/vcs.go', 'src/cmd/go/internal/load/pkg.go'],
  fixable: false,
  docs: {
    what: 'Reports programs that godiag ran the way the go command runs them (`cc --version`, `pkg-config`, `git config`) and that did not answer within the timeout.',
    why: 'The go command starts the C compiler for every cgo package, pkg-config for `#cgo pkg-config:` lines, and git for direct module fetches and for the VCS stamp of every build in a repository (-buildvcs, Go 1.18). A wrapper that waits for a licence server, a network filesystem that stalls, or a credential prompt makes every such build hang with no message.',
    fix: 'Run the command shown by hand to see where it waits (a wrapper script, a stalled mount, a prompt); fix or replace that program, or point CC/PKG_CONFIG at a working one. For git, `GOFLAGS=-buildvcs=false` avoids the stamp while you investigate.',
  },
  check({ system, all }) {
    const hung = [...(system.hung ?? [])];
    const git = all.modules?.ok ? all.modules.value.git.hung : undefined;
    if (git) hung.push(git);
    return hung.map((h): Report<'hangs'> => ({
      messageId: 'hangs',
      data: { command: h.command, seconds: Math.round(h.timeoutMs / 100) / 10, program: h.program, use: useOf(h.program) },
      evidence: { command: h.command, timeoutMs: h.timeoutMs },
    }));
  },
});
