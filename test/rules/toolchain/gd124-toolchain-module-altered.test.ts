import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd124 } from '../../../src/rules/toolchain/gd124-toolchain-module-altered.js';
import { tree, run } from '../../helpers/verify-facts.js';

test('GD124: a module cache entry that no longer hashes to its .ziphash', () => {
  const [f] = run(gd124, tree({ reference: { ...tree().reference, computedHash: 'h1:b=' } }));
  assert.equal(f!.messageId, 'altered');
  assert.match(f!.message, /h1:b=.*h1:a=/);
  assert.deepEqual(run(gd124, tree()), []);
});
