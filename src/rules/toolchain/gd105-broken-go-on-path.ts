import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** A `go` entry on PATH that cannot run: dangling symlink (uninstalled toolchain), loop, no exec bit. */
export const gd105 = defineRule({
  id: 'GD105',
  name: 'broken-go-on-path',
  category: 'toolchain',
  severity: 'warning',
  title: 'A go entry on PATH is broken',
  requires: ['toolchains'],
  messages: {
    broken: '{path} is on PATH but cannot run: {problem}.',
  },
  fixTitles: {
    removeTheBrokenEntry: 'Remove the broken entry (check what it pointed to first)',
  },
  sources: ['man:execvp(3)', 'man:path_resolution(7)'],
  fixable: true,
  docs: {
    what: 'Finds files named go in PATH directories that are dangling or looping symlinks, directories, or lack the execute bit.',
    why: 'Shells skip such entries silently (or report "permission denied"), so a different go runs than the one the user thinks they installed; a dangling /usr/local/bin/go usually remains after an uninstall.',
    fix: 'Remove the broken entry or point the symlink at a real toolchain.',
  },
  check({ toolchains }) {
    return toolchains.brokenOnPath.map((b) => ({
      messageId: 'broken' as const,
      data: { path: b.path, problem: b.problem },
      fixes: [{ kind: 'command' as const, title: fixTitle('removeTheBrokenEntry'), shell: 'sh' as const, command: `ls -l ${b.path} && sudo rm ${b.path}`, safety: 'destructive' as const }],
    }));
  },
});
