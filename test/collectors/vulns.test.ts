// Known vulnerabilities offline, on a real module and the real golang.org/x/vulndb (pinned,
// fetched at test time through the module proxy): godiag's version matching of go.mod
// requirements and of the running go, next to govulncheck on a binary built from the module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { collectVulns } from '../../src/collectors/vulns.js';
import { readModSummary } from '../../src/collectors/project.js';
import type { Partial_ } from '../../src/collectors/collector.js';
import { goOffline, tidyModule, TEST_MODCACHE } from '../helpers/module-fixture.js';
import { govulncheckModules, VULNDB_VERSION, ensureVulnDb } from '../helpers/vulndb.js';

const GO_MOD = 'module example.com/vulncheck\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/net v0.0.0-20211112202133-69e39bad7dc2\n\tgolang.org/x/text v0.3.6\n)\n';
const MAIN = 'package main\n\nimport (\n\t"fmt"\n\n\t"golang.org/x/net/html"\n\t"golang.org/x/text/language"\n)\n\nfunc main() {\n\tt, _, _ := language.ParseAcceptLanguage("en")\n\tfmt.Println(t, html.EscapeString("<x>"))\n}\n';

let dir = '';
let dbDir = '';
before(() => {
  dbDir = ensureVulnDb();
  dir = tidyModule({ 'go.mod': GO_MOD, 'main.go': MAIN }, 'godiag-vulns-');
});
after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

async function collect(gomodcache: string, flagDir?: string) {
  const host = new LocalHost({ ...process.env, GOPROXY: 'off' });
  const gomod = await readModSummary(host, path.join(dir, 'go.mod'), 'go.mod');
  const earlier: Partial_ = {
    project: { ok: true, value: { cwd: dir, gomod, gowork: null, hasVendor: false, selection: null } },
    goenv: { ok: true, value: { goVersion: 'go1.26.8', settings: { GOMODCACHE: { key: 'GOMODCACHE', value: gomodcache, source: 'env', shadowed: [] } } } as never },
  };
  return collectVulns(host, earlier, flagDir);
}

test('the database in the module cache is found and go.mod requirements are matched by version', async () => {
  const v = await collect(TEST_MODCACHE);
  assert.equal(v.db?.from, 'module-cache');
  assert.equal(v.db?.version, VULNDB_VERSION);
  assert.ok((v.db?.entries ?? 0) > 4000, `${v.db?.entries} entries`);
  assert.equal(v.db?.unreadable, 0);
  const text = v.modules.find((m) => m.path === 'golang.org/x/text');
  assert.ok(text?.advisories.some((a) => a.id === 'GO-2022-1059' && a.fixed === 'v0.3.8'));
  assert.ok(v.modules.find((m) => m.path === 'golang.org/x/net')?.advisories.some((a) => a.id === 'GO-2022-0969'), 'pseudo-version ranges matched');
  assert.ok((v.toolchain?.stdlib.length ?? 0) > 0);
});

test('without a database nothing is fetched and the reason says how to get one', async () => {
  const v = await collect(path.join(os.tmpdir(), 'godiag-no-such-modcache'));
  assert.equal(v.db, null);
  assert.match(v.howTo ?? '', /godiag vulndb update/);
});

test('--vulndb DIR is used as given; a directory without entries is an error', async () => {
  const v = await collect('/nonexistent', dbDir);
  assert.equal(v.db?.from, 'flag');
  await assert.rejects(collect('/nonexistent', os.tmpdir()), /no OSV \.json entries/);
});

test('every module govulncheck -mode=binary reports is among godiag\'s module-level results', async (t) => {
  const bin = path.join(dir, 'app');
  assert.equal(goOffline(dir, ['build', '-o', bin, '.']).code, 0);
  const reported = govulncheckModules(bin, dbDir);
  t.diagnostic(`govulncheck: ${reported.size} module/advisory pairs`);
  assert.ok(reported.size > 0, 'govulncheck found nothing: the comparison would prove nothing');
  const v = await collect(TEST_MODCACHE);
  const ours = new Set<string>();
  for (const m of v.modules) for (const a of m.advisories) ours.add(`${m.path}@${m.version} ${a.id}`);
  for (const a of v.toolchain?.stdlib ?? []) ours.add(`stdlib@${v.toolchain!.semver} ${a.id}`);
  const missed = [...reported].filter((k) => !ours.has(k));
  assert.deepEqual(missed, [], 'advisories govulncheck reports that godiag does not');
});
