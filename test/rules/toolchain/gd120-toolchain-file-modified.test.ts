import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd120 } from '../../../src/rules/toolchain/gd120-toolchain-file-modified.js';
import { H, tree, goenvEdit, run } from '../../helpers/verify-facts.js';

test('GD120: a modified release file is an error; go.env GOTOOLCHAIN=local is a named edit (info); other go.env edits warn', () => {
  const [f] = run(gd120, tree({ modified: [{ path: 'src/strings/strings.go', algorithm: 'sha256', expected: H('a'), actual: H('c'), diff: null, envChanges: null }], matched: 11517 }));
  assert.equal(f!.messageId, 'modified');
  assert.equal(f!.severity, 'error');
  assert.match(f!.message, /src\/strings\/strings\.go/);
  const [named] = run(gd120, tree({ modified: [goenvEdit('local')] }));
  assert.equal(named!.messageId, 'goenvNamed');
  assert.equal(named!.severity, 'info');
  assert.match(String((named!.evidence as { diff: string }).diff), /\+GOTOOLCHAIN=local/);
  const [other] = run(gd120, tree({ modified: [goenvEdit('off', 'GOSUMDB', 'sum.golang.org')] }));
  assert.equal(other!.messageId, 'goenvEdited');
  assert.equal(other!.severity, 'warning');
  assert.match(other!.message, /GOSUMDB: sum\.golang\.org → off/);
  assert.deepEqual(run(gd120, tree()), []);
});
