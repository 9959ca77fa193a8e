// Go build info in the pre-1.18 pointer layout with big-endian 4-byte pointers, as go1.17 wrote
// for linux/mips. No such toolchain is at hand, so the file is assembled byte by byte after
// debug/buildinfo's description (header flags bit0 = big endian, bit1 clear = pointers) and the
// ELF32 gABI layout. (Little-endian 8-byte pointers are covered by a real go1.16 binary, inline
// big-endian layouts by the ppc64/s390x/mips matrix builds.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectBuffer } from '../../../src/analyzers/binary/index.js';

const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

function elf32BigEndianWithPointerBuildInfo(version: string, modinfo: string): Buffer {
  const base = 0x10000;
  const f = Buffer.alloc(512);
  // ELF header: class 32, big endian, EXEC, EM_MIPS, one program header at 52.
  f.write('\x7fELF', 0, 'latin1');
  f[4] = 1; f[5] = 2; f[6] = 1;
  f.writeUInt16BE(2, 16); f.writeUInt16BE(8, 18); f.writeUInt32BE(1, 20);
  f.writeUInt32BE(52, 28); f.writeUInt16BE(52, 40); f.writeUInt16BE(32, 42); f.writeUInt16BE(1, 44); f.writeUInt16BE(40, 46);
  // PT_LOAD, rw-: the first writable non-executable segment is where Go looks.
  f.writeUInt32BE(1, 52); f.writeUInt32BE(0, 56); f.writeUInt32BE(base, 60); f.writeUInt32BE(base, 64);
  f.writeUInt32BE(f.length, 68); f.writeUInt32BE(f.length, 72); f.writeUInt32BE(6, 76); f.writeUInt32BE(16, 80);
  // Build info header at a 16-aligned address: magic, ptrSize 4, flags 1 (big endian, pointers).
  const hdr = 96, strHdrs = 128, strs = 160;
  f.write('\xff Go buildinf:', hdr, 'latin1');
  f[hdr + 14] = 4; f[hdr + 15] = 1;
  f.writeUInt32BE(base + strHdrs, hdr + 16); f.writeUInt32BE(base + strHdrs + 8, hdr + 20);
  const mod = Buffer.concat([INFO_START, Buffer.from(modinfo), INFO_END]);
  const vAt = strs, mAt = strs + 32;
  f.write(version, vAt, 'latin1');
  mod.copy(f, mAt);
  // Go string headers {data pointer, length}.
  f.writeUInt32BE(base + vAt, strHdrs); f.writeUInt32BE(version.length, strHdrs + 4);
  f.writeUInt32BE(base + mAt, strHdrs + 8); f.writeUInt32BE(mod.length, strHdrs + 12);
  return f;
}

test('pre-1.18 build info with big-endian 4-byte pointers (linux/mips)', async () => {
  const modinfo = 'path\texample.com/tool\nmod\texample.com/tool\tv1.4.2\th1:abc=\ndep\tgolang.org/x/sys\tv0.1.0\th1:def=\n=>\t../sys\t\t\n';
  const [b] = await inspectBuffer(elf32BigEndianWithPointerBuildInfo('go1.17.13', modinfo));
  assert.ok(b);
  assert.deepEqual([b.format, b.bits, b.endian, b.goarch, b.goos], ['elf', 32, 'big', 'mips', 'linux']);
  assert.equal(b.buildInfo?.layout, 'pointers');
  assert.equal(b.goVersion, 'go1.17.13');
  assert.equal(b.buildInfo?.path, 'example.com/tool');
  assert.deepEqual(b.buildInfo?.main, { path: 'example.com/tool', version: 'v1.4.2', sum: 'h1:abc=', replace: null });
  assert.deepEqual(b.buildInfo?.deps, [{ path: 'golang.org/x/sys', version: 'v0.1.0', sum: 'h1:def=', replace: { path: '../sys', version: '', sum: '', replace: null } }]);
  assert.equal(b.linkage, 'static');
});

test('a pointer to outside every segment means "no build info", not a crash', async () => {
  const f = elf32BigEndianWithPointerBuildInfo('go1.17.13', 'path\tx\n');
  f.writeUInt32BE(0xdeadbeef, 96 + 16);
  const [b] = await inspectBuffer(f);
  assert.equal(b?.buildInfo, null);
  assert.match(b?.buildInfoError ?? '', /no Go version/);
});
