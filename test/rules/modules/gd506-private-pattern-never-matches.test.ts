import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd506 } from '../../../src/rules/modules/gd506-private-pattern-never-matches.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD506 reports spaces, schemes and /... in GOPRIVATE with a corrected value', () => {
  const f = check(gd506, facts({ env: { GOPRIVATE: 'corp.example.com, https://git.corp.example.com,github.com/acme/...' } }));
  assert.equal(f.length, 2);
  assert.deepEqual(f.map((x) => x.data.suggestion), ['git.corp.example.com', 'github.com/acme']);
  const fix = f[0]!.fixes.find((x) => x.kind === 'manual');
  assert.ok(fix && fix.kind === 'manual' && fix.steps[1]!.includes('GOPRIVATE=corp.example.com,git.corp.example.com,github.com/acme there'));
});

test('GD506 checks GOINSECURE and explicit GONOSUMDB, not the GOPRIVATE-derived defaults twice', () => {
  assert.deepEqual(ids(gd506, facts({ env: { GOINSECURE: 'Git.Lab.internal' } })), ['never']);
  assert.equal(check(gd506, facts({ env: { GOPRIVATE: ' corp.example.com' } })).length, 1);
  assert.equal(check(gd506, facts({ env: { GOPRIVATE: 'a.com', GONOSUMDB: 'b.com/[' } })).length, 1);
});

test('GD506 passes valid patterns', () => {
  assert.deepEqual(ids(gd506, facts({ env: { GOPRIVATE: 'corp.example.com,*.corp.example.com,github.com/acme/*,10.1.2.3' } })), []);
});
