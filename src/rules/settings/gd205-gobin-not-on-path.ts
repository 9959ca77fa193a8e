import { defineRule } from '../../engine/define-rule.js';

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
  sources: ['https://pkg.go.dev/cmd/go#hdr-Compile_and_install_packages_and_dependencies', 'https://go.dev/doc/tutorial/compile-install'],
  fixable: true,
  docs: {
    what: 'Lists executables in GOBIN (or GOPATH/bin when GOBIN is unset) and checks that the directory is on PATH.',
    why: '`go install` puts binaries in GOBIN, else in the bin directory of the first GOPATH entry (default ~/go/bin). Without it on PATH, tools such as gopls, golangci-lint or stringer are not found by shells and editors.',
    fix: 'Add the directory to PATH in the startup file of each shell and context that needs it.',
  },
  check({ goenv }) {
    return goenv.binDirs.filter((d) => d.exists && !d.onPath && d.executables.length > 0).map((d) => ({
      messageId: 'notOnPath' as const,
      data: { dir: d.dir, from: d.from === 'GOBIN' ? 'GOBIN' : 'GOPATH/bin', count: d.executables.length, examples: d.executables.slice(0, 3).join(', ') },
      evidence: { executables: d.executables },
      fixes: [
        { kind: 'edit' as const, title: 'Add it to PATH for login shells', file: '~/.profile', replacement: `# >>> godiag go-bin >>>\nexport PATH="$PATH:${d.dir}"\n# <<< godiag go-bin <<<\n`, marker: 'godiag go-bin', safety: 'safe' as const },
        { kind: 'command' as const, title: 'In fish', shell: 'fish' as const, command: `fish_add_path ${d.dir}`, safety: 'safe' as const },
      ],
    }));
  },
});
