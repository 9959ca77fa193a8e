// Settings advice checked against the real go: crafted HOMEs and go env files with go1.26.8 and the
// Debian go1.19.8; what doctor quotes is what that go prints, and its fixes work when run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

interface JsonFinding { ruleId: string; messageId: string; message: string; fixes: Array<{ kind: string; command?: string }> }

/** A sandbox whose go env file holds `envFile`, telemetry off (no child writing into HOME). */
function sandbox(envFile = ''): Sandbox {
  const sb = new Sandbox();
  sb.file('home/.config/go/telemetry/mode', 'off\n');
  if (envFile) sb.file('home/.config/go/env', envFile);
  return sb;
}

async function findings(sb: Sandbox, env: Record<string, string>): Promise<JsonFinding[]> {
  const r = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd: sb.project });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

function go(env: Record<string, string>, args: string[], cwd: string) {
  const r = spawnSync('go', args, { env, cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ruleIds = (fs: JsonFinding[]) => fs.map((f) => f.ruleId);

test('GD204: every go command, go env included, exits 2 on GOPATH=~/go; the offered fix repairs the go env file', async () => {
  for (const goBin of [REAL_GO, DEBIAN_GO]) {
    const sb = sandbox('GOPATH=~/go\n');
    try {
      const env = sb.env([dirname(goBin)]);
      for (const args of [['env', 'GOPATH'], ['env', '-u', 'GOPATH'], ['version']]) {
        assert.equal(go(env, args, sb.home).code, 2, `${goBin} ${args.join(' ')}`);
      }
      const [f] = (await findings(sb, env)).filter((x) => x.ruleId === 'GD204');
      assert.equal(f!.messageId, 'tilde');
      const fix = f!.fixes.find((x) => x.kind === 'command')!.command!;
      const applied = spawnSync('sh', ['-c', fix], { env, cwd: sb.home, encoding: 'utf8' });
      assert.equal(applied.status, 0, `${fix}: ${applied.stderr}`);
      const after = go(env, ['env', 'GOPATH'], sb.home);
      assert.equal(after.code, 0, after.stderr);
      assert.equal(after.stdout.trim(), join(sb.home, 'go'));
      assert.ok(!ruleIds(await findings(sb, env)).includes('GD204'));
    } finally {
      sb.cleanup();
    }
  }
});

test('GD203: GOPATH=GOROOT quotes the warning this go prints, and says the module cache goes into GOROOT', async () => {
  for (const goBin of [REAL_GO, DEBIAN_GO]) {
    const sb = sandbox();
    try {
      const goroot = spawnSync(goBin, ['env', 'GOROOT'], { env: { PATH: '/usr/bin:/bin', HOME: sb.home, GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).stdout.trim();
      const env = sb.env([dirname(goBin)], { GOPATH: goroot });
      const real = go(env, ['env', 'GOMODCACHE'], sb.home);
      assert.equal(real.stdout.trim(), join(goroot, 'pkg', 'mod'), 'the setting is used, not ignored');
      const warning = real.stderr.trim().replace(/; see https:.*$/, '');
      assert.match(warning, /^warning: /);
      const [f] = (await findings(sb, env)).filter((x) => x.ruleId === 'GD203');
      assert.equal(f!.messageId, 'same');
      assert.ok(f!.message.includes(warning), `${goBin}: ${f!.message} should quote ${warning}`);
      assert.ok(f!.message.includes(`${goroot}/pkg/mod`));
    } finally {
      sb.cleanup();
    }
  }
});

test('GD201 does not repeat GD202 for a GOROOT that does not exist', async () => {
  const sb = sandbox();
  try {
    const env = sb.env([dirname(REAL_GO)], { GOROOT: join(sb.root, 'nonexistent') });
    assert.match(go(env, ['version'], sb.home).stderr, /cannot find GOROOT directory/);
    const ids = ruleIds(await findings(sb, env));
    assert.ok(ids.includes('GD202'), ids.join(' '));
    assert.ok(!ids.includes('GD201'), ids.join(' '));
    // A GOROOT that works is still noted once.
    const ok = ruleIds(await findings(sb, sb.env([dirname(REAL_GO)], { GOROOT: '/usr/local/go' })));
    assert.ok(ok.includes('GD201') && !ok.includes('GD202'), ok.join(' '));
  } finally {
    sb.cleanup();
  }
});

test('GD210 does not repeat GD213 for a key with a trailing space', async () => {
  const sb = sandbox('GOSUMDB =off\n');
  try {
    const env = sb.env([dirname(REAL_GO)]);
    assert.equal(go(env, ['env', 'GOSUMDB'], sb.home).stdout.trim(), 'sum.golang.org', 'go reads no GOSUMDB from that line');
    const ids = ruleIds(await findings(sb, env));
    assert.ok(ids.includes('GD213'), ids.join(' '));
    assert.ok(!ids.includes('GD210'), ids.join(' '));
  } finally {
    sb.cleanup();
  }
});

test('GD209 follows the go that runs: quoted GOFLAGS is fine for go1.26.8, broken for go1.19.8; a stray -w is caught and the fix works', async () => {
  const sb = sandbox();
  try {
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.19\n');
    sb.file('project/main.go', 'package main\n\nfunc main() {}\n');
    const quoted = '"-ldflags=-s -w"';
    const build = (env: Record<string, string>) => go(env, ['build', '-o', '/dev/null', '.'], sb.project).code;
    const newEnv = sb.env([dirname(REAL_GO)], { GOFLAGS: quoted });
    assert.equal(build(newEnv), 0);
    assert.ok(!ruleIds(await findings(sb, newEnv)).includes('GD209'));
    const oldEnv = sb.env([dirname(DEBIAN_GO)], { GOFLAGS: quoted });
    assert.notEqual(build(oldEnv), 0);
    assert.ok(ruleIds(await findings(sb, oldEnv)).includes('GD209'));

    const stray = sb.env([dirname(REAL_GO)], { GOFLAGS: '-ldflags=-s -w' });
    assert.notEqual(go(stray, ['env', 'GOPATH'], sb.home).code, 0, 'go env KEY becomes go env -w KEY');
    const fs = await findings(sb, stray);
    assert.ok(!ruleIds(fs).includes('GD215'), 'doctor still reads go env');
    const [f] = fs.filter((x) => x.ruleId === 'GD209');
    assert.match(f!.message, /-w is go env's write flag/);
    const fix = f!.fixes.find((x) => x.kind === 'command')!.command!;
    const fixed = spawnSync('sh', ['-c', `${fix} && go env GOPATH && go build -o /dev/null .`], { env: stray, cwd: sb.project, encoding: 'utf8' });
    assert.equal(fixed.status, 0, `${fix}: ${fixed.stderr}`);
  } finally {
    sb.cleanup();
  }
});
