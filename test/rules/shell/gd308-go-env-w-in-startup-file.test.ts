import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd308 } from '../../../src/rules/shell/gd308-go-env-w-in-startup-file.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD308: go env -w run from ~/.zshrc on every interactive zsh', async () => {
  const shells = await analyzeHome({ '.zshrc': 'export GOPATH=$HOME/go\ngo env -w GOPROXY=https://goproxy.io,direct\n' }, { shells: ['zsh'] });
  const [f] = check(gd308, factsWith({ shells }));
  assert.equal(f!.messageId, 'everyStart');
  assert.equal(f!.location?.line, 2);
  assert.match(String(f!.data.contexts), /zsh:interactive/);
  assert.ok(f!.fixes.some((x) => x.kind === 'command' && x.command === 'go env -w GOPROXY=https://goproxy.io,direct'));
});

test('GD308 is quiet for commented-out go env -w', async () => {
  const shells = await analyzeHome({ '.zshrc': '#go env -w GOPRIVATE=*.corp.example\n' }, { shells: ['zsh'] });
  assert.deepEqual(ids(gd308, factsWith({ shells })), []);
});
