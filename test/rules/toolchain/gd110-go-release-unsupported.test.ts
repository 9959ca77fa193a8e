import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd110 } from '../../../src/rules/toolchain/gd110-go-release-unsupported.js';
import { endOfSupport } from '../../../src/knowledge/go-releases.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

test('only the two newest majors are supported', () => {
  assert.deepEqual(endOfSupport('go1.19.8'), { newer: 21, released: '2023-08-08', newest: 27 });
  assert.equal(endOfSupport('go1.26.8'), null);
  assert.equal(endOfSupport('go1.27.3'), null);
  assert.deepEqual(endOfSupport('go1.26.8', ['go1.28.1']), { newer: 28, released: null, newest: 28 }, 'a newer go seen here counts');
  assert.equal(endOfSupport('go1.28rc1'), null);
});

test('GD110 reports the go PATH runs when it is past end of support', () => {
  const [f] = check(gd110, factsWith({ toolchains: toolchains([install({ path: '/usr/bin/go', reportedVersion: 'go1.19.8' })]) }));
  assert.match(f!.message, /go1\.19\.8, past end of support.*Go 1\.21 came out on 2023-08-08/);
  assert.deepEqual(ids(gd110, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go', reportedVersion: 'go1.26.8' })]) })), []);
});
