import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';
import { simpleArgv } from '../../src/fix/plan.js';

test('simpleArgv refuses anything that needs a shell', () => {
  assert.deepEqual(simpleArgv("go env -w 'GOFLAGS=-mod=mod -trimpath'"), ['go', 'env', '-w', 'GOFLAGS=-mod=mod -trimpath']);
  for (const c of ['go env -u X; rm -rf /', 'go env -w X=$(id)', 'echo `id`', 'a | b', 'go env -w X="y"']) assert.equal(simpleArgv(c), null, c);
});

test('fix: dry run by default, --apply edits with backups, and is idempotent', async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.config/go/env', 'GOARCH=arm64\nGOFLAGS=-mod=mod -bogus\n');
    sb.file('home/.profile', '# my profile\n');
    mkdirSync(join(sb.home, 'go', 'bin'), { recursive: true });
    writeFileSync(join(sb.home, 'go', 'bin', 'gopls'), '#!/bin/sh\n');
    chmodSync(join(sb.home, 'go', 'bin', 'gopls'), 0o755);
    const env = sb.env([sb.binWithGo('tar', REAL_GO)]);
    const dry = await runCli(['fix'], { env });
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /GD212: Remove it from the go env file\n/);
    assert.match(dry.stdout, /\n-GOARCH=arm64\n-GOFLAGS=-mod=mod -bogus\n\+GOFLAGS=-mod=mod\n/, 'the go env change as a diff');
    assert.match(dry.stdout, /GD205: Add it to PATH for /);
    assert.equal(readFileSync(join(sb.home, '.config/go/env'), 'utf8'), 'GOARCH=arm64\nGOFLAGS=-mod=mod -bogus\n', 'dry run changed nothing');
    // The same plan as one JSON document: each file with its fixes and the diff the text shows.
    const json = await runCli(['fix', '--format', 'json'], { env });
    assert.equal(json.code, 0, json.stderr);
    const plan = JSON.parse(json.stdout);
    assert.deepEqual([plan.command, plan.applying], ['fix', false]);
    const goenvChange = plan.changes.find((c: { path: string }) => c.path.endsWith('.config/go/env'));
    assert.ok(goenvChange.fixes.some((f: { ruleId: string }) => f.ruleId === 'GD212'));
    assert.ok(dry.stdout.includes(goenvChange.diff), 'the JSON diff is the one the text prints');
    assert.ok(plan.changes.some((c: { fixes: Array<{ ruleId: string }> }) => c.fixes.some((f) => f.ruleId === 'GD205')));

    const applied = await runCli(['fix', '--apply'], { env });
    assert.equal(applied.code, 0, applied.stdout + applied.stderr);
    const goenv = readFileSync(join(sb.home, '.config/go/env'), 'utf8');
    assert.ok(!goenv.includes('GOARCH'), goenv);
    assert.match(goenv, /GOFLAGS=-mod=mod\n/);
    const profile = readFileSync(join(sb.home, '.profile'), 'utf8');
    assert.match(profile, /^# my profile\n# >>> godiag: Go environment: PATH ".*\/go\/bin" last >>>\ncase ":\$PATH:" in .*\n# <<< .* <<<\n$/);
    const journal = join(sb.home, '.local/state/godiag/fix');
    assert.equal(readdirSync(journal).filter((f) => f.startsWith('apply-')).length, 1, 'one journal with the backups');

    const again = await runCli(['fix', '--apply'], { env });
    assert.match(again.stdout, /Nothing to change/);
    assert.equal(readFileSync(join(sb.home, '.profile'), 'utf8'), profile, 'second run is a no-op');

    const undone = await runCli(['fix', '--undo', '--format', 'json'], { env });
    assert.equal(undone.code, 0, undone.stdout + undone.stderr);
    const u = JSON.parse(undone.stdout);
    assert.equal(u.command, 'fix --undo');
    assert.ok(u.outcomes.length >= 2 && u.outcomes.every((o: { outcome: string }) => o.outcome === 'restored' || o.outcome === 'removed'), undone.stdout);
    assert.equal(readFileSync(join(sb.home, '.profile'), 'utf8'), '# my profile\n', 'undo restores byte for byte');
  } finally {
    sb.cleanup();
  }
});

test('fix --rule with an unknown rule is a usage error (exit 2), and --undo with nothing to undo says so', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([sb.binWithGo('tar', REAL_GO)]);
    const bad = await runCli(['fix', '--rule', 'GD999'], { env });
    assert.equal(bad.code, 2, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /GD999.*no such rule/);
    const undo = await runCli(['fix', '--undo'], { env });
    assert.equal(undo.code, 0);
    assert.match(undo.stdout, /Nothing to undo/);
  } finally {
    sb.cleanup();
  }
});

test('GD206: fix --apply never takes the alternative that erases the go env -w value the first fix keeps', async () => {
  const sb = new Sandbox();
  try {
    const envFile = sb.file('home/.config/go/env', 'GOPROXY=https://proxy.corp.example.com\n');
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { GOPROXY: 'https://proxy.golang.org' });
    const r = await runCli(['fix', '--apply', '--rule', 'GD206'], { env });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /To fix by hand[^]*GD206 Keep the go env -w value/);
    assert.equal(readFileSync(envFile, 'utf8'), 'GOPROXY=https://proxy.corp.example.com\n');
  } finally {
    sb.cleanup();
  }
});

test('a FIFO ~/.profile: fix --apply refuses it at once instead of hanging', async () => {
  const sb = new Sandbox();
  try {
    mkdirSync(join(sb.home, 'go', 'bin'), { recursive: true });
    writeFileSync(join(sb.home, 'go', 'bin', 'gopls'), '#!/bin/sh\n');
    chmodSync(join(sb.home, 'go', 'bin', 'gopls'), 0o755);
    spawnSync('mkfifo', [join(sb.home, '.profile')]);
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { SHELL: '/bin/bash' });
    const r = await runCli(['fix', '--apply', '--rule', 'GD205'], { env, timeoutMs: 30_000 });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /Cannot apply:[^]*GD205 .*\.profile is a FIFO; godiag changes only regular files/);
  } finally {
    sb.cleanup();
  }
});
