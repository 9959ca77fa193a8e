import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd408 } from '../../../src/rules/system/gd408-selinux-go-dirs-mislabeled.js';
import { check, ids } from '../../helpers/rules.js';
import type { SystemFacts } from '../../../src/facts/schema/system.js';
import { sys } from './system-facts.js';

const enforcing = (labels: SystemFacts['selinux']['labels']) => sys((s) => {
  s.selinux = { present: true, mode: 'enforcing', policy: 'targeted', labels, audit: { source: null, readable: false, denials: [] } };
});

test('cache moved from /tmp keeps user_tmp_t: restorecon for the actual path', () => {
  const f = check(gd408, enforcing([{ role: 'GOCACHE', path: '/home/dev/.cache/go-build', context: 'unconfined_u:object_r:user_tmp_t:s0', type: 'user_tmp_t', expected: 'unconfined_u:object_r:cache_home_t:s0', expectedType: 'cache_home_t' }]));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['mismatch', 'error']]);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, 'sudo restorecon -Rv /home/dev/.cache/go-build');
});

test('a path outside the policy (default_t): semanage fcontext + restorecon', () => {
  const f = check(gd408, enforcing([{ role: 'GOMODCACHE', path: '/srv/go mod', context: 'system_u:object_r:default_t:s0', type: 'default_t', expected: 'system_u:object_r:default_t:s0', expectedType: 'default_t' }]));
  assert.deepEqual(f.map((x) => x.messageId), ['noRule']);
  assert.equal(f[0]!.fixes[0]!.kind === 'command' && f[0]!.fixes[0]!.command, `sudo semanage fcontext -a -t user_home_t '/srv/go mod(/.*)?' && sudo restorecon -Rv '/srv/go mod'`);
});

test('correct labels, temp dirs with temp types, disabled SELinux: nothing', () => {
  assert.deepEqual(ids(gd408, enforcing([
    { role: 'GOROOT', path: '/usr/local/go', context: 'system_u:object_r:usr_t:s0', type: 'usr_t', expected: 'system_u:object_r:usr_t:s0', expectedType: 'usr_t' },
    { role: 'TMPDIR', path: '/tmp', context: 'system_u:object_r:tmp_t:s0', type: 'tmp_t', expected: null, expectedType: null },
  ])), []);
  assert.deepEqual(ids(gd408, sys()), []);
});

test('permissive mode lowers the severity', () => {
  const f = check(gd408, sys((s) => {
    s.selinux = { present: true, mode: 'permissive', policy: 'targeted', labels: [{ role: 'GOPATH', path: '/home/dev/go', context: 'system_u:object_r:unlabeled_t:s0', type: 'unlabeled_t', expected: null, expectedType: null }], audit: { source: null, readable: false, denials: [] } };
  }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['noRule', 'warning']]);
});
