import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd325 } from '../../../src/rules/shell/gd325-gobin-inside-goroot.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD325: GOBIN=$GOROOT/bin', async () => {
  const { facts } = await analyzeFixture('gobin-goroot');
  const [f] = check(gd325, factsWith({ shells: facts }));
  assert.deepEqual([f!.location?.line, f!.data.gobin, f!.data.goroot], [2, '/usr/local/go/bin', '/usr/local/go']);
});

test('GD325 is quiet for a GOBIN of its own', async () => {
  const { facts } = await analyzeFixture('ls-loop');
  assert.deepEqual(check(gd325, factsWith({ shells: facts })), []);
});
