import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd125 } from '../../../src/rules/toolchain/gd125-toolchain-verification-coverage.js';
import { tree, run } from '../../helpers/verify-facts.js';

test('GD125: states coverage, including files outside the reference', () => {
  const [f] = run(gd125, tree());
  assert.match(f!.message, /11518 of 11518 files identical.*3483 file\(s\) lie outside what it covers \(test\/ 3454, api\/ 29\)/);
  assert.deepEqual(run(gd125, tree({ reference: { ...tree().reference, kind: 'none' } })), []);
});
