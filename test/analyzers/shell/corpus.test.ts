// Startup-file idioms (test/fixtures/dotfiles/README.md lists the idiom each HOME reproduces)
// are read through a recorded machine tree, so file tests and PATH lookups do not depend on
// this machine. Each must parse without a crash and yield exactly these Go-relevant lines
// (line:NAME=value; "?" = computed by a command at startup; [if] = under an undecided condition).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RecordedHost } from '../../../src/collectors/host.js';
import { scanStartupFile } from '../../../src/collectors/shell/analyze.js';
import { parseFishVariables } from '../../../src/analyzers/shell/env-files.js';
import type { Dialect } from '../../../src/knowledge/shell-startup.js';

const ROOT = 'test/fixtures/dotfiles';

const EXPECTED: [string, Dialect, string[]][] = [
  ['skeleton/.bashrc', 'bash', ["48:GOPATH=/home/u/go [if]","49:PATH=append /usr/local/go/bin:/home/u/go/bin [if]"]],
  ['skeleton/.profile', 'sh', []],
  ['system/etc-profile', 'sh', ["4:PATH=set /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin [if]","6:PATH=set /usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games [if]"]],
  ['system/etc-bash.bashrc', 'bash', []],
  ['split-exports/.bash_profile', 'bash', ["2:PATH=prepend /home/u/bin"]],
  ['split-exports/.exports', 'bash', ["11:GOPATH=/home/u/.go/"]],
  ['split-exports/.path', 'bash', ["2:PATH=append /home/u/.go/bin"]],
  ['shell-d/.bashrc', 'bash', []],
  ['shell-d/.shell.d/go.sh', 'bash', ["1:GOPATH=/home/u/go","2:GOENV_ROOT=/home/u/.goenv","3:PATH=prepend /home/u/.goenv/bin","5:PATH=prepend /home/u/go/bin","8:GO111MODULE=on","9:GOPROXY=direct","10:GOSUMDB=off"]],
  ['go-env-w/.profile', 'sh', ["2:GOPATH=/home/u/go","3:PATH=prepend /home/u/go/bin","5:GO111MODULE(-w)=on","6:GOPROXY(-w)=https://goproxy.io,direct"]],
  ['xdg-profile/.zprofile', 'zsh', []],
  ['xdg-profile/.config/shell/profile', 'sh', ["5:PATH=append $(find ~/.local/bin -type d | paste -sd ':' -) ?","17:ZDOTDIR=/home/u/.config/zsh","18:GOPATH=/home/u/.local/share/go","19:GOMODCACHE=/home/u/.cache/go/mod"]],
  ['zsh-short-for/.zshrc', 'zsh', []],
  ['zsh-short-for/.zsh/rc.d/20-go.zsh', 'zsh', ["1:GOPATH=/home/u/work/go","2:PATH=append /home/u/work/go/bin"]],
  ['zsh-anon/.zshenv', 'zsh', []],
  ['ls-loop/.bashrc', 'bash', []],
  ['zsh-topic/.zshrc', 'zsh', []],
  ['zsh-topic/.dotfiles/go/path.zsh', 'zsh', ["1:GOPATH=/home/u/code/go","2:PATH=prepend /home/u/code/go/bin"]],
  ['bash-globstar/.bashrc', 'bash', []],
  ['zsh-foreach/.zshenv', 'zsh', []],
  ['oh-my-zsh/.zshrc', 'zsh', []],
  ['antidote/.zshrc', 'zsh', []],
  ['zinit/.zshrc', 'zsh', []],
  ['fish-config/.config/fish/config.fish', 'fish', ["1:GOPATH=/home/u/go","5:GOFLAGS=-mod=mod"]],
  ['fish-config/.config/fish/conf.d/go.fish', 'fish', ["1:GOPRIVATE=git.example.com","2:CGO_ENABLED=0"]],
  ['fish-config/.config/fish/functions/go_proxy_setup.fish', 'fish', []],
  ['zprofile-from-zshenv/.zshenv', 'zsh', []],
  ['zprofile-from-zshenv/.zprofile', 'zsh', ["1:GOPATH=/home/u/zp-go","2:PATH=prepend /usr/local/go/bin"]],
  ['zsh-configs/.zshrc', 'zsh', ["31:PATH=prepend /home/u/.asdf/shims"]],
  ['zsh-configs/.zsh/configs/post/path.zsh', 'zsh', ["2:PATH=prepend /home/u/.bin:/usr/local/sbin","5:PATH=prepend .git/safe/../../bin"]],
  ['conditional-bash/.bashrc', 'bash', ["5:GOPATH=/home/u/gosrc","7:PATH=prepend /home/u/bin:/usr/local/opt/ruby/bin:/home/u/gosrc/bin [if]","12:GOFLAGS=-trimpath [if]"]],
  ['conditional-bash/.bash_profile', 'bash', []],
];

function render(e: Awaited<ReturnType<typeof scanStartupFile>>['events'][number]): string {
  const what = e.kind === 'path' ? `PATH=${e.op} ${e.dirs!.join(':')}` : `${e.name}${e.kind === 'go-env-w' ? '(-w)' : ''}=${e.value ?? ''}`;
  return `${e.line}:${what}${e.known ? '' : ' ?'}${e.conditional ? ' [if]' : ''}`;
}

test('every fixture HOME is described in the README, and the files cover at least 20 startup files', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.ok(EXPECTED.length >= 20);
  for (const [rel] of EXPECTED) assert.ok(readme.includes(`| \`${rel.split('/')[0]}\` |`), `${rel}: its HOME has no line in the README`);
});

test('idiom fixtures parse without crashes and yield the expected Go assignments', async () => {
  const tree = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-corpus-'));
  try {
    await fs.mkdir(path.join(tree, 'home/u'), { recursive: true });
    const host = new RecordedHost(tree, 'linux', { HOME: '/home/u' });
    for (const [rel, dialect, expected] of EXPECTED) {
      await fs.mkdir(path.dirname(path.join(tree, 'corpus', rel)), { recursive: true });
      await fs.copyFile(path.join(ROOT, rel), path.join(tree, 'corpus', rel));
      const r = await scanStartupFile(host, `/corpus/${rel}`, dialect);
      assert.ok(r.file.exists && !r.file.binary, rel);
      const got = r.events.filter((e) => e.kind === 'set' || e.kind === 'go-env-w' || e.kind === 'universal' || (e.kind === 'path' && e.dirs?.length)).map(render);
      assert.deepEqual(got, expected, rel);
    }
  } finally {
    await fs.rm(tree, { recursive: true, force: true });
  }
});

test('fish_variables: universal variables with \\xHH escapes and \\x1e list separators', () => {
  const vars = parseFishVariables(readFileSync(path.join(ROOT, 'fish-config/.config/fish/fish_variables'), 'utf8'));
  assert.equal(vars.length, 6);
  assert.equal(vars.find((v) => v.name === 'fish_color_valid_path')?.value, '--underline');
  assert.equal(vars.find((v) => v.name === 'fish_pager_color_prefix')?.value, 'normal --bold --underline');
  assert.deepEqual(vars.find((v) => v.name === 'GOTOOLCHAIN'), { name: 'GOTOOLCHAIN', value: 'local', exported: true, line: 8 });
});
