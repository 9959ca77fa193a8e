// inspect as a CI gate fails closed: nothing checked, truncated files, variants, race, build mode
// and the target image's platform, each with the exit code a pipeline sees. Binaries come from the
// real go (test/helpers/go-matrix.ts), truncations are real cut files, runs spawn the built CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, CLI } from '../helpers/cli.js';
import { buildMatrix, MATRIX, type MatrixEntry } from '../helpers/go-matrix.js';
import { execFile } from '../../src/collectors/exec.js';

const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), NO_COLOR: '1' };
const RACE: MatrixEntry = { name: 'linux-amd64-race', goos: 'linux', goarch: 'amd64', cgo: true, flags: ['-race'], linkage: 'dynamic' };

async function built(name: string, entries: MatrixEntry[] = MATRIX): Promise<string> {
  const entry = entries.find((e) => e.name === name);
  assert.ok(entry, `no matrix entry ${name}`);
  const [b] = await buildMatrix([entry]);
  assert.ok(b?.file, `go could not build ${name}: ${b?.error}`);
  return b.file;
}

async function withDir(body: (dir: string) => Promise<void>) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-gates-'));
  try {
    await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function cut(from: string, to: string, bytes: number): Promise<void> {
  const fh = await fs.open(from, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    assert.equal(bytesRead, bytes, `${from} is smaller than ${bytes} bytes`);
    await fs.writeFile(to, buf);
  } finally {
    await fh.close();
  }
}

const ruleIds = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

test('a missing path is exit 2; a non-binary and a directory of archives are GD814 errors under --expect (exit 1)', async () => {
  const app = await built('linux-amd64');
  await withDir(async (dir) => {
    const missing = await runCli(['inspect', '--expect', 'os=linux,arch=amd64', path.join(dir, 'nonexistent/app')], { env, cwd: dir });
    assert.equal(missing.code, 2, missing.stdout);
    assert.match(missing.stderr, /no such file or directory/);

    await fs.writeFile(path.join(dir, 'README'), 'not a binary\n');
    const text = await runCli(['inspect', '--expect', 'os=linux,arch=amd64', 'README', '-f', 'json'], { env, cwd: dir });
    assert.equal(text.code, 1, text.stdout);
    assert.deepEqual(ruleIds(text.stdout), ['GD809', 'GD814']);

    // dist/ as a release job leaves it: archives of the binary, no binary.
    await fs.mkdir(path.join(dir, 'dist'));
    await fs.copyFile(app, path.join(dir, 'app'));
    for (const args of [['czf', 'dist/app_linux_amd64.tar.gz', 'app'], ['cf', 'dist/app_linux_amd64.tar', 'app']]) {
      const r = await execFile('tar', args, { cwd: dir, env });
      assert.equal(r.code, 0, r.stderr);
    }
    const archives = await runCli(['inspect', '--expect', 'os=linux,arch=amd64', 'dist'], { env, cwd: dir });
    assert.equal(archives.code, 1, archives.stdout);
    assert.match(archives.stdout, /GD814 dist yielded no binary to check against --expect: 2 file\(s\), none a Go binary/);
    assert.doesNotMatch(archives.stdout, /checks passed/);
    // Without a gate the same tree is only described.
    assert.equal((await runCli(['inspect', 'dist'], { env, cwd: dir })).code, 0);

    // --require counts binaries.
    await fs.copyFile(app, path.join(dir, 'dist/app'));
    assert.equal((await runCli(['inspect', '--require', '1', 'dist'], { env, cwd: dir })).code, 0);
    const few = await runCli(['inspect', '--require', '2', 'dist'], { env, cwd: dir });
    assert.equal(few.code, 1);
    assert.match(few.stdout, /GD814 1 binaries checked, --require asks for at least 2/);
    assert.equal((await runCli(['inspect', '--require', 'two', 'dist'], { env, cwd: dir })).code, 2);
  });
});

test('a permission-denied file yields no binary: GD814 error under --expect (run as an unprivileged user)', async () => {
  const app = await built('linux-amd64');
  await withDir(async (dir) => {
    await fs.chmod(dir, 0o755);
    const locked = path.join(dir, 'app');
    await fs.copyFile(app, locked);
    await fs.chmod(locked, 0o000);
    // root reads any file: drop to nobody (setpriv, util-linux) so the kernel really refuses.
    const argv = process.getuid?.() === 0
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, 'inspect', '--expect', 'os=linux', locked]] as const
      : [process.execPath, [CLI, 'inspect', '--expect', 'os=linux', locked]] as const;
    const r = await execFile(argv[0], [...argv[1]], { cwd: dir, env, timeoutMs: 60_000 });
    assert.notEqual(r.error, 'ENOENT', 'setpriv (util-linux) is needed to test permission denied as root');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /GD814 .*app yielded no binary to check against --expect: permission denied/);
  });
});

