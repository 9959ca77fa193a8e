import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd320 } from '../../../src/rules/shell/gd320-go-command-at-startup.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD320: $(go env GOPATH) in ~/.bashrc runs go in every interactive bash', async () => {
  const { facts } = await analyzeFixture('go-env-default');
  const [f, ...rest] = check(gd320, factsWith({ shells: facts }));
  assert.equal(rest.length, 0);
  assert.equal(f!.data.command, 'go env GOPATH');
  assert.match(String(f!.data.contexts), /bash:interactive/);
});

test('GD320: fish (go env GOROOT) too', async () => {
  const { facts } = await analyzeFixture('gopath-goroot');
  assert.deepEqual(check(gd320, factsWith({ shells: facts })).map((f) => `${String(f.data.file).replace(/.*\//, '')}:${f.data.line}`).sort(), ['.profile:2', 'go.fish:2']);
});

test('GD320 is quiet for written-out values', async () => {
  const { facts } = await analyzeFixture('skeleton');
  assert.deepEqual(check(gd320, factsWith({ shells: facts })), []);
});
