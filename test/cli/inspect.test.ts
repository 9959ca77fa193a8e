// End-to-end: the built CLI inspecting real binaries, like a user in CI runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';
import { rulesIn } from '../../src/rules/index.js';
import { ARTIFACT_RULES, ARTIFACT_VULN_RULES } from '../../src/rules/artifact/index.js';

const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), NO_COLOR: '1' };

async function tree(body: (dir: string) => Promise<void>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-inspect-'));
  try {
    await fs.mkdir(path.join(dir, 'bin/sub'), { recursive: true });
    await fs.copyFile(REAL_GO, path.join(dir, 'bin/go'));
    await fs.copyFile(DEBIAN_GO, path.join(dir, 'bin/sub/go-1.19'));
    await fs.copyFile('/bin/ls', path.join(dir, 'bin/ls'));
    await fs.writeFile(path.join(dir, 'bin/README'), 'not a binary\n');
    await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('inspect runs every artifact rule of the registry (the vulnerability ones with --vuln): it loads the area list, not the registry', () => {
  const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
  assert.deepEqual(ids([...ARTIFACT_RULES, ...ARTIFACT_VULN_RULES]).sort(), ids(rulesIn(['artifact'])));
});

test('inspect DIR: one summary line per Go binary, non-Go files skipped quietly, exit 0', async () => {
  await tree(async (dir) => {
    const r = await runCli(['inspect', 'bin'], { env, cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('bin/'));
    assert.deepEqual(lines.map((l) => l.split(':')[0]), ['bin/go', 'bin/sub/go-1.19']);
    assert.match(lines[0]!, /^bin\/go: go1\.26\.\d+ linux\/amd64\/v1, ELF 64-bit LE x86-64, static, cgo off, trimpath/);
    assert.match(lines[1]!, /go1\.19\.8 linux\/amd64\/v1, .*dynamic \(\/lib64\/ld-linux-x86-64\.so\.2\), needs GLIBC_2\.\d+, cgo on/);
    assert.doesNotMatch(r.stdout, /README|bin\/ls/);
    const v = await runCli(['inspect', '-v', 'bin'], { env, cwd: dir });
    assert.match(v.stdout, /bin\/ls: elf binary, not built by Go/);
    assert.match(v.stdout, /bin\/README: not an ELF/);
  });
});

test('inspect -m prints the module listing like go version -m', async () => {
  const r = await runCli(['inspect', '-m', REAL_GO], { env });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\n\tpath\tcmd\/go\n/);
  assert.match(r.stdout, /\n\tbuild\t-buildmode=exe\n/);
  assert.match(r.stdout, /\n\tbuild\tGOOS=linux\n/);
});

test('--expect mismatches are findings with rule ids and exit 1; matching expectations exit 0', async () => {
  const bad = await runCli(['inspect', '--expect', 'os=linux,arch=arm64,cgo=1,min-go=1.30', REAL_GO], { env });
  assert.equal(bad.code, 1);
  for (const id of ['GD801', 'GD802', 'GD804']) assert.match(bad.stdout, new RegExp(id));
  const good = await runCli(['inspect', '--expect', 'os=linux,arch=amd64,cgo=0,static,trimpath,min-go=1.22.5', REAL_GO], { env });
  assert.equal(good.code, 0, good.stdout);
  assert.match(good.stdout, /0 error\(s\)/);
});

test('--target-image: a glibc cgo binary cannot start in alpine or scratch', async () => {
  const r = await runCli(['inspect', '--target-image', 'alpine', '--format', 'json', DEBIAN_GO], { env });
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.findings.map((f: { ruleId: string }) => f.ruleId), ['GD810']);
  assert.equal(report.facts.artifacts.value.binaries[0].interpreter, '/lib64/ld-linux-x86-64.so.2');
  const s = await runCli(['inspect', '--target-image', 'scratch', DEBIAN_GO], { env });
  assert.match(s.stdout, /GD810 .*has no C library/);
  assert.match(s.stdout, /GD813/);
});

test('sarif and markdown carry the same findings', async () => {
  const sarif = JSON.parse((await runCli(['inspect', '-f', 'sarif', '--expect', 'arch=arm64', REAL_GO], { env })).stdout);
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].ruleId, 'GD801');
  const md = await runCli(['inspect', '-f', 'markdown', '--expect', 'arch=arm64', REAL_GO], { env });
  assert.match(md.stdout, /`GD801` wrong-target-platform/);
});

test('usage errors exit 2; unreadable inputs are findings, not crashes', async () => {
  assert.equal((await runCli(['inspect'], { env })).code, 2);
  const badKey = await runCli(['inspect', '--expect', 'colour=red', REAL_GO], { env });
  assert.equal(badKey.code, 2);
  assert.match(badKey.stderr, /unknown key "colour"/);
  const badImage = await runCli(['inspect', '--target-image', 'gentoo', REAL_GO], { env });
  assert.equal(badImage.code, 2);
  assert.match(badImage.stderr, /known images: scratch, alpine/);
  const missing = await runCli(['inspect', '/nonexistent/binary', '/dev/null'], { env });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /"\/nonexistent\/binary": no such file or directory/);
  const device = await runCli(['inspect', '/dev/null'], { env });
  assert.equal(device.code, 0);
  assert.match(device.stdout, /GD809 Cannot inspect: device/);
});
