import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGoflags, KNOWN_GOFLAGS } from '../../src/knowledge/goflags.js';

const GO = '/usr/local/go/bin/go';

/** Ask the real go whether it accepts GOFLAGS=value (go version parses GOFLAGS like every command). */
function goAccepts(value: string, cwd: string): boolean {
  const r = spawnSync(GO, ['version'], { cwd, env: { PATH: process.env.PATH, HOME: cwd, GOTOOLCHAIN: 'local', GOFLAGS: value, GOENV: 'off' }, encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 && !/GOFLAGS/.test(r.stderr);
}

test('every flag we call known is accepted by the real go, and unknown ones are rejected', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goflags-'));
  try {
    for (const name of KNOWN_GOFLAGS) {
      const goSays = goAccepts(`-${name}`, dir) || goAccepts(`-${name}=1`, dir);
      assert.ok(goSays, `go rejects GOFLAGS=-${name}`);
    }
    for (const bogus of ['-bogus', '-args', '-std', 'race', '-=x', '-C=.']) {
      assert.equal(goAccepts(bogus, dir), false, `go accepts ${bogus}`);
      assert.ok(checkGoflags(bogus).length > 0, `we accept ${bogus}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('checkGoflags explains the problem', () => {
  assert.deepEqual(checkGoflags('-mod=mod -trimpath'), []);
  assert.deepEqual(checkGoflags('  -tags=netgo   --race '), []);
  assert.match(checkGoflags('-tags netgo')[0]!.problem, /needs a value|non-flag/);
  assert.match(checkGoflags('-bogus')[0]!.problem, /unknown flag -bogus/);
  assert.match(checkGoflags('-=x')[0]!.problem, /non-flag/);
});
