// GD619 and GD716 against the real go command: the err/ and ok/ fixtures are linted, then the
// builds they name are run for real (go1.26 on PATH and go1.19), in a copy of the fixture, in the
// conditions the finding names (CGO_ENABLED=0; a cross-compile with CC set; no C compiler on PATH).
// go must fail with exactly the text godiag predicts, and build what godiag is silent about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES, lintDir } from '../helpers/lint.js';
import type { Finding } from '../../src/facts/findings.js';

const GO126 = '/usr/local/go/bin/go';
const GO119 = '/usr/lib/go-1.19/bin/go';

/** A copy of a fixture in a temp dir (go writes nothing into the repository). */
function copy(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `godiag-${name.replace('/', '-')}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A bin directory holding only `go` (no gcc, no cc): the machine without a C compiler. */
function goOnlyPath(goBin: string): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'godiag-nocc-'));
  symlinkSync(goBin, path.join(bin, 'go'));
  return bin;
}

interface Run { code: number | null; stderr: string }

function run(file: string, args: string[], cwd: string, env: Record<string, string>): Run {
  const r = spawnSync(file, args, {
    cwd, encoding: 'utf8', timeout: 180_000,
    env: { HOME: os.homedir(), PATH: `${path.dirname(GO126)}:/usr/bin:/bin`, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false', GOCACHE: path.join(os.tmpdir(), 'godiag-cgo-gocache'), ...env },
  });
  if (r.error) throw r.error;
  return { code: r.status, stderr: r.stderr };
}

function go(goBin: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  return run(goBin, args, cwd, { PATH: `${path.dirname(goBin)}:/usr/bin:/bin`, ...env });
}

/** go's error with the build's directory (the image's /src, the fixture's path) replaced by the copy's. */
function predicted(f: Finding, from: string, to: string): string {
  const e = (f.evidence as { goError?: string | null }).goError;
  assert.ok(e, `${f.ruleId} at ${f.location?.file}:${f.location?.line} predicts no error`);
  return e.split(from).join(to);
}

function at(findings: Finding[], rule: string, file: string, line: number, messageId?: string): Finding[] {
  return findings.filter((f) => f.ruleId === rule && f.location?.file === file && f.location.line === line && (!messageId || f.messageId === messageId));
}

test('GD619: the alpine builder, ENV CGO_ENABLED=0 and the $BUILDPLATFORM cross stage fail as predicted; the rest builds', async () => {
  const { findings, files } = await lintDir(path.join(FIXTURES, 'err/gd619'), null);
  const dir = copy('err/gd619');
  try {
    // Dockerfile:7, golang:1.22-alpine: no C compiler, CGO_ENABLED unset. Go 1.20+ turns cgo off by itself.
    const [alpine] = at(findings, 'GD619', 'Dockerfile', 7, 'excluded');
    const noCc = goOnlyPath(GO126);
    const r1 = run(GO126, ['build', '-o', path.join(dir, 'out-convert'), './cmd/convert'], dir, { PATH: noCc });
    assert.notEqual(r1.code, 0);
    assert.equal(r1.stderr.trim(), predicted(alpine!, '/src', dir));
    // ... and the server, whose thumbs package falls back to pure Go, builds there (Dockerfile:9: no finding).
    assert.equal(at(findings, 'GD619', 'Dockerfile', 9).length, 0);
    assert.equal(run(GO126, ['build', '-o', path.join(dir, 'out-server'), './cmd/server'], dir, { PATH: noCc }).code, 0);
    // Go 1.19 does not turn cgo off without a compiler: it fails at gcc instead. That is why the rule
    // speaks of golang:*-alpine images of Go 1.20 and later only.
    const old = run(GO119, ['build', '-o', path.join(dir, 'out-convert'), './cmd/convert'], dir, { PATH: goOnlyPath(GO119) });
    assert.match(old.stderr, /cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in \$PATH/);

    // Dockerfile.release:7, ENV CGO_ENABLED=0, go build ./...: heif through cmd/convert is an error,
    // plugins/ocr is only matched by ./... and left out without a word.
    const [release] = at(findings, 'GD619', 'Dockerfile.release', 7, 'excluded');
    const [skipped] = at(findings, 'GD619', 'Dockerfile.release', 7, 'skipped');
    assert.equal(skipped!.severity, 'info');
    for (const bin of [GO126, GO119]) {
      const all = go(bin, ['build', './...'], dir, { CGO_ENABLED: '0' });
      assert.notEqual(all.code, 0);
      assert.equal(all.stderr.trim(), predicted(release!, '/src', dir), `${bin} build ./...`);
      assert.doesNotMatch(all.stderr, /ocr/);
      const plugins = go(bin, ['build', './plugins/...'], dir, { CGO_ENABLED: '0' });
      assert.equal(plugins.code, 0, `${bin}: ./plugins/... matches only ocr, which go leaves out: ${plugins.stderr}`);
      const named = go(bin, ['build', './plugins/ocr'], dir, { CGO_ENABLED: '0' });
      assert.equal(named.stderr.trim(), `package example.com/imaging/plugins/ocr: build constraints exclude all Go files in ${dir}/plugins/ocr`);
    }
    // build/multiarch.Dockerfile:7, GOARCH=$TARGETARCH on $BUILDPLATFORM: the arm64 leg on an amd64
    // builder is a cross-compile; cgo is off even with CC set.
    const [cross] = at(findings, 'GD619', 'build/multiarch.Dockerfile', 7, 'crossLegs');
    for (const bin of [GO126, GO119]) {
      const r = go(bin, ['build', '-o', path.join(dir, 'out-arm64'), './cmd/convert'], dir, { GOOS: 'linux', GOARCH: os.arch() === 'arm64' ? 'amd64' : 'arm64', CC: 'gcc' });
      assert.notEqual(r.code, 0);
      assert.equal(r.stderr.trim(), predicted(cross!, '/src', dir), bin);
    }
    assert.equal(files.goPackages?.cgoFiles, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GD619 ok: with a //go:build !cgo fallback the same builds succeed, and godiag is silent', async () => {
  const { findings } = await lintDir(path.join(FIXTURES, 'ok/gd619'), null);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'GD619'), []);
  const dir = copy('ok/gd619');
  try {
    for (const bin of [GO126, GO119]) {
      const r = go(bin, ['build', '-o', path.join(dir, 'out'), './cmd/convert'], dir, { CGO_ENABLED: '0' });
      assert.equal(r.code, 0, `${bin}: ${r.stderr}`);
      assert.equal(go(bin, ['build', './...'], dir, { CGO_ENABLED: '0' }).code, 0);
    }
    assert.equal(run(GO126, ['build', '-o', path.join(dir, 'out'), './cmd/convert'], dir, { PATH: goOnlyPath(GO126) }).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GD716: make, the cross-compiling GitHub step and the alpine GitLab job fail as predicted', async () => {
  const { findings } = await lintDir(path.join(FIXTURES, 'err/gd716'), null);
  const src = path.join(FIXTURES, 'err/gd716');
  const dir = copy('err/gd716');
  try {
    // The Makefile, run by make itself: export CGO_ENABLED = 0 reaches the recipe.
    const [mk] = at(findings, 'GD716', 'Makefile', 7, 'excluded');
    for (const bin of [GO126, GO119]) {
      const r = run('/usr/bin/make', ['-s', 'build'], dir, { PATH: `${path.dirname(bin)}:/usr/bin:/bin` });
      assert.notEqual(r.code, 0);
      assert.ok(r.stderr.includes(predicted(mk!, src, dir)), `${bin} via make:\n${r.stderr}`);
      // `make vet-hid` builds hid, which has a !cgo file: no finding, and it builds.
      assert.equal(run('/usr/bin/make', ['-s', 'vet-hid'], dir, { PATH: `${path.dirname(bin)}:/usr/bin:/bin` }).code, 0);
    }
    assert.equal(at(findings, 'GD716', 'Makefile', 10).length, 0);
    // The GitHub step on an amd64 runner: GOARCH=arm64 with CC set in the job env.
    const [gh] = at(findings, 'GD716', '.github/workflows/release.yml', 11, 'excluded');
    for (const bin of [GO126, GO119]) {
      const r = go(bin, ['build', '-o', path.join(dir, 'sensord-arm64'), './cmd/sensord'], dir, { GOOS: 'linux', GOARCH: os.arch() === 'arm64' ? 'amd64' : 'arm64', CC: 'aarch64-linux-gnu-gcc' });
      assert.equal(r.stderr.trim(), predicted(gh!, src, dir), bin);
    }
    // The GitLab job in golang:1.23-alpine: no C compiler.
    const [gl] = at(findings, 'GD716', '.gitlab-ci.yml', 5, 'excluded');
    const r = run(GO126, ['build', '-o', path.join(dir, 'sensord'), './cmd/sensord'], dir, { PATH: goOnlyPath(GO126) });
    assert.equal(r.stderr.trim(), predicted(gl!, src, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GD716 ok: fallbacks, a native arm64 runner, a compiler installed in the job: silent, and go builds', async () => {
  const { findings } = await lintDir(path.join(FIXTURES, 'ok/gd716'), null);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'GD716'), []);
  const dir = copy('ok/gd716');
  try {
    for (const bin of [GO126, GO119]) {
      assert.equal(run('/usr/bin/make', ['-s', 'build'], dir, { PATH: `${path.dirname(bin)}:/usr/bin:/bin` }).code, 0);
      const native = run('/usr/bin/make', ['-s', 'build'], path.join(dir, 'native'), { PATH: `${path.dirname(bin)}:/usr/bin:/bin` });
      assert.equal(native.code, 0, native.stderr);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a package left out by ./... is no error: go builds the pattern and reports nothing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-skip-'));
  try {
    mkdirSync(path.join(dir, 'only'));
    cpSync(path.join(FIXTURES, 'err/gd619/go.mod'), path.join(dir, 'go.mod'));
    cpSync(path.join(FIXTURES, 'err/gd619/heif/heif.go'), path.join(dir, 'only/heif.go'));
    for (const bin of [GO126, GO119]) {
      const r = go(bin, ['build', './...'], dir, { CGO_ENABLED: '0' });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /^(go: warning: "\.\/\.\.\." matched no packages\n)?$/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a replaced local module outside the linted tree: its cgo package is found, and make fails as predicted', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'godiag-replace-'));
  try {
    const write = (rel: string, text: string) => { mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); writeFileSync(path.join(root, rel), text); };
    write('drivers/go.mod', 'module example.com/drivers\n\ngo 1.19\n');
    write('drivers/gpio/gpio.go', 'package gpio\n\n// static int pins(void) { return 40; }\nimport "C"\n\n// Pins is the header\'s pin count.\nfunc Pins() int { return int(C.pins()) }\n');
    write('app/go.mod', 'module example.com/app\n\ngo 1.19\n\nrequire example.com/drivers v0.0.0\n\nreplace example.com/drivers => ../drivers\n');
    write('app/cmd/app/main.go', 'package main\n\nimport "example.com/drivers/gpio"\n\nfunc main() { println(gpio.Pins()) }\n');
    write('app/Makefile', 'app:\n\tCGO_ENABLED=0 go build -o bin/app ./cmd/app\n');
    const { findings, files } = await lintDir(path.join(root, 'app'), null);
    assert.deepEqual(files.goPackages?.modules, [{ path: 'example.com/app', dir: '' }, { path: 'example.com/drivers', dir: '../drivers' }]);
    const [f] = at(findings, 'GD716', 'Makefile', 2, 'excluded');
    assert.ok(f, JSON.stringify(findings.map((x) => x.ruleId)));
    for (const bin of [GO126, GO119]) {
      const r = run('/usr/bin/make', ['-s', 'app'], path.join(root, 'app'), { PATH: `${path.dirname(bin)}:/usr/bin:/bin` });
      assert.notEqual(r.code, 0);
      assert.ok(r.stderr.includes((f.evidence as { goError: string }).goError), `${bin}:\n${r.stderr}\npredicted:\n${(f.evidence as { goError: string }).goError}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
