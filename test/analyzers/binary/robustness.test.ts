// Bad input never crashes or hangs inspect: FIFOs, devices, symlink loops, truncated and absurd
// headers, text files, huge sparse files. Each gets a per-file reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from '../../../src/collectors/exec.js';
import { inspectBuffer, NotABinaryError, FormatError } from '../../../src/analyzers/binary/index.js';
import { inspectBinary } from '../../../src/collectors/binary/read.js';
import { collectArtifacts } from '../../../src/collectors/binary/walk.js';
import { parseArmAttributes } from '../../../src/analyzers/binary/arm-attributes.js';
import { GO } from '../../helpers/go-matrix.js';

async function withDir(body: (dir: string) => Promise<void>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-robust-'));
  try {
    await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('FIFOs, devices, symlink loops and dangling links get reasons, and nothing blocks', { timeout: 20_000 }, async () => {
  await withDir(async (dir) => {
    const fifo = path.join(dir, 'fifo');
    const r = await execFile('mkfifo', [fifo], { env: { PATH: '/usr/bin:/bin' } });
    assert.equal(r.code, 0, r.stderr);
    await fs.symlink(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    await fs.symlink(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    await fs.symlink(path.join(dir, 'missing'), path.join(dir, 'dangling'));
    await fs.writeFile(path.join(dir, 'notes.txt'), 'hello\n');
    const start = Date.now();
    const walked = await collectArtifacts([dir]);
    assert.ok(Date.now() - start < 10_000);
    const reason = (name: string) => [...walked.skipped].find((s) => s.path === path.join(dir, name))?.reason;
    assert.match(reason('fifo') ?? '', /FIFO/);
    assert.match(reason('loop-a') ?? '', /symlink loop/);
    assert.match(reason('dangling') ?? '', /no such file/);
    assert.match(reason('notes.txt') ?? '', /not an ELF/);
    assert.equal(walked.binaries.length, 0);

    const named = await collectArtifacts([fifo, path.join(dir, 'loop-a'), '/dev/null', path.join(dir, 'notes.txt'), path.join(dir, 'nope')]);
    const why = Object.fromEntries(named.problems.map((p) => [path.basename(p.path), p.message.split(':')[0]]));
    assert.deepEqual(why, { fifo: 'FIFO (named pipe)', 'loop-a': 'symlink loop', null: 'device', 'notes.txt': 'not an ELF, Mach-O, PE or XCOFF file', nope: 'no such file or directory (or a dangling symlink)' });
    await assert.rejects(inspectBinary(fifo), NotABinaryError);
  });
});

test('truncated and absurd headers are reported as corrupt, never thrown past collect', async () => {
  const go = await fs.readFile(GO);
  await assert.rejects(inspectBuffer(go.subarray(0, 40)), FormatError);
  await assert.rejects(inspectBuffer(go.subarray(0, 3)), NotABinaryError);
  const absurd = Buffer.from(go.subarray(0, 4096));
  absurd.writeBigUInt64LE(0x7fffffffffn, 32); // e_phoff far past the end
  await assert.rejects(inspectBuffer(absurd), /program headers .* past the end/);
  const noSections = Buffer.from(go.subarray(0, 1 << 20));
  noSections.writeUInt16LE(0xffff, 60); // e_shnum
  await assert.rejects(inspectBuffer(noSections), /section headers .* past the end/);

  await withDir(async (dir) => {
    await fs.writeFile(path.join(dir, 'cut'), go.subarray(0, 100_000));
    const facts = await collectArtifacts([path.join(dir, 'cut')]);
    // A cut-off Go binary either fails its headers or loses its build info, never crashes.
    const msg = facts.problems[0]?.message ?? facts.binaries[0]?.buildInfoError ?? '';
    assert.match(msg, /corrupt or truncated|build info|past the end/);
  });
});

test('a 2 GiB sparse file costs the same as a small one: positional reads only', { timeout: 20_000 }, async () => {
  await withDir(async (dir) => {
    const big = path.join(dir, 'big');
    await fs.copyFile(GO, big);
    await fs.truncate(big, 2 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const start = Date.now();
    const b = await inspectBinary(big);
    assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
    assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, 'memory stays small');
    assert.equal(b.size, 2 * 1024 ** 3);
    assert.equal(b.buildInfo?.path, 'cmd/go');
  });
});

test('non-Go binaries in a directory are skipped quietly, named ones are reported', async () => {
  await withDir(async (dir) => {
    await fs.copyFile('/bin/ls', path.join(dir, 'ls'));
    await fs.copyFile(GO, path.join(dir, 'go'));
    const walked = await collectArtifacts([dir]);
    assert.deepEqual(walked.binaries.map((b) => path.basename(b.path)), ['go']);
    assert.match([...walked.skipped].find((s) => s.path.endsWith('/ls'))?.reason ?? '', /not built by Go/);
    const named = await collectArtifacts([path.join(dir, 'ls')]);
    assert.deepEqual(named.binaries.map((b) => [b.isGo, b.linkage]), [[false, 'dynamic']]);
  });
});

test('ARM EABI attributes: hard-float, CPU and FP architecture (ARM IHI 0045 layout)', () => {
  // File-scope ("Tag_File") attributes as an ARM gcc writes them for -march=armv7-a -mfpu=vfpv3-d16 -mfloat-abi=hard.
  const attrs = Buffer.from([5, ...Buffer.from('7-A\0'), 6, 10, 7, 0x41, 8, 1, 9, 2, 10, 4, 28, 1, 34, 1]);
  const sub = Buffer.alloc(5);
  sub[0] = 1;
  sub.writeUInt32LE(5 + attrs.length, 1);
  const vendor = Buffer.from('aeabi\0');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(4 + vendor.length + sub.length + attrs.length);
  const section = Buffer.concat([Buffer.from('A'), len, vendor, sub, attrs]);
  const warnings: string[] = [];
  const a = parseArmAttributes(section, warnings);
  assert.deepEqual(warnings, []);
  assert.equal(a.cpuArch, 'v7');
  assert.equal(a.fpArch, 'VFPv3-D16');
  assert.equal(a.vfpArgs, 'hard');
  assert.equal(a.raw.CPU_name, '7-A');
  assert.equal(a.raw.CPU_unaligned_access, 1);
  // Garbage is reported, not thrown.
  assert.equal(parseArmAttributes(Buffer.from('Azzzzzzzzz'), warnings).vfpArgs, null);
  assert.ok(warnings.length > 0);
});
