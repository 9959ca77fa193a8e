import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd953 } from '../../../src/rules/hang/gd953-exited-on-epipe.js';
import { check, ids } from '../../helpers/rules.js';
import { hangFacts, hangRun } from './runs.js';

const closed = { bytesWaiting: null, bytesRead: 4096, readerClosedAfter: 4096, note: '' };

test('exited on EPIPE with its own message', () => {
  const [f] = check(gd953, hangFacts(hangRun({ mode: 'closed-pipe', fds: [1, 3], outcome: { kind: 'exited', code: 3, signal: null }, channel: closed, stderrTail: 'fd3-writer: write fd3: broken pipe\n' })));
  assert.equal(f!.messageId, 'exited');
  assert.equal(f!.severity, 'info');
  assert.match(f!.message, /status 3/);
  assert.match(f!.message, /It said: fd3-writer: write fd3: broken pipe/);
});

test('exited with a failure status and no message anyone could read: dies silently, an error', () => {
  const lost = check(gd953, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'exited', code: 3, signal: null }, channel: closed, stderrTail: null })));
  assert.equal(`${lost[0]!.messageId}:${lost[0]!.severity}`, 'silent:error');
  assert.match(lost[0]!.message, /stderr on that same closed pipe/);
  const mute = check(gd953, hangFacts(hangRun({ mode: 'closed-pipe', fds: [1], outcome: { kind: 'exited', code: 3, signal: null }, channel: closed, stderrTail: '' })));
  assert.match(mute[0]!.message, /without a word on stderr/);
});

test('kept writing into a closed pipe: failed calls, an error', () => {
  const [f] = check(gd953, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'running' }, channel: closed, failedWrites: { calls: 120000, overMs: 9000 } })));
  assert.equal(f!.messageId, 'ignored');
  assert.equal(f!.severity, 'error');
  assert.match(f!.message, /120000 write calls failed in 9000 ms/);
});

test('passes: SIGPIPE deaths, clean exits, other modes', () => {
  assert.deepEqual(ids(gd953, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'exited', code: null, signal: 'SIGPIPE' }, channel: closed }))), []);
  assert.deepEqual(ids(gd953, hangFacts(hangRun({ mode: 'closed-pipe', channel: closed }))), []);
  assert.deepEqual(ids(gd953, hangFacts(hangRun({ mode: 'drained', outcome: { kind: 'exited', code: 1, signal: null } }))), []);
});
