import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd809 } from '../../../src/rules/artifact/gd809-unreadable-file.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

test('GD809 reports each file that could not be inspected, at its path', () => {
  const f = check(gd809, artifactsFacts([], null, null, { problems: [{ path: '/out/fifo', message: 'FIFO (named pipe): not opened', kind: 'special' }, { path: '/out/x', message: 'permission denied', kind: 'unreadable' }, { path: '/out/y', message: 'corrupt or truncated: truncated: ELF header', kind: 'corrupt' }] }));
  assert.deepEqual(f.map((x) => x.location?.file), ['/out/fifo', '/out/x']);
  assert.match(f[0]!.message, /FIFO/);
});

test('GD809 passes when every file was read', () => {
  assert.deepEqual(ids(gd809, artifactsFacts([bin()])), []);
});
