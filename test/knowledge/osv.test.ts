import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareSemver, isValidSemver } from '../../src/knowledge/semver.js';
import { affecting, goVersionToSemver, type OsvEntry } from '../../src/knowledge/osv.js';

test('semver follows golang.org/x/mod/semver: shorthands, pre-releases, pseudo-versions, build metadata', () => {
  const ordered = ['v0.0.0-20211112202133-69e39bad7dc2', 'v0.0.0-20220906165146-f3363e06e74c', 'v0.1.0-rc.1', 'v0.1.0', 'v0.3.6', 'v0.3.7', 'v0.3.8', 'v0.10.0', 'v1', 'v1.2.0-beta.2', 'v1.2.0-beta.11', 'v1.2.0'];
  for (let i = 1; i < ordered.length; i++) assert.equal(compareSemver(ordered[i - 1]!, ordered[i]!), -1, `${ordered[i - 1]} < ${ordered[i]}`);
  assert.equal(compareSemver('v1.2', 'v1.2.0'), 0);
  assert.equal(compareSemver('v1.2.0+incompatible', 'v1.2.0'), 0);
  assert.ok(!isValidSemver('1.2.0'));
  assert.ok(!isValidSemver('v1.2.0-01'));
  assert.equal(compareSemver('bad', 'v0.0.1'), -1);
});

test('Go release names map to the semver the vulnerability database uses for stdlib', () => {
  assert.equal(goVersionToSemver('go1.26.8'), 'v1.26.8');
  assert.equal(goVersionToSemver('go1.20'), 'v1.20.0');
  assert.equal(goVersionToSemver('go1.21rc2'), 'v1.21.0-rc.2');
  assert.equal(goVersionToSemver('devel go1.27-abc'), null);
});

const entry = (id: string, module: string, events: Array<{ introduced?: string; fixed?: string }>, extra: Partial<OsvEntry> = {}): OsvEntry => ({ id, affected: [{ package: { name: module, ecosystem: 'Go' }, ranges: [{ type: 'SEMVER', events }] }], ...extra });

test('OSV ranges: introduced/fixed windows, several windows, pseudo-versions, withdrawn entries', () => {
  const db = [
    entry('GO-A', 'golang.org/x/text', [{ introduced: '0' }, { fixed: '0.3.8' }]),
    entry('GO-B', 'stdlib', [{ introduced: '0' }, { fixed: '1.25.9' }, { introduced: '1.26.0-0' }, { fixed: '1.26.9' }]),
    entry('GO-C', 'golang.org/x/net', [{ introduced: '0' }, { fixed: '0.0.0-20220906165146-f3363e06e74c' }]),
    entry('GO-D', 'golang.org/x/text', [{ introduced: '0' }, { fixed: '0.3.8' }], { withdrawn: '2024-01-01T00:00:00Z' }),
    entry('GO-E', 'golang.org/x/text', [{ introduced: '0.3.7' }]),
  ];
  assert.deepEqual(affecting(db, 'golang.org/x/text', 'v0.3.6').map((m) => [m.id, m.fixed]), [['GO-A', 'v0.3.8']]);
  assert.deepEqual(affecting(db, 'golang.org/x/text', 'v0.3.8').map((m) => [m.id, m.fixed]), [['GO-E', null]]);
  assert.deepEqual(affecting(db, 'stdlib', 'v1.26.8').map((m) => [m.id, m.fixed]), [['GO-B', 'v1.26.9']]);
  assert.deepEqual(affecting(db, 'stdlib', 'v1.25.9').map((m) => m.id), []);
  assert.deepEqual(affecting(db, 'stdlib', 'v1.26.0-rc.1').map((m) => m.id), ['GO-B']);
  assert.deepEqual(affecting(db, 'golang.org/x/net', 'v0.0.0-20211112202133-69e39bad7dc2').map((m) => m.id), ['GO-C']);
  assert.deepEqual(affecting(db, 'golang.org/x/net', 'v0.1.0').map((m) => m.id), []);
});
