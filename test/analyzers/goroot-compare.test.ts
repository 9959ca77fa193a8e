import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTree, importPathOfDir, isBuildFile } from '../../src/analyzers/toolchain/goroot-compare.js';
import { coveredByToolchainZip, gorootNameOfZipEntry } from '../../src/knowledge/toolchain-module.js';
import { hash1, hash1GoMod } from '../../src/knowledge/dirhash.js';

test('zip names map back to GOROOT names, _go.mod to go.mod', () => {
  assert.deepEqual(gorootNameOfZipEntry('golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64/src/_go.mod'), { rel: 'src/go.mod', renamedGoMod: true });
  assert.deepEqual(gorootNameOfZipEntry('golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64/bin/go'), { rel: 'bin/go', renamedGoMod: false });
});

test('module zip coverage follows cmd/distpack', () => {
  for (const rel of ['src/net/net.go', 'bin/go', 'pkg/tool/linux_amd64/compile', 'pkg/include/textflag.h', 'go.env', 'lib/time/zoneinfo.zip']) assert.ok(coveredByToolchainZip(rel, 'linux_amd64'), rel);
  for (const rel of ['test/fixedbugs/x.go', 'api/go1.txt', 'misc/wasm/x.js', 'doc/go_spec.html', 'pkg/tool/linux_amd64/pprof', 'pkg/linux_amd64/runtime.a', 'bin/linux_arm64/go', '.git/HEAD']) assert.ok(!coveredByToolchainZip(rel, 'linux_amd64'), rel);
});

test('build files and import paths as go/build sees them', () => {
  assert.ok(isBuildFile('src/net/x.go'));
  assert.ok(isBuildFile('src/runtime/asm_amd64.s'));
  assert.ok(!isBuildFile('src/net/_x.go'));
  assert.ok(!isBuildFile('src/net/testdata/x.go'));
  assert.ok(!isBuildFile('src/net/README'));
  assert.equal(importPathOfDir('src/cmd/go/internal/modload'), 'cmd/go/internal/modload');
  assert.equal(importPathOfDir('src/vendor/golang.org/x/net/idna'), 'vendor/golang.org/x/net/idna');
});

test('compareTree sorts every file into matched, modified, missing, extra or outside coverage', () => {
  const expected = new Map([
    ['src/net/net.go', { hash: 'a', renamedGoMod: false }],
    ['src/net/dial.go', { hash: 'b', renamedGoMod: false }],
    ['src/go.mod', { hash: 'c', renamedGoMod: true }],
    ['src/fmt/print.go', { hash: 'd', renamedGoMod: false }],
  ]);
  const actual = new Map<string, string | null>([
    ['src/net/net.go', 'a'], ['src/net/dial.go', 'x'], ['src/go.mod', 'c'],
    ['src/net/old.go', null], ['src/oldpkg/x.go', null], ['test/a.go', null],
  ]);
  const r = compareTree(expected, actual, (rel) => !rel.startsWith('test/'));
  assert.equal(r.matched, 2);
  assert.equal(r.renamedGoMod, 1);
  assert.deepEqual(r.modified, [{ path: 'src/net/dial.go', expected: 'b', actual: 'x' }]);
  assert.deepEqual(r.missing, ['src/fmt/print.go']);
  assert.deepEqual(r.extra, [{ path: 'src/net/old.go', package: 'net', buildFile: true }, { path: 'src/oldpkg/x.go', package: null, buildFile: true }]);
  assert.deepEqual(r.outsideCoverage, { 'test/': 1 });
});

test('dirhash Hash1 of a go.mod equals the GoModSum go mod download reports', () => {
  // go mod download -json golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64: .mod content and GoModSum.
  assert.equal(hash1GoMod('module golang.org/toolchain\n'), 'h1:8wlg68NqwW7eMnI1aABk/C2pDYXj8mrMY4TyRfiLeS0=');
  assert.equal(hash1([{ name: 'b', sha256: '1' }, { name: 'a', sha256: '2' }]), hash1([{ name: 'a', sha256: '2' }, { name: 'b', sha256: '1' }]));
  assert.throws(() => hash1([{ name: 'a\nb', sha256: '1' }]), /newline/);
});
