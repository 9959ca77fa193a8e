import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd414 } from '../../../src/rules/system/gd414-go-dirs-low-space.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('low space on the filesystem of the caches: one finding per mount', () => {
  const f = check(gd414, sys((s) => { for (const d of s.dirs) d.freeBytes = 300 * 2 ** 20; }));
  assert.deepEqual(f.map((x) => x.messageId), ['low']);
  assert.match(f[0]!.message, /TMPDIR, GOCACHE, GOMODCACHE, GOPATH on \/ have only 300 MiB free of 100 GiB/);
});

test('plenty of space or unknown: nothing', () => {
  assert.deepEqual(ids(gd414, sys()), []);
  assert.deepEqual(ids(gd414, sys((s) => { for (const d of s.dirs) d.freeBytes = null; })), []);
});
