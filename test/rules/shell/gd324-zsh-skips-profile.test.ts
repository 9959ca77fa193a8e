import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd324 } from '../../../src/rules/shell/gd324-zsh-skips-profile.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD324: Go set up only in ~/.profile while zsh is in use', async () => {
  const { facts } = await analyzeFixture('zsh-profile-only');
  const found = check(gd324, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.line}:${f.data.what}`), ['1:GOPATH', '2:PATH entry /usr/local/go/bin']);
  assert.match(String(found[0]!.data.contexts), /zsh:login-noninteractive/);
});

test('GD324 is quiet when zsh gets Go from its own files', async () => {
  const { facts } = await analyzeFixture('zprofile-from-zshenv');
  assert.deepEqual(check(gd324, factsWith({ shells: facts })), []);
});
