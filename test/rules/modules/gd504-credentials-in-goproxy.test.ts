import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd504 } from '../../../src/rules/modules/gd504-credentials-in-goproxy.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';
import { redactDeep } from '../../../src/engine/redact.js';

test('GD504 reports user:token@ in GOPROXY and never shows the token', () => {
  const f = check(gd504, facts({ env: { GOPROXY: 'https://bot:s3cr3t-token@athens.corp.example.com|https://proxy.golang.org,direct' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['userinfo']);
  const text = JSON.stringify(redactDeep(f));
  assert.ok(!text.includes('s3cr3t-token'), text);
  assert.ok(!JSON.stringify(f).includes('s3cr3t-token'), 'facts themselves are scrubbed');
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'manual' && x.steps[0]!.includes('machine athens.corp.example.com')));
});

test('GD504 passes proxies without credentials', () => {
  assert.deepEqual(ids(gd504, facts({ env: { GOPROXY: 'https://athens.corp.example.com,direct' } })), []);
});
