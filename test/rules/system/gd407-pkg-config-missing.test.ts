import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd407 } from '../../../src/rules/system/gd407-pkg-config-missing.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('#cgo pkg-config without pkg-config on RHEL', () => {
  const f = check(gd407, sys((s) => { s.os.packageManager = 'dnf'; s.cgo.pkgConfig = { setting: 'pkg-config', path: null, neededBy: ['/src/app/sqlite.go'] }; }));
  assert.deepEqual(f.map((x) => x.messageId), ['missing']);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command === 'sudo dnf install -y pkgconf-pkg-config'));
});

test('pkg-config present, not needed, or cgo off', () => {
  assert.deepEqual(ids(gd407, sys((s) => { s.cgo.pkgConfig.neededBy = ['/src/a.go']; })), []);
  assert.deepEqual(ids(gd407, sys((s) => { s.cgo.pkgConfig.path = null; })), []);
  assert.deepEqual(ids(gd407, sys((s) => { s.cgo.pkgConfig = { setting: 'pkg-config', path: null, neededBy: ['/src/a.go'] }; s.cgo.enabled = false; })), []);
});
