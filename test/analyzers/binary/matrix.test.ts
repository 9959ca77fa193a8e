// Accuracy against the real toolchain: every binary of the GOOS/GOARCH × build-mode matrix is
// read by godiag and by `go version -m -json`; build info must agree field for field, and the
// header-derived facts (format, platform, linkage, symbols) must match how it was built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, fstatSync, openSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type BinaryFacts } from '../../../src/analyzers/binary/index.js';
import { inspectBinary, inspectBinaryAll } from '../../../src/collectors/binary/read.js';
import { FileSource } from '../../../src/collectors/host-file.js';
import { parseElf } from '../../../src/analyzers/binary/elf.js';
import { parseMachO } from '../../../src/analyzers/binary/macho.js';
import { parsePE } from '../../../src/analyzers/binary/pe.js';
import { parseXcoff } from '../../../src/analyzers/binary/xcoff.js';
import { buildMatrix, goVersionJson, MATRIX, type Built } from '../../helpers/go-matrix.js';
import type { GoModule } from '../../../src/facts/schema/artifacts.js';
import { moduleListing } from '../../../src/analyzers/binary/summary.js';
import { execFile } from '../../../src/collectors/exec.js';
import { GO, goEnv } from '../../helpers/go-matrix.js';
import { ids } from '../../helpers/rules.js';
import { artifactsFacts } from '../../helpers/artifacts.js';
import { gd810 } from '../../../src/rules/artifact/gd810-loader-missing-in-image.js';
import { gd811 } from '../../../src/rules/artifact/gd811-glibc-too-old-in-image.js';

const FORMAT: Record<string, BinaryFacts['format']> = { linux: 'elf', freebsd: 'elf', darwin: 'macho', windows: 'pe', aix: 'xcoff' };
const BIG_ENDIAN = new Set(['ppc64', 's390x', 'mips', 'mips64']);

interface GoJsonModule { Path?: string; Version?: string; Sum?: string; Replace?: GoJsonModule }
interface Mod { path: string; version: string; sum: string; replace: Mod | null }
const goModule = (m: GoJsonModule | undefined): Mod => ({ path: m?.Path ?? '', version: m?.Version ?? '', sum: m?.Sum ?? '', replace: m?.Replace ? goModule(m.Replace) : null });
const ours = (m: GoModule | null): Mod => (m ? { path: m.path, version: m.version, sum: m.sum, replace: m.replace ? ours(m.replace) : null } : goModule(undefined));

/** Both sides in one shape: runtime/debug.BuildInfo as `go version -m -json` prints it. */
function fromGo(j: Record<string, unknown>) {
  return {
    goVersion: j.GoVersion ?? '', path: j.Path ?? '', main: goModule(j.Main as GoJsonModule),
    deps: ((j.Deps as GoJsonModule[] | undefined) ?? []).map(goModule),
    settings: ((j.Settings as { Key?: string; Value?: string }[] | undefined) ?? []).map((s) => ({ key: s.Key ?? '', value: s.Value ?? '' })),
  };
}
function fromUs(b: BinaryFacts) {
  const bi = b.buildInfo!;
  return { goVersion: bi.goVersion, path: bi.path, main: ours(bi.main), deps: bi.deps.map(ours), settings: bi.settings };
}

let built: Built[] = [];
test('build the matrix with the real go (cached under .cache/go-matrix)', { timeout: 30 * 60_000 }, async () => {
  built = await buildMatrix();
  const failed = built.filter((b) => !b.file);
  // Only recipes that need a C toolchain may fail (no cross or static-pie capable gcc here).
  for (const f of failed) assert.ok(f.entry.cgo, `${f.entry.name} failed to build: ${f.error}`);
  assert.ok(built.filter((b) => b.file).length >= MATRIX.length - 2, 'most of the matrix builds');
});

test('build info agrees with `go version -m -json` on every matrix binary', { timeout: 10 * 60_000 }, async () => {
  let compared = 0;
  for (const { entry, file } of built) {
    if (!file) continue;
    const go = await goVersionJson(file);
    assert.ok(go, `go version -m -json cannot read ${entry.name}`);
    const b = await inspectBinary(file);
    assert.ok(b.buildInfo, `${entry.name}: no build info (${b.buildInfoError})`);
    assert.deepEqual(fromUs(b), fromGo(go), `${entry.name}: build info differs from go version -m -json`);
    assert.equal(b.goVersion, go.GoVersion);
    compared++;
  }
  assert.ok(compared >= MATRIX.length - 2, `compared ${compared}`);
});

