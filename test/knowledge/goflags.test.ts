import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGoflags, KNOWN_GOFLAGS, repairGoflags } from '../../src/knowledge/goflags.js';

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

/** The real go's verdict: `go build` in a module and `go env GOPATH` both work with GOFLAGS=value. */
function goVerdict(go: string, value: string, dir: string): { ok: boolean; why: string } {
  const env = { PATH: '/usr/bin:/bin', HOME: dir, GOTOOLCHAIN: 'local', GOFLAGS: value, GOENV: 'off', GOCACHE: join(dir, 'cache') };
  const build = spawnSync(go, ['build', '-o', '/dev/null', '.'], { cwd: join(dir, 'm'), env, encoding: 'utf8', timeout: 60_000 });
  const goenv = spawnSync(go, ['env', 'GOPATH'], { cwd: dir, env, encoding: 'utf8', timeout: 10_000 });
  return { ok: build.status === 0 && goenv.status === 0, why: `${build.stderr}${goenv.stderr}` };
}

test('GOFLAGS: our verdict equals the real go1.26.8 and go1.19.8, quoting included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'goflags-'));
  try {
    spawnSync('mkdir', ['-p', join(dir, 'm')]);
    spawnSync('sh', ['-c', `printf 'module m\\ngo 1.19\\n' > go.mod && printf 'package main\\nfunc main() {}\\n' > main.go`], { cwd: join(dir, 'm') });
    const cases = ['"-ldflags=-s -w"', "'-ldflags=-s -w' -trimpath", '-ldflags=-s -w', "-ldflags='-s -w'", '"-ldflags=-s', '-mod=vendr', '-mod=mod',
      '-modcacherw=yes', '-modcacherw=true', '-v=2', '-x=1', '-race=false', '-tags=a,b', '-buildvcs=maybe', '-buildvcs=auto', '-u', '-mod'];
    for (const [go, quoted] of [[GO, true], ['/usr/lib/go-1.19/bin/go', false]] as const) {
      for (const value of cases) {
        const real = goVerdict(go, value, dir);
        const ours = checkGoflags(value, quoted);
        assert.equal(ours.length === 0, real.ok, `${go} GOFLAGS=${value}: go says ${real.ok ? 'ok' : real.why}, we say ${JSON.stringify(ours)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('repairGoflags joins a stray -w back into the value it came from, quoted', () => {
  assert.equal(repairGoflags('-ldflags=-s -w -trimpath'), '"-ldflags=-s -w" -trimpath');
  assert.equal(repairGoflags('-mod=vendr -trimpath'), '-trimpath');
  assert.equal(repairGoflags('-bogus'), null);
  const dir = mkdtempSync(join(tmpdir(), 'goflags-'));
  try {
    assert.equal(goAccepts(repairGoflags('-ldflags=-s -w -trimpath')!, dir), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
