// A module whose path starts "go." (go.uber.org, go.opentelemetry.io, go.etcd.io) in a stripped
// binary without build info: since go1.20 only "go:" and "type:" names are the compiler's, so its
// functions name a package (debug/gosym Sym.PackageName); before go1.20 "go." was the compiler's
// prefix and debug/gosym gives such names no package, nor do we.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectBinary } from '../../../src/collectors/binary/read.js';
import { withoutBuildInfo } from '../../helpers/pclntab-proof.js';
import { DEBIAN_GO, REAL_GO } from '../../helpers/cli.js';

const FILES: Record<string, string> = {
  'go.mod': 'module example.com/dotted\n\ngo 1.19\n\nrequire go.example/lib v0.0.0\n\nreplace go.example/lib => ./lib\n',
  'main.go': 'package main\n\nimport "go.example/lib"\n\nfunc main() { println(lib.Greet("x")) }\n',
  'lib/go.mod': 'module go.example/lib\n\ngo 1.19\n',
  'lib/lib.go': 'package lib\n\n//go:noinline\nfunc Greet(s string) string { return "hello " + s }\n',
};

for (const [name, go, layout, found] of [['go1.26', REAL_GO, 'go1.20', true], ['go1.19', DEBIAN_GO, 'go1.18', false]] as const) {
  test(`${name}, -s -w, build info removed: go.example/lib is ${found ? '' : 'not '}among the recovered packages`, { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'godiag-dotmod-'));
    try {
      for (const [f, text] of Object.entries(FILES)) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), text);
      }
      const out = join(dir, 'dotted');
      execFileSync(go, ['build', '-trimpath', '-ldflags=-s -w', '-o', out, '.'], {
        cwd: dir, stdio: 'pipe',
        env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off', GOENV: 'off', GOTELEMETRY: 'off', CGO_ENABLED: '0', GOCACHE: join(tmpdir(), 'godiag-dotmod-cache') },
      });
      const facts = await inspectBinary(withoutBuildInfo(out));
      assert.equal(facts.buildInfo, null);
      const r = facts.recovered;
      assert.ok(r, 'nothing recovered');
      assert.equal(r.pclntab.layout, layout);
      assert.equal(r.packages.includes('go.example/lib'), found, r.packages.join(' '));
      assert.ok(r.packages.includes('example.com/dotted'), r.packages.join(' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
