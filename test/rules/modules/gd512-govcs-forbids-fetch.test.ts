import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd512 } from '../../../src/rules/modules/gd512-govcs-forbids-fetch.js';
import { parseGovcs, govcsRefusal } from '../../../src/knowledge/govcs.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

// The real go's verdict on the same values: test/cli/doctor-modules-advice.test.ts.
test('GOVCS: user rules first, then private:all,public:git|hg; private means GOPRIVATE', () => {
  assert.equal(govcsRefusal('', '', 'github.com/a/b', 'git'), null);
  assert.equal(govcsRefusal('', '', 'example.com/a', 'svn'), "GOVCS disallows using svn for public example.com/a; see 'go help vcs'");
  assert.equal(govcsRefusal('', 'example.com', 'example.com/a', 'svn'), null);
  assert.equal(govcsRefusal('*:off', '', 'github.com/a/b', 'git'), "GOVCS disallows using git for public github.com/a/b; see 'go help vcs'");
  assert.equal(govcsRefusal('github.com:git,*:off', '', 'github.com/a/b', 'git'), null);
  assert.equal(parseGovcs('a:git,a:hg').error, 'unreachable pattern in GOVCS: "a:hg" after "a:git"');
  assert.equal(parseGovcs('a:git,').error, 'empty entry in GOVCS');
});

test('GD512 reports refused direct fetches and an invalid GOVCS; proxied modules are never checked', () => {
  assert.deepEqual(ids(gd512, facts({ env: { GOPROXY: 'direct', GOVCS: '*:off' }, requires: ['github.com/a/b'] })), ['refused']);
  assert.deepEqual(ids(gd512, facts({ env: { GOVCS: '*:off' }, requires: ['github.com/a/b'] })), []);
  const [bad] = check(gd512, facts({ env: { GOPRIVATE: 'corp.example.com', GOVCS: 'corp.example.com' }, requires: ['corp.example.com/x'] }));
  assert.equal(bad!.messageId, 'invalid');
  assert.match(bad!.message, /missing colon/);
});
