// Installed Go tools against the code they must read: real staticcheck built by the Debian
// go1.19.8, real govulncheck built by go1.26.8, real modules (one pinning staticcheck with a tool
// directive), go1.27.3 from the module proxy. Each finding's claim is checked by running the
// tool the way a user would, and the fix is applied for real and doctor run again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { Sandbox, runCli, DEBIAN_GO } from '../helpers/cli.js';
import { moduleEnv, tidyModule, TEST_MODCACHE } from '../helpers/module-fixture.js';
import { ensureGovulncheck, ensureVulnDb } from '../helpers/vulndb.js';

interface JsonFinding { ruleId: string; message: string; fixes: Array<{ kind: string; title: string; command?: string; steps?: string[] }> }

const STATICCHECK_OLD = 'v0.4.7'; // staticcheck 2023.1.7, the last release that builds with go1.19
const STATICCHECK_PINNED = 'v0.7.0';
const TOOLS_BIN = path.resolve('.cache/tools-bin');

/** A tool built by the Debian go1.19.8 through the module proxy (cached). */
function builtByGo119(pkgAtVersion: string): string {
  const dir = path.join(TOOLS_BIN, 'go1.19');
  const bin = path.join(dir, path.basename(pkgAtVersion.split('@')[0]!));
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  mkdirSync(TEST_MODCACHE, { recursive: true }); // the go command's working directory (a fresh clone has none yet)
  try {
    execFileSync(DEBIAN_GO, ['install', pkgAtVersion], { cwd: TEST_MODCACHE, env: moduleEnv(true, { PATH: `${path.dirname(DEBIAN_GO)}:/usr/bin:/bin`, GOBIN: dir }), timeout: 600_000, stdio: 'pipe' });
  } catch (e) {
    throw new Error(`cannot build ${pkgAtVersion} with ${DEBIAN_GO} (golang-1.19-go, installed by scripts/install-test-deps.sh): ${((e as { stderr?: Buffer }).stderr?.toString() || (e as Error).message).trim()}`);
  }
  return bin;
}

/** The bin directory of go1.27.3, fetched through the module proxy into the test module cache. */
function go1273Bin(): string {
  mkdirSync(TEST_MODCACHE, { recursive: true });
  const goroot = execFileSync('go', ['env', 'GOROOT'], { env: moduleEnv(true, { GOTOOLCHAIN: 'go1.27.3' }), cwd: TEST_MODCACHE, timeout: 600_000 }).toString().trim();
  assert.match(goroot, /go1\.27\.3/, `GOTOOLCHAIN=go1.27.3 go env GOROOT answered ${goroot}`);
  return path.join(goroot, 'bin');
}

let staticcheck19 = '';
let stringer19 = '';
let toolsGoModule = '';
let govulncheck26 = '';
let osv = '';
let pinnedModule = '';
let newModule = '';
before(() => {
  staticcheck19 = builtByGo119(`honnef.co/go/tools/cmd/staticcheck@${STATICCHECK_OLD}`);
  stringer19 = builtByGo119('golang.org/x/tools/cmd/stringer@v0.12.0');
  govulncheck26 = ensureGovulncheck();
  osv = ensureVulnDb();
  const source = 'package m\n\nimport "strings"\n\n// N counts.\nfunc N(s string) int { return strings.Count(s, "a") }\n';
  pinnedModule = tidyModule({
    'go.mod': `module example.com/m\n\ngo 1.26\n\ntool honnef.co/go/tools/cmd/staticcheck\n\nrequire honnef.co/go/tools ${STATICCHECK_PINNED}\n`,
    'm.go': source,
  }, 'godiag-tools-');
  toolsGoModule = tidyModule({
    'go.mod': 'module example.com/t\n\ngo 1.22\n\nrequire golang.org/x/tools v0.52.0\n',
    'tools/tools.go': '//go:build tools\n\npackage tools\n\nimport _ "golang.org/x/tools/cmd/stringer"\n',
    't.go': source.replace('package m', 'package t'),
  }, 'godiag-tools-');
  // No requirements: nothing to tidy (and go1.26.8 would refuse the go line).
  newModule = mkdtempSync(path.join(tmpdir(), 'godiag-tools-'));
  writeFileSync(path.join(newModule, 'go.mod'), 'module example.com/n\n\ngo 1.27.3\n');
  writeFileSync(path.join(newModule, 'n.go'), source.replace('package m', 'package n'));
});
after(() => {
  for (const d of [pinnedModule, newModule, toolsGoModule]) if (d) rmSync(d, { recursive: true, force: true, maxRetries: 10 });
});

