// The runtime layer against the real go, driven by loopback module proxy and checksum servers
// (and once by the real proxy.golang.org). Every failure class comes from go's own output.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { runCollectors } from '../../src/collectors/collector.js';
import { toolchainsCollector } from '../../src/collectors/toolchains.js';
import { goenvCollector } from '../../src/collectors/goenv.js';
import { projectCollector } from '../../src/collectors/project.js';
import { makeRuntimeCollector, type RuntimeOptions } from '../../src/collectors/runtime.js';
import type { RuntimeFacts } from '../../src/facts/schema/runtime.js';
import { SCHEMA_VERSION, type Facts } from '../../src/facts/schema.js';
import { runRules } from '../../src/engine/run.js';
import { RUNTIME_RULES } from '../../src/rules/runtime/index.js';
import { startModuleProxy, startSumdb, sumdbKey, TINY_MODULE, TINY_VERSION, type LoopbackServer } from '../helpers/module-proxy.js';

const TINY = `${TINY_MODULE}@${TINY_VERSION}`;
const GOCACHE = execFileSync('/usr/local/go/bin/go', ['env', 'GOCACHE'], { env: { ...process.env, GOTOOLCHAIN: 'local' } }).toString().trim();
const scratch: string[] = [];
after(async () => { for (const d of scratch) await fs.rm(d, { recursive: true, force: true }); });

async function tempDir(prefix: string): Promise<string> {
  const d = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  scratch.push(d);
  return d;
}

/** A clean environment: real go first on PATH, the shared build cache, no user go env file. */
async function baseEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const home = await tempDir('godiag-rt-home-');
  return { PATH: `/usr/local/go/bin:/usr/bin:/bin`, HOME: home, GOCACHE, TMPDIR: os.tmpdir(), GOENV: 'off', ...extra };
}

async function probe(env: Record<string, string>, ro: RuntimeOptions, cwd?: string): Promise<{ rt: RuntimeFacts; ids: string[] }> {
  const dir = cwd ?? (await tempDir('godiag-rt-cwd-'));
  const { facts } = await runCollectors(
    [toolchainsCollector, goenvCollector, projectCollector, makeRuntimeCollector(ro)],
    new LocalHost(env), { cwd: dir, runtime: true },
  );
  const c = facts.runtime;
  assert.ok(c && c.ok, `runtime collector failed: ${c && !c.ok ? c.error : 'missing'}`);
  assert.equal(c.value.tempRemoved, true, 'temp dir removed');
  assert.equal(existsSync(c.value.tempDir), false);
  const all = { schemaVersion: SCHEMA_VERSION, collectedAt: '', host: { kind: 'local', platform: 'linux', arch: 'x64', cwd: dir }, ...facts } as Facts;
  const ids = runRules(RUNTIME_RULES, all).findings.map((f) => `${f.ruleId}:${f.messageId}`);
  return { rt: c.value, ids };
}

async function download(env: Record<string, string>, timeoutMs = 30_000) {
  return probe(await baseEnv(env), { module: TINY, only: ['download'], downloadTimeoutMs: timeoutMs });
}

async function withServer<T>(start: Promise<LoopbackServer>, body: (s: LoopbackServer) => Promise<T>): Promise<T> {
  const s = await start;
  try { return await body(s); } finally { await s.close(); }
}

test('green on this machine: hello, cgo, a real download through proxy.golang.org, cross matrix checked', { timeout: 300_000 }, async () => {
  const { rt, ids } = await probe(await baseEnv({ GOPROXY: 'https://proxy.golang.org,direct', GOSUMDB: 'sum.golang.org' }), {});
  assert.deepEqual(ids, []);
  assert.deepEqual(rt.steps.map((s) => [s.name, s.target, s.status]), [
    ['hello', null, 'ok'], ['cgo', null, 'ok'], ['download', null, 'ok'],
    ['cross', 'linux/amd64', 'ok'], ['cross', 'linux/arm64', 'ok'], ['cross', 'darwin/arm64', 'ok'], ['cross', 'windows/amd64', 'ok'],
  ]);
  const cross = Object.fromEntries(rt.steps.filter((s) => s.binary).map((s) => [s.target, s.binary]));
  assert.deepEqual([cross['linux/arm64']!.format, cross['linux/arm64']!.machine, cross['linux/arm64']!.linkage], ['elf', 'AArch64', 'static']);
  assert.deepEqual([cross['darwin/arm64']!.format, cross['windows/amd64']!.format], ['macho', 'pe']);
  assert.equal(rt.network.module, 'rsc.io/quote@v1.5.2');
});

test('loopback proxy: a working download, and the requests it served', async () => {
  await withServer(startModuleProxy(), async (p) => {
    const { rt, ids } = await download({ GOPROXY: p.url, GONOSUMDB: TINY_MODULE });
    assert.deepEqual(ids, []);
    assert.equal(rt.steps[0]!.status, 'ok');
    assert.ok(p.requests.includes(`GET /${TINY_MODULE}/@v/${TINY_VERSION}.zip`), p.requests.join('\n'));
  });
});

test('loopback proxy answering 404, 410, 401, 403, 500: each classified, with the failing URL', async () => {
  for (const [status, cls] of [[404, 'http-404'], [410, 'http-410'], [401, 'http-401'], [403, 'http-403'], [500, 'http-5xx']] as const) {
    await withServer(startModuleProxy({ behaviour: status }), async (p) => {
      const { rt, ids } = await download({ GOPROXY: p.url, GONOSUMDB: TINY_MODULE });
      assert.deepEqual(ids, ['GD904:http'], `status ${status}`);
      assert.equal(rt.steps[0]!.failure!.class, cls);
      assert.equal(rt.steps[0]!.failure!.where, 'proxy');
      assert.equal(rt.steps[0]!.failure!.url, `${p.url}/${TINY_MODULE}/@v/${TINY_VERSION}.info`);
    });
  }
});

