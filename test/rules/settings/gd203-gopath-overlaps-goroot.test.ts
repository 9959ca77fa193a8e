import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd203 } from '../../../src/rules/settings/gd203-gopath-overlaps-goroot.js';

test('GD203: GOPATH equal to or inside GOROOT', () => {
  assert.deepEqual(ids(gd203, factsWith({ goenv: goenv([setting('GOPATH', '/usr/local/go/', 'env')]) })), ['same']);
  assert.deepEqual(ids(gd203, factsWith({ goenv: goenv([setting('GOPATH', '/home/u/go:/usr/local/go/work', 'env')]) })), ['inside']);
});

test('GD203 is quiet for a separate GOPATH, including a sibling with a common prefix', () => {
  assert.deepEqual(ids(gd203, factsWith({ goenv: goenv([setting('GOPATH', '/usr/local/gopath', 'env')]) })), []);
  assert.deepEqual(ids(gd203, factsWith({ goenv: goenv() })), []);
});
