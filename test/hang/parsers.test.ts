// The pure parts: /proc parsers, the goroutine dump parser, shell quoting for script(1), stall tracking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFdinfo, parseStat, parseSyscall, fdKind, describeFd } from '../../src/collectors/hang/procfs.js';
import { blockedInWrite, dumpStart, parseGoroutines } from '../../src/analyzers/hang/goroutines.js';
import { scriptArgv } from '../../src/collectors/hang/pty.js';
import { shQuote } from '../../src/knowledge/shell-quote.js';
import { StallTracker } from '../../src/analyzers/hang/stall.js';
import { execFile } from '../../src/collectors/exec.js';
import type { ProcSnapshot } from '../../src/facts/schema/hang.js';

test('stat: comm with spaces and parentheses', () => {
  assert.deepEqual(parseStat('123 (my (odd) prog) S 1 123 123 0 -1 4194560'), { pid: 123, comm: 'my (odd) prog', state: 'S', ppid: 1, pgrp: 123 });
  assert.equal(parseStat('garbage'), null);
});

test('syscall: blocked write, running, not in a syscall', () => {
  assert.deepEqual(parseSyscall('1 0x1 0x55b5ef6b8b60 0x1ffe 0x7fcfc67244f0 0x0 0x0 0x7ffc5fcca1d8 0x7fcfc6803350', 'x64'), { nr: 1, name: 'write', fd: 1 });
  assert.deepEqual(parseSyscall('64 0x3 0x1 0x2 0x0 0x0 0x0 0x1 0x2', 'arm64'), { nr: 64, name: 'write', fd: 3 });
  assert.equal(parseSyscall('running'), null);
  assert.equal(parseSyscall('-1 0x7ffc5fcca1d8 0x7fcfc6803350'), null);
});

test('fdinfo: access mode, O_NONBLOCK, tty-index', () => {
  assert.deepEqual(parseFdinfo('pos:\t0\nflags:\t0104002\nmnt_id:\t23\nino:\t90\ntty-index:\t7\n'), { flags: 0o104002, ttyIndex: 7 });
  const d = describeFd(1, 'pipe:[19389]', parseFdinfo('pos:\t0\nflags:\t04001\n'), false);
  assert.equal(d.kind, 'pipe');
  assert.equal(d.access, 'write');
  assert.equal(d.nonBlocking, true);
  assert.equal(describeFd(0, 'pipe:[1]', parseFdinfo('flags:\t00\n'), false).access, 'read');
});

test('fd kinds', () => {
  assert.equal(fdKind('/dev/pts/12'), 'pty');
  assert.equal(fdKind('/dev/ptmx'), 'pty');
  assert.equal(fdKind('/dev/tty1'), 'tty');
  assert.equal(fdKind('socket:[88]'), 'socket');
  assert.equal(fdKind('/dev/null'), 'null');
  assert.equal(fdKind('/var/log/app.log'), 'file');
  assert.equal(fdKind('/tmp/x/out (deleted)', true), 'pipe');
  assert.equal(fdKind('anon_inode:[eventpoll]'), 'other');
});

test('goroutine dump of go1.26: goroutine 1 blocked in write under bufio Flush', () => {
  const text = readFileSync('test/fixtures/hang/dumps/bufio-writer-go1.26.txt', 'utf8');
  assert.equal(dumpStart(`some output\n${text}`), 'some output\n'.length);
  const gs = parseGoroutines(text);
  assert.equal(gs.length, 6);
  const [w, ...rest] = blockedInWrite(gs);
  assert.equal(rest.length, 0);
  assert.equal(w!.id, 1);
  assert.equal(w!.state, 'syscall');
  assert.deepEqual(w!.frames.slice(0, 2), ['syscall.Syscall', 'syscall.write']);
  assert.ok(w!.frames.includes('os.(*File).Write'));
  assert.match(w!.caller!, /^main\.main at \/src\/bufio-writer\/main\.go:\d+$/);
  assert.ok(gs.some((g) => g.state === 'force gc (idle)'));
});

test('goroutine headers without gp/m fields (older Go, GOTRACEBACK=all without crash)', () => {
  const gs = parseGoroutines('goroutine 7 [IO wait, 2 minutes]:\ninternal/poll.runtime_pollWait(0x7f, 0x77)\n\t/goroot/src/runtime/netpoll.go:351 +0x85\ninternal/poll.(*FD).Write(0xc0001, {0xc0002, 0x10, 0x10})\n\t/goroot/src/internal/poll/fd_unix.go:380 +0x2f9\nmain.logLoop()\n\t/src/main.go:9 +0x1\ncreated by main.main in goroutine 1\n\t/src/main.go:4 +0x2\n');
  assert.equal(gs[0]!.state, 'IO wait, 2 minutes');
  assert.equal(blockedInWrite(gs).length, 1);
  assert.equal(gs[0]!.caller, 'main.logLoop at /src/main.go:9');
});

