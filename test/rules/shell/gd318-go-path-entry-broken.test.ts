import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd318 } from '../../../src/rules/shell/gd318-go-path-entry-broken.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD318: ~/.profile sources ~/.bashrc before exporting the GOPATH it uses; interactive bash never gets GOPATH at all', async () => {
  const { facts, home } = await analyzeFixture('profile-before-exports');
  const found = check(gd318, factsWith({ shells: facts }));
  assert.equal(found.length, 1);
  const [f] = found;
  assert.equal(f!.messageId, 'unsetVar');
  assert.deepEqual([f!.data.file, f!.data.line, f!.data.name, f!.data.becomes], [`${home}/.bashrc`, 1, 'GOPATH', '/bin']);
  assert.equal(f!.data.contexts, 'bash:login, bash:interactive, bash:login-noninteractive, bash:ssh-command');
  assert.equal(f!.data.later, `; GOPATH is set later, at ${home}/.profile:6`);
});

test('GD318: PATH=$PATH:$GOROOT adds the directory, not its bin', async () => {
  const { facts } = await analyzeFixture('goroot-exports');
  assert.deepEqual(check(gd318, factsWith({ shells: facts })).map((f) => `${f.messageId}:${f.location?.line}:${f.data.name}`), ['dirNotBin:7:GOROOT']);
});

test('GD318 is quiet when GOPATH is exported before the PATH line, or a default is given', async () => {
  const { facts } = await analyzeFixture('skeleton');
  assert.deepEqual(check(gd318, factsWith({ shells: facts })), []);
});
