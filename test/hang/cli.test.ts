// godiag hang as a user runs it: the built CLI, real Go programs, Ctrl-C with no orphans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { CLI, runCli } from '../helpers/cli.js';
import { goPrograms, pidsRunning } from './go-fixtures.js';
import { run as hangCommand } from '../../src/cli/commands/hang.js';
import { FactsSchema } from '../../src/facts/schema.js';

const env = { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('json: stalled-pipe finds the blocked write and exits 0 (what the program does, an info)', async () => {
  const exe = (await goPrograms('cli'))['println-loop'];
  const r = await runCli(['hang', 'run', '--mode', 'stalled-pipe', '--format', 'json', '--', exe], { env, cwd: '/tmp' });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.findings.map((f: { ruleId: string; messageId: string; severity: string }) => `${f.ruleId}:${f.messageId}:${f.severity}`), ['GD950:simulated:info']);
  // The facts are exactly what the published schema says.
  FactsSchema.parse(report.facts);
  const run = report.facts.hang.value.runs[0];
  assert.equal(run.blocked.fd, 1);
  assert.equal(run.blocked.syscall, 'write');
  assert.ok(run.blocked.lastSeenMs >= run.blocked.detectedAtMs);
  assert.deepEqual(pidsRunning(exe), []);
});

test('--mode all on a healthy writer: says what it does under each condition, exit 0; every layer named', async () => {
  const exe = (await goPrograms('cli'))['println-loop'];
  const r = await runCli(['hang', 'run', '--stall', '400', '--', exe], { env, cwd: '/tmp' });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const s of [
    'What the program does',
    'under a reader that stops reading (stalled-pipe): blocks in write(fd 1) on a pipe once it is full',
    'under a reader that reads 4096 bytes and closes (| head -c 4096) (closed-pipe): killed by SIGPIPE',
    'under a terminal nobody reads (pty): blocks in write(fd 1) on the terminal',
    'under a reader that keeps up (drained): finishes with status 0',
    'GD950', 'GD951', 'GD952', 'no problem: it finished with this reader', '0 error(s), 0 warning(s), 3 info',
  ]) assert.ok(r.stdout.includes(s), `missing ${s} in\n${r.stdout}`);
  // Counters say what they count: one process's write calls, the pipe's own unread bytes, how long seen blocked.
  assert.match(r.stdout, /write calls by pid \d+ \(\/proc\/\d+\/io, to any descriptor, children not counted\): \d+ calls, \d+ bytes/);
  assert.match(r.stdout, /the pipe holds \d{5} unread bytes/);
  assert.match(r.stdout, /first seen there \d+ ms after start, still there at \d+ ms when godiag stopped it \(blocked at least \d+ ms\)/);
  assert.doesNotMatch(r.stdout, /written so far|syscall \d+/);
  assert.deepEqual(pidsRunning(exe), []);
});

test('--mode all on a program that dies silently on EPIPE: exit 1', async () => {
  const exe = (await goPrograms('cli'))['sigpipe-notify'];
  const r = await runCli(['hang', 'run', '--stall', '400', '--', exe], { env, cwd: '/tmp' });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /closed-pipe\): exits with status 3 after its write failed with EPIPE/);
  assert.match(r.stdout, /✗ GD953 .*exited with status 3/);
});

test('a child blocked while godiag drains the program: exit 1 (misbehaviour, not a simulated condition)', async () => {
  const exe = (await goPrograms('cli'))['wait-before-read'];
  const r = await runCli(['hang', 'run', '--mode', 'drained', '--timeout', '8', '--', exe], { env, cwd: '/tmp' });
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /under a reader that keeps up \(drained\): blocks in write\(fd 1\) on a pipe although godiag kept reading its output/);
  assert.match(r.stdout, /✗ GD950 /);
});

test('a command that cannot start is exit 2, not "checks passed"', async () => {
  const r = await runCli(['hang', 'run', '--', './nope'], { env, cwd: '/tmp' });
  assert.equal(r.code, 2, r.stdout);
  assert.match(r.stderr, /cannot start "\.\/nope": .*ENOENT/);
  assert.doesNotMatch(r.stdout, /passed/);
});

test('the quiet program passes every mode: exit 0, no findings', async () => {
  const exe = (await goPrograms('cli')).quiet;
  const r = await runCli(['hang', 'run', '--format', 'json', '--', exe], { env, cwd: '/tmp' });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.findings, []);
  assert.equal(report.facts.hang.value.runs.length, 4);
});

