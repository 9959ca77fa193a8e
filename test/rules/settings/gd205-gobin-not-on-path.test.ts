import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd205 } from '../../../src/rules/settings/gd205-gobin-not-on-path.js';

test('GD205 flags an install dir with programs that PATH lacks', () => {
  const [f] = check(gd205, factsWith({ goenv: goenv([], { binDirs: [{ dir: '/home/u/go/bin', from: 'GOPATH', exists: true, executables: ['gopls', 'stringer'], onPath: false }] }) }));
  assert.match(f!.message, /gopls, stringer/);
  assert.equal(f!.fixes[0]!.kind, 'edit');
});

test('GD205 is quiet when on PATH or empty', () => {
  assert.deepEqual(ids(gd205, factsWith({ goenv: goenv([], { binDirs: [{ dir: '/home/u/go/bin', from: 'GOPATH', exists: true, executables: ['gopls'], onPath: true }] }) })), []);
  assert.deepEqual(ids(gd205, factsWith({ goenv: goenv([], { binDirs: [{ dir: '/home/u/go/bin', from: 'GOPATH', exists: true, executables: [], onPath: false }] }) })), []);
});
