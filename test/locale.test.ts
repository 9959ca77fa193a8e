// Output must not depend on the user's locale, and the first locale-aware call loads ICU data
// (String#localeCompare: ~10 ms on every doctor run). Identifiers are read from TypeScript's
// syntax tree, so a comment or a string naming them is not a use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { typeScriptSources } from './helpers/sources.js';

const SRC = resolve('src');
const LOCALE_AWARE = new Set(['localeCompare', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleUpperCase', 'toLocaleLowerCase', 'Intl']);

function localeAwareUses(text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && LOCALE_AWARE.has(node.text)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('source.ts', text, ts.ScriptTarget.Latest));
  return found;
}

test('the check finds a locale-aware call and ignores comments and strings', () => {
  assert.deepEqual(localeAwareUses('// a.localeCompare(b)\nconst s = `Intl ${s}\\0 ${t}`; x.sort((a, b) => a.localeCompare(b));'), ['localeCompare']);
});

test('no source compares or formats by the user\'s locale (use compareText from facts/order.ts)', () => {
  const files = typeScriptSources(SRC);
  assert.ok(files.length > 100, `only ${files.length} sources found under ${SRC}`);
  const uses = files.flatMap((f) => localeAwareUses(readFileSync(f, 'utf8')).map((u) => `${relative(SRC, f)}: ${u}`));
  assert.deepEqual(uses, []);
});
