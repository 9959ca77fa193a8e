// The walk as inspect streams it: each binary handed over as soon as it is read, in the walk's
// order (sorted within each directory, directories where their name sorts, like go version -m),
// the facts in that same order, and skipped files only counted when nobody needs their list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectArtifacts, type WalkProgress } from '../../../src/collectors/binary/walk.js';
import { REAL_GO } from '../../helpers/cli.js';

async function withTree(body: (dir: string) => Promise<void>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-walk-'));
  try {
    // "a" (a directory) sorts before "a-b" by name, but "a-b" sorts before "a/x" as a full path.
    for (const rel of ['a/x', 'a-b', 'b/c/y', 'z']) {
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.link(REAL_GO, path.join(dir, rel)).catch(() => fs.copyFile(REAL_GO, path.join(dir, rel)));
    }
    for (let i = 0; i < 50; i++) await fs.writeFile(path.join(dir, 'b', `note-${i}.txt`), 'text\n');
    await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('binaries arrive one by one in walk order, and the facts keep that order', async () => {
  await withTree(async (dir) => {
    const arrived: string[] = [];
    const seenBefore: number[] = [];
    let files = 0;
    const facts = await collectArtifacts([dir], {
      onBinary: (found) => { arrived.push(...found.map((b) => path.relative(dir, b.path))); seenBefore.push(files); },
      progress: (p) => { files = p.files; },
    });
    assert.deepEqual(arrived, ['a/x', 'a-b', 'b/c/y', 'z']);
    assert.deepEqual(facts.binaries.map((b) => path.relative(dir, b.path)), arrived);
    assert.ok(seenBefore[0]! < files && seenBefore.at(-1)! < files, `handed over during the walk, not after it (${seenBefore.join(',')} of ${files} files)`);
  });
});

test('a path named twice, or named and also walked, is listed once', async () => {
  await withTree(async (dir) => {
    const arrived: string[] = [];
    const facts = await collectArtifacts([path.join(dir, 'z'), dir, path.join(dir, 'z')], { onBinary: (found) => arrived.push(...found.map((b) => b.path)) });
    assert.equal(facts.binaries.length, 4);
    assert.equal(arrived.length, 4);
    assert.equal(arrived[0], path.join(dir, 'z'), 'named paths first, in the order given');
  });
});

test('without keepSkipped the skipped files are counted, not kept: memory does not grow with the tree', async () => {
  await withTree(async (dir) => {
    let last: WalkProgress | undefined;
    const counted = await collectArtifacts([dir], { keepSkipped: false, progress: (p) => { last = { ...p }; } });
    assert.deepEqual([...counted.skipped], []);
    assert.equal(last?.skipped, 50);
    assert.equal(last?.files, 54);
    assert.equal(last?.binaries, 4);
    const kept = await collectArtifacts([dir]);
    assert.equal(kept.skipped.length, 50, 'kept by default (JSON, -v)');
  });
});
