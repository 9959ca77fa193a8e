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
import { npmPackage } from '../helpers/npm-bins.js';
import { runCli } from '../helpers/cli.js';
import { goVersionToSemver } from '../../src/knowledge/osv.js';
import type { VulnsFacts } from '../../src/facts/schema/vulns.js';

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

/** godiag's module-level results for one binary: inspect --vulndb, as a user runs it. */
async function inspectPairs(binary: string): Promise<Set<string>> {
  const r = await runCli(['inspect', '--vulndb', dbDir, '--format', 'json', '--fail-on', 'never', '--no-progress', binary], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir(), NO_COLOR: '1' }, timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  const facts = (JSON.parse(r.stdout) as { facts: { vulns: { value: VulnsFacts } } }).facts.vulns.value;
  const pairs = new Set<string>();
  for (const b of facts.binaries) {
    const semver = b.goVersion ? goVersionToSemver(b.goVersion) : null;
    for (const a of b.stdlib) pairs.add(`stdlib@${semver} ${a.id}`);
    for (const m of b.modules) for (const a of m.advisories) pairs.add(`${m.path}@${m.version} ${a.id}`);
  }
  return pairs;
}

test('on real binaries, every advisory govulncheck -mode=binary reports is among inspect\'s module-level results', async (t) => {
  const built = path.join(dir, 'app');
  assert.equal(goOffline(dir, ['build', '-o', built, '.']).code, 0);
  const binaries = [
    built,
    path.join(await npmPackage('@bufbuild/buf-linux-aarch64@1.75.0'), 'bin', 'buf'),
  ];
  for (const bin of binaries) {
    const reported = govulncheckModules(bin, dbDir);
    const ours = await inspectPairs(bin);
    t.diagnostic(`${path.basename(bin)}: govulncheck ${reported.size} module/advisory pairs, godiag ${ours.size}`);
    assert.deepEqual([...reported].filter((k) => !ours.has(k)), [], `${bin}: advisories govulncheck reports that godiag does not`);
    if (bin === built) assert.ok(reported.size > 0, 'govulncheck found nothing in the binary built with old x/net and x/text: the comparison would prove nothing');
  }
});
