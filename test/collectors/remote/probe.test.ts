import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost, readFiles, readlinks } from '../../../src/collectors/host.js';
import { RemoteHost } from '../../../src/collectors/remote/remote-host.js';
import { ProbeSession } from '../../../src/collectors/remote/session.js';

// The probe under the shells a minimal target has: busybox ash and dash (Debian's /bin/sh).
const SHELLS = [['busybox', 'sh', '-s'], ['/bin/sh', '-s']];

/** A tree whose names hold what a shell would otherwise interpret. */
function hostileTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-probe-tree-'));
  const odd = join(dir, "it's $(touch PWNED) `x` *\nline");
  mkdirSync(odd);
  writeFileSync(join(odd, 'plain.txt'), 'hello\n');
  writeFileSync(join(dir, 'binary.bin'), Buffer.concat([randomBytes(70_000), Buffer.from([0, 10, 13, 0xff])]));
  writeFileSync(join(dir, 'tool'), '#!/bin/sh\necho tool\n');
  chmodSync(join(dir, 'tool'), 0o755);
  symlinkSync('binary.bin', join(dir, 'link'));
  symlinkSync('loop', join(dir, 'loop'));
  symlinkSync('missing-target', join(dir, 'dangling'));
  writeFileSync(join(dir, '.hidden'), 'h');
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  return dir;
}

