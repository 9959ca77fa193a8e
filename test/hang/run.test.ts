// The real Go programs in every mode: classification and evidence, from real /proc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LocalHost } from '../../src/collectors/host.js';
import { runMode } from '../../src/collectors/hang/run.js';
import type { HangMode, HangRun } from '../../src/facts/schema/hang.js';
import { runRules } from '../../src/engine/run.js';
import { HANG_RULES } from '../../src/rules/hang/index.js';
import { factsWith } from '../helpers/rules.js';
import { goPrograms, pidsRunning, type Program } from './go-fixtures.js';

const host = new LocalHost();
const env = { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };

async function runIt(program: Program, mode: HangMode, extra: { fds?: number[]; goroutines?: boolean } = {}): Promise<HangRun> {
  const exe = (await goPrograms('run'))[program];
  const run = await runMode({ host, mode, argv: [exe], env, cwd: '/tmp', timeoutMs: 15_000, stallMs: 400, fds: extra.fds ?? [1, 2], goroutines: !!extra.goroutines });
  assert.deepEqual(pidsRunning(exe), [], `${program} left running after ${mode}`);
  return run;
}

function findingsOf(run: HangRun): string[] {
  return runRules(HANG_RULES, factsWith({ hang: { runs: [run] } })).findings.map((f) => `${f.ruleId}:${f.messageId}`);
}

const WRITERS: Program[] = ['println-loop', 'bufio-writer', 'sigpipe-notify'];

for (const p of WRITERS) {
  test(`${p} in stalled-pipe: blocked in write(1) on a full pipe`, async () => {
    const run = await runIt(p, 'stalled-pipe');
    assert.equal(run.outcome.kind, 'blocked');
    const b = run.blocked!;
    assert.equal(b.fd, 1);
    assert.equal(b.syscall, 'write');
    assert.match(b.wchan, /pipe_write/);
    assert.equal(b.target.kind, 'pipe');
    assert.equal(b.target.access, 'write');
    // Full: about the default 64 KiB capacity, measured on our own end. A write already inside
    // the kernel when the writer is stopped can finish as the measurement drains the pipe,
    // so up to one more page may arrive (65,659 bytes seen once).
    assert.ok(run.channel.bytesWaiting! > 60_000 && run.channel.bytesWaiting! <= 65_536 + 4_096, `bytesWaiting ${run.channel.bytesWaiting}`);
    assert.ok(run.peers.some((x) => x.self && x.access === 'read'), 'godiag holds the read end');
    // Reported once the write made no progress for --stall (400 ms here), within 2 s of
    // the first sample that saw it; start-up time on a loaded machine is not part of it.
    assert.ok(b.stalledMs >= 400 && b.stalledMs < 2000, `stalled ${b.stalledMs} ms when reported`);
    assert.deepEqual(findingsOf(run), ['GD950:simulated']);
  });

  test(`${p} in pty: blocked writing to an undrained pseudo-terminal`, async () => {
    const run = await runIt(p, 'pty');
    assert.equal(run.outcome.kind, 'blocked');
    assert.equal(run.blocked!.target.kind, 'pty');
    assert.match(run.blocked!.target.target, /^\/dev\/pts\/\d+$/);
    const master = run.peers.find((x) => x.comm === 'script');
    assert.ok(master, `script holds the master: ${JSON.stringify(run.peers)}`);
    assert.notEqual(master.activity, 'reading');
    // godiag's own script(1) is the terminal nobody reads: what the program does there, not a defect.
    assert.deepEqual(findingsOf(run), ['GD951:simulated']);
  });

  test(`${p} in drained: no problem`, async () => {
    const run = await runIt(p, 'drained');
    assert.deepEqual(run.outcome, { kind: 'exited', code: 0, signal: null });
    assert.ok(run.channel.bytesRead > 4_000_000);
    assert.deepEqual(findingsOf(run), []);
  });
}

test('println-loop in closed-pipe: killed by SIGPIPE (fd 1, no signal.Notify)', async () => {
  const run = await runIt('println-loop', 'closed-pipe');
  assert.deepEqual(run.outcome, { kind: 'exited', code: null, signal: 'SIGPIPE' });
  assert.equal(run.channel.readerClosedAfter, 4096);
  assert.deepEqual(findingsOf(run), ['GD952:killed']);
});

test('bufio-writer in closed-pipe: killed by SIGPIPE inside Flush', async () => {
  const run = await runIt('bufio-writer', 'closed-pipe');
  assert.equal(run.outcome.kind === 'exited' && run.outcome.signal, 'SIGPIPE');
  assert.deepEqual(findingsOf(run), ['GD952:killed']);
});

