import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { gd305 } from '../../../src/rules/shell/gd305-goroot-export-invalid.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD305: GOROOT exported to a directory that does not exist', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOROOT=/opt/go-removed-long-ago\nexport PATH=/usr/local/go/bin:$PATH\n' }, { shells: ['sh'] });
  const [f] = check(gd305, factsWith({ shells }));
  assert.equal(f!.messageId, 'missing');
  assert.equal(f!.location?.line, 1);
  assert.ok(f!.fixes[0]!.kind === 'edit' && f!.fixes[0]!.range?.startLine === 1);
});

test('GD305: GOROOT of Go 1.19 while the tarball go 1.26 runs', { skip: !existsSync('/usr/lib/go-1.19/VERSION') && 'needs golang-1.19-go' }, async () => {
  const shells = await analyzeHome({ '.profile': 'export GOROOT=/usr/lib/go-1.19\nexport PATH=/usr/local/go/bin:$PATH\n' }, { shells: ['sh'] });
  const [f] = check(gd305, factsWith({ shells }));
  assert.equal(f!.messageId, 'otherVersion');
  assert.equal(f!.data.gorootVersion, 'go1.19.8');
});

test('GD305 is quiet for a GOROOT that matches the go that runs', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOROOT=/usr/local/go\nexport PATH=$GOROOT/bin:$PATH\n' }, { shells: ['sh'] });
  assert.deepEqual(ids(gd305, factsWith({ shells })), []);
});