for (const shell of SHELLS) {
  test(`probe through ${shell.join(' ')}: file calls answer as LocalHost does, hostile names stay values`, async () => {
    const dir = hostileTree();
    const local = new LocalHost(process.env);
    const remote = await RemoteHost.connect('local-probe', { argv: shell, env: process.env });
    try {
      const odd = join(dir, "it's $(touch PWNED) `x` *\nline");
      const paths = [dir, odd, join(odd, 'plain.txt'), join(dir, 'binary.bin'), join(dir, 'tool'), join(dir, 'link'), join(dir, 'loop'), join(dir, 'dangling'), join(dir, 'fifo'), join(dir, 'absent')];
      for (const p of paths) {
        for (const m of ['stat', 'lstat'] as const) {
          const [a, b] = [await local[m](p), await remote[m](p)];
          assert.equal(b === null, a === null, `${m} ${p}`);
          if (a && b) assert.deepEqual({ ...b, mtimeMs: 0 }, { ...a, mtimeMs: 0 }, `${m} ${p}`);
          if (a && b) assert.equal(b.mtimeMs, Math.floor(a.mtimeMs / 1000) * 1000, `${m} mtime (seconds) ${p}`);
        }
        assert.deepEqual(await remote.readlink(p), await local.readlink(p), `readlink ${p}`);
        assert.deepEqual(await remote.realpath(p), await local.realpath(p), `realpath ${p}`);
        assert.equal(await remote.isExecutable(p), await local.isExecutable(p), `isExecutable ${p}`);
        assert.deepEqual(await remote.readBytes(p), await local.readBytes(p), `readBytes ${p}`);
        assert.deepEqual(await remote.readBytes(p, 10), await local.readBytes(p, 10), `readBytes 10 ${p}`);
        assert.deepEqual(await remote.readTail(p, 7), await local.readTail(p, 7), `readTail ${p}`);
        assert.deepEqual(await remote.readdirTyped(p), await local.readdirTyped(p), `readdirTyped ${p}`);
        assert.deepEqual(await remote.readdir(p), await local.readdir(p), `readdir ${p}`);
      }
      // The batched calls answer, path for path, what the single calls answer, in one request each.
      assert.deepEqual(await readFiles(remote, paths, 100_000), await readFiles(local, paths, 100_000), 'readFiles');
      assert.deepEqual(await readFiles(remote, paths, 3), await readFiles(local, paths, 3), 'readFiles 3 bytes');
      assert.deepEqual(await readlinks(remote, paths), await readlinks(local, paths), 'readlinks');
      assert.deepEqual(await readFiles(remote, [], 10), [], 'readFiles of nothing');
      // Without a newline in any name, the batch takes one cat (or one readlink -z) for all.
      const plain = paths.filter((p) => !p.includes('\n'));
      assert.deepEqual(await readFiles(remote, plain, 100_000), await readFiles(local, plain, 100_000), 'readFiles, one cat');
      assert.deepEqual(await readFiles(remote, plain, 10), await readFiles(local, plain, 10), 'readFiles, a file larger than asked');
      assert.deepEqual(await readlinks(remote, plain), await readlinks(local, plain), 'readlinks, one readlink');
      const many = Array.from({ length: 600 }, (_, i) => (i % 2 ? join(dir, 'link') : join(dir, 'absent')));
      assert.deepEqual(await readlinks(remote, many), many.map((_, i) => (i % 2 ? 'binary.bin' : null)), 'readlinks over several batches');
      assert.ok(!existsSync(join(dir, 'PWNED')) && !existsSync('PWNED'), 'nothing in a name was executed');
      assert.ok((await remote.diskSpace(dir))!.totalBytes > 0);
      assert.equal(remote.platform, 'linux');
      assert.equal(remote.env.HOME, process.env.HOME);
    } finally {
      await remote.close();
      rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(remote.tempDir.length > 0 && !existsSync(remote.tempDir), `the probe's temporary directory ${remote.tempDir} is removed`);
  });
}

test('probe: a batch of files or links is one process where the tools allow, the slow way otherwise', async () => {
  const dir = hostileTree();
  const session = new ProbeSession({ argv: ['/bin/sh', '-s'], env: process.env });
  try {
    await session.start();
    const files = [join(dir, 'binary.bin'), join(dir, 'tool'), join(dir, 'absent'), join(dir, 'link'), join(dir, '.hidden')];
    const all = await session.request('reads', ['100000', ...files], 10_000, 1 << 20);
    assert.deepEqual(all.fields.slice(0, 2), ['okc', '11011']);
    assert.equal(all.blobs.length, 1);
    const cut = await session.request('reads', ['10', ...files], 10_000, 1 << 20);
    assert.deepEqual([cut.fields[0], cut.blobs.map((b) => b.length)], ['ok', [10, 10, 10, 1]], 'a file larger than asked: one head each');
    const links = await session.request('readlinks', [join(dir, 'link'), join(dir, 'dangling')], 10_000, 1 << 20);
    assert.deepEqual([links.fields, links.blobs.map(String)], [['okz', '11'], ['binary.bin\0missing-target\0']]);
    const mixed = await session.request('readlinks', [join(dir, 'link'), join(dir, 'tool')], 10_000, 1 << 20);
    assert.deepEqual([mixed.fields, mixed.blobs.map(String)], [['okz', '10'], ['binary.bin\0']], 'only links are asked');
    symlinkSync('tool', join(dir, 'new\nline'));
    const odd = await session.request('readlinks', [join(dir, 'link'), join(dir, 'new\nline')], 10_000, 1 << 20);
    assert.deepEqual([odd.fields, odd.blobs.map(String)], [['ok', '11'], ['binary.bin\n', 'tool\n']], 'a newline in a name: one readlink each');
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('probe runs commands with exactly the given environment, argument arrays, deadlines and output caps', async () => {
  const remote = await RemoteHost.connect('local-probe', { argv: ['busybox', 'sh', '-s'], env: process.env });
  try {
    const env = { PATH: '/usr/bin:/bin', ONLY: "a'b $(x)\nc" };
    const r = await remote.run('sh', ['-c', 'printf "%s|" "$@"; printf "%s" "$ONLY"; echo oops >&2; exit 3', 'sh', "x y", "it's", '$(id)', ''], { env, cwd: '/' });
    assert.equal(r.code, 3);
    assert.equal(r.stdout, "x y|it's|$(id)||a'b $(x)\nc");
    assert.equal(r.stderr, 'oops\n');
    const envOut = await remote.run('env', [], { env });
    assert.deepEqual(envOut.stdout.trim().split('\n').filter((l) => !l.startsWith('_GODIAG')).slice(0, 1), ['PATH=/usr/bin:/bin'], 'nothing but the given environment');
    const relative = await remote.run('sh', ['-c', 'true'], { env: { PATH: 'bin:.' } });
    assert.equal(relative.ok, false);
    assert.match(relative.error ?? '', /absolute PATH entries/);
    const t0 = performance.now();
    const slow = await remote.run('sleep', ['30'], { env, timeoutMs: 1000 });
    assert.equal(slow.timedOut, true);
    assert.ok(performance.now() - t0 < 5000, `killed at its deadline (${Math.round(performance.now() - t0)} ms)`);
    const big = await remote.run('sh', ['-c', 'yes | head -c 10000000; echo done'], { env, maxBytes: 1000 });
    assert.equal(big.truncated, true);
    assert.equal(big.stdout.length, 1000);
    const after = await remote.run('echo', ['still', 'answering'], { env });
    assert.equal(after.stdout, 'still answering\n');
    const missing = await remote.run('no-such-program-x', [], { env });
    assert.equal(missing.ok, false);
    assert.match(missing.error ?? '', /ENOENT/);
  } finally {
    await remote.close();
  }
});

for (const shell of SHELLS) {
  test(`probe through ${shell.join(' ')}: a command whose children hang, one of them in a session of its own, ends at its deadline with none left`, { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'godiag-probe-hang-'));
    const remote = await RemoteHost.connect('local-probe', { argv: shell, env: process.env });
    try {
      // A fake go: a child in its group keeps stdout open, a grandchild escapes with setsid.
      const prog = join(dir, 'go');
      writeFileSync(prog, `#!/bin/sh\nsleep 301 &\nsetsid sleep 302 &\necho started\nwait\n`);
      chmodSync(prog, 0o755);
      const start = Date.now();
      const r = await remote.run(prog, ['version'], { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 1000 });
      assert.ok(Date.now() - start < 5000, `answered after ${Date.now() - start} ms`);
      assert.equal(r.timedOut, true);
      assert.equal(remote.broken, null, 'the session holds');
      // The next request is answered as usual.
      assert.equal((await remote.run('/bin/echo', ['next'], { env: { PATH: '/usr/bin:/bin' } })).stdout, 'next\n');
      const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => /^sleep 30[12]$/.test(l.trim()));
      assert.deepEqual(left, [], 'no process of the command is left');
    } finally {
      await remote.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`probe through ${shell.join(' ')}: positional reads of a large binary match the file, a few requests each`, async () => {
    const remote = await RemoteHost.connect('local-probe', { argv: shell, env: process.env });
    try {
      const file = process.execPath;
      const local = await new LocalHost(process.env).openFile(file, { headBytes: 16 });
      const far = await remote.openFile(file, { headBytes: 16 });
      assert.ok(!('error' in local) && !('error' in far));
      assert.deepEqual(far.head, local.head);
      for (const [o, n] of [[0, 64], [4095, 2], [4096, 4096], [1_000_003, 300_000], [far.size - 10, 100], [far.size + 5, 10], [12_345_677, 2_000_000]] as const) {
        assert.deepEqual(await far.read(o, n), await local.read(o, n), `read ${o} +${n}`);
      }
    } finally {
      await remote.close();
    }
  });
}

test('probe: a command that exits at once but leaves a setsid grandchild holding its output answers within a second or two, names and kills it', { timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-probe-left-'));
  const remote = await RemoteHost.connect('local-probe', { argv: ['busybox', 'sh', '-s'], env: process.env });
  try {
    const prog = join(dir, 'go');
    // The pause lets the grandchild leave the group before its parent exits (else the group kill takes it).
    writeFileSync(prog, '#!/bin/sh\nsetsid sleep 304 &\nsleep 0.3\necho hi\n');
    chmodSync(prog, 0o755);
    const start = Date.now();
    const r = await remote.run(prog, ['version'], { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 5000 });
    assert.ok(Date.now() - start < 4000, `answered after ${Date.now() - start} ms`);
    assert.equal(r.stdout, 'hi\n');
    assert.deepEqual(r.leftover?.map((l) => l.command), ['sleep']);
    assert.equal(remote.broken, null);
    assert.deepEqual(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.trim() === 'sleep 304'), []);
  } finally {
    await remote.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Processes whose environment holds NAME=VALUE (Linux /proc), as "PID COMMAND". */
function processesWith(mark: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(mark)) out.push(`${pid} ${readFileSync(`/proc/${pid}/comm`, 'utf8').trim()}`);
    } catch { /* gone, or not ours to read */ }
  }
  return out;
}

/** processesWith, asked until none is left or `ms` have passed: a killed process takes a moment to go. */
async function processesLeftWith(mark: string, ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = processesWith(mark);
    if (left.length === 0 || Date.now() >= until) return left;
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const shell of SHELLS) {
  test(`probe through ${shell.join(' ')}: nothing of the probe outlives the session (the after-run sweeper included)`, { timeout: 30_000 }, async () => {
    const mark = `GODIAG_TEST_SESSION=${process.pid}.${shell[0]!.replace(/\W/g, '')}`;
    const [name, value] = mark.split('=') as [string, string];
    const remote = await RemoteHost.connect('local-probe', { argv: shell, env: { ...process.env, [name]: value } });
    const r = await remote.run('/bin/true', [], { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 5000 });
    assert.equal(r.code, 0);
    assert.notDeepEqual(processesWith(mark), [], 'the probe itself carries the mark');
    await remote.close();
    // Whatever the probe started is gone once close returns and the signals it sent have landed
    // (a few milliseconds; 400 allowed for a loaded machine): a sleeper left to wake a second after
    // the temporary directory was removed swept /proc and wrote to /dev/null in a root being torn down.
    assert.deepEqual(await processesLeftWith(mark, 400), []);
  });
}
