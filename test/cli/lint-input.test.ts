// `godiag lint` refuses input that would make it check less than the user thinks: exit 2 with a
// clear message for zero files, a --go-version that is not a version, unknown rule ids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1' };

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-lint-input-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

test('lint of a directory with no file it reads says so and exits 2', async () => {
  const dir = tree({ 'README.md': '# nothing to lint\n', '.git/config': '', 'vendor/x/Dockerfile': 'FROM golang\n', 'testdata/Dockerfile': 'FROM golang\n' });
  try {
    const r = await runCli(['lint', '--cwd', dir, '--go-version', 'none'], { env });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /no file godiag lint reads was found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint walks hidden directories such as .devcontainer and .ci, but not .git, vendor or testdata', async () => {
  const dir = tree({
    '.devcontainer/Dockerfile': 'FROM golang:1.23\n', '.ci/Dockerfile': 'FROM golang:1.23\n', '.docker/Dockerfile': 'FROM golang:1.23\n',
    '.git/Dockerfile': 'FROM golang\n', 'vendor/m/Dockerfile': 'FROM golang\n', 'pkg/testdata/Dockerfile': 'FROM golang\n',
  });
  try {
    const r = await runCli(['lint', '--cwd', dir, '--go-version', 'none', '--format', 'json'], { env });
    assert.equal(r.code, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as { facts: { files: { value: { files: Array<{ path: string }> } } } }).facts.files.value.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['.ci/Dockerfile', '.devcontainer/Dockerfile', '.docker/Dockerfile']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--go-version that is not a Go version is a usage error', async () => {
  const dir = tree({ 'go.mod': 'module example.com/m\n\ngo 1.22\n' });
  try {
    for (const bad of ['banana', '1.x', 'go']) {
      const r = await runCli(['lint', '--cwd', dir, '--go-version', bad], { env });
      assert.equal(r.code, 2, `${bad}: ${r.stdout}`);
      assert.match(r.stderr, /--go-version must be a Go version/);
    }
    const ok = await runCli(['lint', '--cwd', dir, '--go-version', 'go1.22.3'], { env });
    assert.equal(ok.code, 0, ok.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('unknown rule ids in the config or in inline ignores are usage errors; known ids and names pass', async () => {
  const dir = tree({
    'Dockerfile': '# godiag ignore=GD999 -- no such rule\nFROM golang:1.23\n',
    '.godiag.json': JSON.stringify({ rules: { GD601: 'off', 'no-such-rule': 'off' } }),
  });
  try {
    const r = await runCli(['lint', '--cwd', dir, '--go-version', 'none'], { env });
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /unknown rule ids.*no-such-rule \(config rules\).*GD999 \(Dockerfile:1\)/s);
    writeFileSync(join(dir, 'Dockerfile'), '# godiag ignore=GD601 -- pinned by the caller\nFROM golang\n');
    writeFileSync(join(dir, '.godiag.json'), JSON.stringify({ rules: { 'golang-image-unpinned': 'warning', GD201: 'off' } }));
    const ok = await runCli(['lint', '--cwd', dir, '--go-version', 'none'], { env });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
