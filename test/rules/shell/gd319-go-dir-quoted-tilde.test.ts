import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd319 } from '../../../src/rules/shell/gd319-go-dir-quoted-tilde.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD319: GOPATH="~/go" keeps the tilde; the unquoted ~/go/bin beside it is expanded and fine', async () => {
  const { facts, home } = await analyzeFixture('quoted-tilde');
  const found = check(gd319, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.line}:${f.data.name}=${f.data.value}`), ['1:GOPATH=~/go']);
  assert.equal(found[0]!.fixes[0]!.kind === 'edit' && found[0]!.fixes[0]!.replacement, 'export GOPATH="$HOME/go"\n');
  assert.equal(String(found[0]!.data.file), `${home}/.profile`);
});

test('GD319 is quiet for $HOME and unquoted tildes', async () => {
  const { facts } = await analyzeFixture('skeleton');
  assert.deepEqual(check(gd319, factsWith({ shells: facts })), []);
});
