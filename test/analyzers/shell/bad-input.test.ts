// Bad input is bounded and reported: syntax errors, binary junk, huge files, source loops, and —
// with --run-shells — startup files that hang, read stdin or print megabytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { runShells } from '../../../src/collectors/shell/dynamic.js';
import { FILE_CAP_BYTES } from '../../../src/collectors/shell/evaluate.js';
import { analyzeHome, makeHome, hostFor, context } from './home.js';

test('a syntax error stops the file where bash stops reading it', async () => {
  const f = await analyzeHome({ '.bashrc': 'export GOPATH=$HOME/go\nif then fi\nexport GOBIN=$HOME/bin\n' }, { shells: ['bash'] });
  const file = f.files.find((x) => x.path.endsWith('/.bashrc'))!;
  assert.equal(file.syntaxError?.line, 2);
  assert.equal(file.syntaxError?.advisory, false);
  const c = context(f, 'bash:interactive');
  assert.ok(c.vars.GOPATH);
  assert.equal(c.vars.GOBIN, undefined);
  assert.ok(c.notes.some((n) => /syntax error/.test(n)));
});

test('binary junk is recognised, not parsed', async () => {
  const f = await analyzeHome({ '.profile': Buffer.concat([Buffer.from('export GOPATH=/x\n'), randomBytes(4096), Buffer.from([0])]) }, { shells: ['sh'] });
  const file = f.files.find((x) => x.path.endsWith('/.profile'))!;
  assert.equal(file.binary, true);
  assert.equal(context(f, 'sh:login').vars.GOPATH, undefined);
});

test('a 10 MB startup file is read only up to the cap, quickly', async () => {
  const line = 'export FOO=bar # padding padding padding padding padding padding padding\n';
  const big = 'export GOPATH=$HOME/big\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
  const start = performance.now();
  const f = await analyzeHome({ '.profile': big }, { shells: ['sh'] });
  const ms = performance.now() - start;
  const file = f.files.find((x) => x.path.endsWith('/.profile'))!;
  assert.ok(file.size > 10 * 1024 * 1024);
  assert.equal(file.truncated, true);
  assert.ok(FILE_CAP_BYTES < file.size);
  assert.equal(context(f, 'sh:login').vars.GOPATH?.value.endsWith('/big'), true);
  assert.ok(ms < 20_000, `took ${ms} ms`);
});

test('source loops and deep chains end at the limit, with a note', async () => {
  const chain: Record<string, string> = {};
  for (let i = 0; i < 30; i++) chain[`.c${i}`] = `. ~/.c${i + 1}\n`;
  const f = await analyzeHome({ '.profile': '. ~/.a\nexport GOPATH=$HOME/after-loop\n. ~/.c0\n', '.a': '. ~/.b\n', '.b': '. ~/.a\n', ...chain }, { shells: ['sh'] });
  const c = context(f, 'sh:login');
  assert.ok(c.notes.some((n) => /source loop/.test(n)), c.notes.join('\n'));
  assert.ok(c.notes.some((n) => /depth limit/.test(n)), c.notes.join('\n'));
  assert.ok(c.vars.GOPATH!.value.endsWith('/after-loop'));
});

test('unbalanced quotes and garbage do not crash the readers', async () => {
  const f = await analyzeHome({
    '.bashrc': 'export GOPATH="$HOME/go\n$(( ))) {{{ ]] `unterminated\n',
    '.zshrc': 'path=( $path\n',
    '.config/fish/config.fish': 'if test\n  set -gx GOPATH "unterminated\nend end end\n',
  }, { shells: ['bash', 'zsh', 'fish'] });
  assert.ok(f.contexts.length >= 9);
});

test('--run-shells: startup files that hang, read stdin or print megabytes are bounded and reported', async () => {
  const home = await makeHome({
    '.bashrc': 'sleep 600\n',
    '.profile': 'read answer\nexport GOPATH=$HOME/after-read\n',
    '.zshenv': 'yes godiag | head -c 20000000\n',
  });
  try {
    const host = hostFor(home);
    const s = await analyzeShells(host, { shells: ['bash', 'sh', 'zsh'] });
    const start = performance.now();
    const runs = await runShells(host, s, 3000);
    const ms = performance.now() - start;
    const byId = (id: string) => runs.find((r) => r.id === id)!;
    assert.equal(byId('bash:interactive').timedOut, true);
    assert.match(byId('bash:interactive').error!, /killed/);
    // stdin is /dev/null: `read` gets EOF at once and startup goes on.
    assert.equal(byId('sh:login').ok, true);
    assert.equal(byId('sh:login').env!.GOPATH, `${home}/after-read`);
    assert.equal(byId('zsh:noninteractive').ok, false);
    assert.equal(byId('zsh:noninteractive').truncated, true);
    assert.ok(ms < 30_000, `took ${ms} ms`);
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
});

test('HOME missing is a clear collector error', async () => {
  await assert.rejects(analyzeShells(hostFor('/x', { HOME: '' })), /HOME is not set/);
});

test('loops nested hundreds deep around costly lines are bounded: each context stops with a note, the others still run', { timeout: 120_000 }, async () => {
  // 2^300 iterations if walked naively; the body grows PATH and evaluates a version manager each time.
  const open = 'for d in a b; do\n'.repeat(300);
  const body = 'export PATH=$HOME/go/bin:$PATH\n' + 'eval "$(goenv init -)"\n'.repeat(40);
  const close = 'done\n'.repeat(300);
  const start = process.cpuUsage();
  const f = await analyzeHome({ '.bash_profile': `export GOPATH=$HOME/go\n${open}${body}${close}`, '.zshenv': 'export GOPATH=$HOME/zgo\n' }, { shells: ['bash', 'zsh'] });
  const cpu = process.cpuUsage(start);
  assert.ok((cpu.user + cpu.system) / 1000 < 20_000, `took ${(cpu.user + cpu.system) / 1000} ms of CPU`);
  const login = context(f, 'bash:login');
  assert.ok(login.notes.some((n) => /loops nested too deep|analysis stopped/.test(n)), login.notes.join('\n'));
  assert.ok(login.vars.GOPATH?.value.endsWith('/go'));
  // Another shell's context is not starved by the costly one.
  assert.ok(context(f, 'zsh:login').vars.GOPATH?.value.endsWith('/zgo'));
});
