import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd950 } from '../../../src/rules/hang/gd950-output-pipe-full.js';
import { check, ids } from '../../helpers/rules.js';
import { blockedOn, fd, hangFacts, hangRun, peer } from './runs.js';

const pipe = fd(1, 'pipe:[19389]', 'pipe');

test('a real reader that is stopped: error, names it, offers kill -CONT', () => {
  const run = hangRun({ mode: 'attach', outcome: { kind: 'blocked' }, blocked: blockedOn(pipe), peers: [peer({ pid: 77, comm: 'less', state: 'T', activity: 'stopped', doing: 'stopped (by a signal, e.g. Ctrl-Z)' })] });
  const [f] = check(gd950, hangFacts(run));
  assert.equal(f!.messageId, 'full');
  assert.equal(f!.severity, 'error');
  assert.match(f!.message, /less \(pid 77\), stopped/);
  assert.match(f!.message, /blocked in write\(fd 1\), a pipe, for at least 800 ms: the pipe is full/);
  assert.ok(f!.fixes.some((x) => x.kind === 'command' && x.command === 'kill -CONT 77'));
  assert.deepEqual((f!.evidence.otherEnd as { pid: number }[]).map((p) => p.pid), [77]);
});

test('stalled-pipe mode (godiag is the reader): what the program does, an info with the bytes waiting', () => {
  const run = hangRun({ outcome: { kind: 'blocked' }, blocked: blockedOn(pipe), peers: [peer({ pid: 1, comm: 'node', self: true })], channel: { bytesWaiting: 65536, bytesRead: 0, readerClosedAfter: null, note: '' } });
  const [f] = check(gd950, hangFacts(run));
  assert.equal(f!.messageId, 'simulated');
  assert.equal(f!.severity, 'info');
  assert.match(f!.message, /65536 bytes wait unread/);
  assert.ok(!f!.fixes.some((x) => x.kind === 'command'), 'godiag itself is never resumed');
});

test('no reader at all is said so', () => {
  const run = hangRun({ mode: 'attach', outcome: { kind: 'blocked' }, blocked: blockedOn(pipe), peers: [] });
  assert.match(check(gd950, hangFacts(run))[0]!.message, /no process has it open for reading/);
});

test('passes: exited runs, pty blocks, and no runs', () => {
  assert.deepEqual(ids(gd950, hangFacts(hangRun())), []);
  assert.deepEqual(ids(gd950, hangFacts(hangRun({ outcome: { kind: 'blocked' }, blocked: blockedOn(fd(1, '/dev/pts/3', 'pty', 'read-write')) }))), []);
  assert.deepEqual(ids(gd950, hangFacts()), []);
});