test('usage errors exit 2 with a reason', async () => {
  for (const [args, msg] of [
    [['hang', 'run'], /no command/],
    [['hang', 'run', '--mode', 'fast', '--', '/bin/true'], /--mode must be one of/],
    [['hang', 'run', '--fds', '0', '--', '/bin/true'], /--fds/],
    [['hang', 'attach', 'abc'], /one PID/],
    [['hang', 'attach', '1', '--goroutines'], /--sigquit/],
    [['hang', 'frobnicate'], /unknown subcommand/],
  ] as const) {
    const r = await runCli([...args], { env, cwd: '/tmp' });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, msg);
  }
});

test('attach to a pid that does not exist: exit 2', async () => {
  const r = await runCli(['hang', 'attach', String(2 ** 22 + 7)], { env, cwd: '/tmp' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no process/);
});

test('not Linux: says what is unavailable and why', async () => {
  let err = '';
  const code = await hangCommand(['run', '--', '/bin/true'], { stdout: () => {}, stderr: (s) => (err += s), env, cwd: '/tmp', isTTY: false }, 'darwin');
  assert.equal(code, 2);
  assert.match(err, /needs Linux: it reads \/proc\/PID/);
  assert.match(err, /darwin has no such \/proc/);
  assert.match(err, /sample PID/);
});

/** Children of pid, from /proc/PID/task/PID/children. */
function childrenOf(pid: number): number[] {
  let text = '';
  try { text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8'); } catch { /* exited, or no CONFIG_PROC_CHILDREN */ }
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

for (const [sig, mode] of [['SIGINT', 'stalled-pipe'], ['SIGTERM', 'pty']] as const) {
  test(`${sig} during ${mode}: godiag exits 128+n and leaves no process behind`, async () => {
    const exe = (await goPrograms('cli'))['println-loop'];
    const before = readdirSync(tmpdir());
    const child = spawn(process.execPath, [CLI, 'hang', 'run', '--mode', mode, '--stall', '60000', '--timeout', '60', '--', exe], { env, cwd: '/tmp', stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Wait until the program runs (and, for pty, script with it).
    const deadline = Date.now() + 20_000;
    while (pidsRunning(exe).length === 0 && Date.now() < deadline) await sleep(50);
    const victims = [...pidsRunning(exe), ...childrenOf(child.pid!)];
    assert.ok(victims.length >= (mode === 'pty' ? 2 : 1), `started: ${victims}`);
    await sleep(300);
    child.kill(sig);
    assert.equal(await exited, sig === 'SIGINT' ? 130 : 143);
    await sleep(200);
    // Other test files create (and at once remove) such dirs too: only one that stays is ours.
    const fresh = () => readdirSync(tmpdir()).filter((d) => d.startsWith('godiag-hang-') && !before.includes(d));
    const first = fresh();
    await sleep(1000);
    assert.deepEqual(fresh().filter((d) => first.includes(d)), [], 'temp dirs left');
    const alive = victims.filter((p) => { try { return !/\) Z /.test(readFileSync(`/proc/${p}/stat`, 'utf8')); } catch { return false; } });
    assert.deepEqual(alive, [], 'orphans left running');
  });
}

test('hang reads .godiag.yaml like every command: severities from the file found upward, --config FILE, a bad file is a usage error', async () => {
  const exe = (await goPrograms('cli'))['sigpipe-notify'];
  const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(tmpdir(), 'godiag-hang-config-'));
  try {
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(path.join(dir, '.godiag.yaml'), 'rules:\n  GD953: info\n');
    const found = await runCli(['hang', 'run', '--mode', 'closed-pipe', '--stall', '400', '--format', 'json', '--', exe], { env, cwd: sub });
    assert.equal(found.code, 0, found.stdout + found.stderr);
    const severities = JSON.parse(found.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);
    assert.deepEqual(severities, ['GD953:info']);

    writeFileSync(path.join(dir, 'off.json'), JSON.stringify({ rules: { GD953: 'off' } }));
    const off = await runCli(['hang', 'run', '--mode', 'closed-pipe', '--stall', '400', '--config', path.join(dir, 'off.json'), '--format', 'json', '--', exe], { env, cwd: sub });
    assert.equal(off.code, 0, off.stdout + off.stderr);
    assert.deepEqual(JSON.parse(off.stdout).findings, []);

    writeFileSync(path.join(dir, 'bad.yaml'), 'rules: [not, a, map]\n');
    const bad = await runCli(['hang', 'run', '--mode', 'closed-pipe', '--config', path.join(dir, 'bad.yaml'), '--', exe], { env, cwd: sub });
    assert.equal(bad.code, 2, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /bad\.yaml/);
    assert.deepEqual(pidsRunning(exe), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
