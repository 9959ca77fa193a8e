import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd509 } from '../../../src/rules/modules/gd509-invalid-module-setting.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD509 reports a GOPROXY without scheme, an unknown GOSUMDB name and a bad GOAUTH', () => {
  const f = check(gd509, facts({ env: { GOPROXY: 'athens', GOSUMDB: 'sum.corp.example.com', GOAUTH: 'off;netrc' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['goproxy', 'gosumdb', 'goauth']);
  assert.match(f[0]!.message, /missing scheme/);
});

test('GD509 passes the defaults and valid custom values', () => {
  assert.deepEqual(ids(gd509, facts()), []);
  assert.deepEqual(ids(gd509, facts({ env: { GOPROXY: 'goproxy.cn,direct', GOSUMDB: 'sum.golang.google.cn', GOAUTH: 'netrc;git /src' } })), []);
});
