import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd323 } from '../../../src/rules/shell/gd323-go-only-in-shell-files.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD323: go only from shell files; systemd user services, desktop apps and cron get none', async () => {
  const { facts } = await analyzeFixture('zprofile-from-zshenv');
  const [f] = check(gd323, factsWith({ shells: facts }));
  assert.equal(f!.data.dir, '/usr/local/go/bin');
  assert.equal(f!.data.sessions, 'cron, systemd-user, gui');
  assert.ok(f!.fixes.some((x) => x.kind === 'edit' && x.file.endsWith('/.config/environment.d/50-go.conf')));
});

test('GD323 is quiet when environment.d gives systemd and desktop sessions the same go', async () => {
  const { facts } = await analyzeFixture('environment-d');
  assert.equal(facts.contexts.find((c) => c.id === 'systemd-user')!.gos[0]?.path, '/usr/local/go/bin/go');
  assert.deepEqual(check(gd323, factsWith({ shells: facts })), []);
});
