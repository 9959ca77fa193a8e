import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd501 } from '../../../src/rules/modules/gd501-checksum-db-off.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';
import { runRuleTester } from '../../helpers/rule-tester.js';

test('GD501 reports GOSUMDB=off with its source and a go env -u fix for the user file', () => {
  const f = check(gd501, facts({ env: { GOSUMDB: 'off' }, sources: { GOSUMDB: 'user-file' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['off']);
  assert.match(f[0]!.message, /user-file/);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command === 'go env -u GOSUMDB'));
});

test('GD501 passes with the default and with a custom database', () => {
  assert.deepEqual(ids(gd501, facts()), []);
  assert.deepEqual(ids(gd501, facts({ env: { GOSUMDB: 'sum.golang.google.cn' } })), []);
});

runRuleTester(gd501, {
  valid: [
    { name: 'default GOSUMDB', facts: facts() },
    { name: 'a custom checksum database', facts: facts({ env: { GOSUMDB: 'sum.golang.google.cn' } }) },
  ],
  invalid: [
    { name: 'off in the go env file', facts: facts({ env: { GOSUMDB: 'off' }, sources: { GOSUMDB: 'user-file' } }), errors: [{ messageId: 'off', fixTitles: ['Remove GOSUMDB from the go env file', 'Exempt private modules instead'] }] },
    { name: 'off in the environment', facts: facts({ env: { GOSUMDB: 'off' }, sources: { GOSUMDB: 'env' } }), errors: [{ messageId: 'off', fixTitles: ['GOSUMDB comes from the process environment: change it where it is exported (the default sum.golang.org applies again)', 'For this shell only', 'Exempt private modules instead'] }] },
  ],
});
