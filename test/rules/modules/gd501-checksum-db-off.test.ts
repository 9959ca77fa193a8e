import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd501 } from '../../../src/rules/modules/gd501-checksum-db-off.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

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
