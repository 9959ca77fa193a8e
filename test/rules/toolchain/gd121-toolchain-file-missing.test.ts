import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd121 } from '../../../src/rules/toolchain/gd121-toolchain-file-missing.js';
import { tree, run } from '../../helpers/verify-facts.js';

test('GD121: missing files are listed with their count', () => {
  const [f] = run(gd121, tree({ missing: ['src/fmt/print.go'], missingCount: 1 }));
  assert.equal(f!.messageId, 'missing');
  assert.match(f!.message, /src\/fmt\/print\.go/);
  assert.deepEqual(run(gd121, tree()), []);
});
