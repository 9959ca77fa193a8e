import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd904 } from '../../../src/rules/runtime/gd904-runtime-module-download-failed.js';
import { check, ids } from '../../helpers/rules.js';
import { facts, failed, ok, GO_ERRORS } from './fixture.js';

const one = (text: string) => check(gd904, facts([failed('download', text)]))[0]!;

test('GD904 classifies every recorded go error', () => {
  assert.equal(one(GO_ERRORS.dns).messageId, 'dns');
  assert.equal(one(GO_ERRORS.x509).messageId, 'x509');
  assert.equal(one(GO_ERRORS.refused).messageId, 'refused');
  assert.equal(one(GO_ERRORS.off).messageId, 'proxyOff');
  for (const [k, status] of [['proxy404', '404'], ['proxy410', '410'], ['proxy403', '403'], ['proxy500', '5xx']] as const) {
    const f = one(GO_ERRORS[k]);
    assert.deepEqual([f.messageId, f.data.status], ['http', status], k);
    assert.match(f.message, /module proxy/);
  }
  const sum = one(GO_ERRORS.sumdb404);
  assert.match(sum.message, /checksum database .*answered 404.*GOPRIVATE/);
  assert.equal((sum.evidence.url as string), 'http://127.0.0.1:33527/lookup/example.com/tiny@v1.0.0');
  assert.match(one(GO_ERRORS.sumdb410).message, /checksum database .*410/);
});

test('GD904 reports a killed (timed out) download', () => {
  const s = failed('download', '');
  const timed = { ...s, failure: { class: 'timeout' as const, where: 'proxy' as const, url: null, detail: 'timed out after 3000 ms' } };
  assert.deepEqual(ids(gd904, facts([timed])), ['timeout']);
});

test('GD904 passes a successful download', () => {
  assert.deepEqual(ids(gd904, facts([ok('download')])), []);
});
