// A C++ program's symbol tables run to megabytes (node's .dynstr 5 MB, .strtab 7 MB): deciding it
// is not Go, and listing its libraries, must not read them. Checked on the node running this test,
// against readelf's own listing of the same file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { LocalHost, type HostFile } from '../../../src/collectors/host.js';
import { inspectBinaryAll } from '../../../src/collectors/binary/read.js';

test('a large non-Go ELF: libraries and version needs as readelf lists them, under 1 MiB read', async () => {
  const host = new LocalHost();
  let bytes = 0;
  const open = host.openFile.bind(host);
  host.openFile = async (p, o) => {
    const f = await open(p, o);
    if ('read' in f) {
      const read = f.read.bind(f);
      (f as HostFile).read = async (off: number, len: number) => {
        const b = await read(off, len);
        bytes += b.length;
        return b;
      };
    }
    return f;
  };
  const [facts] = await inspectBinaryAll(process.execPath, host);
  assert.equal(facts!.isGo, false);
  const dynamic = execFileSync('readelf', ['-dW', process.execPath], { maxBuffer: 16 << 20 }).toString();
  const needed = [...dynamic.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]);
  assert.deepEqual(facts!.libraries, needed);
  const versions = execFileSync('readelf', ['-VW', process.execPath], { maxBuffer: 256 << 20 }).toString();
  // readelf -V: "File: libc.so.6  Cnt: N" then N lines "Name: GLIBC_2.34 ...".
  const expected: Record<string, string[]> = {};
  let file = '';
  for (const line of versions.slice(versions.indexOf('.gnu.version_r')).split('\n')) {
    const f = /File: (\S+)/.exec(line);
    const n = /Name: (\S+)/.exec(line);
    if (f) expected[(file = f[1]!)] ??= [];
    else if (n && file) expected[file]!.push(n[1]!);
  }
  assert.ok(Object.keys(expected).length > 0);
  assert.deepEqual(facts!.versionNeeds, expected);
  assert.ok(bytes < 1 << 20, `read ${bytes} bytes`);
});
