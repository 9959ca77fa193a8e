import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../../helpers/lint.js';
import { parseModFile } from '../../../src/analyzers/gomod/parse.js';

/** Does the real go command accept the file? `go mod edit -json` parses it with modfile.Parse, offline. */
function goAccepts(file: string, kind: 'go.mod' | 'go.work'): boolean {
  const args = kind === 'go.work' ? ['work', 'edit', '-json', file] : ['mod', 'edit', '-json', file];
  const r = spawnSync('go', args, { env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' }, cwd: tmpdir(), encoding: 'utf8' });
  return r.status === 0;
}

test('GD755 agrees with the real go command on which go.mod and go.work files parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-gd755-'));
  try {
    const bodies = [
      'require example.com/y v1.0.0 // indirect', 'godebug default=go1.21', 'tool example.com/y/cmd/x', 'ignore ./testdata',
      'retract [v1.0.0, v1.0.1]', 'replace example.com/y => ./y', 'replace example.com/y v1.0.0 => example.com/z v1.2.0',
      'bogus line', 'require example.com/y', 'require "example.com/y v1.0.0', 'require (\n\texample.com/y v1.0.0', 'go 1.2x',
      'toolchain 1.22', 'module a b', 'replace a =>', ')', 'exclude example.com/y', 'godebug nokey',
    ];
    const cases: Array<[string, 'go.mod' | 'go.work']> = bodies.map((b, i) => {
      const f = join(dir, `m${i}.mod`);
      writeFileSync(f, `module example.com/m\n\ngo 1.22\n${b}\n`);
      return [f, 'go.mod'];
    });
    for (const [i, b] of ['use ./a', 'use (\n\t./a', 'require x v1'].entries()) {
      const f = join(dir, `w${i}.work`);
      writeFileSync(f, `go 1.22\n${b}\n`);
      cases.push([f, 'go.work']);
    }
    cases.push([join(FIXTURES, 'err', 'gd755', 'go.mod'), 'go.mod'], [join(FIXTURES, 'ok', 'gd755', 'go.mod'), 'go.mod'], [join(FIXTURES, 'ok', 'gd755', 'work', 'go.work'), 'go.work']);
    let rejected = 0;
    for (const [file, kind] of cases) {
      const ours = parseModFile(readFileSync(file, 'utf8'), kind).errors.length === 0;
      const go = goAccepts(file, kind);
      if (!go) rejected++;
      assert.equal(ours, go, `${file}: go ${go ? 'accepts' : 'rejects'} it, godiag ${ours ? 'accepts' : 'rejects'} it`);
    }
    assert.ok(rejected >= 10, 'the cases include files go rejects');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
