import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd202 } from '../../../src/rules/settings/gd202-goroot-invalid.js';

const tc = toolchains([install({ path: '/usr/local/go/bin/go' })]);
const tree = (o: object) => ({ dir: '/opt/go', exists: true, hasSrcRuntime: true, hasPkgTool: true, versionFile: 'go1.26.8', ...o });

test('GD202: missing, not a Go tree, another version', () => {
  const env = (t: object) => goenv([setting('GOROOT', '/opt/go', 'env')], { gorootTree: tree(t) });
  assert.deepEqual(ids(gd202, factsWith({ toolchains: tc, goenv: env({ exists: false }) })), ['missing']);
  assert.deepEqual(ids(gd202, factsWith({ toolchains: tc, goenv: env({ hasSrcRuntime: false }) })), ['notGoTree']);
  const [f] = check(gd202, factsWith({ toolchains: tc, goenv: env({ versionFile: 'go1.19.8' }) }));
  assert.equal(f!.messageId, 'otherVersion');
  assert.match(f!.message, /compile: version "go1.19.8" does not match go tool version "go1.26.8"/);
});

test('GD202 is quiet for a matching explicit GOROOT and for the default', () => {
  assert.deepEqual(ids(gd202, factsWith({ toolchains: tc, goenv: goenv([setting('GOROOT', '/opt/go', 'env')], { gorootTree: tree({}) }) })), []);
  assert.deepEqual(ids(gd202, factsWith({ toolchains: tc, goenv: goenv([], { gorootTree: tree({ exists: false }) }) })), []);
});
