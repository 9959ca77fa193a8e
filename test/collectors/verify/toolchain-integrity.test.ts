// Toolchain integrity against real trees: the installed /usr/local/go, altered copies of it,
// Debian's golang-1.19 (dpkg md5sums) and a toolchain go fetched itself (GOTOOLCHAIN=go1.27.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, linkSync, mkdirSync, readdirSync, lstatSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../../src/collectors/host.js';
import { verifyToolchain } from '../../../src/collectors/verify/toolchain.js';
import type { Partial_ } from '../../../src/collectors/collector.js';
import type { GoInstall } from '../../../src/facts/schema/toolchains.js';
import { ensureSwitchedToolchain, ensureToolchainZip, TOOLCHAIN_MODCACHE } from '../../helpers/toolchain-module.js';

const GOROOT = '/usr/local/go';
const RELEASE = readFileSync(path.join(GOROOT, 'VERSION'), 'utf8').split('\n', 1)[0]!;
// An offline host: nothing in these checks may reach the network.
const host = new LocalHost({ ...process.env, GOPROXY: 'off', GOTOOLCHAIN: 'local' });
const earlier = (gomodcache: string): Partial_ => ({ goenv: { ok: true, value: { goBinary: `${GOROOT}/bin/go`, settings: { GOMODCACHE: { key: 'GOMODCACHE', value: gomodcache, source: 'env', shadowed: [] } } } as never } });
const install = (goroot: string, installKind: GoInstall['installKind']) => ({ path: `${goroot}/bin/go`, reportedPlatform: 'linux/amd64', installKind } as GoInstall);

let scratch = '';
before(() => {
  ensureToolchainZip(`v0.0.1-${RELEASE}.linux-amd64`);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'godiag-verify-'));
});
after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

/** A copy of /usr/local/go made of hard links (cheap); files that are changed are replaced, never written through. */
function linkCopy(name: string): string {
  const dest = path.join(scratch, name);
  const walk = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const e of readdirSync(from)) {
      const f = path.join(from, e);
      const t = path.join(to, e);
      const st = lstatSync(f);
      if (st.isDirectory()) walk(f, t);
      else if (st.isSymbolicLink()) cpSync(f, t, { verbatimSymlinks: true });
      else linkSync(f, t);
    }
  };
  walk(GOROOT, dest);
  return dest;
}

function replaceFile(file: string, content: string) {
  unlinkSync(file); // the copy's link only: the original keeps its content
  writeFileSync(file, content);
}

test(`${GOROOT} is ${RELEASE} except its go.env edit, which is found and named`, async () => {
  const t0 = performance.now();
  const v = await verifyToolchain(host, { goroot: GOROOT, install: install(GOROOT, 'official-tarball') }, earlier(TOOLCHAIN_MODCACHE), {}, 8000);
  const ms = performance.now() - t0;
  console.log(`verified ${GOROOT}: ${v.hashedFiles} files, ${(v.hashedBytes / 1e6).toFixed(0)} MB hashed in ${(ms / 1000).toFixed(2)} s (reference ${v.reference.kind})`);
  assert.equal(v.reference.kind, 'module-zip');
  assert.equal(v.reference.computedHash, v.reference.recordedHash, 'the zip hashes to what go recorded');
  assert.equal(v.missingCount, 0);
  assert.equal(v.extraCount, 0);
  assert.ok(v.renamedGoMod >= 10, 'nested go.mod files matched under their _go.mod names');
  assert.ok((v.outsideCoverage['test/'] ?? 0) > 1000, 'test/ is outside the module zip and counted');
  const goenv = readFileSync(path.join(GOROOT, 'go.env'), 'utf8');
  if (/^GOTOOLCHAIN=local$/m.test(goenv)) {
    assert.deepEqual(v.modified.map((m) => m.path), ['go.env']);
    assert.deepEqual(v.modified[0]!.envChanges, [{ key: 'GOTOOLCHAIN', from: 'auto', to: 'local' }]);
    assert.match(v.modified[0]!.diff ?? '', /^-GOTOOLCHAIN=auto$/m);
  } else {
    assert.deepEqual(v.modified, [], 'an unedited go.env matches the release');
  }
  assert.equal(v.matched + v.modified.length, v.expectedFiles);
});

