// Which go really runs, and what doctor advises about it: crafted HOMEs, go env files and go.mod
// files, with the real go1.26.8, the Debian go1.19.8 and go1.27.3 from the module cache. Every
// claim doctor makes is checked against what the real go command does in the same sandbox.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, chmodSync, lstatSync, readdirSync, readlinkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

interface JsonFinding { ruleId: string; messageId: string; severity: string; message: string; fixes: Array<{ kind: string; title: string; command?: string; steps?: string[] }> }
interface JsonReport { findings: JsonFinding[]; facts: { project?: { value?: { selection?: { action: string; target: string | null } | null } }; goenv?: { value?: { settings: Record<string, { value: string }> } } } }

/** The module cache that holds go1.27.3 on this machine (the brief's second toolchain). */
let realModCache = '';
before(() => {
  realModCache = spawnSync(REAL_GO, ['env', 'GOMODCACHE'], { env: { ...process.env, GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).stdout.trim();
  // A fresh GOPATH (hence a fresh checksum-DB tree) answers from the module cache alone.
  const home = mkdtempSync(join(tmpdir(), 'godiag-tc-'));
  try {
    quietTelemetry(home);
    const r = spawnSync(REAL_GO, ['version'], { env: { PATH: '/usr/bin:/bin', HOME: home, GOMODCACHE: realModCache, GOTOOLCHAIN: 'go1.27.3', GOPROXY: 'off' }, cwd: home, encoding: 'utf8' });
    assert.match(r.stdout, /^go version go1\.27\.3 /, `go1.27.3 must be in the module cache ${realModCache} (run: GOTOOLCHAIN=go1.27.3 go version): ${r.stderr}`);
  } finally {
    rmSync(home, { recursive: true, force: true, maxRetries: 10 });
  }
});

async function doctor(sb: Sandbox, env: Record<string, string>): Promise<JsonReport> {
  const r = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd: sb.project });
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonReport;
}

