// Doctor on a clean machine and its command line, with the real go1.26.8, go1.19.8 and zsh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

function sandbox(): Sandbox {
  const sb = new Sandbox();
  sb.file('home/.config/go/telemetry/mode', 'off\n');
  return sb;
}

test('--cwd naming no directory is a usage error (exit 2) with a message, for doctor, route and shell', async () => {
  const sb = sandbox();
  try {
    for (const cmd of ['doctor', 'route', 'shell']) {
      const r = await runCli([cmd, '--cwd', join(sb.root, 'nonexistent')], { env: sb.env([dirname(REAL_GO)]) });
      assert.equal(r.code, 2, `${cmd}: ${r.stdout}`);
      assert.match(r.stderr, /--cwd .*nonexistent.*: no such directory/);
    }
  } finally {
    sb.cleanup();
  }
});

test('tables honour COLUMNS; the settings table lists no stock go.env defaults', async () => {
  const sb = sandbox();
  try {
    const bin = sb.binWithGo('a-rather-long-directory-name-for-the-go-toolchain-on-path', REAL_GO);
    const r = await runCli(['doctor', '--fail-on', 'never'], { env: sb.env([bin], { COLUMNS: '80' }), cwd: sb.project });
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('  → PATH') || l.startsWith('  where') || l.startsWith('  not on PATH'));
    assert.ok(rows.length >= 2, r.stdout);
    for (const l of rows) assert.ok(l.length <= 80, `${l.length}: ${l}`);
    const wide = await runCli(['doctor', '--fail-on', 'never'], { env: sb.env([bin]), cwd: sb.project });
    assert.ok(wide.stdout.split('\n').some((l) => l.length > 80), 'without COLUMNS the table is not cut');
    // Stock values from $GOROOT/go.env are defaults: the table must not list them.
    const goenv = spawnSync(REAL_GO, ['env', 'GOPROXY', 'GOSUMDB'], { env: { PATH: '/usr/bin:/bin', HOME: sb.home, GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).stdout;
    assert.equal(goenv, 'https://proxy.golang.org,direct\nsum.golang.org\n');
    const table = r.stdout.slice(r.stdout.indexOf('Go settings not at their defaults'));
    assert.doesNotMatch(table.slice(0, table.indexOf('\n\n')), /GOPROXY|GOSUMDB/);
  } finally {
    sb.cleanup();
  }
});

test("Debian's stock /etc/zsh/zshrc, which zsh -n accepts, gets no syntax note", async () => {
  assert.equal(spawnSync('zsh', ['-n', '/etc/zsh/zshrc']).status, 0, 'zsh must be installed and accept its stock zshrc');
  const sb = sandbox();
  try {
    const r = await runCli(['shell'], { env: sb.env([dirname(REAL_GO)], { SHELL: '/usr/bin/zsh' }), cwd: sb.project });
    assert.doesNotMatch(r.stdout, /\/etc\/zsh\/zshrc: syntax/);
  } finally {
    sb.cleanup();
  }
});

test('GD216: a relative GOBIN, which go env -w accepts and go install refuses; GD110: go1.19 is past end of support', async () => {
  const sb = sandbox();
  try {
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.19\n');
    sb.file('project/main.go', 'package main\n\nfunc main() {}\n');
    const env = sb.env([dirname(DEBIAN_GO)]);
    assert.equal(spawnSync('go', ['env', '-w', 'GOBIN=bin'], { env, cwd: sb.home }).status, 0);
    const install = spawnSync('go', ['install', '.'], { env, cwd: sb.project, encoding: 'utf8' });
    assert.notEqual(install.status, 0);
    assert.match(install.stderr, /cannot install, GOBIN must be an absolute path/);
    const r = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd: sb.project });
    const fs = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; message: string }> }).findings;
    assert.ok(fs.find((f) => f.ruleId === 'GD216')?.message.includes('cannot install, GOBIN must be an absolute path'));
    assert.match(fs.find((f) => f.ruleId === 'GD110')?.message ?? '', /go1\.19\.8, past end of support/);
  } finally {
    sb.cleanup();
  }
});
