// docker://: a container made from the busybox-static root (docker import, no registry), diagnosed
// through `docker exec -i`. dockerd is started here when it is not running; when it cannot start
// (no cgroup or overlay support in this sandbox, no docker.io) the test fails and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Sandbox, runCli } from '../helpers/cli.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot } from '../helpers/rootfs.js';

function docker(args: string[]) {
  return spawnSync('docker', args, { encoding: 'utf8', timeout: 60_000 });
}

/** The daemon this test started (stopped at the end), if it had to. */
let started: ReturnType<typeof spawn> | undefined;

/** A running daemon, started here if need be; the reason when there is none. */
async function daemon(): Promise<string | null> {
  if (!existsSync('/usr/bin/docker') || !existsSync('/usr/sbin/dockerd')) return 'docker.io is not installed (scripts/install-test-deps.sh)';
  if (docker(['info']).status === 0) return null;
  const d = spawn('/usr/sbin/dockerd', [], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  d.stderr!.on('data', (b) => (log += b));
  d.unref();
  started = d;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if (docker(['info']).status === 0) return null;
    if (d.exitCode !== null) break;
  }
  return `dockerd could not start here: ${log.split('\n').filter((l) => /level=(error|fatal)/.test(l)).slice(-3).join(' / ') || log.slice(-500)}`;
}

test('doctor --on docker:// reports the container\'s Go', { timeout: 300_000 }, async () => {
  const noRoot = rootfsUnavailable();
  assert.equal(noRoot, null, `cannot build the image's root: ${noRoot}`);
  const why = await daemon();
  assert.equal(why, null, `LOUD: no docker target on this machine: ${why}`);
  const root = new BusyboxRoot();
  const sb = new Sandbox();
  const name = `godiag-test-${process.pid}`;
  try {
    root.copyGo(toolchainRoot('go1.27.3'));
    root.file('etc/os-release', 'ID=godiagdocker\nVERSION_ID=1.0\n');
    const tar = `${sb.root}/rootfs.tar`;
    execFileSync('tar', ['-C', root.dir, '-cf', tar, '.']);
    assert.equal(docker(['import', '--change', 'ENV PATH=/usr/local/go/bin:/bin', '--change', 'ENV HOME=/root', tar, `${name}:latest`]).status, 0);
    assert.equal(docker(['run', '-d', '--name', name, `${name}:latest`, '/bin/sleep', '600']).status, 0);
    const r = await runCli(['snapshot', '--no-progress', '--on', `docker://${name}`], { env: sb.env(['/usr/local/go/bin']), timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    const facts = JSON.parse(r.stdout);
    assert.deepEqual(facts.toolchains.value.installs.map((i: { path: string; reportedVersion: string }) => `${i.path} ${i.reportedVersion}`), ['/usr/local/go/bin/go go1.27.3']);
    assert.equal(facts.system.value.os.distro.id, 'godiagdocker');
  } finally {
    docker(['rm', '-f', name]);
    docker(['rmi', '-f', `${name}:latest`]);
    root.cleanup();
    sb.cleanup();
    if (started?.pid) process.kill(started.pid, 'SIGTERM');
  }
});
