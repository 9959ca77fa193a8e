// doctor --on chroot:// on a real root holding busybox-static and a Go copied in: it reports the
// target's Go, settings and OS, never this machine's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCli, runProgram } from '../helpers/cli.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot, withProc } from '../helpers/rootfs.js';
import { CertMaker } from '../helpers/certs.js';

test('doctor and snapshot --on chroot:// report the target\'s Go, settings and OS', { timeout: 300_000 }, async () => {
  const why = rootfsUnavailable();
  assert.equal(why, null, `cannot build a chroot target here: ${why}`);
  const root = new BusyboxRoot();
  try {
    root.copyGo(toolchainRoot('go1.27.3'));
    root.file('etc/os-release', 'ID=godiagtest\nVERSION_ID=1.0\nPRETTY_NAME="godiag chroot target"\n');
    root.file('etc/profile', 'export PATH=/usr/local/go/bin:$PATH\n');
    root.file('root/.profile', 'export GOPATH=/srv/gopath\n');
    root.file('root/.config/go/env', 'GOPROXY=https://goproxy.chroot.example,direct\n');
    const env = { PATH: '/usr/local/go/bin:/usr/sbin:/usr/bin:/bin', HOME: '/nonexistent-caller-home', NO_COLOR: '1' };
    const [file, ...args] = withProc(root.dir, [process.execPath, CLI, 'snapshot', '--no-progress', '--on', `chroot://${root.dir}`]);
    const r = await runProgram(file!, args, { env, cwd: '/', timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    const facts = JSON.parse(r.stdout);
    assert.equal(facts.host.kind, 'remote');
    assert.equal(facts.host.target, `chroot://${root.dir}`);
    const installs = facts.toolchains.value.installs.map((i: { path: string; reportedVersion: string }) => `${i.path} ${i.reportedVersion}`);
    assert.deepEqual(installs, ['/usr/local/go/bin/go go1.27.3'], 'only the target\'s go, not this machine\'s go1.26.8');
    assert.equal(facts.goenv.value.settings.GOPROXY.value, 'https://goproxy.chroot.example,direct');
    assert.equal(facts.goenv.value.settings.GOPROXY.source, 'user-file');
    assert.equal(facts.goenv.value.settings.GOPATH.value, '/srv/gopath', 'the target\'s login profile applies');
    assert.equal(facts.system.value.os.distro.id, 'godiagtest');

    const [f2, ...a2] = withProc(root.dir, [process.execPath, CLI, 'doctor', '--no-progress', '--on', `chroot://${root.dir}`]);
    const d = await runProgram(f2!, a2, { env, cwd: '/', timeoutMs: 120_000 });
    assert.match(d.stdout, /→ PATH #0\s+\/usr\/local\/go\/bin\/go\s+go1\.27\.3/);
    assert.match(d.stdout, /GD416 No CA certificates/, 'the target has no CA bundle, this machine has');
    assert.doesNotMatch(d.stdout, /go1\.26\.8/);
  } finally {
    root.cleanup();
  }
});

test('doctor --on chroot:// reads the dates of the target\'s own CA bundle: an image whose roots expired', { timeout: 300_000 }, async () => {
  const why = rootfsUnavailable();
  assert.equal(why, null, `cannot build a chroot target here: ${why}`);
  const certs = await CertMaker.create();
  const root = new BusyboxRoot();
  try {
    certs.dated('old', 'Image Old Root', '20190101000000Z', '20200101000000Z');
    certs.forDays('soon', 'Image Soon Root', 12);
    // The path crypto/x509 tries first on Debian-like systems (root_linux.go).
    root.file('etc/ssl/certs/ca-certificates.crt', await certs.pem('old'));
    const env = { PATH: '/usr/sbin:/usr/bin:/bin', HOME: '/nonexistent-caller-home', NO_COLOR: '1' };
    const doctor = async () => {
      const [file, ...args] = withProc(root.dir, [process.execPath, CLI, 'doctor', '--no-progress', '--on', `chroot://${root.dir}`]);
      return runProgram(file!, args, { env, cwd: '/', timeoutMs: 120_000 });
    };
    const expired = await doctor();
    assert.match(expired.stdout, /GD425 None of the 1 CA certificates Go loads \(\/etc\/ssl\/certs\/ca-certificates\.crt/, expired.stdout);
    root.file('etc/ssl/certs/ca-certificates.crt', await certs.pem('soon'));
    const expiring = await doctor();
    assert.match(expiring.stdout, /expire within 30 days: CN=Image Soon Root/, expiring.stdout);
    assert.doesNotMatch(expiring.stdout, /None of the/);
  } finally {
    root.cleanup();
    await certs.cleanup();
  }
});

test('snapshot --on chroot:// feeds diff and analyze like a local snapshot: the target\'s Go and GOPROXY against this machine\'s', { timeout: 300_000 }, async () => {
  const why = rootfsUnavailable();
  assert.equal(why, null, `cannot build a chroot target here: ${why}`);
  const root = new BusyboxRoot();
  const out = mkdtempSync(join(tmpdir(), 'godiag-snap-'));
  try {
    root.copyGo(toolchainRoot('go1.27.3'));
    root.file('etc/profile', 'export PATH=/usr/local/go/bin:$PATH\n');
    root.file('root/.config/go/env', 'GOPROXY=off\n');
    const env = { PATH: '/usr/local/go/bin:/usr/sbin:/usr/bin:/bin', HOME: out, NO_COLOR: '1' };
    const remote = join(out, 'target.json'), here = join(out, 'here.json');
    const [file, ...args] = withProc(root.dir, [process.execPath, CLI, 'snapshot', '--no-progress', '--on', `chroot://${root.dir}`, '-o', remote]);
    assert.equal((await runProgram(file!, args, { env, cwd: '/', timeoutMs: 120_000 })).code, 0);
    assert.equal((await runCli(['snapshot', '--no-progress', '-o', here], { env, cwd: out, timeoutMs: 120_000 })).code, 0);
    const d = await runCli(['diff', here, remote, '--format', 'json'], { env, cwd: out });
    assert.equal(d.code, 1, d.stderr);
    const diff = JSON.parse(d.stdout) as { differences: Array<{ key: string; a: string | null; b: string | null }> };
    const at = (key: string) => diff.differences.find((x) => x.key === key);
    assert.match(String(at('goenv.GOPROXY')?.b), /^off/, JSON.stringify(at('goenv.GOPROXY')));
    assert.match(String(at('goenv.GOVERSION')?.a), /go1\.26\.8/);
    assert.match(String(at('goenv.GOVERSION')?.b), /go1\.27\.3/);
    // analyze of the target's snapshot, here, finds what doctor --on finds there.
    const analyzed = await runCli(['analyze', remote, '--format', 'json', '--fail-on', 'never'], { env, cwd: out });
    const [f2, ...a2] = withProc(root.dir, [process.execPath, CLI, 'doctor', '--no-progress', '--format', 'json', '--fail-on', 'never', '--on', `chroot://${root.dir}`]);
    const direct = await runProgram(f2!, a2, { env, cwd: '/', timeoutMs: 120_000 });
    const ids = (s: string) => (JSON.parse(s) as { findings: Array<{ ruleId: string; message: string }> }).findings.map((f) => `${f.ruleId} ${f.message}`);
    assert.deepEqual(ids(analyzed.stdout), ids(direct.stdout));
    assert.ok(ids(direct.stdout).some((l) => l.startsWith('GD416 ')), 'the target\'s own findings (no CA bundle there)');
  } finally {
    root.cleanup();
    rmSync(out, { recursive: true, force: true });
  }
});
