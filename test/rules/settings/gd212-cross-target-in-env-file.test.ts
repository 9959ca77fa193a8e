import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd212 } from '../../../src/rules/settings/gd212-cross-target-in-env-file.js';

const file = (entries: Array<[string, string]>) => ({ path: '/h/.config/go/env', exists: true, entries: entries.map(([key, value], i) => ({ key, value, line: i + 1 })), problems: [] });

test('GD212: foreign GOARCH is a warning, host-equal GOOS is info', () => {
  const fs = check(gd212, factsWith({ goenv: goenv([], { userFile: file([['GOOS', 'linux'], ['GOARCH', 'arm64']]) }) }));
  assert.deepEqual(fs.map((f) => [f.data.key, f.messageId, f.severity]), [['GOOS', 'needless', 'info'], ['GOARCH', 'foreign', 'warning']]);
  assert.deepEqual(fs[1]!.location, { file: '/h/.config/go/env', line: 2 });
});
test('GD212 is quiet without GOOS/GOARCH in the file', () => {
  assert.deepEqual(ids(gd212, factsWith({ goenv: goenv([], { userFile: file([['GOPROXY', 'x']]) }) })), []);
});
