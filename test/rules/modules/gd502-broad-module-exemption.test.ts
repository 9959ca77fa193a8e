import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd502 } from '../../../src/rules/modules/gd502-broad-module-exemption.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD502 reports GOPRIVATE=* and GONOSUMDB=github.com as covering public modules', () => {
  const f = check(gd502, facts({ env: { GOPRIVATE: '*' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['nosumdb']);
  assert.equal(f[0]!.data.key, 'GOPRIVATE');
  assert.deepEqual(ids(gd502, facts({ env: { GONOSUMDB: 'corp.example.com,github.com' } })), ['nosumdb']);
});

test('GD502 reports a GOINSECURE that covers public hosts', () => {
  const f = check(gd502, facts({ env: { GOINSECURE: '*.org' } }));
  assert.deepEqual(f.map((x) => x.messageId), ['insecure']);
  assert.equal(f[0]!.data.example, 'golang.org/x/text');
});

test('GD502 passes narrow private prefixes', () => {
  assert.deepEqual(ids(gd502, facts({ env: { GOPRIVATE: 'corp.example.com,*.corp.example.com,github.com/acme', GOINSECURE: 'git.lab.internal' } })), []);
  assert.deepEqual(ids(gd502, facts()), []);
});
