import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_PATTERNS } from '../../src/engine/redact.js';
import { replaceAtStarts, stickyOf } from '../../src/engine/redact-scan.js';

/** The patterns that say where they may begin, each checked against String.prototype.replace. */
const scanned = SECRET_PATTERNS.filter(([, , , starts]) => starts).map(([re, rep, , starts]) => ({ re, rep, starts: starts!, sticky: stickyOf(re) }));

function same(text: string): void {
  for (const p of scanned) {
    const want = text.replace(p.re, p.rep);
    const got = replaceAtStarts(text, p.sticky, p.rep, p.starts);
    if (got !== want) assert.fail(`${p.re}\non ${JSON.stringify(text)}\nreplace gives ${JSON.stringify(want)}\nthe scan gives ${JSON.stringify(got)}`);
  }
}

// Pieces of every pattern's syntax: secret words and their near misses, separators, quotes,
// escapes, line terminators, non-ASCII letters that case folding could confuse.
const PIECES = ['token', 'TOKEN', 'Token', 'auth', 'author', 'AUTHOR', 'Authorization', 'passw', 'password', 'PASSWD', 'passphrase', 'secret', 'credential', 'api-key', 'api_key', 'apikey', 'access-key', 'private_key',
  'GOAUTH=', 'goauth=', 'ENV ', 'ARG ', '--', '-', '=', '"', '\\"', "'", '(', ')', ':', '::', '://', '@', 'sha256:', '\n', '\r', '\u2028', ' ', '\t', 'a', 'Z', '0', '9', '_', '.', '+', '/', '?', '#', ',', ';', '|', '[', '<', '`',
  'Bearer ', 'Basic ', 'x-', 'X-Api-', 'abcdefgh', 'https', 'user', 'h.example', '\u00a0', '\u017f', '\u212a', '\u0131'];

// The shapes the patterns look for, each slot filled at random, near misses included.
const BEFORE = ['', ' ', '"', '\\"', '\n', '\r', '\u2028', '=', '(', "'", ',', '|', 'x', '_', '-', 'a-', '@', ':', '/', '\t', '\u00a0'];
const WORD = ['token', 'TOKEN', 'auth', 'AUTHOR', 'authorization', 'password', 'passwd', 'PassPhrase', 'secret', 'credential', 'api-key', 'api_key', 'apikey', 'access-key', 'private_key', 'goauth', 'tok'];
const NAME_PART = ['', 'x', 'X', 'my', '0', 'a-', '-', '--', '_', 'x-', 'MY_', 'x_', 'ſ', 'K'];
const SHAPES: string[][] = [
  ['https', 'git+ssh', 'a.b', '1x', 'ht-tp', 'x', '', 'A9', '12ab', '.x', '-+a'], ['://'], ['user:pw', 'tok', '', 'a@b', '[x]', 'u"v', 'a b', 'u:p:q', 'x,y'], ['@'], ['host', '[::1]', '', '/p', 'sha256:x', 'H'],
];
const USERINFO: string[][] = [['user', 'u', '', 'a=b', "a'b", 'a(b', 'x y', 'golang'], [':', '::', ''], ['pw', '', 'p:q', 'p w', 'p"q', '1.22'], ['@'], ['host', 'sha256:x', 'sha1:', 'H', '', '[', '9']];
const FLAG: string[][] = [['-', '--', '---', ''], NAME_PART, WORD, NAME_PART, ['=', ' ', '  ', '\t', '\n', '', '=-'], ['abc', '"a b"', "'a b'", '\\"a b\\"', '-x', '', 'a\\b']];
const HEADER: string[][] = [NAME_PART, NAME_PART, WORD, [':', ': ', ':\t', ' :'], ['abcd', 'abc', 'Bearer x', 'Basic', 'tokenx', 'token', '"abcd"', 'a;bcd', 'abcde\\f']];
const ASSIGNMENT: string[][] = [NAME_PART, WORD, NAME_PART, ['=', ' =', '=='], ['abc', '"a b"', "'a b'", '\\"a b\\"', '', ' x', 'a\\b']];

test('the scan replaces what String.prototype.replace replaces, on random text of every pattern\'s shapes', () => {
  let seed = 20261204;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)]!;
  const shape = () => pick([SHAPES, USERINFO, FLAG, HEADER, ASSIGNMENT]).map(pick).join('');
  for (let i = 0; i < 100_000; i++) {
    let text = '';
    for (let k = rand(4) + 1; k > 0; k--) text += pick(BEFORE) + (rand(3) ? shape() : pick(PIECES)) + (rand(2) ? pick(PIECES) : '');
    same(text);
  }
});

test('the scan replaces what String.prototype.replace replaces, on the project\'s own fixtures and docs', () => {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !/\.(png|gz|zip|wasm)$/.test(e.name)) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk('test/fixtures');
  walk('docs');
  assert.ok(texts.length > 100, `read ${texts.length} files`);
  for (const t of texts) {
    same(t);
    // and as a JSON report carries it: quotes and line breaks escaped
    same(JSON.stringify({ text: t }));
  }
});

test('the scan replaces what String.prototype.replace replaces, on long runs of one shape', () => {
  const runs = ['a'.repeat(3000) + '://x', 'ab://'.repeat(600), '='.repeat(3000) + '@', 'a:b@'.repeat(600), '('.repeat(1000) + 'x:y@', 'token'.repeat(400), 'x-token-'.repeat(300) + ':', ' --token'.repeat(400),
    'TOKEN_'.repeat(400) + '=', 'TOKEN=abc https://u:p@h --password x X-Api-Key: abcd\n'.repeat(200)];
  for (const text of runs) same(text);
});
