import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { gd311 } from '../../../src/rules/shell/gd311-shell-startup-differs-from-files.js';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { runShells } from '../../../src/collectors/shell/dynamic.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { makeHome, hostFor } from '../../analyzers/shell/home.js';

async function both(files: Record<string, string>) {
  const home = await makeHome(files);
  try {
    const host = hostFor(home);
    const s = await analyzeShells(host, { shells: ['bash'] });
    return { ...s, dynamic: await runShells(host, s) };
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}

test('GD311: a PATH computed by a command at startup differs from the static reading', async () => {
  // The static model cannot know what printf prints; the real bash can.
  const shells = await both({ '.bashrc': 'export PATH="$(printf %s /usr/local/go/bin):$PATH"\nexport GOFLAGS=-mod=mod\n' });
  const found = check(gd311, factsWith({ shells }));
  assert.deepEqual(found.map((f) => f.data.context), ['bash:interactive', 'bash:ssh-command']);
  assert.match(String(found[0]!.data.differences), /go=\/usr\/local\/go\/bin\/go/);
});

test('GD311 is quiet when reality matches the files', async () => {
  const shells = await both({ '.bashrc': 'export PATH=/usr/local/go/bin:$PATH\nexport GOFLAGS=-mod=mod\n' });
  assert.deepEqual(ids(gd311, factsWith({ shells })), []);
});
