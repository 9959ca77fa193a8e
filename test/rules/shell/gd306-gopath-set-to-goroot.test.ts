import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd306 } from '../../../src/rules/shell/gd306-gopath-set-to-goroot.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD306: GOPATH=$GOROOT in ~/.profile', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOROOT=/usr/local/go\nexport GOPATH=$GOROOT\nexport PATH=$GOROOT/bin:$PATH\n' }, { shells: ['sh'] });
  const [f] = check(gd306, factsWith({ shells }));
  assert.equal(f!.messageId, 'same');
  assert.equal(f!.location?.line, 2);
});

test('GD306 is quiet for GOPATH=$HOME/go', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOROOT=/usr/local/go\nexport GOPATH=$HOME/go\n' }, { shells: ['sh'] });
  assert.deepEqual(ids(gd306, factsWith({ shells })), []);
});

test('GD306: GOROOT from $(go env GOROOT) (sh) and (go env GOROOT) (fish) is resolved before comparing', async () => {
  const { analyzeFixture } = await import('../../analyzers/shell/home.js');
  const { facts, home } = await analyzeFixture('gopath-goroot');
  const found = check(gd306, factsWith({ shells: facts }));
  assert.deepEqual([...new Set(found.map((f) => `${String(f.data.file).replace(home, '~')}:${f.data.line}`))].sort(), ['~/.config/fish/conf.d/go.fish:3', '~/.profile:3']);
  assert.ok(found.every((f) => f.data.gopath === '/usr/local/go'));
});
