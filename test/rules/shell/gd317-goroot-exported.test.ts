import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd317 } from '../../../src/rules/shell/gd317-goroot-exported.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD317: every GOROOT export, judged by its text: plain (info), versioned (warning), bin dir (error)', async () => {
  const { facts } = await analyzeFixture('goroot-exports');
  const found = check(gd317, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.line}:${f.messageId}:${f.severity ?? ''}`), ['2:exported:info', '3:versioned:warning', '4:versioned:warning', '5:exported:info', '6:binDir:error']);
  assert.match(String(found[3]!.data.value), /computed at startup/);
});

test('GD317 is quiet when only PATH is set and go finds its own root', async () => {
  const { facts } = await analyzeFixture('zprofile-from-zshenv');
  assert.deepEqual(check(gd317, factsWith({ shells: facts })), []);
});
