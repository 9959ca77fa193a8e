// Machines we cannot have here (macOS with Homebrew, Windows with the MSI install), as recorded
// trees: the same collectors and rules run on them through RecordedHost. The recorded command
// outputs use the exact format `go version` prints on those platforms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { RecordedHost } from '../../src/collectors/host.js';
import { collectToolchains } from '../../src/collectors/toolchains.js';
import { envFilePath, collectGoEnv } from '../../src/collectors/goenv.js';

function tree(files: Record<string, string | { link: string } | { dir: true } | { exe: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'godiag-recorded-'));
  for (const [p, v] of Object.entries(files)) {
    const f = join(root, p);
    mkdirSync(dirname(f), { recursive: true });
    if (typeof v === 'string') writeFileSync(f, v);
    else if ('link' in v) symlinkSync(v.link, f);
    else if ('dir' in v) mkdirSync(f, { recursive: true });
    else { writeFileSync(f, v.exe); chmodSync(f, 0o755); }
  }
  return root;
}

test('macOS with Homebrew: the symlinked go resolves to the Cellar, GOROOT is libexec', async () => {
  const root = tree({
    'opt/homebrew/bin/go': { link: '../Cellar/go/1.22.5/bin/go' },
    'opt/homebrew/Cellar/go/1.22.5/bin/go': { link: '../libexec/bin/go' },
    'opt/homebrew/Cellar/go/1.22.5/libexec/bin/go': { exe: 'Mach-O' },
    'opt/homebrew/Cellar/go/1.22.5/libexec/VERSION': 'go1.22.5\ntime 2024-06-27T20:11:12Z\n',
    'opt/homebrew/Cellar/go/1.22.5/libexec/pkg/tool/darwin_arm64/compile': { exe: '' },
    'usr/local/go/bin/go': { exe: 'Mach-O' },
    'usr/local/go/VERSION': 'go1.21.0\n',
    'usr/local/go/pkg/tool/darwin_arm64/compile': { exe: '' },
    'Users/ann/Library/Application Support/go/env': 'GOPRIVATE=github.com/acme\n',
  });
  try {
    const host = new RecordedHost(root, 'darwin', { PATH: '/opt/homebrew/bin:/usr/bin:/bin', HOME: '/Users/ann' }, [
      { argv: ['/opt/homebrew/bin/go', 'version'], stdout: 'go version go1.22.5 darwin/arm64\n' },
      { argv: ['/usr/local/go/bin/go', 'version'], stdout: 'go version go1.21.0 darwin/arm64\n' },
    ]);
    const tc = await collectToolchains(host, '/Users/ann');
    assert.equal(tc.installs.length, 1);
    const [brew] = tc.installs;
    assert.equal(brew!.realPath, '/opt/homebrew/Cellar/go/1.22.5/libexec/bin/go');
    assert.equal(brew!.goroot, '/opt/homebrew/Cellar/go/1.22.5/libexec');
    assert.equal(brew!.installKind, 'homebrew');
    assert.equal(brew!.reportedVersion, 'go1.22.5');
    assert.deepEqual(tc.offPath.map((g) => [g.path, g.reportedVersion, g.installKind]), [['/usr/local/go/bin/go', 'go1.21.0', 'official-tarball']]);
    assert.equal(envFilePath(host), '/Users/ann/Library/Application Support/go/env');
    const env = await collectGoEnv(host, '/opt/homebrew/bin/go', 'go1.22.5');
    assert.equal(env.settings.GOPRIVATE!.source, 'user-file');
    assert.match(env.probeError ?? '', /not recorded/, 'go env -json was not recorded: the failure is reported, not thrown');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('Windows: go.exe on Path (semicolons), MSI location, %AppData% env file', async () => {
  const root = tree({
    'C:/Program Files/Go/bin/go.exe': { exe: 'MZ' },
    'C:/Program Files/Go/VERSION': 'go1.22.5\n',
    'C:/Program Files/Go/pkg/tool/windows_amd64/compile.exe': { exe: '' },
    'C:/Users/bo/AppData/Roaming/go/env': 'GOFLAGS=-mod=mod\n',
    'C:/Windows/.keep': '',
  });
  try {
    const host = new RecordedHost(root, 'win32', { Path: 'C:\\Windows;C:\\Program Files\\Go\\bin', USERPROFILE: 'C:\\Users\\bo', AppData: 'C:\\Users\\bo\\AppData\\Roaming' }, [
      { argv: ['C:\\Program Files\\Go\\bin\\go.exe', 'version'], stdout: 'go version go1.22.5 windows/amd64\r\n' },
    ]);
    const tc = await collectToolchains(host, 'C:\\Users\\bo');
    assert.equal(tc.exeName, 'go.exe');
    assert.deepEqual(tc.installs.map((g) => [g.path, g.pathIndex, g.reportedVersion, g.reportedPlatform, g.installKind]), [
      ['C:\\Program Files\\Go\\bin\\go.exe', 1, 'go1.22.5', 'windows/amd64', 'windows-msi'],
    ]);
    assert.equal(tc.installs[0]!.goroot, 'C:\\Program Files\\Go');
    assert.equal(tc.installs[0]!.realPath, 'C:\\Program Files\\Go\\bin\\go.exe');
    assert.equal(envFilePath(host), 'C:\\Users\\bo\\AppData\\Roaming\\go\\env');
    const env = await collectGoEnv(host, 'C:\\Program Files\\Go\\bin\\go.exe', 'go1.22.5');
    assert.equal(env.settings.GOFLAGS!.value, '-mod=mod');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
