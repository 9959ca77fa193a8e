import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import type { ShellsFacts } from '../../facts/schema/shells.js';
import { fishQuote, shQuote } from '../../knowledge/shell-quote.js';
import { setupBlock, setupFileFor, syntaxOf } from '../shell/util.js';

/** `go install` succeeds, then "command not found": the install directory is not on PATH. */
export const gd205 = defineRule({
  id: 'GD205',
  name: 'gobin-not-on-path',
  category: 'settings',
  severity: 'warning',
  title: 'The directory go install writes to is not on PATH',
  requires: ['goenv'],
  messages: {
    notOnPath: '{dir} ({from}) holds {count} installed program(s) ({examples}) but is not on PATH, so they are "command not found".',
  },
  fixTitles: {
    addItToPath: 'Add it to PATH for {login} ({shown})',
    inShFamilyShells: 'In sh-family shells',
    inFish: 'In fish',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Compile_and_install_packages_and_dependencies', 'https://go.dev/doc/tutorial/compile-install'],
  fixable: true,
  docs: {
    what: 'Lists executables in GOBIN (or GOPATH/bin when GOBIN is unset) and checks that the directory is on PATH.',
    why: '`go install` puts binaries in GOBIN, else in the bin directory of the first GOPATH entry (default ~/go/bin). Without it on PATH, tools such as gopls, golangci-lint or stringer are not found by shells and editors.',
    fix: 'Add the directory to the end of PATH in the file the login shell reads: ~/.profile (or ~/.bash_profile) for bash and sh, ~/.zshenv for zsh, ~/.config/fish/conf.d/go.fish for fish; zsh and fish never read ~/.profile. `godiag fix --apply` writes that block.',
  },
  check({ goenv, all }) {
    const shells = all.shells?.ok ? all.shells.value : null;
    return goenv.binDirs.filter((d) => d.exists && !d.onPath && d.executables.length > 0).map((d) => ({
      messageId: 'notOnPath' as const,
      data: { dir: d.dir, from: d.from === 'GOBIN' ? 'GOBIN' : 'GOPATH/bin', count: d.executables.length, examples: d.executables.slice(0, 3).join(', ') },
      evidence: { executables: d.executables },
      fixes: binDirFixes(shells, d.dir),
    }));
  },
});

/**
 * Append the directory (installed tools must not shadow system commands) in the file the
 * user's login shell reads: ~/.profile serves bash and sh, but zsh and fish never read it.
 */
function binDirFixes(shells: ShellsFacts | null, dir: string): FixDraft[] {
  const login = shells?.loginShell?.name ?? 'sh';
  const file = shells ? setupFileFor(shells, login) : '~/.profile';
  const shown = shells ? file.replace(shells.home, '~') : file;
  const block = setupBlock(file, [{ pathDir: dir, at: 'last' }], fixTitle('addItToPath', { login, shown }));
  const other = syntaxOf(file) === 'fish'
    ? { kind: 'command' as const, title: fixTitle('inShFamilyShells'), shell: 'sh' as const, command: `PATH="$PATH":${shQuote(dir)}; export PATH`, safety: 'review' as const }
    : { kind: 'command' as const, title: fixTitle('inFish'), shell: 'fish' as const, command: `fish_add_path --path --append ${fishQuote(dir)}`, safety: 'review' as const };
  return [...(block ? [block] : []), ...(dir.includes('\n') && other.shell === 'fish' ? [] : [other])];
}