test('sigpipe-notify in closed-pipe: EPIPE returned, exits 3 without a word: dies silently, an error', async () => {
  const run = await runIt('sigpipe-notify', 'closed-pipe');
  assert.deepEqual(run.outcome, { kind: 'exited', code: 3, signal: null });
  assert.deepEqual(findingsOf(run), ['GD953:silent']);
});

test('sigpipe-ignore in closed-pipe: EPIPE returned, exits 3 without a word (silent), and GD953 credits signal.Ignore, not signal.Notify alone', async () => {
  const run = await runIt('sigpipe-ignore', 'closed-pipe');
  assert.deepEqual(run.outcome, { kind: 'exited', code: 3, signal: null });
  const findings = runRules(HANG_RULES, factsWith({ hang: { runs: [run] } })).findings;
  assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.messageId}`), ['GD953:silent']);
  assert.match(findings[0]!.message, /signal\.Ignore/);
});

test('ignores-epipe in closed-pipe: keeps calling write after the reader left, every call fails', async () => {
  const exe = (await goPrograms('run'))['ignores-epipe'];
  const run = await runMode({ host, mode: 'closed-pipe', argv: [exe], env, cwd: '/tmp', timeoutMs: 3000, stallMs: 400, fds: [1, 2], goroutines: false });
  assert.equal(run.outcome.kind, 'running');
  assert.ok(run.failedWrites && run.failedWrites.calls > 100, JSON.stringify({ f: run.failedWrites, io: run.process?.io, ch: run.channel, ms: run.elapsedMs }));
  assert.deepEqual(findingsOf(run), ['GD953:ignored']);
  assert.deepEqual(pidsRunning(exe), []);
});

test('fd3-writer with fd 3 wired: EPIPE on fd 3 even without signal.Notify', async () => {
  const run = await runIt('fd3-writer', 'closed-pipe', { fds: [1, 3] });
  assert.deepEqual(run.outcome, { kind: 'exited', code: 3, signal: null });
  assert.match(run.stderrTail ?? '', /write fd3: broken pipe/);
  assert.deepEqual(findingsOf(run), ['GD953:exited']);
});

test('fd3-writer blocks on fd 3 in stalled-pipe; drained lets it finish', async () => {
  const run = await runIt('fd3-writer', 'stalled-pipe', { fds: [1, 3] });
  assert.equal(run.blocked?.fd, 3);
  assert.deepEqual(findingsOf(run), ['GD950:simulated']);
  const drained = await runIt('fd3-writer', 'drained', { fds: [1, 3] });
  assert.deepEqual(drained.outcome, { kind: 'exited', code: 0, signal: null });
});

test('fd3-writer under a pty: a terminal gives fds 0-2 only, so fd 3 is closed (EBADF, status 4), no hang', async () => {
  const run = await runIt('fd3-writer', 'pty', { fds: [1, 3] });
  assert.deepEqual(run.outcome, { kind: 'exited', code: 4, signal: null });
  assert.deepEqual(findingsOf(run), []);
});

for (const mode of ['stalled-pipe', 'closed-pipe', 'pty', 'drained'] as const) {
  test(`quiet never blocks in ${mode}`, async () => {
    const run = await runIt('quiet', mode);
    assert.deepEqual(run.outcome, { kind: 'exited', code: 0, signal: null });
    assert.equal(run.blocked, null);
    assert.deepEqual(findingsOf(run), []);
  });
}

test('goroutine dump of a blocked bufio writer: goroutine 1 in syscall.write under Flush', async () => {
  const run = await runIt('bufio-writer', 'stalled-pipe', { goroutines: true });
  assert.equal(run.outcome.kind, 'blocked');
  // The dump does not rewire fd 2: the run is the one a run without --goroutines makes.
  assert.deepEqual(run.fds, [1, 2]);
  const g = run.goroutines!;
  assert.equal(g.sent, true);
  assert.ok(g.total >= 1);
  assert.equal(g.blockedInWrite.length, 1);
  const w = g.blockedInWrite[0]!;
  // [syscall] normally; [running] when SIGQUIT lands on the thread blocked in write(2), whose
  // goroutine the runtime then prints as the one it was running (runtime/traceback.go goroutineheader).
  assert.match(w.state, /^(syscall|running)$/);
  assert.ok(w.frames.some((f) => /^syscall\.(write|Syscall)|^internal\/poll\.\(\*FD\)\.Write$/.test(f)), w.frames.join(' <- '));
  assert.ok(w.frames.includes('bufio.(*Writer).Flush'));
  assert.match(w.caller ?? '', /^main\.main at .*bufio-writer\/main\.go:\d+$/);
  assert.ok(run.channel.bytesWaiting! > 60_000, `bytesWaiting ${run.channel.bytesWaiting}: measured before the dump drained the pipe`);
  assert.equal(run.stderrTail, null, 'fd 2 stays on the pipe');
});

test('--goroutines does not change the verdict: a program blocked on stderr is found blocked on fd 2, and its dump read from the pipe', async () => {
  const plain = await runIt('stderr-loop', 'stalled-pipe');
  const dumped = await runIt('stderr-loop', 'stalled-pipe', { goroutines: true });
  for (const run of [plain, dumped]) {
    assert.equal(run.outcome.kind, 'blocked');
    assert.equal(run.blocked?.fd, 2);
    assert.deepEqual(findingsOf(run), ['GD950:simulated']);
  }
  const g = dumped.goroutines!;
  assert.ok(g.sent && g.total >= 1, g.note);
  const w = g.blockedInWrite[0];
  if (w) assert.match(w.caller ?? '', /^main\.main at .*stderr-loop\/main\.go:\d+$/);
  else {
    // The dump needs room in the pipe the program blocks on: as godiag drains it, the writer's
    // write may complete and main go on logging, and a goroutine running on another thread is
    // printed without its stack ("goroutine running on other thread; stack unavailable",
    // runtime/traceback.go). Nothing else may explain an empty write list.
    assert.equal(g.total, 1, 'only main runs in stderr-loop');
  }
});

test('a child blocked on a full pipe while godiag drains the program\'s own output: GD950 error naming the parent that waits', async () => {
  const run = await runIt('wait-before-read', 'drained');
  assert.equal(run.outcome.kind, 'blocked');
  assert.equal(run.blocked!.target.kind, 'pipe');
  assert.ok(run.peers.some((x) => !x.self && /^wait-before-rea/.test(x.comm) && /waitid|wait4/.test(x.doing)), JSON.stringify(run.peers));
  const [f] = runRules(HANG_RULES, factsWith({ hang: { runs: [run] } })).findings;
  assert.equal(`${f!.ruleId}:${f!.messageId}:${f!.severity}`, 'GD950:full:error');
});

test('goroutine dump through the pty', async () => {
  const run = await runIt('println-loop', 'pty', { goroutines: true });
  assert.equal(run.outcome.kind, 'blocked');
  const w = run.goroutines!.blockedInWrite[0]!;
  assert.ok(w.frames.includes('fmt.Println'), w.frames.join(' '));
});

test('the writer is a grandchild (a shell that forks, like go run): found and reported', async () => {
  const exe = (await goPrograms('run'))['println-loop'];
  const run = await runMode({ host, mode: 'stalled-pipe', argv: ['/bin/sh', '-c', '"$0"; echo done', exe], env, cwd: '/tmp', timeoutMs: 15_000, stallMs: 400, fds: [1, 2], goroutines: false });
  assert.equal(run.outcome.kind, 'blocked');
  assert.ok(run.process!.comm.startsWith('println-loop'), run.process!.comm);
  assert.ok(run.blocked!.stalledMs < 2000, `stalled ${run.blocked!.stalledMs} ms when reported`);
  assert.deepEqual(findingsOf(run), ['GD950:simulated']);
  assert.deepEqual(pidsRunning(exe), [], 'the grandchild was killed too');
});

test('a command that does not exist fails cleanly', async () => {
  const run = await runMode({ host, mode: 'drained', argv: ['/nonexistent/prog'], env, cwd: '/tmp', timeoutMs: 5000, stallMs: 400, fds: [1, 2], goroutines: false });
  assert.equal(run.outcome.kind, 'failed');
  assert.deepEqual(findingsOf(run), []);
});

test('pty mode without script(1) on PATH says what to install', async () => {
  const run = await runMode({ host, mode: 'pty', argv: ['/bin/true'], env: { PATH: '/nonexistent' }, cwd: '/tmp', timeoutMs: 5000, stallMs: 400, fds: [1, 2], goroutines: false });
  assert.equal(run.outcome.kind, 'failed');
  assert.match(run.outcome.kind === 'failed' ? run.outcome.error : '', /needs script\(1\).*bsdutils/);
});

test('a program that neither exits nor blocks is killed at the timeout', async () => {
  const run = await runMode({ host, mode: 'stalled-pipe', argv: ['/bin/sleep', '30'], env, cwd: '/tmp', timeoutMs: 700, stallMs: 400, fds: [1, 2], goroutines: false });
  assert.equal(run.outcome.kind, 'running');
  assert.ok(run.elapsedMs < 5000);
  assert.deepEqual(pidsRunning('/bin/sleep').filter((p) => p === run.pid), []);
});