test('a copy with one modified .go file, a stale file in src/net/ and a missing file: each is reported', async () => {
  const modified = linkCopy('modified');
  replaceFile(path.join(modified, 'src/strings/strings.go'), readFileSync(path.join(GOROOT, 'src/strings/strings.go'), 'utf8') + '\n// changed\n');
  const stale = linkCopy('stale');
  writeFileSync(path.join(stale, 'src/net/cgo_old_release.go'), 'package net\n\nfunc cgoLookupHostOld() {}\n');
  const missing = linkCopy('missing');
  unlinkSync(path.join(missing, 'src/fmt/print.go'));

  const check = (goroot: string) => verifyToolchain(host, { goroot, install: install(goroot, 'official-tarball') }, earlier(TOOLCHAIN_MODCACHE), {}, 8000);
  const m = await check(modified);
  assert.deepEqual(m.modified.map((f) => f.path).filter((p) => p !== 'go.env'), ['src/strings/strings.go']);
  assert.equal(m.missingCount, 0);
  const s = await check(stale);
  assert.deepEqual(s.extra, [{ path: 'src/net/cgo_old_release.go', package: 'net', buildFile: true }]);
  const x = await check(missing);
  assert.deepEqual(x.missing, ['src/fmt/print.go']);
  assert.equal(x.extraCount, 0);
});

test('Debian golang-1.19 is checked against dpkg md5sums', async (t) => {
  const goroot = '/usr/lib/go-1.19';
  assert.ok(existsSync(path.join(goroot, 'bin/go')), `${goroot} is missing: run scripts/install-test-deps.sh (golang-1.19-go)`);
  const v = await verifyToolchain(host, { goroot, install: install(goroot, 'debian-package') }, earlier(TOOLCHAIN_MODCACHE), {}, 8000);
  t.diagnostic(`${v.matched} files matched ${v.reference.module}`);
  assert.equal(v.reference.kind, 'dpkg');
  assert.match(v.reference.module ?? '', /golang-1\.19-go/);
  assert.ok(v.matched > 10_000, `${v.matched} files matched`);
  assert.equal(v.modified.length, 0);
  assert.equal(v.missingCount, 0);
  assert.equal(v.extraCount, 0, JSON.stringify(v.extra.slice(0, 5)));
});

test('a toolchain go fetched itself (GOTOOLCHAIN=go1.27.3) is checked offline against the zip in the module cache', async () => {
  const goroot = ensureSwitchedToolchain('go1.27.3');
  const v = await verifyToolchain(host, { goroot, install: install(goroot, 'gotoolchain-download') }, earlier(TOOLCHAIN_MODCACHE), {}, 8000);
  assert.equal(v.release, 'go1.27.3');
  assert.equal(v.reference.kind, 'module-zip');
  assert.equal(v.reference.computedHash, v.reference.recordedHash);
  assert.equal(v.modified.length, 0);
  assert.equal(v.missingCount, 0);
  assert.equal(v.extraCount, 0, 'the _go.mod files and go\'s go.mod copies both belong');
});

test('without the module in the cache, nothing is fetched and the reason is recorded', async () => {
  const empty = path.join(scratch, 'empty-modcache');
  mkdirSync(empty, { recursive: true });
  const v = await verifyToolchain(host, { goroot: GOROOT, install: install(GOROOT, 'official-tarball') }, earlier(empty), {}, 8000);
  assert.equal(v.reference.kind, 'none');
  assert.equal(v.reference.module, `golang.org/toolchain@v0.0.1-${RELEASE}.linux-amd64`);
  assert.match(v.reference.note ?? '', /not in the module cache/);
  assert.deepEqual(readdirSync(empty), [], 'the module cache was not touched');
});

test('--fetch-toolchain-module goes through the user\'s GOPROXY into a temporary module cache', async () => {
  const empty = path.join(scratch, 'empty-modcache-2');
  mkdirSync(empty, { recursive: true });
  // The user's proxy is a file:// proxy (the cached download directory), with checksum checks off by the user's choice.
  const userHost = new LocalHost({ ...process.env, GOPROXY: `file://${TOOLCHAIN_MODCACHE}/cache/download`, GOSUMDB: 'off', GOFLAGS: '' });
  const v = await verifyToolchain(userHost, { goroot: GOROOT, install: install(GOROOT, 'official-tarball') }, earlier(empty), { download: true }, 60_000);
  assert.equal(v.reference.kind, 'downloaded');
  assert.equal(v.reference.computedHash, v.reference.recordedHash);
  assert.equal(v.missingCount, 0);
  assert.deepEqual(readdirSync(empty), [], 'the user\'s module cache was not written');
});
