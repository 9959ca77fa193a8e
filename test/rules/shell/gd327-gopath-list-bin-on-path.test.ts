import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd327 } from '../../../src/rules/shell/gd327-gopath-list-bin-on-path.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture, analyzeHome } from '../../analyzers/shell/home.js';

test('GD327: $GOPATH/bin on PATH with GOPATH="$HOME/go:$GOPATH" (unset before) gives ~/go and /bin, not ~/go/bin', async () => {
  const { facts, home } = await analyzeFixture('gopath-list');
  const found = check(gd327, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.file.replace(`${home}/`, '')}:${f.location?.line}`), ['.bashrc:3']);
  assert.equal(found[0]!.data.gopath, `${home}/go:`);
  assert.equal(found[0]!.data.becomes, `${home}/go, /bin`);
  assert.equal(found[0]!.data.wanted, `${home}/go/bin`);
  // What the shell really does with the line.
  const dirs = facts.events.find((e) => e.kind === 'path' && e.line === 3 && e.file.endsWith('.bashrc'))!.dirs!;
  assert.ok(dirs.includes(`${home}/go`) && dirs.includes('/bin') && !dirs.includes(`${home}/go/bin`), dirs.join(':'));
});

test('GD327 is quiet for a one-directory GOPATH', async () => {
  const shells = await analyzeHome({ '.bashrc': 'export GOPATH=$HOME/go\nexport PATH="$GOPATH/bin:$PATH"\n' }, { shells: ['bash'] });
  assert.deepEqual(check(gd327, factsWith({ shells })), []);
});
