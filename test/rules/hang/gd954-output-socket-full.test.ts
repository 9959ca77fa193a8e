import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd954 } from '../../../src/rules/hang/gd954-output-socket-full.js';
import { check, ids } from '../../helpers/rules.js';
import { blockedOn, fd, hangFacts, hangRun } from './runs.js';

test('blocked on a socket: names it and how to find the peer', () => {
  const run = hangRun({ mode: 'attach', outcome: { kind: 'blocked' }, blocked: blockedOn(fd(1, 'socket:[311860]', 'socket'), { wchan: 'sock_alloc_send_pskb' }) });
  const [f] = check(gd954, hangFacts(run));
  assert.equal(f!.messageId, 'blocked');
  assert.match(f!.message, /socket \(socket:\[311860\]\)/);
  assert.ok(f!.fixes.some((x) => x.kind === 'command' && x.command === 'ss -xp | grep -w 311860'));
});

test('passes: pipe and pty blocks, clean exits', () => {
  assert.deepEqual(ids(gd954, hangFacts(hangRun({ outcome: { kind: 'blocked' }, blocked: blockedOn(fd(1, 'pipe:[5]', 'pipe')) }))), []);
  assert.deepEqual(ids(gd954, hangFacts(hangRun())), []);
});
