import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseModFile } from '../../../src/analyzers/gomod/parse.js';

test('parses a realistic go.mod with blocks, comments, replace and tool', () => {
  const mf = parseModFile(`// comment
module example.com/app

go 1.22.5

toolchain go1.23.1

godebug default=go1.21

require (
\tgithub.com/pkg/errors v0.9.1
\tgolang.org/x/text v0.14.0 // indirect
\t"example.com/quoted" v1.0.0
)

require corp.internal/lib v1.2.3

replace github.com/pkg/errors => ../errors
replace golang.org/x/text v0.14.0 => golang.org/x/text v0.15.0

tool golang.org/x/tools/cmd/stringer

retract [v1.0.0, v1.0.5] // broken
exclude golang.org/x/net v0.1.0
`);
  assert.deepEqual(mf.errors, []);
  assert.equal(mf.module?.value, 'example.com/app');
  assert.equal(mf.module?.line, 2);
  assert.equal(mf.go?.value, '1.22.5');
  assert.equal(mf.toolchain?.value, 'go1.23.1');
  assert.deepEqual(mf.requires.map((r) => [r.path, r.version, r.indirect, r.line]), [
    ['github.com/pkg/errors', 'v0.9.1', false, 11],
    ['golang.org/x/text', 'v0.14.0', true, 12],
    ['example.com/quoted', 'v1.0.0', false, 13],
    ['corp.internal/lib', 'v1.2.3', false, 16],
  ]);
  assert.equal(mf.replaces[0]!.local, true);
  assert.equal(mf.replaces[0]!.to, '../errors');
  assert.equal(mf.replaces[1]!.fromVersion, 'v0.14.0');
  assert.equal(mf.replaces[1]!.toVersion, 'v0.15.0');
  assert.deepEqual(mf.tools.map((t) => t.value), ['golang.org/x/tools/cmd/stringer']);
  assert.equal(mf.retracts[0]!.value, '[v1.0.0, v1.0.5]');
  assert.equal(mf.excludes.length, 1);
  assert.deepEqual(mf.godebug[0]!.value, { key: 'default', value: 'go1.21' });
});

test('reports errors with positions and never throws', () => {
  const mf = parseModFile('module\ngo 1.22.x\nfrobnicate x\nrequire (\n  a.b/c\n"unterminated\nreplace a => b\n');
  const msgs = mf.errors.map((e) => `${e.line}: ${e.message}`);
  assert.ok(msgs.some((m) => m.startsWith('1: module: usage')), msgs.join('\n'));
  assert.ok(msgs.some((m) => m.startsWith('2: go: invalid go version')));
  assert.ok(msgs.some((m) => m.startsWith('4: require block is not closed')) || msgs.some((m) => m.startsWith('5: require')));
  for (const junk of ['\u0000\u0001\u0002', '(((', ')', 'require (', '=>'.repeat(1000), 'x'.repeat(100000)]) parseModFile(junk);
});

test('go.work: use and go lines', () => {
  const mf = parseModFile('go 1.23\n\nuse (\n\t./a\n\t./b\n)\nuse ./c\n', 'go.work');
  assert.deepEqual(mf.errors, []);
  assert.deepEqual(mf.uses.map((u) => u.value), ['./a', './b', './c']);
  assert.equal(mf.go?.value, '1.23');
  assert.equal(parseModFile('module x\n', 'go.work').errors.length, 1, 'module is not a go.work directive');
});

test('words keep a lone / or = and stop at // and =>, even without spaces', () => {
  const mf = parseModFile('module a/b=c\nreplace a/b=>../c // x=>y\nrequire x.org/m v1.0.0//indirect\n');
  assert.deepEqual(mf.directives.map((d) => [d.verb, d.args, d.comment]), [
    ['module', ['a/b=c'], ''],
    ['replace', ['a/b', '=>', '../c'], 'x=>y'],
    ['require', ['x.org/m', 'v1.0.0'], 'indirect'],
  ]);
  assert.deepEqual(mf.replaces.map((r) => [r.from, r.to, r.local]), [['a/b', '../c', true]]);
});
