import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd803 } from '../../../src/rules/artifact/gd803-linkage-mismatch.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, cgoBin } from '../../helpers/artifacts.js';

test('GD803 reports a dynamic ELF binary when static is expected', () => {
  const f = check(gd803, artifactsFacts([cgoBin()], { static: true }));
  assert.deepEqual(f.map((x) => x.messageId), ['dynamic']);
  assert.match(f[0]!.message, /ld-linux-x86-64\.so\.2.*libc\.so\.6/);
});

test('GD803 passes static and static-pie binaries; warns on static when dynamic expected', () => {
  assert.deepEqual(ids(gd803, artifactsFacts([bin(), bin({ linkage: 'static-pie', pie: true })], { static: true })), []);
  const f = check(gd803, artifactsFacts([bin()], { static: false }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['unexpectedStatic', 'warning']]);
});

test('GD803 explains that static does not apply to Windows and macOS binaries', () => {
  const f = check(gd803, artifactsFacts([bin({ format: 'pe', goos: 'windows', linkage: 'dynamic', libraries: ['kernel32.dll'] })], { static: true }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['notApplicable', 'info']]);
});
