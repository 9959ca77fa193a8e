import { test } from 'node:test';
import assert from 'node:assert/strict';

test('GD706: GOFLAGS=-insecure is not a weaker check but a broken go get, as the real go says', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { gd706 } = await import('../../../src/rules/ci/gd706-go-env-override-in-ci.js');
  const dir = mkdtempSync(join(tmpdir(), 'gd706-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module m\n\ngo 1.21\n');
    const r = spawnSync('/usr/local/go/bin/go', ['get', 'example.com/tool@v1.2.3'], { cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: dir, GOTOOLCHAIN: 'local', GOFLAGS: '-insecure', GOPROXY: 'off' }, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    const said = '-insecure flag is no longer supported; use GOINSECURE instead';
    assert.ok(r.stderr.includes(said), r.stderr);
    assert.ok(gd706.messages.goflagsInsecure.includes(said));
    assert.doesNotMatch(gd706.messages.goflagsRisky, /insecure/);
  } finally {
    // go starts a telemetry child that may still be writing under HOME: retry for a few seconds.
    for (let i = 0; ; i++) {
      try {
        rmSync(dir, { recursive: true, force: true });
        break;
      } catch (e) {
        if (i === 40) throw e;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
});
