import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd204 } from '../../../src/rules/settings/gd204-gopath-invalid-entry.js';

test('GD204: tilde and relative entries', () => {
  assert.deepEqual(ids(gd204, factsWith({ goenv: goenv([setting('GOPATH', '~/go', 'env')]) })), ['tilde']);
  assert.deepEqual(ids(gd204, factsWith({ goenv: goenv([setting('GOPATH', '/ok:rel/go', 'env')]) })), ['relative']);
});

test('GD204 is quiet for absolute entries (Unix and Windows)', () => {
  assert.deepEqual(ids(gd204, factsWith({ goenv: goenv([setting('GOPATH', '/home/u/go:/srv/go', 'env')]) })), []);
  assert.deepEqual(ids(gd204, factsWith({ goenv: goenv([setting('GOPATH', 'C:\\Users\\u\\go;D:\\go', 'env')]) })), []);
});