/** A HOME whose GOPATH/bin holds the given programs, with go1.26.8 first on PATH and no network. */
function machine(programs: string[]): { sb: Sandbox; env: Record<string, string>; gobin: string } {
  const sb = new Sandbox();
  const gobin = path.join(sb.home, 'go', 'bin');
  mkdirSync(gobin, { recursive: true });
  for (const p of programs) copyFileSync(p, path.join(gobin, path.basename(p)));
  mkdirSync(path.join(sb.home, '.config', 'go', 'telemetry'), { recursive: true });
  writeFileSync(path.join(sb.home, '.config', 'go', 'telemetry', 'mode'), 'off\n');
  // A build cache kept between runs: each sandbox HOME would otherwise rebuild std and the tools.
  const env = sb.env(['/usr/local/go/bin', gobin], { GOMODCACHE: TEST_MODCACHE, GOCACHE: path.resolve('.cache/tools-gocache'), GOFLAGS: '-modcacherw', GOPROXY: 'off', GOTOOLCHAIN: 'auto' });
  return { sb, env, gobin };
}

async function doctor(env: Record<string, string>, cwd: string): Promise<JsonFinding[]> {
  const r = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd, timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

const ids = (fs: JsonFinding[]) => fs.map((f) => `${f.ruleId} ${f.message}`).sort();
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

test('GD111 and GD112: staticcheck built by go1.19 fails on a go1.26 module that pins another version; the fix installs the pinned one and both findings go', async () => {
  const { sb, env, gobin } = machine([staticcheck19, govulncheck26]);
  try {
    const before = await doctor(env, pinnedModule);
    const old = before.filter((f) => f.ruleId === 'GD111');
    assert.equal(old.length, 1, ids(before).join('\n'));
    assert.match(old[0]!.message, /^staticcheck \(.*\/go\/bin\/staticcheck\) was built with go1\.19\.8, older than go1\.26 /);
    const pin = before.filter((f) => f.ruleId === 'GD112');
    assert.equal(pin.length, 1, ids(before).join('\n'));
    assert.match(pin[0]!.message, new RegExp(`is honnef\\.co/go/tools ${STATICCHECK_OLD}, but .*go\\.mod pins honnef\\.co/go/tools ${STATICCHECK_PINNED.replaceAll('.', '\\.')} for it \\(\`tool honnef\\.co/go/tools/cmd/staticcheck\`\\)`));

    // The claim: that staticcheck cannot read this module with go1.26.8 on PATH.
    const run = spawnSync(path.join(gobin, 'staticcheck'), ['./...'], { cwd: pinnedModule, env, encoding: 'utf8', timeout: 120_000 });
    assert.notEqual(run.status, 0, 'the go1.19 staticcheck was expected to fail');
    assert.match(`${run.stdout}${run.stderr}`, /undeclared name|internal error in importing/);
    // govulncheck, built by go1.26.8, is new enough: no finding, and it really runs.
    const vc = spawnSync(path.join(gobin, 'govulncheck'), ['-db', `file://${osv}`, './...'], { cwd: pinnedModule, env, encoding: 'utf8', timeout: 300_000 });
    assert.equal(vc.status, 0, `${vc.stdout}${vc.stderr}`);

    // Both findings offer the same command; run it as a user would.
    const fix = old[0]!.fixes[0]!.command!;
    assert.equal(fix, `cd ${pinnedModule} && go install honnef.co/go/tools/cmd/staticcheck`);
    assert.equal(pin[0]!.fixes[0]!.command, fix);
    const applied = spawnSync('sh', ['-c', fix], { env, encoding: 'utf8', timeout: 600_000 });
    assert.equal(applied.status, 0, applied.stderr);
    const afterFix = await doctor(env, pinnedModule);
    assert.deepEqual(ids(afterFix), ids(before).filter((l) => !/^GD11[12] /.test(l)), 'only the two findings go, nothing new appears');
    const fixed = spawnSync(path.join(gobin, 'staticcheck'), ['./...'], { cwd: pinnedModule, env, encoding: 'utf8', timeout: 300_000 });
    assert.equal(fixed.status, 0, `${fixed.stdout}${fixed.stderr}`);
    // Again: the same program (reproducible build), nothing else changes.
    const once = sha(path.join(gobin, 'staticcheck'));
    assert.equal(spawnSync('sh', ['-c', fix], { env, timeout: 600_000 }).status, 0);
    assert.equal(sha(path.join(gobin, 'staticcheck')), once);
  } finally {
    sb.cleanup();
  }
});

test('GD111: govulncheck built by go1.26.8 against a go 1.27.3 module fails as go/types says; the fix, run online, builds one that works', async () => {
  const { sb, env, gobin } = machine([govulncheck26]);
  try {
    const go127 = go1273Bin(); // in the module cache first, so the module's selection is fixed: use-cache
    const before = await doctor(env, newModule);
    const found = before.filter((f) => f.ruleId === 'GD111');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^govulncheck \(.*\) was built with go1\.26\.8, older than go1\.27 \(the go line of .*\/go\.mod\)/);
    // `go install PKG@latest` builds with the go on PATH (go1.26.8), so the fix names the module's go.
    const fix = found[0]!.fixes[0]!.command!;
    assert.equal(fix, 'GOTOOLCHAIN=go1.27.3+auto go install golang.org/x/vuln/cmd/govulncheck@latest');
    const withGo127 = { ...env, PATH: `${go127}:${env.PATH}`, GOTOOLCHAIN: 'local' };
    const run = spawnSync(path.join(gobin, 'govulncheck'), ['-db', `file://${osv}`, './...'], { cwd: newModule, env: withGo127, encoding: 'utf8', timeout: 300_000 });
    assert.notEqual(run.status, 0);
    assert.match(`${run.stdout}${run.stderr}`, /package requires newer Go version go1\.27 \(application built with go1\.26\)/);

    const applied = spawnSync('sh', ['-c', fix], { cwd: sb.home, env: { ...env, GOPROXY: moduleEnv(true).GOPROXY! }, encoding: 'utf8', timeout: 600_000 });
    assert.equal(applied.status, 0, applied.stderr);
    const afterFix = await doctor(env, newModule);
    assert.deepEqual(ids(afterFix), ids(before).filter((l) => !l.startsWith('GD111 ')));
    const works = spawnSync(path.join(gobin, 'govulncheck'), ['-db', `file://${osv}`, './...'], { cwd: newModule, env: withGo127, encoding: 'utf8', timeout: 300_000 });
    assert.equal(works.status, 0, `${works.stdout}${works.stderr}`);
  } finally {
    sb.cleanup();
  }
});

