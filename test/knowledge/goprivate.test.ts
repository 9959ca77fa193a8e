import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchPrefixPatterns, pathMatch, patternProblems, splitPatterns } from '../../src/knowledge/goprivate.js';

// golang.org/x/mod module_test.go TestMatchPrefixPatterns, re-expressed. One difference: x/mod's
// older test expected "rsc.io/" not to match; MatchPrefixPatterns now trims a trailing "/"
// (checked against golang.org/x/mod v0.43.0 and Go 1.26's vendored copy), so it matches.
const XMOD_CASES: Array<[string, string, boolean]> = [
  ['*/quote', 'rsc.io/quote', true],
  ['*/quo', 'rsc.io/quote', false],
  ['*/quo??', 'rsc.io/quote', true],
  ['*/quo*', 'rsc.io/quote', true],
  ['*quo*', 'rsc.io/quote', false],
  ['rsc.io', 'rsc.io/quote', true],
  ['*.io', 'rsc.io/quote', true],
  ['rsc.io/', 'rsc.io/quote', true],
  ['rsc', 'rsc.io/quote', false],
  ['rsc*', 'rsc.io/quote', true],
  ['rsc.io', 'rsc.io/quote/v3', true],
  ['*/quote', 'rsc.io/quote/v3', true],
  ['*/quote/*', 'rsc.io/quote/v3', true],
  ['*/v3', 'rsc.io/quote/v3', false],
  ['*/*/v3', 'rsc.io/quote/v3', true],
  ['*/*/*', 'rsc.io/quote/v3', true],
  ['*/*/*', 'rsc.io/quote', false],
  ['*/*/*,,', 'rsc.io/quote', false],
  ['*/*/*,,*/quote', 'rsc.io/quote', true],
  [',,*/quote', 'rsc.io/quote', true],
];

// Further cases, each run through golang.org/x/mod v0.43.0 MatchPrefixPatterns for the expected value.
const MORE_CASES: Array<[string, string, boolean]> = [
  [' rsc.io', 'rsc.io/quote', false], // no whitespace trimming
  ['https://rsc.io', 'rsc.io/quote', false],
  ['rsc.io/*', 'rsc.io/quote', true],
  ['rsc.io/*', 'rsc.io', false],
  ['[', 'x', false],
  ['corp.com', 'corp.com.evil/x', false],
  ['*.corp.com', 'corp.com/x', false],
  ['rsc.io/**', 'rsc.io/a/b', true],
  ['[a-', 'a', false],
  ['\\', 'x', false],
  ['', 'rsc.io/quote', false],
  ['golang.org,rsc.io', 'rsc.io/quote', true],
  ['git.corp.com', 'git.corp.com/internal/auth/v2', true],
];

test('MatchPrefixPatterns: x/mod cases', () => {
  for (const [globs, target, want] of XMOD_CASES) assert.equal(matchPrefixPatterns(globs, target), want, `${globs} ~ ${target}`);
});

test('MatchPrefixPatterns: cases checked against x/mod', () => {
  for (const [globs, target, want] of MORE_CASES) assert.equal(matchPrefixPatterns(globs, target), want, `${JSON.stringify(globs)} ~ ${target}`);
});

test('path.Match semantics (src/path/match_test.go cases)', () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    ['abc', 'abc', true, false], ['*', 'abc', true, false], ['*c', 'abc', true, false], ['a*', 'a', true, false],
    ['a*', 'abc', true, false], ['a*', 'ab/c', false, false], ['a*/b', 'abc/b', true, false], ['a*/b', 'a/c/b', false, false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true, false], ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true, false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false, false], ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false, false],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true, false], ['a*b?c*x', 'abxbbxdbxebxczzy', false, false],
    ['ab[c]', 'abc', true, false], ['ab[b-d]', 'abc', true, false], ['ab[e-g]', 'abc', false, false],
    ['ab[^c]', 'abc', false, false], ['ab[^b-d]', 'abc', false, false], ['ab[^e-g]', 'abc', true, false],
    ['a\\*b', 'a*b', true, false], ['a\\*b', 'ab', false, false], ['a?b', 'a☺b', true, false], ['a[^a]b', 'a☺b', true, false],
    ['a???b', 'a☺b', false, false], ['a[^a][^a][^a]b', 'a☺b', false, false], ['[a-ζ]*', 'α', true, false],
    ['*[a-ζ]', 'A', false, false], ['a?b', 'a/b', false, false], ['a*b', 'a/b', false, false],
    ['[\\]a]', ']', true, false], ['[\\-]', '-', true, false], ['[x\\-]', 'x', true, false], ['[x\\-]', '-', true, false],
    ['[x\\-]', 'z', false, false], ['[\\-x]', 'x', true, false], ['[\\-x]', '-', true, false], ['[\\-x]', 'a', false, false],
    ['[]a]', ']', false, true], ['[-]', '-', false, true], ['[x-]', 'x', false, true], ['[x-]', '-', false, true],
    ['[x-]', 'z', false, true], ['[-x]', 'x', false, true], ['[-x]', '-', false, true], ['[-x]', 'a', false, true],
    ['\\', 'a', false, true], ['[a-b-c]', 'a', false, true], ['[', 'a', false, true], ['[^', 'a', false, true],
    ['[^bc', 'a', false, true], ['a[', 'a', false, true], ['a[', 'ab', false, true], ['a[', 'x', false, true],
    ['a/b[', 'x', false, true], ['*x', 'xxx', true, false],
  ];
  for (const [pattern, name, matched, bad] of cases) {
    assert.deepEqual(pathMatch(pattern, name), { matched, bad }, `Match(${JSON.stringify(pattern)}, ${JSON.stringify(name)})`);
  }
});

test('splitPatterns keeps spaces and drops empties', () => {
  assert.deepEqual(splitPatterns('a.com/, b.com,,c.com'), ['a.com', ' b.com', 'c.com']);
});

test('patternProblems names globs that can never match', () => {
  assert.deepEqual(patternProblems(' corp.com'), ['whitespace']);
  assert.deepEqual(patternProblems('https://corp.com'), ['scheme']);
  assert.deepEqual(patternProblems('corp.com/['), ['bad-pattern']);
  assert.deepEqual(patternProblems('github.com/org/...'), ['ellipsis']);
  assert.deepEqual(patternProblems('corp.com/x@v1.0.0'), ['has-version']);
  assert.deepEqual(patternProblems('Corp.com'), ['uppercase']);
  assert.deepEqual(patternProblems('*.corp.com'), []);
  assert.deepEqual(patternProblems('corp.com/*'), []);
});
