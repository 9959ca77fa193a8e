import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { LocalHost, RecordedHost } from '../../src/collectors/host.js';

test('readTail returns the end of a file (recent log lines), on local and recorded hosts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-tail-'));
  try {
    mkdirSync(join(dir, 'var/log'), { recursive: true });
    const log = join(dir, 'var/log/x.log');
    writeFileSync(log, 'old line\n'.repeat(1000) + 'recent denial\n');
    assert.equal(await new LocalHost({}).readTail(log, 14), 'recent denial\n');
    assert.equal(await new RecordedHost(dir, 'linux', {}).readTail('/var/log/x.log', 14), 'recent denial\n');
    assert.equal(await new LocalHost({}).readTail(join(dir, 'missing'), 10), null);
    assert.equal(await new LocalHost({}).readTail(dir, 10), null, 'directories are not read');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readdirTyped gives lstat types in name order, on local and recorded hosts; pseudo files read to EOF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-readdir-'));
  try {
    mkdirSync(join(dir, 'tree/b-dir'), { recursive: true });
    writeFileSync(join(dir, 'tree/c-file'), 'x');
    symlinkSync('b-dir', join(dir, 'tree/a-link'));
    const want = [
      { name: 'a-link', isFile: false, isDir: false, isSymlink: true },
      { name: 'b-dir', isFile: false, isDir: true, isSymlink: false },
      { name: 'c-file', isFile: true, isDir: false, isSymlink: false },
    ];
    assert.deepEqual(await new LocalHost({}).readdirTyped(join(dir, 'tree')), want);
    assert.deepEqual(await new RecordedHost(dir, 'linux', {}).readdirTyped('/tree'), want);
    assert.equal(await new LocalHost({}).readdirTyped(join(dir, 'tree/c-file')), null);
    // /proc files report size 0: read until EOF, not as empty.
    assert.match((await new LocalHost({}).readText('/proc/self/status')) ?? '', /^Name:/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readText: whole small files, a cap on large ones, pseudo files to EOF, and never a FIFO or a directory', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-readtext-'));
  try {
    const host = new LocalHost({});
    writeFileSync(join(dir, 'small'), 'héllo\n');
    writeFileSync(join(dir, 'big'), 'x'.repeat(100));
    writeFileSync(join(dir, 'empty'), '');
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    assert.equal(await host.readText(join(dir, 'small')), 'héllo\n');
    assert.equal(await host.readText(join(dir, 'big'), 10), 'x'.repeat(10));
    assert.equal(await host.readText(join(dir, 'empty')), '');
    assert.match((await host.readText('/proc/self/status')) ?? '', /^Name:/);
    assert.equal(await host.readText(join(dir, 'fifo')), null, 'a FIFO is not read (its open would block)');
    assert.equal(await host.readText(dir), null);
    assert.equal(await host.readText(join(dir, 'missing')), null);
    assert.equal(await new RecordedHost(dir, 'linux', {}).readText('/small'), 'héllo\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
