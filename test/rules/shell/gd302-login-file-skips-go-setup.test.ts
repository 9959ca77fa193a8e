import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd302 } from '../../../src/rules/shell/gd302-login-file-skips-go-setup.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD302: ~/.bash_profile that does not source ~/.bashrc, and one that hides ~/.profile', async () => {
  const shells = await analyzeHome({
    '.bash_profile': 'export EDITOR=vi\n',
    '.bashrc': 'export PATH=/usr/local/go/bin:$PATH\n',
    '.profile': 'export GOPATH=$HOME/go\n',
  }, { shells: ['bash'] });
  const found = check(gd302, factsWith({ shells }));
  assert.deepEqual(found.map((f) => f.messageId).sort(), ['shadowsProfile', 'skipsBashrc']);
  const fix = found.find((f) => f.messageId === 'skipsBashrc')!.fixes[0]!;
  assert.equal(fix.kind, 'edit');
  assert.ok(fix.kind === 'edit' && fix.file.endsWith('/.bash_profile') && fix.replacement.includes('. ~/.bashrc'));
});

test('GD302 is quiet when ~/.bash_profile sources both', async () => {
  const shells = await analyzeHome({
    '.bash_profile': '[ -f ~/.profile ] && . ~/.profile\nif [ -f ~/.bashrc ]; then\n  . ~/.bashrc\nfi\n',
    '.bashrc': 'export PATH=/usr/local/go/bin:$PATH\n',
    '.profile': 'export GOPATH=$HOME/go\n',
  }, { shells: ['bash'] });
  assert.deepEqual(ids(gd302, factsWith({ shells })), []);
});
