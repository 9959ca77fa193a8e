// Package names of function symbols, as debug/gosym's Sym.PackageName cuts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continuesPackage, packageEnd, packageOfSymbol } from '../../../src/analyzers/binary/go-names.js';
import { rng } from '../../../bench/rng.js';

test('the package is the text before the first dot after the last slash, generics and escapes handled', () => {
  const cases: Array<[string, string | null]> = [
    ['runtime.goexit', 'runtime'],
    ['main.main', 'main'],
    ['github.com/evanw/esbuild/internal/js_parser.(*parser).parseStmt', 'github.com/evanw/esbuild/internal/js_parser'],
    ['gopkg.in/yaml%2ev3.(*decoder).unmarshal', 'gopkg.in/yaml.v3'],
    ['slices.SortFunc[go.shape.[]uint8,go.shape.func(a/b.T)]', 'slices'],
    ['go:buildid', null],
    ['go.itab.*os.File,io.Reader', null],
    ['type:.eq.[2]interface {}', null],
    ['type..eq.main.T', null],
    ['golang.org/x/sys/unix.Syscall', 'golang.org/x/sys/unix'],
    ['gopher.Run', 'gopher'],
    ['typed.Value', 'typed'],
    ['.hidden', null],
    ['nodot', null],
  ];
  for (const [name, want] of cases) assert.equal(packageOfSymbol(name), want, name);
});

test('on bytes inside a table: the end offset is relative to the buffer, and -1 without a package', () => {
  const table = Buffer.from('\0runtime.main\0go:buildid\0');
  assert.equal(packageEnd(table, 1, 13), 8);
  assert.equal(packageEnd(table, 14, 24), -1);
});

test('in a go1.20 table only "go:" and "type:" names are the compiler\'s: go.uber.org/zap.New is package go.uber.org/zap (debug/gosym)', () => {
  const end = (name: string, go120: boolean) => packageEnd(Buffer.from(name), 0, Buffer.byteLength(name), go120);
  assert.equal(end('go.uber.org/zap.New', true), 'go.uber.org/zap'.length);
  assert.equal(end('go.etcd.io/bbolt.(*DB).Update', true), 'go.etcd.io/bbolt'.length);
  assert.equal(end('type.Alias.Method', true), 'type'.length);
  for (const reserved of ['go:buildid', 'type:.eq.main.T', 'go:itab.*os.File,io.Reader']) assert.equal(end(reserved, true), -1, reserved);
  // Before go1.20 (go1.16 and go1.18 tables) "go." and "type." were the compiler's prefixes.
  for (const reserved of ['go.itab.*os.File,io.Reader', 'type..eq.main.T', 'go.uber.org/zap.New']) assert.equal(end(reserved, false), -1, reserved);
});

for (const go120 of [false, true]) test(`continuesPackage says yes only where packageEnd cuts the same package (random names of the shapes that matter${go120 ? ', go1.20 names' : ''})`, () => {
  const next = rng(20261204);
  const alphabet = ['a', 'b', 'g', 'o', 't', 'y', 'p', 'e', '.', '.', '/', '/', '[', ']', ':', '%2e', '*', '(', ')'];
  const word = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  let agreed = 0;
  for (let i = 0; i < 200_000; i++) {
    const first = Buffer.from(word(12), 'latin1');
    const end = packageEnd(first, 0, first.length, go120);
    if (end <= 0) continue;
    const pkg = first.subarray(0, end);
    // Names that start with the package (as names of one package come in a table) and others.
    const name = Buffer.from(next() < 0.7 ? `${pkg.toString('latin1')}.${word(10)}` : word(14), 'latin1');
    if (!continuesPackage(name, 0, name.length, pkg)) continue;
    assert.equal(packageEnd(name, 0, name.length, go120), end, `${name.toString('latin1')} after package ${pkg.toString('latin1')}`);
    agreed++;
  }
  assert.ok(agreed > 10_000, `only ${agreed} names continued a package: the generator no longer covers the case`);
  assert.equal(continuesPackage(Buffer.from('net/http.(*Client).Do'), 0, 21, Buffer.from('net/http')), true);
  assert.equal(continuesPackage(Buffer.from('net/http/httptest.NewServer'), 0, 27, Buffer.from('net/http')), false);
  assert.equal(continuesPackage(Buffer.from('slices.Sort[a/b.T]'), 0, 18, Buffer.from('slices')), true);
});
