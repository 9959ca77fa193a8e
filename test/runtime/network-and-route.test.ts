// End to end through the built CLI: the default doctor makes no network request (a recording
// loopback proxy and checksum DB prove it; --runtime is the positive control), `godiag route`
// prints routes for go.mod requirements and given paths, and the modules area reads real
// netrc and git config files without keeping secrets.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, runCli, Sandbox } from '../helpers/cli.js';
import { startModuleProxy, startSumdb, sumdbKey, TINY_MODULE } from '../helpers/module-proxy.js';
import { existsSync } from 'node:fs';
import { LocalHost } from '../../src/collectors/host.js';
import { runCollectors } from '../../src/collectors/collector.js';
import { toolchainsCollector } from '../../src/collectors/toolchains.js';
import { goenvCollector } from '../../src/collectors/goenv.js';
import { projectCollector } from '../../src/collectors/project.js';
import { modulesCollector } from '../../src/collectors/modules.js';

const GOCACHE = execFileSync('/usr/local/go/bin/go', ['env', 'GOCACHE'], { env: { ...process.env, GOTOOLCHAIN: 'local' } }).toString().trim();
const boxes: Sandbox[] = [];
after(() => { for (const b of boxes) b.cleanup(); });

function sandbox(): Sandbox {
  const b = new Sandbox();
  boxes.push(b);
  b.file('project/go.mod', `module example.com/app\n\ngo 1.21\n\nrequire (\n\t${TINY_MODULE} v1.0.0\n\tgit.corp.internal/team/api v0.3.0\n\tgithub.com/stretchr/testify v1.9.0\n)\n`);
  return b;
}

test('the built CLI exists', () => assert.ok(existsSync(CLI), 'run npm run build first'));

test('default doctor makes zero network requests; doctor --runtime is the only layer that does', { timeout: 300_000 }, async () => {
  const proxy = await startModuleProxy();
  const db = await startSumdb(404);
  const b = sandbox();
  const env = b.env(['/usr/local/go/bin'], { GOPROXY: proxy.url, GOSUMDB: `${sumdbKey('sum.test')} ${db.url}`, GOCACHE, GOFLAGS: '-modcacherw', GOMODCACHE: `${b.root}/modcache` });
  try {
    const quiet = await runCli(['doctor', '--format', 'json', '--fail-on', 'never'], { env, cwd: b.project, timeoutMs: 120_000 });
    assert.equal(quiet.code, 0, quiet.stderr);
    const report = JSON.parse(quiet.stdout) as { facts: { modules?: { ok: boolean }; runtime?: unknown } };
    assert.equal(report.facts.modules?.ok, true, 'modules area collected (routes computed statically)');
    assert.equal(report.facts.runtime, undefined);
    assert.equal(proxy.requests.length, 0, `no request may reach the module proxy: ${proxy.requests.join(', ')}`);
    assert.equal(db.requests.length, 0, `no request may reach the checksum database: ${db.requests.join(', ')}`);
    // Positive control: the runtime layer downloads through the same proxy.
    const loud = await runCli(['doctor', '--runtime', '--cross-targets', 'linux/arm64,linux/notanarch', '--format', 'json', '--fail-on', 'never'], { env, cwd: b.project, timeoutMs: 280_000 });
    assert.equal(loud.code, 0, loud.stderr);
    const withRuntime = JSON.parse(loud.stdout) as { facts: { runtime: { ok: boolean; value: { steps: Array<{ name: string; target: string | null; status: string; failure: { class: string } | null }> } } }; findings: Array<{ ruleId: string }> };
    assert.ok(proxy.requests.some((r) => r.startsWith('GET /rsc.io/quote/@v/')), proxy.requests.join('\n'));
    const dl = withRuntime.facts.runtime.value.steps.find((s) => s.name === 'download')!;
    assert.equal(dl.failure?.class, 'http-404');
    assert.ok(withRuntime.findings.some((f) => f.ruleId === 'GD904'));
    const cross = withRuntime.facts.runtime.value.steps.filter((s) => s.name === 'cross');
    assert.deepEqual(cross.map((s) => [s.target, s.status]), [['linux/arm64', 'ok'], ['linux/notanarch', 'failed']]);
    assert.ok(withRuntime.findings.some((f) => f.ruleId === 'GD905'), 'an unsupported GOARCH is a cross-build finding');
  } finally {
    await proxy.close();
    await db.close();
  }
});

