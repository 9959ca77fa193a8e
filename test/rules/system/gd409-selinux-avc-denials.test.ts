import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd409 } from '../../../src/rules/system/gd409-selinux-avc-denials.js';
import { parseAvcDenials } from '../../../src/collectors/system/selinux.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

const LOG = [
  'type=AVC msg=audit(1716812345.123:456): avc:  denied  { execute } for  pid=1234 comm="go" path="/home/ci/.cache/go-build/ab/exe" dev="dm-2" ino=42 scontext=system_u:system_r:gitlab_runner_t:s0 tcontext=unconfined_u:object_r:user_tmp_t:s0 tclass=file permissive=0',
  'type=AVC msg=audit(1716812399.001:457): avc:  denied  { execute } for  pid=1240 comm="go" path="/home/ci/.cache/go-build/cd/exe" dev="dm-2" ino=43 scontext=system_u:system_r:gitlab_runner_t:s0 tcontext=unconfined_u:object_r:user_tmp_t:s0 tclass=file permissive=0',
  'type=AVC msg=audit(1716812400.000:458): avc:  denied  { read } for  pid=99 comm="httpd" name="index.html" scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:user_home_t:s0 tclass=file permissive=0',
].join('\n');

test('denials of go are grouped; other programs ignored', () => {
  const denials = parseAvcDenials(LOG);
  assert.equal(denials.length, 2);
  const f = check(gd409, sys((s) => { s.selinux = { present: true, mode: 'enforcing', policy: 'targeted', labels: [], audit: { source: '/var/log/audit/audit.log', readable: true, denials } }; }));
  assert.deepEqual(f.map((x) => x.messageId), ['denied']);
  assert.match(f[0]!.message, /2 AVC denial\(s\) for go: \{ execute \} on \/home\/ci\/\.cache\/go-build\/cd\/exe \(file, user_tmp_t\) from gitlab_runner_t/);
});

test('no denials or unreadable log: nothing', () => {
  assert.deepEqual(ids(gd409, sys()), []);
  assert.deepEqual(parseAvcDenials('garbage\navc: denied without fields'), []);
});
