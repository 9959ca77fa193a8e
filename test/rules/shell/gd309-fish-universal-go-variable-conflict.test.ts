import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd309 } from '../../../src/rules/shell/gd309-fish-universal-go-variable-conflict.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

const vars = '# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export GOPATH:/srv/old\\x2dgopath\n';

test('GD309: config.fish set -gx shadows the universal GOPATH; plain set rewrites it', async () => {
  const shells = await analyzeHome({ '.config/fish/fish_variables': vars, '.config/fish/config.fish': 'set -gx GOPATH $HOME/go\n', '.config/fish/conf.d/go.fish': 'set -x GOPATH $HOME/go2\n' }, { shells: ['fish'] });
  assert.equal(shells.fishUniversal[0]?.value, '/srv/old-gopath');
  const found = check(gd309, factsWith({ shells }));
  assert.deepEqual(found.map((f) => f.messageId).sort(), ['rewritten', 'shadowed']);
});

test('GD309 is quiet without a universal Go variable', async () => {
  const shells = await analyzeHome({ '.config/fish/config.fish': 'set -gx GOPATH $HOME/go\n' }, { shells: ['fish'] });
  assert.deepEqual(ids(gd309, factsWith({ shells })), []);
});
