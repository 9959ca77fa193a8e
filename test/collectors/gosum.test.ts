// go.sum consistency on a real module: godiag's offline findings next to what the real go
// command says about the same go.sum (GOPROXY=off, -mod=readonly, as in CI).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { collectGoSum } from '../../src/collectors/gosum.js';
import { readModSummary } from '../../src/collectors/project.js';
import type { Partial_ } from '../../src/collectors/collector.js';
import { runRules } from '../../src/engine/run.js';
import { MODULES_RULES } from '../../src/rules/modules/index.js';
import { SCHEMA_VERSION, type Facts } from '../../src/facts/schema.js';
import { goOffline, tidyModule, TEST_MODCACHE } from '../helpers/module-fixture.js';

const GO_MOD = `module example.com/gosumcheck

go 1.22

require (
\tgolang.org/x/net v0.0.0-20211112202133-69e39bad7dc2
\tgolang.org/x/text v0.3.6
)
`;
const MAIN = `package main

import (
\t"fmt"

\t"golang.org/x/net/html"
\t"golang.org/x/text/language"
)

func main() { fmt.Println(language.English, html.EscapeString("<x>")) }
`;

let tidy = '';
let scratch = '';
before(() => {
  tidy = tidyModule({ 'go.mod': GO_MOD, 'main.go': MAIN }, 'godiag-gosum-');
  scratch = mkdtempSync(path.join(os.tmpdir(), 'godiag-gosum-cases-'));
});
after(() => { for (const d of [tidy, scratch]) if (d) rmSync(d, { recursive: true, force: true }); });

let n = 0;
/** A copy of the tidy module whose go.sum is edited by edit. */
function variant(edit: (gosum: string) => string): string {
  const dir = path.join(scratch, String(n++));
  cpSync(tidy, dir, { recursive: true });
  writeFileSync(path.join(dir, 'go.sum'), edit(readFileSync(path.join(dir, 'go.sum'), 'utf8')));
  return dir;
}

async function findings(dir: string) {
  const host = new LocalHost({ ...process.env, GOPROXY: 'off' });
  const gomod = await readModSummary(host, path.join(dir, 'go.mod'), 'go.mod');
  const earlier: Partial_ = {
    project: { ok: true, value: { cwd: dir, gomod, gowork: null, hasVendor: false, selection: null } },
    goenv: { ok: true, value: { settings: { GOMODCACHE: { key: 'GOMODCACHE', value: TEST_MODCACHE, source: 'env', shadowed: [] } } } as never },
  };
  const gosum = await collectGoSum(host, earlier);
  const facts = { schemaVersion: SCHEMA_VERSION, collectedAt: '', host: { kind: 'local', platform: 'linux', arch: 'x64', cwd: dir }, project: earlier.project, gosum: { ok: true, value: gosum } } as Facts;
  const rules = MODULES_RULES.filter((r) => /^GD52\d$/.test(r.id));
  return { gosum, found: runRules(rules, facts).findings };
}

const dropLine = (re: RegExp) => (s: string) => s.split('\n').filter((l) => !re.test(l)).join('\n');

test('a go.sum written by go mod tidy is consistent, and every line was compared with the cache', async () => {
  const { gosum, found } = await findings(tidy);
  assert.deepEqual(found.map((f) => f.ruleId), []);
  assert.equal(gosum.cache.notInCache, 0);
  assert.ok(gosum.cache.checked >= 4, `${gosum.cache.checked} lines checked`);
  assert.equal(goOffline(tidy, ['build', '-o', os.devNull, '.']).code, 0);
});

test('a requirement without its /go.mod line: GD520, and go fails with "missing go.sum entry"', async () => {
  const dir = variant(dropLine(/^golang\.org\/x\/text v0\.3\.6\/go\.mod /));
  const { found } = await findings(dir);
  assert.deepEqual(found.map((f) => `${f.ruleId}:${f.messageId}`), ['GD520:goModLine']);
  assert.equal(found[0]!.location?.line, 7);
  const go = goOffline(dir, ['list', '-m', 'all']);
  assert.notEqual(go.code, 0);
  assert.match(go.output, /missing go\.sum entry/);
});

test('a direct requirement without its content line: GD520, and go build fails the same way', async () => {
  const dir = variant(dropLine(/^golang\.org\/x\/text v0\.3\.6 h1:/));
  const { found } = await findings(dir);
  assert.deepEqual(found.map((f) => `${f.ruleId}:${f.messageId}`), ['GD520:zipLine']);
  const go = goOffline(dir, ['build', '-o', os.devNull, '.']);
  assert.notEqual(go.code, 0);
  assert.match(go.output, /missing go\.sum entry for module providing package golang\.org\/x\/text/);
});

test('a go.sum hash that disagrees with the module cache: GD522 with both hashes, and go reports a checksum mismatch', async () => {
  const forged = 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
  const dir = variant((s) => s.replace(/^(golang\.org\/x\/text v0\.3\.6) h1:\S+/m, `$1 ${forged}`));
  const { found } = await findings(dir);
  assert.deepEqual(found.map((f) => f.ruleId), ['GD522']);
  assert.match(found[0]!.message, new RegExp(`${forged.replace(/[+/=]/g, '\\$&')}.*h1:aRYxNxv6iGQlyVaZmk6ZgYEDa\\+Jg18DxebPSrd6bg1M=`));
  const go = goOffline(dir, ['build', '-o', os.devNull, '.']);
  assert.notEqual(go.code, 0);
  assert.match(go.output, /checksum mismatch/);
});

test('a /go.mod hash that disagrees with the cached .mod (h1 computed by dirhash): GD522', async () => {
  const dir = variant((s) => s.replace(/^(golang\.org\/x\/net \S+\/go\.mod) h1:\S+/m, '$1 h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='));
  const { found } = await findings(dir);
  assert.deepEqual(found.map((f) => f.ruleId), ['GD522']);
  assert.match(found[0]!.message, /h1:9nx3DQGgdP8bBQD5qxJ1jj9UTztislL4KSBs9R2vV5Y=/);
});

test('a content line of a version no longer required: GD521 (info), and go still builds', async () => {
  const dir = variant((s) => s + 'golang.org/x/text v0.3.5 h1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=\n');
  const { found } = await findings(dir);
  assert.deepEqual(found.map((f) => `${f.ruleId}:${f.severity}`), ['GD521:info']);
  assert.equal(goOffline(dir, ['build', '-o', os.devNull, '.']).code, 0);
});

test('a malformed line: GD523, and go stops with "malformed go.sum"', async () => {
  const dir = variant((s) => s + '<<<<<<< HEAD\n');
  const { found } = await findings(dir);
  assert.ok(found.some((f) => f.ruleId === 'GD523'));
  const go = goOffline(dir, ['list', '-m', 'all']);
  assert.match(go.output, /malformed go\.sum/);
});
