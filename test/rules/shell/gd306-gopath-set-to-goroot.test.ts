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
