// Table cases; test/cli/fleet.test.ts reaches real chroot and ssh targets and an address nothing answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd971 } from '../../../src/rules/remote/gd971-target-unreachable.js';
import { check, factsWith } from '../../helpers/rules.js';

test('an unreachable target is an error naming it and the transport\'s words; a reached one is none', () => {
  const reached = factsWith({});
  reached.host = { kind: 'remote', platform: 'linux', arch: 'x64', cwd: '/', target: 'ssh://ci@runner' };
  assert.deepEqual(check(gd971, reached), []);
  const gone = factsWith({});
  gone.host = { ...reached.host, unreachable: 'ssh: connect to host runner port 22: Connection refused' };
  const f = check(gd971, gone);
  assert.deepEqual(f.map((x) => x.messageId), ['unreachable']);
  assert.match(f[0]!.message, /^ssh:\/\/ci@runner was not diagnosed: ssh: connect to host runner port 22: Connection refused\. None of its checks ran/);
});
