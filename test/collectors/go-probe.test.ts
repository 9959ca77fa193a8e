import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeVersion, versionFromBuildInfo } from '../../src/collectors/go-probe.js';
import { LocalHost, RecordedHost } from '../../src/collectors/host.js';
import { REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

const host = new LocalHost({ PATH: '/usr/bin:/bin', HOME: tmpdir() });

test('a cmd/go binary is read, and says exactly what `go version` prints under GOTOOLCHAIN=local', async () => {
  for (const go of [REAL_GO, DEBIAN_GO]) {
    const printed = spawnSync(go, ['version'], { env: { PATH: '/usr/bin:/bin', HOME: tmpdir(), GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).stdout;
    const [, version, platform] = /^go version (\S+) (\S+)/.exec(printed)!;
    assert.deepEqual(await versionFromBuildInfo(host, go), { version, platform, error: null }, go);
  }
});

test('anything but a readable cmd/go for this machine is run instead', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-probe-'));
  try {
    const script = join(dir, 'go');
    writeFileSync(script, '#!/bin/sh\necho "go version go1.99.1 linux/amd64"\n', { mode: 0o755 });
    assert.equal(await versionFromBuildInfo(host, script), null, 'a script');
    assert.equal((await probeVersion(host, script, dir)).version, 'go1.99.1', 'and running it answers');
    const gofmt = join(REAL_GO, '..', 'gofmt');
    assert.equal(await versionFromBuildInfo(host, gofmt), null, 'a Go binary that is not cmd/go');
    const truncated = join(dir, 'go-truncated');
    const whole = spawnSync('head', ['-c', '4000000', REAL_GO]).stdout;
    writeFileSync(truncated, whole, { mode: 0o755 });
    assert.equal(await versionFromBuildInfo(host, truncated), null, 'a truncated download');
    assert.equal(await versionFromBuildInfo(new RecordedHost(dir, 'linux', {}), '/go'), null, 'recorded machines answer from their recorded commands');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a remote target\'s go is read from its build info too (by range, for the target\'s platform), so a go env file that makes every go command fail still shows its version', async () => {
  const { RemoteHost } = await import('../../src/collectors/remote/remote-host.js');
  const remote = await RemoteHost.connect('local-probe', { argv: ['/bin/sh', '-s'], env: { PATH: '/usr/bin:/bin', HOME: '/nonexistent' } });
  try {
    const v = await versionFromBuildInfo(remote, '/usr/local/go/bin/go');
    assert.deepEqual(v, { version: 'go1.26.8', platform: 'linux/amd64', error: null });
    assert.equal(await versionFromBuildInfo(remote, '/bin/sh'), null, 'not a cmd/go: run it');
  } finally {
    await remote.close();
  }
});