/** Run the real go like the user would, in the project directory. */
function realGo(sb: Sandbox, env: Record<string, string>, args: string[]): { code: number | null; out: string } {
  quietTelemetry(sb.home);
  const r = spawnSync('go', args, { env, cwd: sb.project, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Telemetry off in a test HOME: otherwise go starts a child that writes there after it exits. */
function quietTelemetry(home: string): void {
  const mode = join(home, '.config', 'go', 'telemetry', 'mode');
  if (existsSync(mode)) return;
  mkdirSync(dirname(mode), { recursive: true });
  writeFileSync(mode, 'off\n');
}

const only = (rep: JsonReport, id: string) => rep.findings.filter((f) => f.ruleId === id);
const commands = (f: JsonFinding) => f.fixes.flatMap((x) => [x.command ?? '', ...(x.steps ?? [])]).join('\n');

test('GD211 fail-local: the fix names the required go, never the running one, and changes GOTOOLCHAIN where it is set', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', REAL_GO);
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.27.0\n');
    const env = sb.env([bin], { GOTOOLCHAIN: 'local' });
    const real = realGo(sb, env, ['list', '-m']);
    assert.notEqual(real.code, 0);
    assert.match(real.out, /go\.mod requires go >= 1\.27\.0 \(running go 1\.26\.8; GOTOOLCHAIN=local\)/);
    const [f, ...rest] = only(await doctor(sb, env), 'GD211');
    assert.equal(rest.length, 0);
    assert.equal(f!.messageId, 'failLocal');
    assert.ok(f!.message.includes('"go.mod requires go >= 1.27.0 (running go 1.26.8; GOTOOLCHAIN=local)"'), f!.message);
    assert.doesNotMatch(commands(f!), /go1\.26\.8/, 'never the version already running');
    assert.match(commands(f!), /golang\.org\/dl\/go1\.27\.0@latest && go1\.27\.0 download/);
    // From the environment, `go env -w` changes nothing: the real go proves it, and doctor does not offer it.
    assert.doesNotMatch(commands(f!), /go env -w GOTOOLCHAIN/);
    const w = spawnSync('go', ['env', '-w', 'GOTOOLCHAIN=auto'], { env, cwd: sb.home, encoding: 'utf8' });
    assert.match(w.stderr, /does not override conflicting OS environment variable/);
    assert.equal(realGo(sb, env, ['env', 'GOTOOLCHAIN']).out.trim(), 'local');

    // Set by `go env -w` instead: now that is the fix, and it works with the real go.
    const fileEnv = sb.env([bin]);
    spawnSync('go', ['env', '-w', 'GOTOOLCHAIN=local'], { env: fileEnv, cwd: sb.home });
    const [g] = only(await doctor(sb, fileEnv), 'GD211');
    assert.equal(g!.messageId, 'failLocal');
    assert.ok(g!.fixes.some((x) => x.command === 'go env -w GOTOOLCHAIN=auto'), JSON.stringify(g!.fixes));
  } finally {
    sb.cleanup();
  }
});

test('GD211 with go1.19 first on PATH: no "will download", because Go before 1.21 cannot switch', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', DEBIAN_GO);
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.25.1\n');
    sb.file('project/main.go', 'package main\n\nfunc main() {}\n');
    const env = sb.env([bin], { GOTOOLCHAIN: 'auto' });
    const real = realGo(sb, env, ['build', '-o', '/dev/null', '.']);
    assert.notEqual(real.code, 0);
    assert.match(real.out, /invalid go version '1\.25\.1': must match format 1\.23/);
    const rep = await doctor(sb, env);
    const [f] = only(rep, 'GD211');
    assert.equal(f!.messageId, 'oldGo');
    assert.ok(f!.message.includes("invalid go version '1.25.1': must match format 1.23"), f!.message);
    assert.doesNotMatch(f!.message, /will download|downloads golang/);
    assert.match(f!.message, /ignores GOTOOLCHAIN=auto/);
    assert.equal(only(rep, 'GD109').length, 0);
  } finally {
    sb.cleanup();
  }
});

test('GD211 with GOPROXY=off: not "will download" but the failure the real go prints', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', REAL_GO);
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.26.99\n');
    const env = sb.env([bin], { GOTOOLCHAIN: 'auto', GOPROXY: 'off', GOMODCACHE: join(sb.root, 'modcache') });
    const real = realGo(sb, env, ['version']);
    assert.notEqual(real.code, 0);
    assert.match(real.out, /download go1\.26\.99 for linux\/amd64: toolchain not available/);
    const [f] = only(await doctor(sb, env), 'GD211');
    assert.equal(f!.messageId, 'failDownload');
    assert.ok(f!.message.includes('download go1.26.99 for linux/amd64: toolchain not available'), f!.message);
  } finally {
    sb.cleanup();
  }
});

test('GOTOOLCHAIN=go1.27.3 or a toolchain line: doctor reports the toolchain that really runs, from the module cache', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', REAL_GO);
    const byEnv = sb.env([bin], { GOTOOLCHAIN: 'go1.27.3', GOMODCACHE: realModCache });
    assert.match(realGo(sb, byEnv, ['version']).out, /^go version go1\.27\.3 /);
    const rep = await doctor(sb, byEnv);
    const [f] = only(rep, 'GD109');
    assert.equal(f!.messageId, 'useCache');
    assert.ok(f!.message.includes('runs go1.27.3, not the go1.26.8 on PATH: GOTOOLCHAIN=go1.27.3 (from env)'), f!.message);
    assert.equal(rep.facts.project?.value?.selection?.target, 'go1.27.3');

    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.21\n\ntoolchain go1.27.3\n');
    const byLine = sb.env([bin], { GOTOOLCHAIN: 'auto', GOMODCACHE: realModCache });
    assert.match(realGo(sb, byLine, ['version']).out, /^go version go1\.27\.3 /);
    const [g] = only(await doctor(sb, byLine), 'GD109');
    assert.equal(g!.messageId, 'useCache');
    assert.match(g!.message, /toolchain line of .*go\.mod asks for it/);
  } finally {
    sb.cleanup();
  }
});

