import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleFixtureCase } from '../../helpers/lint.js';

test('GD715 go-get-to-install: err/ fixture findings match its expect markers, ok/ fixture has none', async () => {
  const r = await ruleFixtureCase('GD715');
  assert.ok(r.expected.length > 0, 'the err fixture needs expect markers');
  assert.deepEqual(r.got, r.expected);
  assert.deepEqual(r.okGot, []);
});
