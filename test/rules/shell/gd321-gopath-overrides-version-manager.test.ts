import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd321 } from '../../../src/rules/shell/gd321-gopath-overrides-version-manager.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD321: GOPATH exported after gvm is loaded (line 3), not the one before it (line 1)', async () => {
  const { facts } = await analyzeFixture('gvm-override');
  const found = check(gd321, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.line} after ${f.data.vmLine}`), ['3 after 2']);
  assert.match(String(found[0]!.data.contexts), /bash:login/);
});

test('GD321 is quiet without a version manager', async () => {
  const { facts } = await analyzeFixture('skeleton');
  assert.deepEqual(check(gd321, factsWith({ shells: facts })), []);
});
