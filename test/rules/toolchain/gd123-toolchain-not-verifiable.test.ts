import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd123 } from '../../../src/rules/toolchain/gd123-toolchain-not-verifiable.js';
import { tree, run } from '../../helpers/verify-facts.js';

test('GD123: no reference says why and how to fetch one, never silently passes', () => {
  const [f] = run(gd123, tree({ reference: { kind: 'none', paths: [], module: 'golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64', recordedHash: null, computedHash: null, note: 'golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64 is not in the module cache /root/go/pkg/mod' } }));
  assert.equal(f!.messageId, 'noReference');
  assert.match(f!.message, /not in the module cache/);
  assert.ok(f!.fixes?.some((x) => x.kind === 'command' && x.command.includes('--fetch-toolchain-module')));
  assert.deepEqual(run(gd123, tree()), []);
});
