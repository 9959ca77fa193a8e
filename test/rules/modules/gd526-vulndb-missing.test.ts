import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd526 } from '../../../src/rules/modules/gd526-vulndb-missing.js';
import { check, factsWith } from '../../helpers/rules.js';
import { vulns } from '../../helpers/vulns-facts.js';

test('GD526: without a database, say how to get one; with one, nothing', () => {
  const [f] = check(gd526, factsWith({ vulns: vulns({ db: null, toolchain: null, howTo: 'run `godiag vulndb update`' }) }));
  assert.equal(f!.messageId, 'missing');
  assert.match(f!.message, /godiag vulndb update/);
  assert.deepEqual(check(gd526, factsWith({ vulns: vulns() })), []);
});
