import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd316 } from '../../../src/rules/shell/gd316-loader-not-followed.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('plugins a manager would download, and deferred loads, are reported with the files they may load', async () => {
  const a = await analyzeFixture('antidote');
  const [fa] = check(gd316, factsWith({ shells: a.facts }));
  assert.equal(fa!.messageId, 'mayLoad');
  assert.match(String(fa!.data.candidates), /\.cache\/antidote\/zsh-users\/zsh-autosuggestions\/\*\.plugin\.zsh/);
  const z = await analyzeFixture('zinit');
  const fz = check(gd316, factsWith({ shells: z.facts }));
  assert.deepEqual(fz.map((f) => `${f.messageId}:${f.location?.line}`), ['deferred:6', 'mayLoad:7']);
  assert.equal(fz[0]!.data.candidates, `${z.home}/.zsh/go.zsh`);
});

test('loaders godiag cannot follow are findings naming the line and the files they may source', async () => {
  const { facts, home } = await analyzeFixture('unfollowed-loader');
  const found = check(gd316, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.messageId}:${f.location?.line}`), ['mayLoad:3', 'unknown:6']);
  assert.equal(found[0]!.data.candidates, `${home}/.config/bash/go.sh`);
  // The candidate is scanned, so its Go line is visible (read by no context the analysis knows).
  assert.ok(facts.events.some((e) => e.file === `${home}/.config/bash/go.sh` && e.name === 'GOPATH' && e.readBy.length === 0));
});

test('a followed loader is not a GD316 finding', async () => {
  const { facts } = await analyzeFixture('zsh-topic');
  assert.deepEqual(check(gd316, factsWith({ shells: facts })), []);
});

test('a source whose file name expands to nothing (missing argument, unset variable) is reported, not read as HOME', async () => {
  const { facts } = await analyzeFixture('empty-source');
  const found = check(gd316, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => f.location?.line).sort(), [2, 4]);
  assert.ok(found.every((f) => /empty here/.test(String(f.data.why))), found.map((f) => f.message).join('\n'));
});
