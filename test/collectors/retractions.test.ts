// Retracted requirements read offline from the module cache, next to what the real go command
// says online about the same go.mod (go list -m -u: "Retracted"), and the fix run for real.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { collectRetractions, latestOf } from '../../src/collectors/retractions.js';
import { readModSummary } from '../../src/collectors/project.js';
import { moduleEnv, TEST_MODCACHE } from '../helpers/module-fixture.js';
import { runCli } from '../helpers/cli.js';

// github.com/mattn/go-sqlite3 retracts [v2.0.0+incompatible, v2.0.7+incompatible] in the go.mod
// of its v1.14 releases ("Accidental; no major changes or features.").
const SQLITE = 'github.com/mattn/go-sqlite3';
const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function go(dir: string, args: string[]): string {
  return execFileSync('go', args, { cwd: dir, env: moduleEnv(true), timeout: 300_000, stdio: 'pipe' }).toString();
}

function moduleRequiring(version: string): string {
  mkdirSync(TEST_MODCACHE, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-retract-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'go.mod'), `module example.com/r\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/text v0.3.6\n\t${SQLITE} ${version}\n)\n`);
  return dir;
}

async function retractions(dir: string) {
  const gomod = await readModSummary(new LocalHost(), path.join(dir, 'go.mod'), 'go.mod');
  return collectRetractions(new LocalHost(), TEST_MODCACHE, [gomod]);
}

test('latest among cached versions is chosen as the go command\'s latest query would', () => {
  assert.equal(latestOf(['v1.14.53', 'v2.0.3+incompatible', 'v1.15.0-rc.1']), 'v1.14.53');
  assert.equal(latestOf(['v1.0.0-20200101000000-abcdefabcdef', 'v0.9.0']), 'v0.9.0');
  assert.equal(latestOf(['v2.0.3+incompatible', 'v2.0.1+incompatible']), 'v2.0.3+incompatible');
  assert.equal(latestOf(['v0.0.0-20211112202133-69e39bad7dc2']), 'v0.0.0-20211112202133-69e39bad7dc2');
  assert.equal(latestOf(['junk']), null);
});

test('a retracted requirement is found offline as go list -m -u finds it online; go get @latest moves off it', { timeout: 600_000 }, async () => {
  const dir = moduleRequiring('v2.0.3+incompatible');
  // What go knows online: the rationale it shows for the requirement (this also caches the latest go.mod).
  const online = JSON.parse(go(dir, ['list', '-m', '-u', '-json', SQLITE])) as { Retracted?: string[] };
  assert.ok(online.Retracted?.length, 'go itself reports the version as retracted');
  const found = await retractions(dir);
  assert.deepEqual(found.retracted.map((r) => [r.path, r.version, r.line, r.retraction, r.rationale]), [[SQLITE, 'v2.0.3+incompatible', 7, '[v2.0.0+incompatible, v2.0.7+incompatible]', online.Retracted![0]]]);
  assert.match(found.retracted[0]!.latest, /^v1\.\d+\.\d+$/);
  assert.ok(found.latestRead >= 1);

  // lint finds it in the same module cache, on the go.mod line, for a go.mod in a subdirectory too.
  mkdirSync(path.join(dir, 'tools'));
  writeFileSync(path.join(dir, 'tools', 'go.mod'), `module example.com/r/tools\n\ngo 1.22\n\nrequire ${SQLITE} v2.0.3+incompatible\n`);
  const env = { PATH: process.env.PATH!, HOME: dir, GOMODCACHE: TEST_MODCACHE, NO_COLOR: '1' };
  const lint = await runCli(['lint', '--format', 'json', '--no-progress', dir], { env, cwd: dir });
  const findings = (JSON.parse(lint.stdout) as { findings: Array<{ ruleId: string; message: string; location: { file: string; line: number }; fixes: Array<{ command?: string }> }> }).findings.filter((f) => f.ruleId === 'GD527');
  assert.deepEqual(findings.map((f) => [f.location.file, f.location.line, f.fixes[0]?.command]), [
    ['go.mod', 7, `go get ${SQLITE}@latest && go mod tidy`],
    ['tools/go.mod', 5, `cd tools && go get ${SQLITE}@latest && go mod tidy`],
  ]);
  assert.match(findings[0]!.message, new RegExp(`retract \\[v2\\.0\\.0\\+incompatible, v2\\.0\\.7\\+incompatible\\]: "${online.Retracted![0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  // Without a module cache, lint says the check was not made.
  const blind = await runCli(['lint', '--no-progress', dir], { env: { ...env, GOMODCACHE: path.join(dir, 'no-cache') }, cwd: dir });
  assert.match(blind.stdout, /retracted requirements: not checked \(no module cache at .*no-cache: retracted requirements are not known offline\)/);
  assert.doesNotMatch(blind.stdout, /GD527/);
  rmSync(path.join(dir, 'tools'), { recursive: true });

  // The fix GD527 gives, run for real: the requirement leaves the retracted range, the finding goes.
  go(dir, ['get', `${SQLITE}@latest`]);
  const after = await retractions(dir);
  assert.deepEqual(after.retracted, []);
  const now = JSON.parse(go(dir, ['list', '-m', '-u', '-json', SQLITE])) as { Version: string; Retracted?: string[] };
  assert.equal(now.Retracted, undefined);
  assert.equal(now.Version, found.retracted[0]!.latest);
});

test('a version outside the retracted range, or a module whose go.mod is not cached, is not reported', async () => {
  const dir = moduleRequiring('v1.14.0');
  go(dir, ['mod', 'download', `${SQLITE}@v1.14.0`]);
  const found = await retractions(dir);
  assert.deepEqual(found.retracted, []);
  const empty = mkdtempSync(path.join(os.tmpdir(), 'godiag-empty-cache-'));
  dirs.push(empty);
  const goMod = { path: 'go.mod', requires: [{ path: SQLITE, version: 'v2.0.3+incompatible', line: 3 }], replaces: [] };
  const none = await collectRetractions(new LocalHost(), empty, [goMod]);
  assert.deepEqual(none, { gomodcache: empty, goMods: 1, latestRead: 0, retracted: [], note: null });
  // A replacement of every version builds instead: go loads no retractions for it (checkRetractions).
  assert.equal((await collectRetractions(new LocalHost(), TEST_MODCACHE, [goMod])).latestRead, 1, 'without the replace, the cached go.mod is read');
  const replaced = await collectRetractions(new LocalHost(), TEST_MODCACHE, [{ ...goMod, replaces: [{ from: SQLITE, fromVersion: null }] }]);
  assert.equal(replaced.latestRead, 0);
  const missing = await collectRetractions(new LocalHost(), path.join(empty, 'absent'), [goMod]);
  assert.equal(missing.gomodcache, null);
  assert.match(missing.note ?? '', /^no module cache at .*absent: retracted requirements are not known offline$/);
});