test('truncated binaries are GD815 errors: ELF cut to 2 MB and 100 KB, PE cut short, with or without --expect', async () => {
  const elf = await built('linux-amd64');
  const pe = await built('windows-amd64');
  await withDir(async (dir) => {
    const peSize = (await fs.stat(pe)).size;
    await cut(elf, path.join(dir, 'elf-2m'), 2_000_000);
    await cut(elf, path.join(dir, 'elf-100k'), 100_000);
    await cut(pe, path.join(dir, 'app.exe'), Math.floor(peSize * 0.87));
    const whole = await runCli(['inspect', '--expect', 'os=linux', elf], { env, cwd: dir });
    assert.equal(whole.code, 0, whole.stdout);
    for (const f of ['elf-2m', 'elf-100k', 'app.exe']) {
      const r = await runCli(['inspect', f], { env, cwd: dir });
      assert.equal(r.code, 1, `${f}: ${r.stdout}`);
      assert.match(r.stdout, new RegExp(`GD815 The binary is truncated or corrupt: .* past the end of the file`));
      assert.match(r.stdout, /TRUNCATED/);
    }
    // The cut PE loses its import table: its linkage is unknown, not "static".
    const j = JSON.parse((await runCli(['inspect', '-f', 'json', 'app.exe'], { env, cwd: dir })).stdout);
    assert.equal(j.facts.artifacts.value.binaries[0].linkage, 'unknown');
    const full = JSON.parse((await runCli(['inspect', '-f', 'json', pe], { env, cwd: dir })).stdout);
    assert.equal(full.facts.artifacts.value.binaries[0].linkage, 'dynamic');
    // Mach-O segments, XCOFF sections, 32-bit PE and ELF: every reader checks its extents.
    for (const name of ['darwin-arm64', 'aix-ppc64', 'windows-386', 'linux-arm-v7']) {
      const file = await built(name);
      await cut(file, path.join(dir, name), Math.floor((await fs.stat(file)).size * 0.6));
      const r = await runCli(['inspect', '-f', 'json', name], { env, cwd: dir });
      assert.equal(r.code, 1, `${name}: ${r.stdout}`);
      assert.ok(ruleIds(r.stdout).includes('GD815'), `${name}: ${ruleIds(r.stdout)}`);
    }
    // Headers themselves cut off: GD815 too.
    await cut(elf, path.join(dir, 'elf-40'), 40);
    const head = await runCli(['inspect', 'elf-40'], { env, cwd: dir });
    assert.equal(head.code, 1);
    assert.match(head.stdout, /GD815 elf-40 is truncated or corrupt: truncated: ELF header/);
  });
});

test('no whole binary is called truncated: the matrix, the Go toolchain and Debian\'s go', async () => {
  const all = await buildMatrix();
  const files = all.map((b) => b.file).filter((f): f is string => f !== null);
  assert.ok(files.length >= 25, `only ${files.length} matrix binaries built`);
  const r = await runCli(['inspect', '-f', 'json', ...files, '/usr/local/go/bin', '/usr/local/go/pkg/tool', '/usr/lib/go-1.19/bin'], { env });
  const binaries = JSON.parse(r.stdout).facts.artifacts.value.binaries as { path: string; truncated: string[] }[];
  assert.ok(binaries.length >= files.length);
  assert.deepEqual(binaries.filter((b) => b.truncated.length).map((b) => `${b.path}: ${b.truncated[0]}`), []);
  assert.ok(!ruleIds(r.stdout).includes('GD815'));
});

