// doctor --verify-toolchain end to end: the built CLI on the real /usr/local/go, offline.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli, Sandbox } from '../helpers/cli.js';
import { ensureToolchainZip, TOOLCHAIN_MODCACHE } from '../helpers/toolchain-module.js';

const box = new Sandbox();
after(() => box.cleanup());

test('doctor --verify-toolchain reports the release check of /usr/local/go without network', async () => {
  const release = readFileSync('/usr/local/go/VERSION', 'utf8').split('\n', 1)[0]!;
  ensureToolchainZip(`v0.0.1-${release}.linux-amd64`);
  const env = box.env(['/usr/local/go/bin'], { GOMODCACHE: TOOLCHAIN_MODCACHE, GOPROXY: 'off', GOFLAGS: '-modcacherw' });
  const r = await runCli(['doctor', '--verify-toolchain', '--format', 'json', '--no-progress', '--fail-on', 'never'], { env, timeoutMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; messageId: string }>; facts: { verify: { ok: boolean; value: { toolchains: Array<{ goroot: string; reference: { kind: string } }> } } } };
  assert.ok(report.facts.verify.ok);
  assert.equal(report.facts.verify.value.toolchains[0]!.goroot, '/usr/local/go');
  assert.equal(report.facts.verify.value.toolchains[0]!.reference.kind, 'module-zip');
  const ids = report.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('GD125'), ids.join(' '));
  assert.ok(!ids.some((id) => ['GD121', 'GD122', 'GD124'].includes(id)), ids.join(' '));
});

test('--fetch-toolchain-module without --verify-toolchain is a usage error', async () => {
  const r = await runCli(['doctor', '--fetch-toolchain-module'], { env: box.env(['/usr/local/go/bin']) });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /go with --verify-toolchain/);
});
