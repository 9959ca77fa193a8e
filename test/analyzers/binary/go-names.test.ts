// Package names of function symbols, as debug/gosym's Sym.PackageName cuts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packageEnd, packageOfSymbol } from '../../../src/analyzers/binary/go-names.js';

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
