import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gd313 } from '../../../src/rules/shell/gd313-startup-file-unreadable.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD313: `. /dev/zero` in ~/.profile is reported, not read', { timeout: 30_000 }, async () => {
  const t0 = performance.now();
  const shells = await analyzeHome({ '.profile': '. /dev/zero\nexport GOPATH=$HOME/go\n' }, { shells: ['bash', 'sh'] });
  const found = check(gd313, factsWith({ shells }));
  const zero = found.find((f) => f.data?.file === '/dev/zero');
  assert.ok(zero, JSON.stringify(found));
  assert.equal(zero.messageId, 'blocks');
  assert.ok(performance.now() - t0 < 20_000);
});

test('GD313: a FIFO startup file', { timeout: 30_000 }, async () => {
  const { makeHome, hostFor } = await import('../../analyzers/shell/home.js');
  const { analyzeShells } = await import('../../../src/collectors/shell/analyze.js');
  const home = await makeHome({ '.profile': 'export GOPATH=$HOME/go\n' });
  execFileSync('mkfifo', [join(home, '.bashrc')]);
  const shells = await analyzeShells(hostFor(home), { shells: ['bash'] });
  const found = check(gd313, factsWith({ shells: { ...shells, dynamic: null } }));
  const fifo = found.find((f) => f.data?.file === join(home, '.bashrc'));
  assert.ok(fifo, JSON.stringify(found));
  assert.equal(fifo.severity ?? 'error', 'error');
  assert.match(String(fifo.data?.problem), /FIFO/);
  execFileSync('rm', ['-rf', home]);
});

test('GD313 is quiet for regular readable files', async () => {
  const shells = await analyzeHome({ '.bashrc': 'export GOPATH=$HOME/go\n' }, { shells: ['bash'] });
  assert.deepEqual(ids(gd313, factsWith({ shells })), []);
});
