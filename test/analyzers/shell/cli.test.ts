// `godiag shell` as a user runs it: the built CLI, a crafted HOME, JSON and text output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { runCli } from '../../helpers/cli.js';
import { makeHome, BASE_PATH } from './home.js';

const FILES = {
  '.bashrc': 'case $- in *i*) ;; *) return;; esac\nexport GOPROXY=https://user:s3cret@proxy.corp.example\nexport PATH=$PATH:/usr/local/go/bin\n',
  '.profile': 'export GOPATH=$HOME/go\n',
};

test('godiag shell --format json: contexts, findings with file:line, secrets redacted', async () => {
  const home = await makeHome(FILES);
  try {
    const r = await runCli(['shell', '--format', 'json', '--fail-on', 'never'], { env: { HOME: home, PATH: BASE_PATH, USER: 'nobody-here', SHELL: '/bin/bash' } });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('s3cret'));
    const report = JSON.parse(r.stdout);
    const shells = report.facts.shells.value;
    const bashI = shells.contexts.find((c: { id: string }) => c.id === 'bash:interactive');
    assert.equal(bashI.gos[0].path, '/usr/local/go/bin/go');
    assert.deepEqual(bashI.gos[0].origin, { file: `${home}/.bashrc`, line: 3 });
    const gd301 = report.findings.filter((f: { ruleId: string }) => f.ruleId === 'GD301');
    assert.ok(gd301.some((f: { location: { line: number } }) => f.location.line === 3));
    assert.equal(shells.dynamic, null);
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
});

test('godiag shell --run-shells: text report shows the real result next to the static one', async () => {
  const home = await makeHome(FILES);
  try {
    const r = await runCli(['shell', '--run-shells', '--timeout', '5', '--no-color'], { env: { HOME: home, PATH: BASE_PATH, USER: 'nobody-here', SHELL: '/bin/bash' } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /really \(--run-shells\)/);
    assert.match(r.stdout, /bash:interactive\s+\/usr\/local\/go\/bin\/go \(go1\.\d+[.\d]*\)\s+\S+\/\.bashrc:3/);
    assert.match(r.stdout, /GD301/);
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
});

test('godiag shell rejects a bad --timeout with exit 2', async () => {
  const r = await runCli(['shell', '--timeout', 'soon'], { env: { HOME: '/tmp', PATH: BASE_PATH } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--timeout/);
});
