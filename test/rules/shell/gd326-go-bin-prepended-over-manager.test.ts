import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd326 } from '../../../src/rules/shell/gd326-go-bin-prepended-over-manager.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD326: /usr/local/go/bin prepended after goenv init', async () => {
  const { facts } = await analyzeFixture('goenv-shadowed');
  const [f, ...rest] = check(gd326, factsWith({ shells: facts }));
  assert.equal(rest.length, 0);
  assert.deepEqual([f!.location?.line, f!.data.dir, f!.data.manager, f!.data.vmLine], [4, '/usr/local/go/bin', 'goenv', 3]);
});

test('GD326 is quiet for $GOPATH/bin prepended after goenv init (tools, not a toolchain)', async () => {
  const { facts } = await analyzeFixture('shell-d');
  assert.deepEqual(check(gd326, factsWith({ shells: facts })), []);
});