test('GD111: a tool found only on PATH (a package manager\'s copy) gets steps, not a command that installs elsewhere', async () => {
  const { sb, env } = machine([]);
  try {
    const pkgBin = path.join(sb.root, 'usr-bin');
    mkdirSync(pkgBin);
    copyFileSync(staticcheck19, path.join(pkgBin, 'staticcheck'));
    const found = (await doctor({ ...env, PATH: `${pkgBin}:${env.PATH}` }, newModule)).filter((f) => f.ruleId === 'GD111');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.fixes[0]!.kind, 'manual');
    assert.match(found[0]!.fixes[0]!.steps!.join('\n'), /GOTOOLCHAIN=go1\.27\.\d+\+auto go install honnef\.co\/go\/tools\/cmd\/staticcheck@latest[\s\S]*usr-bin\/staticcheck/);
  } finally {
    sb.cleanup();
  }
});

test('GD112 through tools.go: stringer v0.12.0 installed, tools/tools.go pins golang.org/x/tools v0.52.0; stringer ignores type errors, so no GD111; the fix installs v0.52.0', async () => {
  const { sb, env, gobin } = machine([stringer19]);
  try {
    const before = await doctor(env, toolsGoModule);
    assert.deepEqual(before.filter((f) => f.ruleId === 'GD111'), []);
    const pin = before.filter((f) => f.ruleId === 'GD112');
    assert.equal(pin.length, 1, ids(before).join('\n'));
    assert.match(pin[0]!.message, /is golang\.org\/x\/tools v0\.12\.0, but .*go\.mod pins golang\.org\/x\/tools v0\.52\.0 for it \(the import in .*\/tools\/tools\.go\)/);
    const applied = spawnSync('sh', ['-c', pin[0]!.fixes[0]!.command!], { env, encoding: 'utf8', timeout: 600_000 });
    assert.equal(applied.status, 0, applied.stderr);
    const info = execFileSync('go', ['version', '-m', path.join(gobin, 'stringer')], { env }).toString();
    assert.match(info, /\bmod\s+golang\.org\/x\/tools\s+v0\.52\.0\b/);
    assert.deepEqual(ids(await doctor(env, toolsGoModule)), ids(before).filter((l) => !l.startsWith('GD112 ')));
  } finally {
    sb.cleanup();
  }
});
