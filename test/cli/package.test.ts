// The published package: packed, installed into an empty prefix with `npm i -g` like a user
// installs it, small (its dependencies included), and working: doctor, lint, inspect, shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from '../../src/collectors/exec.js';
import { REAL_GO } from '../helpers/cli.js';

/** 3 MB, dependencies included (the budget). */
const MAX_INSTALLED_BYTES = 3_000_000;

function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

test('npm pack, npm i -g --prefix EMPTY, then godiag doctor, lint, inspect and shell run; installed size within budget', { timeout: 600_000 }, async () => {
  assert.ok(existsSync('dist/godiag.js'), 'dist/godiag.js is missing: run `npm run build` first');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(Object.keys(pkg.dependencies), ['sh-syntax'], 'only the WASM shell parser is needed at run time; everything else is bundled into dist/');
  const tmp = mkdtempSync(join(tmpdir(), 'godiag-pack-'));
  try {
    const npmEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } as Record<string, string>;
    const packed = await execFile('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { env: npmEnv, cwd: process.cwd(), timeoutMs: 300_000 });
    assert.equal(packed.code, 0, packed.stderr);
    const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    assert.ok(tgz, `npm pack wrote no tarball: ${packed.stdout}`);
    const prefix = join(tmp, 'prefix');
    mkdirSync(prefix);
    const installed = await execFile('npm', ['i', '-g', '--prefix', prefix, join(tmp, tgz)], { env: npmEnv, cwd: tmp, timeoutMs: 300_000 });
    assert.equal(installed.code, 0, installed.stderr);
    const root = join(prefix, 'lib', 'node_modules', 'godiag');
    const size = bytesUnder(root);
    assert.ok(size <= MAX_INSTALLED_BYTES, `installed size ${size} bytes > ${MAX_INSTALLED_BYTES}`);
    assert.ok(existsSync(join(root, 'node_modules', 'sh-syntax', 'main.wasm')), 'the shell parser WASM is not installed');

    const bin = join(prefix, 'bin', 'godiag');
    const home = join(tmp, 'home');
    mkdirSync(home);
    writeFileSync(join(home, '.bashrc'), 'export PATH=/usr/local/go/bin:$PATH\nif [ -d x ]; then\n');
    const env = { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: home, NO_COLOR: '1' };
    const run = (args: string[]) => execFile(bin, args, { env, cwd: home, timeoutMs: 180_000 });

    const doctor = await run(['doctor', '--format', 'json']);
    assert.ok(doctor.code === 0 || doctor.code === 1, doctor.stderr);
    assert.equal(JSON.parse(doctor.stdout).facts.shells.ok, true);
    const lint = await run(['lint', '--fail-on', 'warning', join(process.cwd(), 'test/fixtures/files/err/gd601')]);
    assert.equal(lint.code, 1, lint.stderr + lint.stdout);
    assert.match(lint.stdout, /GD601/);
    const inspect = await run(['inspect', '--expect', 'os=linux', REAL_GO]);
    assert.equal(inspect.code, 0, inspect.stderr + inspect.stdout);
    assert.match(inspect.stdout, /go1\.26\.8/);
    const shell = await run(['shell', '--format', 'json', '--fail-on', 'never']);
    assert.equal(shell.code, 0, shell.stderr);
    const report = JSON.parse(shell.stdout);
    // The syntax checker ran: the unclosed `if` in .bashrc is found.
    assert.ok(report.findings.some((f: { ruleId: string; messageId: string }) => f.ruleId === 'GD312' && f.messageId === 'syntaxError'), JSON.stringify(report.findings.map((f: { messageId: string }) => f.messageId)));

    // A broken install without the WASM says so as an error finding, not a silent "not checked".
    rmSync(join(root, 'node_modules', 'sh-syntax', 'main.wasm'));
    const broken = await run(['shell']);
    assert.equal(broken.code, 1, broken.stderr + broken.stdout);
    assert.match(broken.stdout, /GD312 .*not syntax-checked.*did not load/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
