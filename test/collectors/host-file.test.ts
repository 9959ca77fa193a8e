// The byte sources under every binary reader: FileSource's read window and Endian's u64.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Endian } from '../../src/analyzers/binary/source.js';
import { FileSource } from '../../src/collectors/host-file.js';

test('FileSource: windowed reads return the file bytes, short at the end, and never change once returned', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-source-'));
  try {
    const file = path.join(dir, 'data');
    const bytes = Buffer.alloc(3 * 8192 + 123);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
    await fs.writeFile(file, bytes);
    const fd = openSync(file, 'r');
    try {
      const src = new FileSource(fd, bytes.length);
      // Small and large, inside a window, across window edges, backwards, at and past the end.
      const requests: [number, number][] = [[0, 16], [0, 64], [4090, 16], [8190, 4096], [100, 4096], [8192 * 3, 500], [bytes.length - 3, 16],
        [bytes.length, 8], [5000, 20000], [16, 16], [12000, 1], [4096 * 5 + 17, 4096], [1, 0]];
      const kept: [Buffer, number, number][] = [];
      for (const [offset, length] of requests) {
        const got = await src.read(offset, length);
        const want = bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length));
        assert.deepEqual(got, want, `read(${offset}, ${length})`);
        kept.push([got, offset, length]);
      }
      // Earlier results are not overwritten by the windows of later reads.
      for (const [got, offset, length] of kept) assert.deepEqual(got, bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)));
    } finally {
      closeSync(fd);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

const reference = (v: bigint) => (v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v));

test('u64: exact up to 2^53 - 1 and saturated above, in both byte orders', () => {
  const values = [0n, 1n, 0xffffffffn, 0x100000000n, 0x1234_5678_9abc_defn, 2n ** 53n - 2n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n];
  for (let i = 0; i < 200; i++) values.push(BigInt.asUintN(64, BigInt(Math.floor(Math.random() * 2 ** 32)) << BigInt(i % 40) | BigInt(i)));
  const b = Buffer.alloc(9);
  for (const v of values) {
    b.writeBigUInt64LE(v, 1);
    assert.equal(new Endian(true).u64(b, 1), reference(v), `LE ${v}`);
    b.writeBigUInt64BE(v, 1);
    assert.equal(new Endian(false).u64(b, 1), reference(v), `BE ${v}`);
  }
});
