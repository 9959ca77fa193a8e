import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/facts/findings.js';
import { fingerprints } from '../../src/report/fingerprint.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'GD414', ruleName: 'go-dirs-low-space', category: 'system', severity: 'warning', messageId: 'low',
  data: { roles: 'GOCACHE', free: '1.2 GiB', total: '20 GiB', mountPoint: '/' }, message: 'm', evidence: {}, fixes: [], sources: [],
  location: { file: 'Dockerfile', line: 3 }, ...over,
});
const byFile = (f: Finding) => f.location?.file ?? '';

test('fingerprints ignore what changes between runs: sizes, counts, lines', () => {
  const [a] = fingerprints([finding({})], byFile);
  const [b] = fingerprints([finding({ data: { roles: 'GOCACHE', free: '900 MiB', total: '20 GiB', mountPoint: '/', bytes: 17 }, location: { file: 'Dockerfile', line: 9 } })], byFile);
  assert.equal(a, b);
  assert.match(a!, /^[0-9a-f]{32}:1$/);
});

test('fingerprints tell apart rule, message, file and words of the data; repeats are numbered', () => {
  const base = fingerprints([finding({})], byFile)[0];
  for (const other of [finding({ ruleId: 'GD415' }), finding({ messageId: 'other' }), finding({ location: { file: 'svc/Dockerfile' } }), finding({ data: { roles: 'GOTMPDIR' } })]) {
    assert.notEqual(fingerprints([other], byFile)[0], base);
  }
  const twice = fingerprints([finding({}), finding({ location: { file: 'Dockerfile', line: 30 } })], byFile);
  assert.deepEqual(twice.map((p) => p.slice(-2)), [':1', ':2']);
  assert.equal(twice[0]!.slice(0, 32), twice[1]!.slice(0, 32));
});
