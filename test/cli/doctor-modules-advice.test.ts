// Module routing advice checked against the real go1.26.8, offline: every error doctor predicts is
// the error the go command prints in the same sandbox, and `godiag route MODULE` reports what
// doctor reports for that module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, symlinkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';

interface JsonFinding { ruleId: string; messageId: string; message: string; fixes: Array<{ kind: string; command?: string }> }

function sandbox(requires: string[]): Sandbox {
  const sb = new Sandbox();
  sb.file('home/.config/go/telemetry/mode', 'off\n');
  sb.file('project/go.mod', `module example.com/app\n\ngo 1.21\n\n${requires.map((r) => `require ${r}\n`).join('')}`);
  return sb;
}

async function doctor(sb: Sandbox, env: Record<string, string>): Promise<JsonFinding[]> {
  const r = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd: sb.project });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

/** `go mod download` of one module in the sandbox, offline as this machine is: its error text. */
function download(sb: Sandbox, env: Record<string, string>, mod: string): string {
  const r = spawnSync('go', ['mod', 'download', mod], { env: { ...env, GOMODCACHE: join(sb.root, 'modcache'), GOFLAGS: '-modcacherw' }, cwd: sb.project, encoding: 'utf8', timeout: 60_000 });
  assert.notEqual(r.status, 0, 'the download must fail');
  return r.stderr;
}

const of = (fs: JsonFinding[], id: string) => fs.filter((f) => f.ruleId === id);

test('GD511: ";" in GOPROXY fuses the entries into one host, as the real go shows', async () => {
  const sb = sandbox(['rsc.io/quote v1.5.2']);
  try {
    const env = sb.env([dirname(REAL_GO)], { GOPROXY: 'https://proxy.golang.org;direct' });
    assert.match(download(sb, env, 'rsc.io/quote@v1.5.2'), /lookup proxy\.golang\.org;direct: no such host/);
    const [f] = of(await doctor(sb, env), 'GD511');
    assert.ok(f!.message.includes('lookup proxy.golang.org;direct: no such host'), f!.message);
    assert.match(f!.fixes.map((x) => x.command ?? '').join('\n'), /GOPROXY=https:\/\/proxy\.golang\.org,direct/);
  } finally {
    sb.cleanup();
  }
});

test('GD512: GOVCS refusals and the go command agree word for word; route shows the same', async () => {
  const sb = sandbox(['github.com/acme/lib v1.0.0']);
  try {
    const env = sb.env([dirname(REAL_GO)], { GOPROXY: 'direct', GOVCS: 'github.com:hg' });
    const real = download(sb, env, 'github.com/acme/lib@v1.0.0');
    const said = "GOVCS disallows using git for public github.com/acme/lib; see 'go help vcs'";
    assert.ok(real.includes(said), real);
    const [f] = of(await doctor(sb, env), 'GD512');
    assert.ok(f!.message.includes(said), f!.message);
    const route = await runCli(['route', 'github.com/acme/lib', '--format', 'json'], { env, cwd: sb.project });
    const routed = JSON.parse(route.stdout) as { routes: Array<{ govcs: string | null }>; findings: Array<{ ruleId: string; message: string }> };
    assert.equal(routed.routes[0]!.govcs, said);
    assert.deepEqual(routed.findings.filter((x) => x.ruleId === 'GD512').map((x) => x.message), [f!.message]);
    const bad = sb.env([dirname(REAL_GO)], { GOPROXY: 'direct', GOVCS: 'github.com' });
    assert.match(download(sb, bad, 'github.com/acme/lib@v1.0.0'), /malformed entry in GOVCS \(missing colon\): "github.com"/);
    assert.match(of(await doctor(sb, bad), 'GD512')[0]!.message, /malformed entry in GOVCS \(missing colon\): "github.com"/);
  } finally {
    sb.cleanup();
  }
});

