import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd807 } from '../../../src/rules/artifact/gd807-vcs-modified.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

test('GD807 reports vcs.modified=true with the revision', () => {
  const f = check(gd807, artifactsFacts([bin({ buildInfo: buildInfo({ vcs: 'git', 'vcs.revision': 'abc123', 'vcs.modified': 'true' }) })]));
  assert.deepEqual(f.map((x) => x.messageId), ['modified']);
  assert.match(f[0]!.message, /abc123/);
});

test('GD807 passes clean and unstamped builds', () => {
  assert.deepEqual(ids(gd807, artifactsFacts([bin({ buildInfo: buildInfo({ 'vcs.revision': 'abc123', 'vcs.modified': 'false' }) }), bin()])), []);
});
