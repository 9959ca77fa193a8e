import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import type { DirFact } from '../../facts/schema/system.js';
import { moveDirFix } from './fixes.js';

/**
 * Where the go command executes what it builds (checked with go1.26 on a noexec tmpfs):
 * $WORK (GOTMPDIR, else TMPDIR) for go test and an uncached go run; GOCACHE for cached
 * go run / go tool executables (Go 1.24+).
 */
function execDirs(dirs: readonly DirFact[]): DirFact[] {
  const gotmp = dirs.find((d) => d.role === 'GOTMPDIR');
  return dirs.filter((d) => d.role === 'GOCACHE' || d.role === (gotmp ? 'GOTMPDIR' : 'TMPDIR'));
}

/** TMPDIR/GOTMPDIR/GOCACHE on a noexec mount: go test and go run fail with permission denied. */
export const gd412 = defineRule({
  id: 'GD412',
  name: 'go-dirs-noexec',
  category: 'system',
  severity: 'error',
  title: 'Go work or cache directory on a noexec mount',
  requires: ['system'],
  messages: {
    work: '{role}={path} is on {mountPoint} mounted noexec: go test and go run fail with "fork/exec {path}/go-build…/exe/…: permission denied".',
    cache: 'GOCACHE={path} is on {mountPoint} mounted noexec: from Go 1.24 a repeated go run or go tool executes the cached binary and fails with "permission denied".',
  },
  fixTitles: {
    giveTheGoCommand: 'Give the go command an exec-allowed work directory',
    giveTheGoCommandExported: 'Give the go command an exec-allowed work directory (it is exported in your shell startup or CI environment)',
    moveTheBuildCache: 'Move the build cache to an exec-allowed filesystem',
    moveTheBuildCacheExported: 'Move the build cache to an exec-allowed filesystem (it is exported in your shell startup or CI environment)',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Environment_variables', 'https://go.dev/doc/go1.24#go-command', 'man:mount(8)', 'man:proc_pid_mountinfo(5)'],
  fixable: true,
  docs: {
    what: 'Finds the mount of the go command\'s work directory (GOTMPDIR, else TMPDIR) and of GOCACHE in /proc/self/mountinfo and reports a noexec option.',
    why: 'go test and go run link a binary into $WORK and execute it; Go 1.24+ also caches go run/go tool executables in GOCACHE and runs them from there. Hardened hosts often mount /tmp noexec, so the build succeeds and the exec fails with "permission denied".',
    fix: 'Point GOTMPDIR (and, if needed, GOCACHE) at a directory on an exec-allowed filesystem you own, e.g. under $HOME.',
  },
  check({ system }) {
    return execDirs(system.dirs).filter((d) => d.mount?.options.includes('noexec')).map((d) => {
      const isCache = d.role === 'GOCACHE';
      const setWork = moveDirFix('GOTMPDIR', system.dirs.find((x) => x.role === 'GOTMPDIR')?.source ?? 'default', '$HOME/.cache/go-tmp', fixTitle('giveTheGoCommand'), fixTitle('giveTheGoCommandExported'));
      const fixes: FixDraft[] = [isCache
        ? moveDirFix('GOCACHE', d.source, '$HOME/.cache/go-build', fixTitle('moveTheBuildCache'), fixTitle('moveTheBuildCacheExported'))
        : { ...setWork, command: `mkdir -p $HOME/.cache/go-tmp && ${setWork.command}` }];
      return {
        messageId: isCache ? 'cache' as const : 'work' as const,
        data: { role: d.role, path: d.path, mountPoint: d.mount!.mountPoint },
        evidence: { dir: d },
        fixes,
      };
    });
  },
});
