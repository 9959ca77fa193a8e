// Real shells (bash, dash as sh, zsh, fish, busybox sh) against crafted HOMEs: the static reading
// of the startup files must agree with what each shell really ends up with — and where it
// cannot know (command output), it must say so instead of guessing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { runShells } from '../../../src/collectors/shell/dynamic.js';
import { REPORTED_GO_VARS } from '../../../src/knowledge/go-vars.js';
import type { ShellsFacts } from '../../../src/facts/schema/shells.js';
import { makeHome, hostFor, context } from './home.js';

async function staticAndReal(files: Record<string, string>, env: Record<string, string> = {}) {
  const home = await makeHome(files);
  try {
    const host = hostFor(home, env);
    const s = await analyzeShells(host, { shells: ['bash', 'sh', 'zsh', 'fish', 'busybox'] });
    const facts: ShellsFacts = { ...s, dynamic: await runShells(host, s) };
    return { facts, home };
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}

/** Go variables a context exports, as the static model has them. */
function staticVars(f: ShellsFacts, id: string): Record<string, string> {
  const c = context(f, id);
  return Object.fromEntries(REPORTED_GO_VARS.filter((k) => c.vars[k]?.exported).map((k) => [k, c.vars[k]!.value]));
}

function realVars(f: ShellsFacts, id: string): Record<string, string> {
  const r = f.dynamic!.find((d) => d.id === id)!;
  assert.ok(r.ok, `${id}: ${r.error}`);
  return Object.fromEntries(REPORTED_GO_VARS.filter((k) => r.env![k] !== undefined).map((k) => [k, r.env![k]!]));
}

const FILES = {
  '.profile': 'export GOPATH=$HOME/go\nexport PATH=/usr/local/go/bin:$PATH\n',
  '.bashrc': 'case $- in\n  *i*) ;;\n  *) return;;\nesac\nexport GOFLAGS=-mod=mod\n',
  '.zshenv': 'export GOPROXY=off\npath=(/usr/lib/go-1.19/bin(N) $path)\n',
  '.zshrc': 'export GOTOOLCHAIN=local\n',
  '.config/fish/config.fish': 'set -gx GOPATH $HOME/fishgo\nfish_add_path /usr/local/go/bin\nif status is-interactive\n  set -gx CGO_ENABLED 0\nend\n',
};

test('static model = real shells, in every shell and mode', async () => {
  const { facts, home } = await staticAndReal(FILES);
  const ids = facts.dynamic!.map((d) => d.id);
  assert.equal(ids.length, 21, ids.join());
  for (const id of ids) {
    const c = context(facts, id);
    const r = facts.dynamic!.find((d) => d.id === id)!;
    assert.equal(r.goPath, c.gos[0]?.path ?? null, `${id}: which go`);
    assert.deepEqual(realVars(facts, id), staticVars(facts, id), `${id}: Go variables`);
  }
  // And what they are, with where each came from.
  assert.deepEqual(staticVars(facts, 'bash:login'), { GOPATH: `${home}/go` });
  assert.deepEqual(context(facts, 'bash:login').vars.GOPATH!.origin, { file: `${home}/.profile`, line: 1 });
  assert.deepEqual(staticVars(facts, 'bash:interactive'), { GOFLAGS: '-mod=mod' });
  assert.deepEqual(staticVars(facts, 'bash:noninteractive'), {});
  // `ssh host cmd`: bash reads ~/.bashrc, and the skeleton's guard returns before the export.
  assert.ok(context(facts, 'bash:ssh-command').files.some((x) => x.path === `${home}/.bashrc`));
  assert.deepEqual(staticVars(facts, 'bash:ssh-command'), {});
  assert.deepEqual(staticVars(facts, 'sh:noninteractive'), {});
  assert.equal(context(facts, 'zsh:noninteractive').gos[0]?.path, '/usr/lib/go-1.19/bin/go');
  assert.deepEqual(context(facts, 'zsh:noninteractive').gos[0]?.origin, { file: `${home}/.zshenv`, line: 2 });
  assert.deepEqual(staticVars(facts, 'zsh:interactive'), { GOPROXY: 'off', GOTOOLCHAIN: 'local' });
  assert.deepEqual(staticVars(facts, 'fish:noninteractive'), { GOPATH: `${home}/fishgo` });
  assert.deepEqual(staticVars(facts, 'fish:interactive'), { GOPATH: `${home}/fishgo`, CGO_ENABLED: '0' });
  assert.equal(context(facts, 'busybox:login').gos[0]?.path, '/usr/local/go/bin/go');
  // Contexts that read no shell file at all.
  assert.deepEqual(context(facts, 'cron').files, []);
  assert.equal(context(facts, 'cron').gos.length, 0);
});

test('ssh commands: lines above the ~/.bashrc guard reach them, lines below do not', async () => {
  const { facts } = await staticAndReal({ '.bashrc': 'export GOPATH=$HOME/above\n[ -z "$PS1" ] && return\nexport GOBIN=$HOME/below\n' });
  assert.deepEqual(realVars(facts, 'bash:ssh-command'), staticVars(facts, 'bash:ssh-command'));
  assert.deepEqual(Object.keys(staticVars(facts, 'bash:ssh-command')), ['GOPATH']);
  assert.deepEqual(Object.keys(staticVars(facts, 'bash:interactive')).sort(), ['GOBIN', 'GOPATH']);
});

test("a zshenv that sources ~/.zprofile for non-login zsh: login zsh reads it once", async () => {
  const { readFileSync } = await import('node:fs');
  const zshenv = readFileSync('test/fixtures/dotfiles/zprofile-from-zshenv/.zshenv', 'utf8');
  const { facts, home } = await staticAndReal({ '.zshenv': zshenv, '.zprofile': 'export GOPATH=$HOME/prezto-go\npath=(/usr/local/go/bin $path)\n' });
  for (const id of ['zsh:login', 'zsh:interactive', 'zsh:noninteractive']) {
    assert.deepEqual(realVars(facts, id), staticVars(facts, id), id);
    assert.equal(facts.dynamic!.find((d) => d.id === id)!.goPath, context(facts, id).gos[0]?.path ?? null, id);
  }
  assert.equal(staticVars(facts, 'zsh:noninteractive').GOPATH, `${home}/prezto-go`);
  assert.equal(context(facts, 'zsh:login').files.filter((f) => f.path === `${home}/.zprofile`).length, 1);
});

test('BASH_ENV, ENV and ZDOTDIR are followed, like the shells do', async () => {
  const { facts, home } = await staticAndReal({
    '.bashenv': 'export GOBIN=$HOME/bin\n',
    '.shinit': 'export GOPRIVATE=git.corp.example\n',
    '.zshenv': 'ZDOTDIR=$HOME/.zsh\n',
    '.zsh/.zshrc': 'export GOFLAGS=-trimpath\n',
    '.zshrc': 'export GOFLAGS=-never-read\n',
  }, { BASH_ENV: '/placeholder', ENV: '/placeholder' });
  void home;
  for (const id of ['bash:noninteractive', 'sh:interactive', 'zsh:interactive']) {
    assert.deepEqual(realVars(facts, id), staticVars(facts, id), id);
  }
});

test('where the files cannot tell, static says unknown or conditional and reality decides', async () => {
  const { facts, home } = await staticAndReal({
    '.profile': [
      'export GOPATH="$(printf %s /srv/gopath)"',
      'if [ "$(uname -s)" = Linux ]; then export GOFLAGS=-mod=readonly; fi',
      'export PATH=/usr/local/go/bin:$PATH',
    ].join('\n') + '\n',
  });
  const c = context(facts, 'sh:login');
  assert.equal(c.vars.GOPATH!.known, false);
  assert.equal(c.vars.GOFLAGS!.origin!.condition, '[ "$(uname -s)" = Linux ]');
  const real = realVars(facts, 'sh:login');
  assert.equal(real.GOPATH, '/srv/gopath');
  assert.equal(real.GOFLAGS, '-mod=readonly');
  assert.deepEqual(c.vars.GOPATH!.origin, { file: `${home}/.profile`, line: 1 });
});

test('a guard the model decides wrongly shows up as a disagreement, not as a silent error', async () => {
  // `[ -t 0 ]` asks for a terminal: the static model cannot know, the real run has none.
  const { facts } = await staticAndReal({ '.profile': '[ -t 0 ] || return\nexport GOPATH=$HOME/tty-only\n' });
  const c = context(facts, 'sh:login');
  assert.ok(c.vars.GOPATH!.origin!.condition, 'marked conditional');
  assert.equal(realVars(facts, 'sh:login').GOPATH, undefined);
});
