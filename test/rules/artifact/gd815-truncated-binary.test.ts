import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd815 } from '../../../src/rules/artifact/gd815-truncated-binary.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

test('GD815 reports extents past the end of the file and cut-off headers as errors', () => {
  const cut = bin({ size: 100_000, truncated: ['segment 2 (PT_LOAD) ends at byte 2397502, past the end of the file (100000 bytes)', 'section 3 (.rodata) ends at byte 900000, past the end of the file (100000 bytes)'] });
  const f = check(gd815, artifactsFacts([cut], null, null, { problems: [{ path: '/out/y', message: 'corrupt or truncated: truncated: ELF header at offset 0 needs 64 bytes, file has 40', kind: 'corrupt' }] }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['extents', 'error'], ['headers', 'error']]);
  assert.match(f[0]!.message, /segment 2 \(PT_LOAD\) ends at byte 2397502.* \(and 1 more\)/);
  assert.match(f[1]!.message, /\/out\/y is truncated or corrupt: truncated: ELF header/);
});

test('GD815 passes whole files, and leaves unreadable ones to GD809', () => {
  assert.deepEqual(ids(gd815, artifactsFacts([bin()], null, null, { problems: [{ path: '/x', message: 'permission denied', kind: 'unreadable' }] })), []);
});
