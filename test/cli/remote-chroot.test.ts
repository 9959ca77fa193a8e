// doctor --on chroot:// on a real root holding busybox-static and a Go copied in: it reports the
// target's Go, settings and OS, never this machine's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLI, runProgram } from '../helpers/cli.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot, withProc } from '../helpers/rootfs.js';

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
