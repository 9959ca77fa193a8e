// Build constraints as godiag reads them (header reader + evaluator) against the go command itself:
// `go list` names the files it takes for each target (GoFiles + CgoFiles), with go1.26 and go1.19.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readGoHeader } from '../../src/analyzers/gosource/header.js';
import { fileBuilds, parseGoBuild } from '../../src/knowledge/build-constraints.js';

const FILES: Record<string, string> = {
  'plain.go': 'package p\n',
  'b_linux.go': 'package p\n',
  'c_windows.go': 'package p\n',
  'd_arm64.go': 'package p\n',
  'e_linux_amd64.go': 'package p\n',
  'linux.go': '// A name alone is no constraint (Go 1.4+).\npackage p\n',
  'g_unix.go': '// _unix is no file name suffix.\npackage p\n',
  'h.go': '// Copyright notice.\n\n//go:build linux && (amd64 || arm64) && !cgo\n\npackage p\n',
  'i.go': '// +build darwin,cgo linux\n\npackage p\n',
  'j.go': '//go:build ignore\n\npackage p\n',
  'k.go': '//go:build custom\n\npackage p\n',
  'l.go': 'package p\n\n/*\n#include <stdlib.h>\n// import "D"\n*/\nimport "C"\n',
  'm.go': '//go:build go1.18\n\npackage p\n',
  'n.go': '//go:build unix\n\npackage p\n',
  'o.go': '// +build windows\npackage p\n',
  'q.go': '/* lead */\n//go:build windows\n\npackage p\n',
  'r_cgo.go': '//go:build cgo || custom\n// +build cgo custom\n\npackage p\n\nimport (\n\t"fmt"\n\tc "C"\n)\n\nvar _ = fmt.Sprint\n',
  'test_only_test.go': 'package p\n',
  '_hidden.go': 'package p\n',
};

const TARGETS = [
  { goos: 'linux', goarch: 'amd64', cgo: true, tags: [] },
  { goos: 'linux', goarch: 'amd64', cgo: false, tags: [] },
  { goos: 'linux', goarch: 'arm64', cgo: false, tags: ['custom'] },
  { goos: 'windows', goarch: 'amd64', cgo: false, tags: [] },
  { goos: 'darwin', goarch: 'arm64', cgo: true, tags: [] },
  { goos: 'android', goarch: 'arm64', cgo: false, tags: [] },
];

for (const [goBin, goVersion] of [['/usr/local/go/bin/go', '1.26'], ['/usr/lib/go-1.19/bin/go', '1.19']] as const) {
  test(`fileBuilds agrees with ${goVersion}'s go list on every file and target`, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-constraints-'));
    try {
      writeFileSync(path.join(dir, 'go.mod'), 'module example.com/p\n\ngo 1.19\n');
      for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, name), text);
      for (const t of TARGETS) {
        const r = spawnSync(goBin, ['list', '-e', ...(t.tags.length ? ['-tags', t.tags.join(',')] : []), '-f', '{{join .GoFiles " "}} {{join .CgoFiles " "}}', '.'], {
          cwd: dir, encoding: 'utf8', timeout: 60_000,
          env: { HOME: os.homedir(), PATH: `${path.dirname(goBin)}:/usr/bin:/bin`, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false', GOOS: t.goos, GOARCH: t.goarch, CGO_ENABLED: t.cgo ? '1' : '0' },
        });
        assert.equal(r.status, 0, r.stderr);
        const want = r.stdout.trim().split(/\s+/).filter(Boolean).sort();
        assert.ok(want.length >= 4, `go list took ${want.join(" ")}`);
        const got = readdirSync(dir).filter((n) => n.endsWith('.go')).filter((name) => {
          const h = readGoHeader(readFileSync(path.join(dir, name), 'utf8'));
          return fileBuilds({ name, goBuild: h.goBuild, plusBuild: h.plusBuild, cgo: h.imports.some((i) => i.path === 'C') }, { ...t, goVersion }) === true;
        }).sort();
        assert.deepEqual(got, want, `${t.goos}/${t.goarch} cgo=${t.cgo} tags=${t.tags.join(',')}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('header: imports in groups, named and dot imports, cgo preambles with quotes; cut headers say so', () => {
  const h = readGoHeader('// x\npackage main // the command\n\nimport (\n\t"fmt"\n\tstr "strings"\n\t. "os"\n\t_ "embed"\n)\n\n/*\n#include "a.h" // "not an import"\n*/\nimport "C"\n\nfunc main() { import_ := 1; _ = import_ }\n');
  assert.equal(h.pkg, 'main');
  assert.deepEqual(h.imports, [{ path: 'fmt', line: 5 }, { path: 'strings', line: 6 }, { path: 'os', line: 7 }, { path: 'embed', line: 8 }, { path: 'C', line: 14 }]);
  assert.equal(h.problem, null);
  assert.match(readGoHeader('package p\n\n/*\n#include <stdio.h>\n', true).problem ?? '', /header longer than the part read/);
  assert.equal(readGoHeader('//go:build a\n//go:build b\npackage p\n').problem, 'multiple //go:build comments');
  assert.equal(readGoHeader('package p\nimport "C"', true).problem, 'header longer than the part read');
  assert.equal(parseGoBuild('linux &&'), null);
  assert.equal(parseGoBuild('(linux'), null);
  assert.deepEqual(parseGoBuild('!cgo'), { op: 'not', x: { op: 'tag', tag: 'cgo' } });
});
