import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd503 } from '../../../src/rules/modules/gd503-proxy-bypassed.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD503 reports GOPROXY=direct (info) and GOPROXY=off (warning)', () => {
  const direct = check(gd503, facts({ env: { GOPROXY: 'direct' } }));
  assert.deepEqual(direct.map((x) => [x.messageId, x.severity]), [['direct', 'info']]);
  const off = check(gd503, facts({ env: { GOPROXY: 'off', GOPRIVATE: 'corp.example.com' } }));
  assert.deepEqual(off.map((x) => [x.messageId, x.severity]), [['off', 'warning']]);
  assert.match(off[0]!.message, /GONOPROXY=corp\.example\.com/);
});

test('GD503 passes the default and company proxies', () => {
  assert.deepEqual(ids(gd503, facts()), []);
  assert.deepEqual(ids(gd503, facts({ env: { GOPROXY: 'https://athens.corp.example.com,direct' } })), []);
});
