// godiag vulndb update goes through the user's own GOPROXY (here a file:// proxy laid out by the
// module proxy protocol, holding the pinned golang.org/x/vulndb) into the user's module cache.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { TEST_MODCACHE } from '../helpers/module-fixture.js';
import { ensureVulnDb, VULNDB_VERSION } from '../helpers/vulndb.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'godiag-vulndb-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('vulndb update fetches golang.org/x/vulndb@latest through GOPROXY into GOMODCACHE and counts its entries', async () => {
  ensureVulnDb();
  const from = path.join(TEST_MODCACHE, 'cache/download/golang.org/x/vulndb/@v');
  const proxy = path.join(scratch, 'proxy');
  const at = path.join(proxy, 'golang.org/x/vulndb/@v');
  mkdirSync(at, { recursive: true });
  for (const ext of ['info', 'mod', 'zip']) copyFileSync(path.join(from, `${VULNDB_VERSION}.${ext}`), path.join(at, `${VULNDB_VERSION}.${ext}`));
  // Only a pseudo-version exists: the list is empty and @latest answers (the proxy protocol's $module/@latest).
  writeFileSync(path.join(at, 'list'), '');
  copyFileSync(path.join(from, `${VULNDB_VERSION}.info`), path.join(proxy, 'golang.org/x/vulndb/@latest'));
  const gomodcache = path.join(scratch, 'modcache');
  const env = { PATH: `/usr/local/go/bin:/usr/bin:/bin`, HOME: scratch, GOMODCACHE: gomodcache, GOPROXY: `file://${proxy}`, GOSUMDB: 'off', GOFLAGS: '-modcacherw', NO_COLOR: '1' };
  const r = await runCli(['vulndb', 'update'], { env, timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`golang\\.org/x/vulndb ${VULNDB_VERSION}: \\d{4,} OSV entries in ${gomodcache}/golang\\.org/x/vulndb@${VULNDB_VERSION}/data/osv`));
  assert.ok(readdirSync(path.join(gomodcache, 'golang.org/x')).includes(`vulndb@${VULNDB_VERSION}`));
});

test('vulndb without "update" is a usage error; with an unreachable GOPROXY it fails and says why', async () => {
  assert.equal((await runCli(['vulndb'], { env: { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: scratch } })).code, 2);
  const r = await runCli(['vulndb', 'update'], { env: { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: scratch, GOMODCACHE: path.join(scratch, 'mc2'), GOPROXY: 'off', GOFLAGS: '-modcacherw' } });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /GOPROXY=off|module lookup disabled/);
});