test('shQuote: hostile arguments reach the program unchanged through /bin/sh', async () => {
  const args = ["it's", '$(touch /tmp/pwned)', 'a b;c', '`id`', 'new\nline', '"dq"', '\\', '*', ''];
  const r = await execFile('/bin/sh', ['-c', `printf '%s\\0' ${args.map(shQuote).join(' ')}`], { env: { PATH: '/usr/bin:/bin' } });
  assert.deepEqual(r.stdout.split('\0').slice(0, -1), args);
});

test('script argv: /bin/sh, the user SHELL restored, the command exec-ed', () => {
  const s = scriptArgv(['/bin/prog', 'x y'], '/usr/bin/fish');
  assert.equal(s.file, 'script');
  assert.equal(s.shell, '/bin/sh');
  assert.deepEqual(s.args.slice(0, 3), ['-q', '-e', '-c']);
  assert.equal(s.args[3], "SHELL=/usr/bin/fish; export SHELL; exec /bin/prog 'x y'");
  assert.match(scriptArgv(['p'], undefined).args[3]!, /^unset SHELL; exec p$/);
});

function snap(wchar: number, threads: ProcSnapshot['threads']): ProcSnapshot {
  return { pid: 10, comm: 'w', state: 'S', ppid: 1, pgrp: 10, threads, fds: [{ fd: 1, target: 'pipe:[5]', kind: 'pipe', access: 'write', nonBlocking: false, ttyIndex: null }], io: { wchar, syscw: 1 } };
}
const inWrite = { tid: 10, state: 'S', wchan: 'anon_pipe_write', syscall: { nr: 1, name: 'write', fd: 1 }, syscallError: null };

test('stall: reported only after stallMs without progress', () => {
  const t = new StallTracker([1], 500);
  assert.equal(t.feed(snap(100, [inWrite]), 0), null);
  assert.equal(t.feed(snap(200, [inWrite]), 300), null, 'bytes moved: not stalled');
  assert.equal(t.feed(snap(200, [inWrite]), 600), null);
  const b = t.feed(snap(200, [inWrite]), 900);
  assert.equal(b?.fd, 1);
  assert.equal(b?.stalledMs, 600);
  assert.equal(b?.target.target, 'pipe:[5]');
});

test('stall: unwatched fds and running threads are not stalls', () => {
  const t = new StallTracker([3], 100);
  t.feed(snap(1, [inWrite]), 0);
  assert.equal(t.feed(snap(1, [inWrite]), 500), null);
  const r = new StallTracker([1], 100);
  const running = { ...inWrite, state: 'R', wchan: '' };
  r.feed(snap(1, [running]), 0);
  assert.equal(r.feed(snap(1, [running]), 500), null);
});

test('stall without ptrace rights: wchan and the fd kinds stand in for the syscall', () => {
  const t = new StallTracker([], 100);
  const noSys = { tid: 10, state: 'S', wchan: 'anon_pipe_write', syscall: null, syscallError: 'unreadable' };
  t.feed(snap(5, [noSys]), 0);
  const b = t.feed(snap(5, [noSys]), 200);
  assert.equal(b?.syscall, 'write?');
  assert.equal(b?.fd, 1);
});

test('descendants: the tree under a shell, via /proc/PID/task/TID/children', async () => {
  const { spawn } = await import('node:child_process');
  const { LocalHost } = await import('../../src/collectors/host.js');
  const { descendants } = await import('../../src/collectors/hang/procfs.js');
  const sh = spawn('/bin/sh', ['-c', 'sleep 30 & sleep 30 & wait'], { stdio: 'ignore', detached: true });
  try {
    let kids: { comm: string; ppid: number }[] = [];
    // Until both forks have exec'd sleep.
    for (let i = 0; i < 200 && kids.filter((k) => k.comm === 'sleep').length < 2; i++) {
      await new Promise((r) => setTimeout(r, 20));
      kids = await descendants(new LocalHost(), sh.pid!);
    }
    assert.deepEqual(kids.map((k) => [k.comm, k.ppid]), [['sleep', sh.pid], ['sleep', sh.pid]]);
  } finally {
    process.kill(-sh.pid!, 'SIGKILL');
  }
});

test('syscall numbers are named from Go\'s x/sys tables, per architecture, never left as numbers', () => {
  assert.equal(parseSyscall('281 0x4 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'x64')?.name, 'epoll_pwait');
  assert.equal(parseSyscall('441 0x4 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'x64')?.name, 'epoll_pwait2');
  assert.equal(parseSyscall('202 0x4 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'x64')?.name, 'futex');
  assert.equal(parseSyscall('98 0x4 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'arm64')?.name, 'futex');
  assert.equal(parseSyscall('64 0x1 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'riscv64')?.name, 'write');
  assert.match(parseSyscall('9999 0x1 0x0 0x0 0x0 0x0 0x0 0x7ffd 0x4000', 'x64')?.name ?? '', /syscall 9999 \(unknown on x64\)/);
});