test('GD503 quotes the whole GOPROXY and says entries after direct are never used (the real go never asks them)', async () => {
  const sb = sandbox(['rsc.io/quote v1.5.2']);
  try {
    const env = sb.env([dirname(REAL_GO)], { GOPROXY: 'direct,https://proxy.golang.org' });
    const r = spawnSync('go', ['mod', 'download', '-x', 'rsc.io/quote@v1.5.2'], { env: { ...env, GOMODCACHE: join(sb.root, 'modcache') }, cwd: sb.project, encoding: 'utf8', timeout: 60_000 });
    assert.match(r.stderr, /rsc\.io\/quote\?go-get=1/);
    assert.doesNotMatch(r.stderr, /proxy\.golang\.org/);
    const [f] = of(await doctor(sb, env), 'GD503');
    assert.ok(f!.message.startsWith('GOPROXY=direct,https://proxy.golang.org (from env)'), f!.message);
    assert.match(f!.message, /never used/);
    const late = of(await doctor(sb, sb.env([dirname(REAL_GO)], { GOPROXY: 'https://proxy.golang.org,direct,https://corp.example.com' })), 'GD503');
    assert.deepEqual(late.map((x) => x.messageId), ['ignored']);
  } finally {
    sb.cleanup();
  }
});

test('GD508 asks no credentials for public modules that GOPRIVATE=* sends direct; GD502 reports the breadth', async () => {
  const sb = sandbox(['github.com/stretchr/testify v1.9.0', 'git.corp.internal/team/lib v1.0.0']);
  try {
    const env = sb.env([dirname(REAL_GO)], { GOPRIVATE: '*' });
    const fs = await doctor(sb, env);
    const creds = of(fs, 'GD508').map((f) => f.message);
    assert.ok(!creds.some((m) => m.includes('github.com')), creds.join('\n'));
    assert.ok(of(fs, 'GD502').length > 0);
  } finally {
    sb.cleanup();
  }
});

test('GD509 without $GOROOT/go.env: GOPROXY is empty, the real error is quoted, and the fix writes the default instead of blaming the go env file', async () => {
  const sb = sandbox(['rsc.io/quote v1.5.2']);
  try {
    // A GOROOT like the distribution's, minus go.env (as some packagers ship it).
    const goroot = join(sb.root, 'goroot');
    mkdirSync(goroot);
    for (const name of readdirSync('/usr/local/go')) if (name !== 'go.env') symlinkSync(join('/usr/local/go', name), join(goroot, name));
    const env = sb.env([dirname(REAL_GO)], { GOROOT: goroot });
    assert.equal(spawnSync('go', ['env', 'GOPROXY'], { env, cwd: sb.home, encoding: 'utf8' }).stdout.trim(), '');
    assert.match(download(sb, env, 'rsc.io/quote@v1.5.2'), /GOPROXY list is not the empty string, but contains no entries/);
    const [f] = of(await doctor(sb, env), 'GD509');
    assert.equal(f!.messageId, 'goproxyUnset');
    const cmd = f!.fixes.find((x) => x.kind === 'command')!.command!;
    // shQuote leaves a value of only safe characters bare; the run below proves the shell reads it whole.
    assert.equal(cmd, 'go env -w GOPROXY=https://proxy.golang.org,direct');
    assert.equal(spawnSync('sh', ['-c', `${cmd} && go env GOPROXY`], { env, cwd: sb.home, encoding: 'utf8' }).stdout.trim(), 'https://proxy.golang.org,direct');
  } finally {
    sb.cleanup();
  }
});

test('route MODULE reports what doctor reports for a leaking private module', async () => {
  const sb = sandbox(['git.corp.internal/team/lib v1.0.0']);
  try {
    const env = sb.env([dirname(REAL_GO)]);
    const [leak] = of(await doctor(sb, env), 'GD507');
    assert.ok(leak);
    const r = await runCli(['route', 'git.corp.internal/team/lib'], { env, cwd: sb.home });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.includes(`GD507 ${leak!.message}`), r.stdout);
  } finally {
    sb.cleanup();
  }
});
