import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd312 } from '../../../src/rules/shell/gd312-startup-file-problem.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD312: syntax error, binary file and a source loop', async () => {
  const shells = await analyzeHome({
    '.bashrc': 'export GOPATH=$HOME/go\nif [ -d x ]; then\n  echo\n',
    '.profile': '. ~/.a.sh\n',
    '.a.sh': '. ~/.b.sh\n',
    '.b.sh': '. ~/.a.sh\n',
    '.bash_login': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]),
  }, { shells: ['bash', 'sh'] });
  const found = check(gd312, factsWith({ shells }));
  const byId = found.map((f) => f.messageId).sort();
  assert.ok(byId.includes('syntaxError'), byId.join());
  assert.ok(byId.includes('binary'));
  assert.ok(byId.includes('sourceLoop'));
});

test('GD312 is quiet for clean files', async () => {
  const shells = await analyzeHome({ '.bashrc': 'export GOPATH=$HOME/go\n' }, { shells: ['bash'] });
  assert.deepEqual(ids(gd312, factsWith({ shells })), []);
});

test('GD312: a syntax checker that did not load is an error at the first startup file, not a silent pass', async () => {
  const shells = await analyzeHome({ '.bashrc': 'export GOPATH=$HOME/go\nif [ -d x ]; then\n' }, { shells: ['bash'] });
  const broken = { ...shells, syntaxCheckError: 'the shell syntax checker (sh-syntax, mvdan/sh as WASM) did not load: ENOENT main.wasm' };
  const found = check(gd312, factsWith({ shells: broken })).filter((f) => f.messageId === 'notChecked');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'error');
  assert.match(found[0]!.location!.file, /\.bashrc$/);
  assert.match(found[0]!.message, /not syntax-checked.*ENOENT main\.wasm.*Reinstall godiag/);
  assert.equal(shells.syntaxCheckError, null);
});