test('loopback checksum database answering 404, 410, 403, 500: classified as the checksum DB', async () => {
  await withServer(startModuleProxy(), async (p) => {
    for (const status of [404, 410, 403, 500] as const) {
      await withServer(startSumdb(status), async (db) => {
        const { rt, ids } = await download({ GOPROXY: p.url, GOSUMDB: `${sumdbKey('sum.test')} ${db.url}` });
        assert.deepEqual(ids, ['GD904:http'], `sumdb ${status}`);
        assert.equal(rt.steps[0]!.failure!.where, 'sumdb');
        assert.ok(db.requests.some((r) => r.startsWith(`GET /lookup/${TINY}`)), db.requests.join('\n'));
      });
    }
  });
});

test('TLS proxy with a CA the system does not trust: x509; trusted through SSL_CERT_FILE: ok', async () => {
  await withServer(startModuleProxy({ tls: true }), async (p) => {
    const bad = await download({ GOPROXY: p.url, GONOSUMDB: TINY_MODULE });
    assert.deepEqual(bad.ids, ['GD904:x509']);
    const good = await download({ GOPROXY: p.url, GONOSUMDB: TINY_MODULE, SSL_CERT_FILE: p.caFile! });
    assert.deepEqual(good.ids, []);
  });
});

test('unreachable proxy (connection refused), GOPROXY=off, and a proxy that never answers', async () => {
  const closed = await startModuleProxy();
  const url = closed.url;
  await closed.close();
  assert.deepEqual((await download({ GOPROXY: url, GONOSUMDB: TINY_MODULE })).ids, ['GD904:refused']);
  assert.deepEqual((await download({ GOPROXY: 'off', GONOSUMDB: TINY_MODULE })).ids, ['GD904:proxyOff']);
  await withServer(startModuleProxy({ behaviour: 'hang' }), async (p) => {
    const { rt, ids } = await download({ GOPROXY: p.url, GONOSUMDB: TINY_MODULE }, 2_500);
    assert.deepEqual(ids, ['GD904:timeout']);
    assert.ok(rt.steps[0]!.ms < 15_000);
  });
});

test('a broken CC: the cgo probe reports the missing compiler', async () => {
  const { rt, ids } = await probe(await baseEnv({ CC: '/nonexistent/cc' }), { only: ['cgo'] });
  assert.deepEqual(ids, ['GD903:missingCC']);
  assert.equal(rt.cc.explicit, true);
  assert.equal(rt.steps[0]!.failure!.class, 'no-c-compiler');
});

test('no C compiler at all: cgo skipped, reported as info', async () => {
  const bin = await tempDir('godiag-rt-bin-');
  await fs.symlink('/usr/local/go/bin/go', path.join(bin, 'go'));
  const { rt, ids } = await probe({ ...(await baseEnv()), PATH: bin }, { only: ['cgo'] });
  assert.equal(rt.steps[0]!.status, 'skipped');
  assert.deepEqual(ids, ['GD903:noCompiler']);
});

test('a noexec temp dir: built programs cannot run', async (t) => {
  const dir = await tempDir('godiag-rt-noexec-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=64m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    t.skip(`cannot mount a noexec tmpfs here (${(e as Error).message.split('\n')[0]}); covered by the recorded case in test/rules/runtime`);
    return;
  }
  try {
    const { rt, ids } = await probe(await baseEnv({ TMPDIR: dir }), { only: ['hello'] });
    assert.deepEqual(ids, ['GD902:noexec']);
    assert.ok(rt.tempDir.startsWith(dir));
  } finally {
    execFileSync('umount', [dir]);
  }
});

test('a project whose go line is newer than the toolchain: toolchain switch needed', async () => {
  const project = await tempDir('godiag-rt-proj-');
  await fs.writeFile(path.join(project, 'go.mod'), 'module example.com/future\n\ngo 1.99.0\n');
  const { ids } = await probe(await baseEnv({ GOTOOLCHAIN: 'local' }), { only: ['project'] }, project);
  assert.deepEqual(ids, ['GD906:local']);
  const auto = await probe(await baseEnv({ GOTOOLCHAIN: 'auto' }), { only: ['project'] }, project);
  assert.deepEqual(auto.ids, ['GD906:download']);
});

test('real go confirms the routing model: `,` falls through only on 404/410, `|` on any error', async () => {
  await withServer(startModuleProxy(), async (good) => {
    for (const [first, sep, ok] of [[404, ',', true], [410, ',', true], [500, ',', false], [403, ',', false], [500, '|', true], [403, '|', true]] as const) {
      await withServer(startModuleProxy({ behaviour: first }), async (bad) => {
        const before = good.requests.length;
        const { rt } = await download({ GOPROXY: `${bad.url}${sep}${good.url}`, GONOSUMDB: TINY_MODULE });
        assert.equal(rt.steps[0]!.status === 'ok', ok, `${first} then ${sep}: ${rt.steps[0]!.failure?.detail}`);
        assert.equal(good.requests.length > before, ok, 'the second proxy is asked exactly when Go falls through');
      });
    }
  });
});
