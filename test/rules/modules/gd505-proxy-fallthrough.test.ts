import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd505 } from '../../../src/rules/modules/gd505-proxy-fallthrough.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD505: a comma after a company proxy does not fall through on outages', () => {
  const f = check(gd505, facts({ env: { GOPROXY: 'https://athens.corp.example.com,https://proxy.golang.org,direct' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['commaStops']);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command.includes('athens.corp.example.com|https://proxy.golang.org,direct')));
});

test('GD505: a pipe after a company proxy forwards its paths to the public mirror', () => {
  assert.deepEqual(ids(gd505, facts({ env: { GOPROXY: 'https://athens.corp.example.com|https://proxy.golang.org,direct' } })), ['pipeLeaks']);
});

test('GD505 passes the default, public-only lists and a single proxy', () => {
  assert.deepEqual(ids(gd505, facts()), []);
  assert.deepEqual(ids(gd505, facts({ env: { GOPROXY: 'https://goproxy.cn,https://proxy.golang.org,direct' } })), []);
  assert.deepEqual(ids(gd505, facts({ env: { GOPROXY: 'https://athens.corp.example.com' } })), []);
  assert.deepEqual(ids(gd505, facts({ env: { GOPROXY: 'https://athens.corp.example.com,off' } })), []);
});