test('headers agree with how each binary was built', async () => {
  for (const { entry, file } of built) {
    if (!file) continue;
    const b = await inspectBinary(file);
    const what = `${entry.name}`;
    assert.equal(b.format, FORMAT[entry.goos], what);
    assert.equal(b.goos, entry.goos, what);
    assert.equal(b.goarch, entry.goarch, what);
    assert.equal(b.isGo, true, what);
    assert.equal(b.endian, BIG_ENDIAN.has(entry.goarch) || entry.goos === 'aix' ? 'big' : 'little', what);
    assert.equal(b.bits, ['386', 'arm', 'mips'].includes(entry.goarch) ? 32 : 64, what);
    if (entry.linkage) assert.equal(b.linkage, entry.linkage, what);
    const stripped = entry.flags?.some((f) => f.includes('-s -w')) ?? false;
    assert.equal(b.stripped, stripped, `${what}: stripped`);
    if (stripped) assert.equal(b.hasDwarf, false, `${what}: DWARF`);
    assert.ok(b.goEvidence.length >= 2, `${what}: evidence ${b.goEvidence.join(', ')}`);
    assert.deepEqual(b.warnings, [], what);

    // The platform the headers alone imply (what a binary without build info would get).
    const fd = openSync(file, 'r');
    try {
      const src = new FileSource(fd, fstatSync(fd).size);
      const parse = { elf: parseElf, macho: parseMachO, pe: parsePE, xcoff: parseXcoff }[b.format];
      const img = await parse(src);
      assert.equal(img.goosHint, entry.goos, `${what}: GOOS from headers`);
      assert.equal(img.goarchHint, entry.goarch, `${what}: GOARCH from headers`);
    } finally {
      closeSync(fd);
    }

    if (entry.name.endsWith('-cgo')) {
      assert.equal(b.interpreter, '/lib64/ld-linux-x86-64.so.2');
      assert.ok(b.libraries.includes('libc.so.6'), b.libraries.join());
      assert.match(b.glibcRequired ?? '', /^2\.\d+$/);
    }
    if (entry.name.endsWith('-cgo-musl')) {
      // musl-gcc (Debian musl-tools): the loader and libc of Alpine.
      assert.equal(b.interpreter, '/lib/ld-musl-x86_64.so.1');
      assert.deepEqual(b.libraries, ['libc.so']);
      assert.equal(b.glibcRequired, null);
      assert.deepEqual(ids(gd810, artifactsFacts([b], null, 'debian:12')), ['wrongLibc']);
      assert.deepEqual(ids(gd810, artifactsFacts([b], null, 'alpine')), []);
    }
    if (entry.name.endsWith('-cgo')) {
      assert.deepEqual(ids(gd810, artifactsFacts([b], null, 'alpine')), ['wrongLibc']);
      assert.deepEqual(ids(gd810, artifactsFacts([b], null, 'scratch')), ['noLibc']);
      assert.deepEqual(ids(gd811, artifactsFacts([b], null, 'debian:12')), []);
    }
    if (entry.name.endsWith('-c-shared')) assert.equal(b.kind, 'shared-library');
    if (entry.name.endsWith('-pie')) assert.equal(b.pie, true);
    if (entry.goos === 'darwin') {
      assert.ok(b.libraries.includes('/usr/lib/libSystem.B.dylib'), b.libraries.join());
      assert.match(b.minOS ?? '', /^macos \d+/);
    }
    if (entry.goos === 'windows') assert.ok(b.libraries.some((l) => l.toLowerCase() === 'kernel32.dll'), b.libraries.join());
    if (entry.goos === 'aix') assert.ok(b.libraries.some((l) => l.startsWith('libc.a')), b.libraries.join());
  }
});

/** A universal file the way lipo writes one: big-endian fat header, slices aligned to 2^14. */
async function makeUniversal(files: string[], out: string): Promise<void> {
  const ALIGN = 1 << 14;
  const slices = await Promise.all(files.map((f) => fs.readFile(f)));
  const header = Buffer.alloc(8 + 20 * slices.length);
  header.writeUInt32BE(0xcafebabe, 0);
  header.writeUInt32BE(slices.length, 4);
  let offset = ALIGN;
  const parts: Buffer[] = [header];
  let pos = header.length;
  slices.forEach((s, i) => {
    const o = 8 + i * 20;
    header.writeUInt32BE(s.readUInt32LE(4), o); // cputype
    header.writeUInt32BE(s.readUInt32LE(8), o + 4); // cpusubtype
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(s.length, o + 12);
    header.writeUInt32BE(14, o + 16);
    parts.push(Buffer.alloc(offset - pos), s);
    pos = offset + s.length;
    offset = Math.ceil(pos / ALIGN) * ALIGN;
  });
  await fs.writeFile(out, Buffer.concat(parts));
}

test('universal Mach-O: every slice is read; the first agrees with go version -m', async () => {
  const amd = built.find((b) => b.entry.name === 'darwin-amd64')?.file;
  const arm = built.find((b) => b.entry.name === 'darwin-arm64')?.file;
  assert.ok(amd && arm);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-fat-'));
  try {
    const fat = path.join(dir, 'universal');
    await makeUniversal([amd, arm], fat);
    const all = await inspectBinaryAll(fat);
    assert.deepEqual(all.map((b) => [b.format, b.goarch, b.slice?.index]), [['macho', 'amd64', 0], ['macho', 'arm64', 1]]);
    const go = await goVersionJson(fat);
    assert.ok(go);
    assert.deepEqual(fromUs(all[0]!), fromGo(go));
    assert.deepEqual(fromUs(all[1]!), fromGo((await goVersionJson(arm))!));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('inspect -m listing is line for line what go version -m prints (quoting included)', { timeout: 10 * 60_000 }, async () => {
  for (const { entry, file } of built) {
    if (!file) continue;
    const r = await execFile(GO, ['version', '-m', file], { env: goEnv(), timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    const goLines = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.replace(/^\t/, ''));
    const b = await inspectBinary(file);
    assert.deepEqual(moduleListing(b.buildInfo!), goLines, entry.name);
  }
});
