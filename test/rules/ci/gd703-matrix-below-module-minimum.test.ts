import { test } from 'node:test';
import assert from 'node:assert/strict';

test('GD703 with GOTOOLCHAIN=local in the workflow env says the cell fails, not that it switches', async () => {
  const { lintDir, FIXTURES } = await import('../../helpers/lint.js');
  const { join } = await import('node:path');
  const { findings } = await lintDir(join(FIXTURES, 'err', 'gd703', 'toolchain-local'));
  const f = findings.filter((x) => x.ruleId === 'GD703');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.messageId, 'failsEnv');
  assert.equal(f[0]!.severity, 'error');
  assert.match(f[0]!.message, /GOTOOLCHAIN=local/);
});
