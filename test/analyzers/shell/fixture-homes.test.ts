// --run-shells against the static reading, on every fixture HOME (test/fixtures/dotfiles) and in
// every context of every installed shell, non-interactive login shells (`bash -lc`, `zsh -lc`)
// included: which go runs and every Go variable whose value the files decide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, readdirSync } from 'node:fs';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { runShells } from '../../../src/collectors/shell/dynamic.js';
import { REPORTED_GO_VARS } from '../../../src/knowledge/go-vars.js';
import { SHELLS } from '../../../src/knowledge/shell-startup.js';
import { fixtureHome, hostFor } from './home.js';

const HOMES = readdirSync('test/fixtures/dotfiles', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'system').map((d) => d.name);

test('every shell the agreement test needs is installed (scripts/install-test-deps.sh)', async () => {
  const home = await fixtureHome('skeleton');
  try {
    const s = await analyzeShells(hostFor(home), { shells: SHELLS });
    assert.deepEqual(s.installed.map((i) => i.name).sort(), [...SHELLS].sort(), 'a missing shell would leave its contexts unverified');
  } finally { await fs.rm(home, { recursive: true, force: true }); }
});

for (const name of HOMES) {
  test(`fixture HOME ${name}: real shells agree with the static analysis in every context`, async () => {
    const home = await fixtureHome(name);
    try {
      const host = hostFor(home);
      const s = await analyzeShells(host, { shells: SHELLS });
      const runs = await runShells(host, s);
      const ids = runs.map((r) => r.id);
      for (const sh of s.installed) assert.ok(ids.includes(`${sh.name}:login-noninteractive`), `${sh.name}: non-interactive login run`);
      let compared = 0;
      for (const r of runs.filter((x) => x.id !== 'systemd-user')) {
        assert.ok(r.ok, `${r.id}: ${r.error} ${r.stderrTail}`);
        const c = s.contexts.find((x) => x.id === r.id)!;
        // Decided by the files: known values not under an undecided condition.
        // Files an unfollowed loader (GD316) may source are the analysis' declared blind spot.
        const mayLoad = new Set(s.events.filter((e) => e.candidates && e.readBy.includes(c.id)).flatMap((e) => e.candidates!));
        const decided = (k: string) => {
          if (s.events.some((e) => e.name === k && mayLoad.has(e.file))) return false;
          const v = c.vars[k];
          return !v || (v.known && !v.origin?.condition);
        };
        const pathDecided = c.path.every((p) => !p.origin?.condition) && !s.events.some((e) => e.kind === 'path' && !e.known && e.readBy.includes(c.id));
        if (pathDecided) assert.equal(r.goPath, c.gos[0]?.path ?? null, `${r.id}: which go`);
        for (const k of REPORTED_GO_VARS) {
          if (!decided(k)) continue;
          const expected = c.vars[k]?.exported ? c.vars[k]!.value : undefined;
          assert.equal(r.env![k], expected, `${r.id}: ${k}`);
          compared++;
        }
      }
      assert.ok(compared > 0);
    } finally {
      await fs.rm(home, { recursive: true, force: true });
    }
  });
}
