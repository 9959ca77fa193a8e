// The read-only data scan (go-markers.ts) on a real PE file: esbuild's Windows build has no build
// info, and its .rdata holds the whole pclntab after the version string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, closeSync, fstatSync } from 'node:fs';
import { FileSource } from '../../../src/collectors/host-file.js';
import { parsePE } from '../../../src/analyzers/binary/pe.js';
import { scanReadOnlyData } from '../../../src/analyzers/binary/go-markers.js';
import type { ByteSource } from '../../../src/analyzers/binary/source.js';
import { filesUnder, npmPackage } from '../../helpers/npm-bins.js';

test('the version scan stops once nothing later can change its answer: a PE .rdata is not read through', { timeout: 10 * 60_000 }, async () => {
  const dir = await npmPackage('@esbuild/win32-x64@0.28.2');
  const exe = (await filesUnder(dir)).find((f) => f.endsWith('esbuild.exe'));
  assert.ok(exe);
  const fd = openSync(exe, 'r');
  try {
    const file = new FileSource(fd, fstatSync(fd).size);
    let bytes = 0;
    const counted: ByteSource = {
      size: file.size,
      read: (o, n) => file.read(o, n).then((b) => { bytes += b.length; return b; }),
      readTransient: (o, n) => file.readTransient(o, n).then((b) => { bytes += b.length; return b; }),
    };
    const img = await parsePE(counted);
    const rdata = img.rodata.reduce((n, r) => n + r.fileSize, 0);
    bytes = 0;
    const scan = await scanReadOnlyData(img, true);
    // What the whole scan finds (the npm-binaries test checks the same version on every platform).
    assert.match(scan.version ?? '', /^go1\.\d+\.\d+$/);
    assert.equal(scan.pclntab, 'go1.20 or later');
    assert.ok(scan.pclntabOffset !== null && scan.runtimeNames);
    assert.ok(bytes < rdata / 2, `read ${bytes} of ${rdata} bytes of .rdata`);
  } finally {
    closeSync(fd);
  }
});
