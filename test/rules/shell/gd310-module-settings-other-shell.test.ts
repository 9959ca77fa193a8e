import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd310 } from '../../../src/rules/shell/gd310-module-settings-other-shell.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

const files = { '.zshenv': 'export GOPRIVATE=git.corp.example\n' };

test('GD310: GOPRIVATE only in ~/.zshenv while the login shell is bash', async () => {
  const shells = await analyzeHome(files, { shells: ['bash', 'zsh'], env: { SHELL: '/bin/bash' } });
  const [f] = check(gd310, factsWith({ shells }));
  assert.equal(f!.messageId, 'otherShell');
  assert.equal(f!.data.loginShell, 'bash');
  assert.ok(f!.fixes.some((x) => x.kind === 'command' && x.command === 'go env -w GOPRIVATE=git.corp.example'));
});

test('GD310 is quiet when the login shell is zsh', async () => {
  const shells = await analyzeHome(files, { shells: ['bash', 'zsh'], env: { SHELL: '/usr/bin/zsh' } });
  assert.deepEqual(ids(gd310, factsWith({ shells })), []);
});
