import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd209 } from '../../../src/rules/settings/gd209-invalid-goflags.js';

test('GD209 flags GOFLAGS that go build rejects, and proposes the valid rest', () => {
  const [f] = check(gd209, factsWith({ goenv: goenv([setting('GOFLAGS', '-mod=mod -bogus', 'user-file')]) }));
  assert.match(f!.message, /unknown flag -bogus/);
  assert.equal(f!.fixes[0]!.kind === 'command' && f!.fixes[0]!.command, 'go env -w GOFLAGS=-mod=mod');
  assert.deepEqual(ids(gd209, factsWith({ goenv: goenv([setting('GOFLAGS', '-tags netgo', 'env')]) })), ['invalid']);
});
test('GD209 is quiet for valid GOFLAGS', () => {
  assert.deepEqual(ids(gd209, factsWith({ goenv: goenv([setting('GOFLAGS', '-mod=mod -trimpath -tags=netgo,osusergo', 'env')]) })), []);
});
