// attach: real shell pipelines (anonymous pipes), real readers that sleep, stop or read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { attach } from '../../src/collectors/hang/attach.js';
import { runRules } from '../../src/engine/run.js';
import { HANG_RULES } from '../../src/rules/hang/index.js';
import type { HangRun } from '../../src/facts/schema/hang.js';
import { factsWith } from '../helpers/rules.js';
import { goPrograms, pidsRunning } from './go-fixtures.js';

const host = new LocalHost();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Start `sh -c SCRIPT ARGS...` in its own group; returns the group and a killer. */
function pipeline(script: string, args: string[], env: Record<string, string> = {}) {
  const sh = spawn('/bin/sh', ['-c', script, ...args], { detached: true, stdio: 'ignore', env: { PATH: '/usr/bin:/bin', ...env } });
  return { pgid: sh.pid!, kill: () => { try { process.kill(-sh.pid!, 'SIGKILL'); } catch { /* gone */ } } };
}

async function waitFor<T>(f: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(50);
  }
}

/** Pid of the process in group pgid whose comm, or argv[0], is name. */
function inGroup(pgid: number, comm: string): number | undefined {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = readFileSync(`/proc/${d}/stat`, 'utf8');
      const close = s.lastIndexOf(')');
      const fields = s.slice(close + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      if (s.slice(s.indexOf('(') + 1, close) === comm || readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0')[0] === comm) return Number(d);
    } catch { /* gone */ }
  }
  return undefined;
}
/** Wait until a thread of pid sleeps in a write path, so attach observes a hang, not a start-up. */
async function waitBlocked(pid: number): Promise<void> {
  await waitFor(() => {
    try {
      return readdirSync(`/proc/${pid}/task`).some((t) => /pipe_write|wait_woken|sock_alloc_send_pskb/.test(readFileSync(`/proc/${pid}/task/${t}/wchan`, 'utf8'))) || undefined;
    } catch {
      return undefined;
    }
  });
}

const findings = (run: HangRun) => runRules(HANG_RULES, factsWith({ hang: { runs: [run] } })).findings;

test('writer | sleep: blocked on pipe:[N], the reader sleeps and never reads', async () => {
  const exe = (await goPrograms('attach'))['println-loop'];
  const p = pipeline('"$0" | sleep 30', [exe]);
  try {
    const writer = await waitFor(() => inGroup(p.pgid, exe));
    const reader = await waitFor(() => inGroup(p.pgid, 'sleep'));
    await waitBlocked(writer);
    const run = (await attach({ host, pid: writer, stallMs: 400, sigquit: false }))!;
    assert.equal(run.outcome.kind, 'blocked');
    assert.equal(run.blocked!.fd, 1);
    assert.match(run.blocked!.target.target, /^pipe:\[\d+\]$/);
    assert.deepEqual(run.command, [exe]);
    const r = run.peers.find((x) => x.pid === reader)!;
    assert.equal(r.access, 'read');
    assert.equal(r.activity, 'idle');
    assert.match(r.doing, /nanosleep/);
    assert.ok(!run.peers.some((x) => x.pid === writer), 'the writer is not its own reader');
    const [f] = findings(run);
    assert.equal(f!.ruleId, 'GD950');
    assert.equal(f!.messageId, 'full');
    assert.equal(f!.severity, 'error');
  } finally {
    p.kill();
  }
});

test('writer | a reader stopped like Ctrl-Z: state T, resume fix', async () => {
  const exe = (await goPrograms('attach'))['bufio-writer'];
  // The reader stops itself before reading a byte, as a suspended pager would.
  const p = pipeline('"$0" | sh -c \'kill -STOP $$; exec cat > /dev/null\'', [exe]);
  try {
    const writer = await waitFor(() => inGroup(p.pgid, exe));
    await waitBlocked(writer);
    const run = (await attach({ host, pid: writer, stallMs: 400, sigquit: false }))!;
    assert.equal(run.outcome.kind, 'blocked');
    const r = run.peers.find((x) => x.activity === 'stopped')!;
    assert.equal(r.state, 'T');
    assert.ok(findings(run)[0]!.fixes.some((x) => x.kind === 'command' && x.command === `kill -CONT ${r.pid}`));
  } finally {
    p.kill();
  }
});

test('sleep | cat: not blocked, and the reader is reading', async () => {
  const p = pipeline('sleep 30 | cat > /dev/null', []);
  try {
    const sl = await waitFor(() => inGroup(p.pgid, 'sleep'));
    const cat = await waitFor(() => inGroup(p.pgid, 'cat'));
    await sleep(200);
    const run = (await attach({ host, pid: sl, stallMs: 300, sigquit: false }))!;
    assert.equal(run.outcome.kind, 'running');
    assert.equal(run.blocked, null);
    const r = run.peers.find((x) => x.pid === cat)!;
    assert.equal(r.activity, 'reading');
    assert.deepEqual(findings(run), []);
  } finally {
    p.kill();
  }
});

test('--sigquit: the dump is read back from a stderr file and shows the blocked goroutine', async () => {
  const exe = (await goPrograms('attach'))['println-loop'];
  const dir = mkdtempSync(join(tmpdir(), 'godiag-attach-'));
  const p = pipeline('"$0" 2>"$1" | sleep 30', [exe, join(dir, 'err.log')], { GOTRACEBACK: 'all' });
  try {
    const writer = await waitFor(() => inGroup(p.pgid, exe));
    await waitBlocked(writer);
    const run = (await attach({ host, pid: writer, stallMs: 400, sigquit: true }))!;
    assert.equal(run.outcome.kind, 'blocked');
    const g = run.goroutines!;
    assert.equal(g.sent, true);
    assert.match(g.note, /err\.log/);
    assert.ok(g.blockedInWrite.some((x) => x.frames.includes('fmt.Println') && x.state === 'syscall'));
    await waitFor(() => (pidsRunning(exe).includes(writer) ? undefined : true), 5000);
  } finally {
    p.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a parent that stops reading a socketpair stdout (Node child_process): blocked on socket:[N]', async () => {
  const exe = (await goPrograms('attach'))['println-loop'];
  // libuv gives children a socketpair, not a pipe; pausing the stream stops reading it.
  const child = spawn(exe, [], { stdio: ['ignore', 'pipe', 'ignore'] });
  child.stdout.pause();
  try {
    await waitBlocked(child.pid!);
    const run = (await attach({ host, pid: child.pid!, stallMs: 400, sigquit: false }))!;
    assert.equal(run.outcome.kind, 'blocked');
    assert.match(run.blocked!.target.target, /^socket:\[\d+\]$/);
    assert.deepEqual(findings(run).map((f) => f.ruleId), ['GD954']);
  } finally {
    child.kill('SIGKILL');
  }
});

test('no such pid', async () => {
  assert.equal(await attach({ host, pid: 2 ** 22 + 1, stallMs: 100, sigquit: false }), null);
});
