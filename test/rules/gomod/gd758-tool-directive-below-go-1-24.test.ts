import { test } from 'node:test';
import assert from 'node:assert/strict';

test('GD758: a Go older than 1.24 stops at the tool directive, as the rule says (Debian go1.19)', async () => {
  const { spawnSync } = await import('node:child_process');
  const { existsSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { gd758 } = await import('../../../src/rules/gomod/gd758-tool-directive-below-go-1-24.js');
  const go = '/usr/lib/go-1.19/bin/go';
  assert.ok(existsSync(go), `${go} is needed (scripts/install-test-deps.sh installs golang-1.19)`);
  const dir = mkdtempSync(join(tmpdir(), 'gd758-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.19\n\ntool example.com/app/gen\n');
    writeFileSync(join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    const r = spawnSync(go, ['build', './...'], { cwd: dir, env: { PATH: '/usr/bin:/bin', HOME: dir, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' }, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /go\.mod:5: unknown directive: tool/);
    assert.ok(gd758.messages.old.includes('unknown directive: tool'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
