// Third-party Go binaries from npm: esbuild ships stripped binaries without build info for many
// platforms (go version -m calls them "not a Go executable"); buf ships binaries with build info;
// esbuild 0.8 was built by go1.16 (build info in the pre-1.18 pointer layout).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectBinary } from '../../../src/collectors/binary/read.js';
import { filesUnder, npmPackage } from '../../helpers/npm-bins.js';
import { goVersionJson } from '../../helpers/go-matrix.js';

const ESBUILD = '0.28.2';
/** @esbuild/<name> → [format, GOOS, GOARCH, endian]. */
const ESBUILD_PLATFORMS: Record<string, [string, string, string, string]> = {
  'linux-x64': ['elf', 'linux', 'amd64', 'little'], 'linux-arm64': ['elf', 'linux', 'arm64', 'little'],
  'linux-arm': ['elf', 'linux', 'arm', 'little'], 'linux-ia32': ['elf', 'linux', '386', 'little'],
  'linux-ppc64': ['elf', 'linux', 'ppc64le', 'little'], 'linux-s390x': ['elf', 'linux', 's390x', 'big'],
  'linux-riscv64': ['elf', 'linux', 'riscv64', 'little'], 'linux-loong64': ['elf', 'linux', 'loong64', 'little'],
  'linux-mips64el': ['elf', 'linux', 'mips64le', 'little'], 'darwin-arm64': ['macho', 'darwin', 'arm64', 'little'],
  'win32-x64': ['pe', 'windows', 'amd64', 'little'], 'win32-arm64': ['pe', 'windows', 'arm64', 'little'],
  'freebsd-x64': ['elf', 'freebsd', 'amd64', 'little'], 'netbsd-x64': ['elf', 'netbsd', 'amd64', 'little'],
  'openbsd-arm64': ['elf', 'openbsd', 'arm64', 'little'], 'aix-ppc64': ['xcoff', 'aix', 'ppc64', 'big'],
};

test(`@esbuild/*@${ESBUILD}: platform from headers, Go version from the runtime string, no build info`, { timeout: 15 * 60_000 }, async () => {
  const versions = new Set<string>();
  for (const [name, [format, goos, goarch, endian]] of Object.entries(ESBUILD_PLATFORMS)) {
    const dir = await npmPackage(`@esbuild/${name}@${ESBUILD}`);
    const exe = (await filesUnder(dir)).find((f) => /[/\\](bin[/\\]esbuild|esbuild\.exe)$/.test(f));
    assert.ok(exe, `${name}: no esbuild binary in the package`);
    const b = await inspectBinary(exe);
    assert.deepEqual([b.format, b.goos, b.goarch, b.endian], [format, goos, goarch, endian], name);
    assert.equal(b.platformSource, 'headers', name);
    assert.equal(b.isGo, true, `${name}: recognised as Go (${b.goEvidence.join(', ')})`);
    assert.equal(b.buildInfo, null, name);
    assert.equal(b.goVersionSource, 'runtime-string', name);
    assert.match(b.goVersion ?? '', /^go1\.\d+\.\d+$/, name);
    versions.add(b.goVersion!);
    // Since Go 1.16, OpenBSD binaries call the system through libc (go.dev/doc/go1.16#openbsd).
    if (format === 'elf') assert.equal(b.linkage, goos === 'openbsd' ? 'dynamic' : 'static', name);
    if (format === 'macho') assert.ok(b.libraries.includes('/usr/lib/libSystem.B.dylib'), name);
    if (format === 'pe') assert.ok(b.libraries.some((l) => /^kernel32\.dll$/i.test(l)), name);
    // Go itself cannot read them: this is what inspect adds.
    assert.equal(await goVersionJson(exe), null, `${name}: go version -m reads it after all`);
  }
  // One esbuild release is built by one Go release on every platform.
  assert.equal(versions.size, 1, [...versions].join(', '));
});

test('@bufbuild/buf-*: build info agrees with go version -m -json on ELF, Mach-O and PE', { timeout: 15 * 60_000 }, async () => {
  const pkgs: Record<string, [string, string, string]> = {
    'buf-linux-aarch64': ['elf', 'linux', 'arm64'], 'buf-darwin-arm64': ['macho', 'darwin', 'arm64'], 'buf-win32-x64': ['pe', 'windows', 'amd64'],
  };
  for (const [name, [format, goos, goarch]] of Object.entries(pkgs)) {
    const dir = await npmPackage(`@bufbuild/${name}@1.75.0`);
    const exes = (await filesUnder(dir)).filter((f) => /[/\\]bin[/\\][^/\\]+$/.test(f));
    assert.ok(exes.length >= 1, name);
    for (const exe of exes) {
      const b = await inspectBinary(exe);
      assert.deepEqual([b.format, b.goos, b.goarch, b.platformSource], [format, goos, goarch, 'buildinfo'], exe);
      const go = await goVersionJson(exe);
      assert.ok(go, exe);
      assert.equal(b.goVersion, go.GoVersion);
      assert.equal(b.buildInfo?.path, go.Path);
      assert.equal(b.buildInfo?.deps.length, (go.Deps as unknown[]).length);
      const settings = Object.fromEntries(b.buildInfo!.settings.map((s) => [s.key, s.value]));
      assert.equal(settings.CGO_ENABLED, '0');
      assert.equal(settings['-trimpath'], 'true');
      if (format === 'elf') assert.equal(b.linkage, 'static');
    }
  }
});

test('esbuild-linux-64@0.8.57 (go1.16): pre-1.18 pointer layout decoded like go version -m', { timeout: 5 * 60_000 }, async () => {
  const dir = await npmPackage('esbuild-linux-64@0.8.57');
  const exe = (await filesUnder(dir)).find((f) => f.endsWith('/bin/esbuild'))!;
  const b = await inspectBinary(exe);
  const go = await goVersionJson(exe);
  assert.ok(go && b.buildInfo);
  assert.equal(b.buildInfo.layout, 'pointers');
  assert.equal(b.goVersion, go.GoVersion);
  assert.equal(b.buildInfo.path, go.Path);
  assert.equal(b.buildInfo.main?.path, (go.Main as { Path: string }).Path);
  assert.equal(b.pclntabVersions, 'go1.16 to go1.17');
});
