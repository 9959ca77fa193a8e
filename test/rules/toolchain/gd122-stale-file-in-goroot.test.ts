import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd122 } from '../../../src/rules/toolchain/gd122-stale-file-in-goroot.js';
import { tree, run } from '../../helpers/verify-facts.js';

test('GD122: a stale source file in a package directory names the package (error); other extras warn', () => {
  const findings = run(gd122, tree({ extra: [{ path: 'src/net/cgo_old.go', package: 'net', buildFile: true }, { path: 'src/net/README.old', package: 'net', buildFile: false }], extraCount: 2 }));
  assert.deepEqual(findings.map((f) => [f.messageId, f.severity]), [['stalePackageFiles', 'error'], ['extraFiles', 'warning']]);
  assert.match(findings[0]!.message, /break or change: net\b/);
  assert.deepEqual(run(gd122, tree()), []);
});
