// Collectors against the real machine: the real Go 1.26 and Debian's go1.19, arranged on PATH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { collectToolchains } from '../../src/collectors/toolchains.js';
import { collectGoEnv } from '../../src/collectors/goenv.js';
import { Sandbox, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

test('every go on PATH in order, with real path, GOROOT, VERSION, version and install kind', async () => {
  const sb = new Sandbox();
  try {
    const deb = sb.binWithGo('debbin', DEBIAN_GO);
    const tar = sb.binWithGo('tarbin', REAL_GO);
    const loop = join(sb.root, 'loopbin');
    sb.file('loopbin/.keep', '');
    symlinkSync(join(loop, 'go'), join(loop, 'go')); // a symlink loop named go
    const env = sb.env([join(sb.root, 'missing'), loop, deb, tar, deb]);
    const facts = await collectToolchains(new LocalHost(env), sb.project);
    assert.deepEqual(facts.installs.map((g) => [g.realPath, g.reportedVersion, g.installKind, g.goroot]), [
      ['/usr/lib/go-1.19/bin/go', 'go1.19.8', 'debian-package', '/usr/lib/go-1.19'],
      ['/usr/local/go/bin/go', facts.installs[1]!.reportedVersion, 'official-tarball', '/usr/local/go'],
      ['/usr/lib/go-1.19/bin/go', 'go1.19.8', 'debian-package', '/usr/lib/go-1.19'],
    ]);
    assert.match(facts.installs[1]!.reportedVersion!, /^go1\.2\d\.\d+$/);
    assert.equal(facts.installs[0]!.versionFile, 'go1.19.8');
    assert.equal(facts.installs[0]!.isSymlink, true);
    assert.equal(facts.pathEntries[0]!.problem, 'does not exist');
    assert.deepEqual(facts.brokenOnPath.map((b) => b.problem), ['symlink whose target is missing or loops']);
    assert.ok(!facts.offPath.some((g) => g.realPath === '/usr/local/go/bin/go'), 'on-PATH installs are not repeated off PATH');
  } finally {
    sb.cleanup();
  }
});

test('go env provenance: env beats the go env -w file, which beats $GOROOT/go.env', async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.config/go/env', 'GOPROXY=https://file.example\nGOPRIVATE=corp.example.com\nGOFLAGS=-mod=mod\n');
    const env = sb.env([sb.binWithGo('bin', REAL_GO)], { GOPROXY: 'https://env.example,direct' });
    const facts = await collectGoEnv(new LocalHost(env), join(sb.root, 'bin', 'go'), null);
    assert.equal(facts.probeError, null);
    assert.equal(facts.userFile.path, join(sb.home, '.config', 'go', 'env'));
    assert.deepEqual(facts.settings.GOPROXY, { key: 'GOPROXY', value: 'https://env.example,direct', source: 'env', shadowed: [{ source: 'user-file', value: 'https://file.example', line: 1 }, { source: 'goroot-go.env', value: 'https://proxy.golang.org,direct', line: facts.settings.GOPROXY!.shadowed[1]!.line }] });
    assert.equal(facts.settings.GOPRIVATE!.source, 'user-file');
    assert.equal(facts.settings.GOPRIVATE!.value, 'corp.example.com');
    assert.equal(facts.settings.GOSUMDB!.source, 'goroot-go.env');
    assert.equal(facts.settings.GOROOT!.value, '/usr/local/go');
    assert.equal(facts.settings.GOROOT!.source, 'default');
    // GOTOOLCHAIN is the user's own value, not the probe's forced "local".
    assert.equal(facts.settings.GOTOOLCHAIN!.source, 'goroot-go.env');
    assert.equal(facts.gorootTree?.versionFile?.startsWith('go1.'), true);
  } finally {
    sb.cleanup();
  }
});
