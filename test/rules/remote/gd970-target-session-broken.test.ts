import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd970 } from '../../../src/rules/remote/gd970-target-session-broken.js';
import { check, factsWith } from '../../helpers/rules.js';

test('a broken target session is an error finding naming the target and the reason; a whole one is none', () => {
  const whole = factsWith({});
  whole.host = { kind: 'remote', platform: 'linux', arch: 'x64', cwd: '/', target: 'ssh://ci@runner' };
  assert.deepEqual(check(gd970, whole), []);
  const broken = factsWith({});
  broken.host = { ...whole.host, targetError: 'the target did not answer read within 20000 ms' };
  const f = check(gd970, broken);
  assert.deepEqual(f.map((x) => x.messageId), ['broken']);
  assert.match(f[0]!.message, /ssh:\/\/ci@runner broke while collecting \(the target did not answer read within 20000 ms\)/);
  assert.deepEqual(check(gd970, factsWith({})), [], 'a local machine has no session');
});
