// Real-world robustness: public dotfiles (test/fixtures/dotfiles/README.md lists their sources)
// are read through a recorded machine tree, so file tests and PATH lookups do not depend on
// this machine. Each must parse without a crash and yield exactly these Go-relevant lines
// (line:NAME=value; "?" = computed by a command at startup; [if] = under an undecided condition).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RecordedHost } from '../../../src/facts/host.js';
import { scanStartupFile } from '../../../src/analyzers/shell/analyze.js';
import { parseFishVariables } from '../../../src/analyzers/shell/env-files.js';
import type { Dialect } from '../../../src/analyzers/shell/startup.js';

const ROOT = 'test/fixtures/dotfiles';

const EXPECTED: [string, Dialect, string[]][] = [
  ['HexValid__dotfiles/.bash_profile', 'bash', ["4:GOPATH=/home/u/go","5:GOBIN=/home/u/go/bin","6:PATH=append /home/u/go/bin"]],
  ['KyotaHelloworld__.shell.d/common/go/goenv.sh', 'bash', ["1:GOPATH=/home/u/go","2:GOENV_ROOT=/home/u/.goenv","3:PATH=prepend /home/u/.goenv/bin","5:PATH=prepend /home/u/go/bin","8:GO111MODULE=on","9:GOPROXY=direct","10:GOSUMDB=off"]],
  ['LukeSmithxyz__voidrice/.config/shell/profile', 'sh', ["7:PATH=append $(find ~/.local/bin -type d | paste -sd ':' -) ?","31:ZDOTDIR=/home/u/.config/zsh","39:GOPATH=/home/u/.local/share/go","40:GOMODCACHE=/home/u/.cache/go/mod"]],
  ['LukeSmithxyz__voidrice/.zprofile', 'zsh', []],
  ['RenovZ__dotfiles/golang.sh', 'bash', ["4:GOPATH=/home/u/.golang","5:GO111MODULE=on","6:GOCACHE=/home/u/.golang/go-build","7:GOENV=/home/u/.golang/env","8:GOPROXY=https://goproxy.cn,direct","11:PATH=prepend /home/u/.golang/bin"]],
  ['S-Masakatsu__dotfiles/golang/path.zsh', 'zsh', ["2:GOPATH=/home/u/go","3:PATH=append /home/u/go/bin","4:PATH=append /usr/local/go/bin","5:GOENV_DISABLE_GOPATH=1","6:GOPRIVATE=github.com/*","9:PATH=prepend /home/u/.goenv/bin"]],
  ['caarlos0__dotfiles.fish/golang/install.fish', 'fish', ["2:GOPATH=/Go"]],
  ['cgfork__.profiles/go', 'bash', ["4:GOPATH=/home/u/go","5:PATH=prepend /home/u/go/bin","7:GO111MODULE(-w)=on","8:GOPROXY(-w)=https://goproxy.io,direct"]],
  ['cyrus01337__shell-configuration/conf.d/modules/go.fish', 'fish', ["2:GOPATH=/home/u/.local/share/go"]],
  ['debian__skel/.bashrc', 'bash', []],
  ['debian__skel/.profile', 'sh', []],
  ['debian__skel/etc-bash.bashrc', 'bash', []],
  ['debian__skel/etc-profile', 'sh', ["5:PATH=set /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin [if]","7:PATH=set /usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games [if]"]],
  ['driesvints__dotfiles/path.zsh', 'zsh', []],
  ['fatih__dotfiles/config.fish', 'fish', ["7:PATH=prepend /home/u/go/bin:/home/u/.local/bin:/usr/local/opt/python@3.11/libexec/bin:/usr/local/sbin:/opt/homebrew/bin:/opt/homebrew/opt/node@20/bin:/opt/homebrew/opt/postgresql@17/bin:/home/u/.cargo/bin","8:GOBIN=/home/u/go/bin"]],
  ['holman__dotfiles/zsh/zshrc.symlink', 'zsh', []],
  ['iPolyomino__dotfiles/.zsh/a3_export.zsh', 'zsh', []],
  ['ikdysfm__dotfiles/fish/config.fish', 'fish', ["3:GOPATH=/home/u/.go","4:PATH=append /home/u/.go/bin"]],
  ['junegunn__dotfiles/bash_profile', 'bash', []],
  ['junegunn__dotfiles/bashrc', 'bash', ["44:GOPATH=/home/u/gosrc","47:PATH=prepend /home/u/bin:/usr/local/lib/ruby/gems/3.0.0/bin:/usr/local/opt/ruby/bin:/home/u/gosrc/bin [if]","50:PATH=prepend /home/u/bin [if]"]],
  ['linkangsun__Config/sl_install_golang_dev_env/.bash_profile', 'bash', ["10:PATH=append /home/u/bin","13:GOROOT=/usr/local/src/go","14:GOBIN=/usr/local/src/go/bin","15:GOPKG=/usr/local/src/go/pkg/tool/linux_amd64","16:GOARCH=amd64","17:GOOS=linux","18:GOPATH=/home/go","19:PATH=append /usr/local/src/go/bin:/usr/local/src/go/pkg/tool/linux_amd64:/home/go/bin"]],
  ['mathiasbynens__dotfiles/.bash_profile', 'bash', ["2:PATH=prepend /home/u/bin"]],
  ['mathiasbynens__dotfiles/.exports', 'bash', []],
  ['mvdan__dotfiles/.bash_profile', 'bash', []],
  ['mvdan__dotfiles/.bashrc', 'bash', []],
  ['mvdan__dotfiles/.config/fish/config.fish', 'fish', []],
  ['ndbroadbent__dotfiles/bashrc/golang.sh', 'bash', ["6:GOPATH=/Users/ndbroadbent/code/go","7:PATH=prepend /Users/ndbroadbent/code/go/bin"]],
  ['nicknisi__dotfiles/config/zsh/.zshrc', 'zsh', ["180:PATH=prepend /home/u/.local/share/pnpm [if]"]],
  ['nicknisi__dotfiles/home/.zshenv', 'zsh', ["7:ZDOTDIR=/home/u/.config/zsh"]],
  ['paulirish__dotfiles/.exports', 'bash', ["43:GOPATH=/home/u/.go/"]],
  ['paulirish__dotfiles/fish/config.fish', 'fish', []],
  ['sorin-ionescu__prezto/runcoms/zprofile', 'zsh', []],
  ['sorin-ionescu__prezto/runcoms/zshenv', 'zsh', []],
  ['thoughtbot__dotfiles/zsh/configs/post/path.zsh', 'zsh', ["2:PATH=prepend /home/u/.bin:/usr/local/sbin","12:PATH=prepend .git/safe/../../bin"]],
  ['thoughtbot__dotfiles/zshenv', 'zsh', []],
  ['thoughtbot__dotfiles/zshrc', 'zsh', ["39:PATH=prepend /home/u/.asdf/shims"]],
  ['vito__dotfiles/fish/.config/fish/config.fish', 'fish', []],
];

function render(e: Awaited<ReturnType<typeof scanStartupFile>>['events'][number]): string {
  const what = e.kind === 'path' ? `PATH=${e.op} ${e.dirs!.join(':')}` : `${e.name}${e.kind === 'go-env-w' ? '(-w)' : ''}=${e.value ?? ''}`;
  return `${e.line}:${what}${e.known ? '' : ' ?'}${e.conditional ? ' [if]' : ''}`;
}

test('the corpus has at least 20 public dotfiles, each with its source noted', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.ok(EXPECTED.length >= 20);
  for (const [rel] of EXPECTED) assert.ok(readme.includes(`\`${rel}\``), `${rel} has no source line in the README`);
});

test('public dotfiles parse without crashes and yield the expected Go assignments', async () => {
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

test('mvdan/dotfiles fish_variables: universal variables with \\xHH escapes', () => {
  const vars = parseFishVariables(readFileSync(path.join(ROOT, 'mvdan__dotfiles/.config/fish/fish_variables'), 'utf8'));
  assert.ok(vars.length > 10);
  assert.equal(vars.find((v) => v.name === 'fish_color_valid_path')?.value, '--underline');
});