test('GOTOOLCHAIN=go1.22.12 not downloaded, with GOPROXY=off: an error, as the real go fails', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', REAL_GO);
    const env = sb.env([bin], { GOTOOLCHAIN: 'go1.22.12', GOPROXY: 'off', GOMODCACHE: join(sb.root, 'modcache') });
    const real = realGo(sb, env, ['version']);
    assert.notEqual(real.code, 0);
    assert.match(real.out, /toolchain not available/);
    const [f] = only(await doctor(sb, env), 'GD109');
    assert.equal(f!.messageId, 'failDownload');
    assert.equal(f!.severity, 'error');
  } finally {
    sb.cleanup();
  }
});

test('a copied go that cannot find its GOROOT is reported as failing, not as a working go1.26.8', async () => {
  const sb = new Sandbox();
  try {
    const bin = join(sb.root, 'bin');
    mkdirSync(bin);
    copyFileSync(REAL_GO, join(bin, 'go'));
    chmodSync(join(bin, 'go'), 0o755);
    const env = sb.env([bin], { GOTOOLCHAIN: 'local' });
    const real = realGo(sb, env, ['version']);
    assert.notEqual(real.code, 0);
    assert.match(real.out, /cannot find GOROOT directory/);
    const rep = await doctor(sb, env);
    const [f] = only(rep, 'GD104');
    assert.ok(f, JSON.stringify(rep.findings.map((x) => x.ruleId)));
    assert.match(f!.message, /cannot find GOROOT directory/);
  } finally {
    sb.cleanup();
  }
});

/** Every path under dir with type, mode, size and mtime (symlinks by target). */
function tree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const p = join(rel, name);
    const st = lstatSync(join(dir, p));
    const kind = st.isSymbolicLink() ? `link:${readlinkSync(join(dir, p))}` : st.isDirectory() ? 'dir' : `file:${st.size}`;
    out.push(`${p} ${kind} ${st.mode.toString(8)} ${st.mtimeMs}`);
    if (st.isDirectory()) out.push(...tree(dir, p));
  }
  return out;
}

test('doctor leaves a crafted HOME exactly as it was, and still reports the user\'s own GOCACHE and telemetry mode', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('bin', REAL_GO);
    sb.file('home/.profile', 'export PATH="$HOME/go/bin:$PATH"\n');
    sb.file('home/.config/go/env', 'GOPROXY=https://proxy.golang.org,direct\n');
    sb.file('home/.config/go/telemetry/mode', 'off 2026-01-01\n');
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.21\n');
    const env = sb.env([bin, dirname(DEBIAN_GO)]);
    const beforeTree = tree(sb.home);
    const rep = await doctor(sb, env);
    assert.deepEqual(tree(sb.home), beforeTree, 'doctor must not create ~/.cache/go-build or ~/.config/go/telemetry/local');
    const settings = rep.facts.goenv?.value?.settings ?? {};
    // What the user's own go reports (run last: it writes into HOME).
    const [cache, telemetry, goenv] = realGo(sb, env, ['env', 'GOCACHE', 'GOTELEMETRY', 'GOENV']).out.trim().split('\n');
    assert.equal(settings.GOCACHE?.value, cache);
    assert.equal(cache, join(sb.home, '.cache', 'go-build'));
    assert.equal(settings.GOTELEMETRY?.value, telemetry);
    assert.equal(telemetry, 'off');
    assert.equal(settings.GOENV?.value, goenv);
    assert.equal(readFileSync(join(sb.home, '.config/go/env'), 'utf8'), 'GOPROXY=https://proxy.golang.org,direct\n');
  } finally {
    sb.cleanup();
  }
});
