import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd952 } from '../../../src/rules/hang/gd952-killed-by-sigpipe.js';
import { check, ids } from '../../helpers/rules.js';
import { hangFacts, hangRun } from './runs.js';

const closed = { bytesWaiting: null, bytesRead: 4096, readerClosedAfter: 4096, note: '' };

test('killed by SIGPIPE after the reader closed', () => {
  const [f] = check(gd952, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'exited', code: null, signal: 'SIGPIPE' }, channel: closed })));
  assert.equal(f!.messageId, 'killed');
  // Under hang run's closed-pipe condition it is Go's default: what the program does, not a defect.
  assert.equal(f!.severity, 'info');
  assert.match(f!.message, /4096 bytes read first/);
  assert.match(f!.message, /fd 1, 2/);
  assert.ok(f!.fixes.some((x) => x.kind === 'manual' && x.steps.some((s) => s.includes('signal.Notify'))));
});

test('a SIGPIPE death outside the closed-pipe condition is a warning', () => {
  assert.equal(check(gd952, hangFacts(hangRun({ mode: 'drained', outcome: { kind: 'exited', code: null, signal: 'SIGPIPE' } })))[0]!.severity, 'warning');
});

test('passes: EPIPE handled, killed by another signal, clean exit', () => {
  assert.deepEqual(ids(gd952, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'exited', code: 3, signal: null }, channel: closed }))), []);
  assert.deepEqual(ids(gd952, hangFacts(hangRun({ mode: 'closed-pipe', outcome: { kind: 'exited', code: null, signal: 'SIGKILL' }, channel: closed }))), []);
  assert.deepEqual(ids(gd952, hangFacts(hangRun())), []);
});
