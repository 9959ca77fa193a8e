import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd951 } from '../../../src/rules/hang/gd951-pty-output-not-drained.js';
import { check, ids } from '../../helpers/rules.js';
import { blockedOn, fd, hangFacts, hangRun, peer } from './runs.js';

const pts = fd(1, '/dev/pts/3', 'pty', 'read-write');

test('hang run --mode pty: what the program does on a terminal nobody reads, an info', () => {
  const run = hangRun({ mode: 'pty', outcome: { kind: 'blocked' }, blocked: blockedOn(pts), peers: [peer({ pid: 90, comm: 'script', fd: 3, access: 'read-write', activity: 'writing', doing: 'write (anon_pipe_write)' })] });
  const [f] = check(gd951, hangFacts(run));
  assert.equal(`${f!.messageId}:${f!.severity}`, 'simulated:info');
  assert.match(f!.message, /blocks in write\(fd 1\) once the terminal's buffer is full/);
});

test('blocked on a pty whose master holder is itself stuck writing', () => {
  const run = hangRun({ mode: 'attach', outcome: { kind: 'blocked' }, blocked: blockedOn(pts), peers: [peer({ pid: 90, comm: 'script', fd: 3, access: 'read-write', activity: 'writing', doing: 'write (anon_pipe_write)' })] });
  const [f] = check(gd951, hangFacts(run));
  assert.equal(f!.messageId, 'blocked');
  assert.equal(f!.severity, 'error');
  assert.match(f!.message, /\/dev\/pts\/3, for at least 800 ms/);
  assert.match(f!.message, /script \(pid 90\), itself stuck writing/);
  assert.ok(f!.fixes.some((x) => x.kind === 'manual' && x.steps.some((s) => s.includes('stty -ixon'))));
});

test('a stopped client gets a resume fix', () => {
  const run = hangRun({ mode: 'attach', outcome: { kind: 'blocked' }, blocked: blockedOn(pts), peers: [peer({ pid: 91, comm: 'ssh', state: 'T', activity: 'stopped', doing: 'stopped' })] });
  assert.ok(check(gd951, hangFacts(run))[0]!.fixes.some((x) => x.kind === 'command' && x.command === 'kill -CONT 91'));
});

test('passes: pipe blocks and clean exits', () => {
  assert.deepEqual(ids(gd951, hangFacts(hangRun({ outcome: { kind: 'blocked' }, blocked: blockedOn(fd(1, 'pipe:[5]', 'pipe')) }))), []);
  assert.deepEqual(ids(gd951, hangFacts(hangRun({ mode: 'pty' }))), []);
});
