import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd201 } from '../../../src/rules/settings/gd201-goroot-set-explicitly.js';

test('GD201 notes GOROOT from the environment or go env -w', () => {
  assert.deepEqual(ids(gd201, factsWith({ goenv: goenv([setting('GOROOT', '/usr/local/go', 'env')]) })), ['explicit']);
  const [f] = check(gd201, factsWith({ goenv: goenv([setting('GOROOT', '/usr/local/go', 'user-file')], { userFile: { path: '/h/.config/go/env', exists: true, entries: [{ key: 'GOROOT', value: '/usr/local/go', line: 3 }], problems: [] } }) }));
  assert.deepEqual(f!.location, { file: '/h/.config/go/env', line: 3 });
  assert.equal(f!.fixes[0]!.kind === 'command' && f!.fixes[0]!.command, 'go env -u GOROOT');
});

test('GD201 is quiet when go finds GOROOT itself', () => {
  assert.deepEqual(ids(gd201, factsWith({ goenv: goenv() })), []);
});
