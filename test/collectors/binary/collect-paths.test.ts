// The walk builds child paths as joinPrefix(dir) + name instead of path.join: the two must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { joinPrefix } from '../../../src/collectors/binary/walk.js';

test('joinPrefix(dir) + name is path.join(dir, name) for plain names', () => {
  const dirs = ['/', '/usr/bin', '/usr/bin/', '/usr//bin', '/usr/./bin', '/usr/lib/../bin', '.', './', '', '..', '../x/', 'a', 'a/b/', './a/./b', 'a/..', '//srv'];
  for (const dir of dirs) {
    for (const name of ['go', '.hidden', '..x', 'a b', 'ünï']) assert.equal(joinPrefix(dir) + name, path.join(dir, name), `${JSON.stringify(dir)} + ${name}`);
  }
});