test('variants, lists, race and buildmode: --expect speaks docker platform syntax; the summary shows them', async () => {
  const v7 = await built('linux-arm-v7');
  const v6 = await built('linux-arm-v6');
  const v3 = await built('linux-amd64-tags');
  const arm64 = await built('linux-arm64');
  const pie = await built('linux-amd64-pie');
  const race = await built('linux-amd64-race', [RACE]);
  const code = async (expect: string, ...files: string[]) => (await runCli(['inspect', '--expect', expect, ...files], { env })).code;
  assert.equal(await code('arch=arm/v7', v7), 0);
  assert.equal(await code('platform=linux/arm/v7', v7), 0);
  assert.equal(await code('platform=linux/arm/v6', v7), 1);
  assert.equal(await code('platform=linux/arm/v6', v6), 0);
  assert.equal(await code('arch=amd64/v3', v3), 0);
  assert.equal(await code('arch=amd64/v3', pie), 1);
  assert.equal(await code('platform=linux/arm64/v8', arm64), 0);
  assert.equal(await code('platform=linux/amd64,linux/arm64,linux/arm/v7', v3, arm64, v7), 0);
  assert.equal(await code('platform=linux/amd64,linux/arm64', v3, arm64, v7), 1);
  assert.equal(await code('race=0', race), 1);
  assert.equal(await code('race=1', race), 0);
  assert.equal(await code('race=0', v3), 0);
  assert.equal(await code('buildmode=pie', pie), 0);
  assert.equal(await code('buildmode=pie', v3), 1);
  assert.equal(await code('arch=arm/v9', v7), 2);
  const mismatch = await runCli(['inspect', '--expect', 'platform=linux/arm/v6', v7], { env });
  assert.match(mismatch.stdout, /GD801 The binary is built for linux\/arm\/v7, expected linux\/arm\/v6/);
  const text = await runCli(['inspect', v7, v3, race, pie], { env });
  assert.match(text.stdout, /linux-arm-v7: go1\.\d+\.\d+ linux\/arm\/v7, ELF 32-bit/);
  assert.match(text.stdout, /linux-amd64-tags: go1\.\d+\.\d+ linux\/amd64\/v3, /);
  assert.match(text.stdout, /linux-amd64-race: .*, cgo on, race/);
  assert.match(text.stdout, /linux-amd64-pie: .*dynamic \(\/lib64\/ld-linux-x86-64\.so\.2\), PIE/);
});

test('--target-image checks the image\'s OS and architecture first: a Windows .exe for scratch, a macOS binary for alpine', async () => {
  const exe = await built('windows-amd64');
  const mac = await built('darwin-arm64');
  const mips = await built('linux-mips');
  const linux = await built('linux-amd64');
  const scratch = await runCli(['inspect', '--target-image', 'scratch', '-f', 'json', exe], { env });
  assert.equal(scratch.code, 1);
  assert.deepEqual(ruleIds(scratch.stdout), ['GD801']);
  const alpine = await runCli(['inspect', '--target-image', 'alpine', mac], { env });
  assert.equal(alpine.code, 1);
  assert.match(alpine.stdout, /GD801 The binary is a darwin\/arm64 Mach-O binary; alpine is a Linux image/);
  const arch = await runCli(['inspect', '--target-image', 'alpine', mips], { env });
  assert.equal(arch.code, 1);
  assert.match(arch.stdout, /GD801 The binary is built for linux\/mips; alpine is published for amd64, .* only/);
  assert.equal((await runCli(['inspect', '--target-image', 'alpine', linux], { env })).code, 0);
});
