import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkippedFiles } from '../../../src/collectors/binary/skipped-files.js';
import { jsonPieces } from '../../../src/report/json-stream.js';

// Names a real tree can hold: separators of every kind but NUL, non-ASCII, and digits that could
// be mistaken for the stored reason index.
const NAMES = ['plain', 'with space', 'line\nbreak', 'tab\there', 'ünïcödé-文件', '0', '12', 'emoji-😀', '"quoted"\\back'];

function entries(n: number) {
  const reasons = ['not a Go binary', 'symlink to directory', 'FIFO (named pipe): not opened', 'elf binary, not built by Go'];
  return Array.from({ length: n }, (_, i) => ({ path: `/usr/share/${i % 97}/${NAMES[i % NAMES.length]}-${i}`, reason: reasons[(i * 7) % reasons.length]! }));
}

test('skipped files come back in the order they were added, byte for byte, across many blocks', () => {
  for (const n of [0, 1, 3, 150_000]) {
    const list = new SkippedFiles();
    const want = entries(n);
    for (const e of want) list.push(e);
    assert.equal(list.length, n);
    assert.deepEqual([...list], want);
    assert.deepEqual([...list], want, 'a second walk gives the same');
    assert.equal(JSON.stringify({ skipped: list }), JSON.stringify({ skipped: want }));
  }
});

test('the JSON pieces of a skipped list equal JSON.stringify of its array, compact and indented', () => {
  for (const n of [0, 1, 5000]) {
    const list = new SkippedFiles();
    const want = entries(n);
    for (const e of want) list.push(e);
    for (const indent of [undefined, 2]) {
      const doc = { facts: { artifacts: { binaries: [], skipped: list, inputs: [{ path: '/usr', files: n }] } } };
      const pieces = [...jsonPieces(doc, indent)];
      assert.equal(pieces.join(''), JSON.stringify({ facts: { artifacts: { binaries: [], skipped: want, inputs: [{ path: '/usr', files: n }] } } }, null, indent));
      if (n === 5000) assert.ok(pieces.length > 1, 'written in pieces');
    }
  }
});

test('any path comes back whole: no separator, a trailing one, backslashes, runs of one directory', () => {
  const want = ['name', 'dir/', '/', 'C:\\Go\\bin\\go.exe', 'C:\\Go\\bin\\gofmt.exe', 'a\\b/c', '/usr/x', '/usr/y', '/usr/sub/x', '/usr/y', 'rel/x', '\u0001odd/\u0002']
    .map((path, i) => ({ path, reason: `reason ${i % 2}` }));
  const list = new SkippedFiles();
  for (const e of want) list.push(e);
  assert.deepEqual([...list], want);
});

test('relabel shows paths as typed, for entries before and after it, and composes', () => {
  const list = new SkippedFiles();
  list.push({ path: '/abs/dir/a', reason: 'r' });
  list.relabel((p) => p.replace('/abs/dir', 'dir'));
  list.push({ path: '/abs/dir/b', reason: 'r' });
  assert.deepEqual([...list].map((e) => e.path), ['dir/a', 'dir/b']);
  list.relabel((p) => `./${p}`);
  assert.deepEqual([...list].map((e) => e.path), ['./dir/a', './dir/b']);
});
