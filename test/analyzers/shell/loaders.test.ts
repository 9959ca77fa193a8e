// Loaders seen in real dotfiles, each reproduced by a fixture HOME (test/fixtures/dotfiles): the
// static analysis follows them in the shell's order, or records the line with the files it may
// load (GD316) — never silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ShellsFacts } from '../../../src/facts/schema/shells.js';
import { analyzeFixture, context } from './home.js';

/** NAME=value@file:line of the Go variables a context ends up with (HOME shown as ~). */
function goVars(f: ShellsFacts, home: string, id: string): string[] {
  const c = context(f, id);
  return Object.entries(c.vars).map(([k, v]) => `${k}=${v.value.replaceAll(home, '~')}@${v.origin ? `${v.origin.file.replace(home, '~')}:${v.origin.line}` : '-'}`).sort();
}

/** Loaders not followed although their file name is known from the files (a name computed by a
 * command, `source "$(brew --prefix)/…"`, can only be reported). */
function unfollowed(f: ShellsFacts) {
  return f.events.filter((e) => e.kind === 'source' && !e.followed && e.candidates && !/\$\(|`/.test(e.target ?? ''));
}

const CASES: [string, string, string[]][] = [
  // zsh `for f (glob(N.on)) source $f`, and (N.On): reverse order, so a-go.zsh is read last and wins.
  ['zsh-short-for', 'zsh:interactive', ['GOFLAGS=-mod=readonly@~/.zsh/env.d/a-go.zsh:1', 'GOPATH=~/work/go@~/.zsh/rc.d/20-go.zsh:1', 'GOTOOLCHAIN=local@~/.zsh/env.d/b-go.zsh:2']],
  ['zsh-short-for', 'zsh:noninteractive', ['GOFLAGS=-mod=readonly@~/.zsh/env.d/a-go.zsh:1', 'GOTOOLCHAIN=local@~/.zsh/env.d/b-go.zsh:2']],
  ['zsh-anon', 'zsh:noninteractive', ['GOPATH=~/gocode@~/.zshenv.d/go.zsh:1', 'GOPRIVATE=git.example.com@~/.zshenv.local:1']],
  ['ls-loop', 'bash:interactive', ['GOBIN=~/.local/bin@~/.bashrc.d/go:1']],
  // path.zsh first, then the rest without path/completion, then completion files.
  ['zsh-topic', 'zsh:interactive', ['GOFLAGS=-mod=vendor@~/.dotfiles/go/completion.zsh:1', 'GOPATH=~/code/go@~/.dotfiles/go/path.zsh:1']],
  // globstar finds lang/go.bash; the [[ =~ /disabled/ ]] filter skips lang/disabled/go-old.bash.
  ['bash-globstar', 'bash:interactive', ['GOPATH=~/src/go@~/.bash.d/lang/go.bash:1', 'GOTOOLCHAIN=local@~/.bash.d/env.bash:1']],
  ['zsh-foreach', 'zsh:noninteractive', ['GOPATH=~/go-foreach@~/.zsh/env/go.zsh:1']],
  // custom plugin dir before the framework's, then $ZSH_CUSTOM/*.zsh.
  ['oh-my-zsh', 'zsh:interactive', ['GOBIN=~/.local/gobin@~/.oh-my-zsh/custom/plugins/gotools/gotools.plugin.zsh:1', 'GOPATH=~/omz-go@~/.oh-my-zsh/custom/go.zsh:1']],
  ['antidote', 'zsh:interactive', ['GOPATH=~/antidote-go@~/.zsh/plugins/go/go.plugin.zsh:1']],
  // the deferred snippet (ice wait) does not reach `zsh -ic`.
  ['zinit', 'zsh:interactive', ['GOFLAGS=-trimpath@~/.zsh/path.zsh:2']],
  // conf.d, config.fish, an autoloaded function in functions/ (its own file:line), universal variables.
  ['fish-config', 'fish:noninteractive', ['CGO_ENABLED=0@~/.config/fish/conf.d/go.fish:2', 'GOPATH=~/go@~/.config/fish/config.fish:1', 'GOPRIVATE=git.example.com@~/.config/fish/conf.d/go.fish:1', 'GOPROXY=https://proxy.golang.org,direct@~/.config/fish/functions/go_proxy_setup.fish:2', 'GOTOOLCHAIN=local@~/.config/fish/fish_variables:8']],
  // a function looping over pre/, the rest (case filter), post/.
  ['zsh-configs', 'zsh:interactive', ['GOPATH=~/dev/go@~/.zsh/configs/go.zsh:1', 'GOTOOLCHAIN=local@~/.zsh/configs/pre/toolchain.zsh:1']],
  ['split-exports', 'bash:login', ['GOPATH=~/.go/@~/.exports:11']],
  ['shell-d', 'bash:interactive', ['GO111MODULE=on@~/.shell.d/go.sh:8', 'GOENV_ROOT=~/.goenv@~/.shell.d/go.sh:2', 'GOPATH=~/go@~/.shell.d/go.sh:1', 'GOPROXY=direct@~/.shell.d/go.sh:9', 'GOSUMDB=off@~/.shell.d/go.sh:10']],
  ['xdg-profile', 'zsh:login', ['GOMODCACHE=~/.cache/go/mod@~/.config/shell/profile:19', 'GOPATH=~/.local/share/go@~/.config/shell/profile:18']],
];

for (const [name, id, expected] of CASES) {
  test(`loader ${name}: ${id} gets its Go settings from the loaded files`, async () => {
    const { facts, home } = await analyzeFixture(name);
    assert.deepEqual(goVars(facts, home, id), expected);
    if (!['antidote', 'zinit'].includes(name)) assert.deepEqual(unfollowed(facts).map((e) => `${e.file}:${e.line}`), [], 'every loader followed');
  });
}


test('a [[ =~ ]] filter is decided, so the skipped file sets nothing, even conditionally', async () => {
  const { facts, home } = await analyzeFixture('bash-globstar');
  const old = facts.events.filter((e) => e.file === `${home}/.bash.d/lang/disabled/go-old.bash` && e.readBy.includes('bash:interactive'));
  assert.deepEqual(old, []);
  assert.equal(context(facts, 'bash:interactive').vars.GOPATH!.origin!.condition, undefined);
});
