// The err fixture's module with the real go: the install its workflow runs fails with the words
// GD717 quotes, and lint finds both lines that run it (workflow step, Makefile recipe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gd717 } from '../../../src/rules/ci/gd717-go-install-without-version-not-required.js';
import { FIXTURES, lintDir } from '../../helpers/lint.js';

const GO = '/usr/local/go/bin/go';

test('GD717: go install of an unrequired package fails as the message says; the err fixture is found where the step runs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gd717-'));
  try {
    cpSync(join(FIXTURES, 'err', 'gd717'), dir, { recursive: true });
    const env = { PATH: '/usr/bin:/bin', HOME: dir, GOPATH: join(dir, 'gopath'), GOCACHE: join(dir, 'cache'), GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' };
    const r = spawnSync(GO, ['install', 'golang.org/x/tools/cmd/stringer'], { cwd: dir, env, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    const said = r.stderr.replace(/\n\t/g, ' ').trim();
    assert.equal(said, 'no required module provides package golang.org/x/tools/cmd/stringer; to add it: go get golang.org/x/tools/cmd/stringer');
    const { findings } = await lintDir(dir);
    const f = findings.filter((x) => x.ruleId === 'GD717');
    assert.deepEqual(f.map((x) => `${x.location?.file}:${x.location?.line}`).sort(), ['.github/workflows/gen.yml:12', 'Makefile:5']);
    assert.ok(f[0]!.message.includes(`"${said}"`), f[0]!.message);
    assert.ok(gd717.messages.unrequired.includes('no required module provides package'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