test('godiag route: every requirement of go.mod, text and json, credentials redacted', async () => {
  const b = sandbox();
  const env = b.env(['/usr/local/go/bin'], { GOPRIVATE: 'git.corp.internal', GOPROXY: 'https://bot:hunter2-token@athens.corp.example.com|https://proxy.golang.org,direct' });
  const text = await runCli(['route'], { env, cwd: b.project });
  assert.equal(text.code, 0, text.stderr);
  assert.ok(!text.stdout.includes('hunter2'), text.stdout);
  assert.match(text.stdout, /git\.corp\.internal\/team\/api\n {2}1\. direct from the origin via git .*\[GONOPROXY\/GOPRIVATE pattern git\.corp\.internal\]/);
  assert.match(text.stdout, /github\.com\/stretchr\/testify\n {2}1\. https:\/\/\*\*\*@athens\.corp\.example\.com {2}→ next on any error \(\|\)\n {2}2\. https:\/\/proxy\.golang\.org {2}→ next only on 404\/410 \(,\)\n {2}3\. direct/);
  assert.match(text.stdout, /checksum DB: not consulted \(GONOSUMDB pattern git\.corp\.internal\)/);
  const json = await runCli(['route', '--format', 'json', 'rsc.io/quote@v1.5.2', 'git.corp.internal/x'], { env, cwd: b.project });
  assert.equal(json.code, 0, json.stderr);
  assert.ok(!json.stdout.includes('hunter2'));
  const r = JSON.parse(json.stdout) as { routes: Array<{ module: string; direct: boolean; sumdb: { consulted: boolean } }> };
  assert.deepEqual(r.routes.map((x) => [x.module, x.direct, x.sumdb.consulted]), [['rsc.io/quote', true, true], ['git.corp.internal/x', true, false]]);
});

test('godiag route and doctor: bad input is a usage error', async () => {
  const b = sandbox();
  const d = await runCli(['doctor', '--runtime', '--cross-targets', 'linux'], { env: b.env(['/usr/local/go/bin']), cwd: b.project });
  assert.equal(d.code, 2);
  assert.match(d.stderr, /not GOOS\/GOARCH/);
  const r = await runCli(['route', 'https://github.com/a/b'], { env: b.env(['/usr/local/go/bin']), cwd: b.project });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /not a module path/);
  const f = await runCli(['route', '--format', 'yaml'], { env: b.env(['/usr/local/go/bin']), cwd: b.project });
  assert.equal(f.code, 2);
});

test('modules collector on real files: netrc machines, git insteadOf and helpers, no secrets kept', async () => {
  const b = sandbox();
  b.file('home/.netrc', 'machine git.corp.internal login bot password s3cret-pass\n');
  b.file('home/.gitconfig', '[url "git@git.corp.internal:"]\n\tinsteadOf = https://git.corp.internal/\n[url "https://tok:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/"]\n\tinsteadOf = https://github.com/\n[credential]\n\thelper = store\n');
  const env = b.env(['/usr/local/go/bin'], { GOPRIVATE: 'git.corp.internal' });
  const { facts } = await runCollectors([toolchainsCollector, goenvCollector, projectCollector, modulesCollector], new LocalHost(env), { cwd: b.project, privateHosts: ['example.com/tiny'] });
  const m = facts.modules;
  assert.ok(m && m.ok, m && !m.ok ? m.error : 'missing');
  assert.deepEqual(m.value.netrc.machines, ['git.corp.internal']);
  assert.equal(m.value.git.path, '/usr/bin/git');
  assert.deepEqual(m.value.git.credentialHelpers, ['store']);
  assert.deepEqual(m.value.git.insteadOf.map((x) => x.insteadOf), ['https://git.corp.internal/', 'https://github.com/']);
  assert.deepEqual(m.value.requirements.map((r) => r.path), [TINY_MODULE, 'git.corp.internal/team/api', 'github.com/stretchr/testify']);
  assert.deepEqual(m.value.routes.map((r) => r.steps[0]!.kind), ['proxy', 'direct', 'proxy']);
  const text = JSON.stringify(m.value);
  assert.ok(!text.includes('s3cret-pass') && !text.includes('ghp_abcdefghij'), text);
});

test('modules collector with a go.work: requirements of every used module, workspace modules excluded; GOAUTH arguments scrubbed', async () => {
  const b = sandbox();
  b.file('ws/go.work', 'go 1.22\n\nuse (\n\t./svc\n\t./lib\n)\n');
  b.file('ws/svc/go.mod', 'module corp.example.com/svc\n\ngo 1.22\n\nrequire (\n\tcorp.example.com/lib v0.0.0\n\tgolang.org/x/text v0.14.0\n)\n');
  b.file('ws/lib/go.mod', 'module corp.example.com/lib\n\ngo 1.22\n\nrequire git.corp.internal/base v1.2.0\n');
  const env = b.env(['/usr/local/go/bin'], { GOAUTH: 'my-helper --token sekrit-value;netrc' });
  const { facts } = await runCollectors([toolchainsCollector, goenvCollector, projectCollector, modulesCollector], new LocalHost(env), { cwd: `${b.root}/ws/svc` });
  const m = facts.modules;
  assert.ok(m && m.ok, m && !m.ok ? m.error : 'missing');
  assert.deepEqual(m.value.requirements.map((r) => [r.path, r.file.replace(b.root, '')]), [['golang.org/x/text', '/ws/svc/go.mod'], ['git.corp.internal/base', '/ws/lib/go.mod']]);
  assert.equal(m.value.env.GOAUTH, 'my-helper ***;netrc');
  assert.ok(!JSON.stringify(m.value).includes('sekrit-value'));
});
