// The err fixture copied to a temporary directory: the real go fails exactly as GD759 says, the
// fix command the finding offers makes go build pass, and lint then reports nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost } from '../../../src/collectors/host.js';
import { discoverFiles } from '../../../src/collectors/files/discover.js';
import { gd759 } from '../../../src/rules/gomod/gd759-go-work-use-without-go-mod.js';
import { check } from '../../helpers/rules.js';
import { SCHEMA_VERSION, type Facts } from '../../../src/facts/schema.js';
import { FIXTURES } from '../../helpers/lint.js';

const GO = '/usr/local/go/bin/go';
const env = (dir: string) => ({ PATH: '/usr/bin:/bin', HOME: dir, GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '', GOCACHE: join(dir, '.cache') });

async function lint(dir: string) {
  const files = await discoverFiles(new LocalHost(process.env), { paths: [dir], root: dir, goVersion: null });
  return check(gd759, { schemaVersion: SCHEMA_VERSION, files: { ok: true, value: files } } as unknown as Facts);
}

test('GD759: go fails on a use without go.mod as the message quotes; the offered command fixes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gd759-'));
  try {
    cpSync(join(FIXTURES, 'err', 'gd759'), dir, { recursive: true });
    const before = spawnSync(GO, ['build', './...'], { cwd: dir, env: env(dir), encoding: 'utf8' });
    assert.notEqual(before.status, 0);
    const [f, ...more] = await lint(dir);
    assert.equal(more.length, 0);
    const quoted = /"(go: cannot load module .*)"\.$/.exec(f!.message)![1]!;
    assert.equal(before.stderr.trim(), quoted);
    const fix = f!.fixes[0]!;
    assert.equal(fix.kind, 'command');
    const ran = spawnSync('sh', ['-c', (fix as { command: string }).command], { cwd: dir, env: { ...env(dir), PATH: `/usr/local/go/bin:/usr/bin:/bin` }, encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    const after = spawnSync(GO, ['build', './...'], { cwd: dir, env: env(dir), encoding: 'utf8' });
    assert.equal(after.status, 0, after.stderr);
    assert.deepEqual(await lint(dir), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GD759 is not judged inside an extracted module (path@version): module zips leave nested modules out', async () => {
  const parent = mkdtempSync(join(tmpdir(), 'gd759-modcache-'));
  try {
    const dir = join(parent, 'example.com', 'ws@v1.2.3');
    cpSync(join(FIXTURES, 'err', 'gd759'), dir, { recursive: true });
    assert.deepEqual(await lint(dir), []);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
