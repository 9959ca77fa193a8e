// fix's file handling on hostile files: FIFOs, devices, read-only files, other owners, kills.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixFileError, readForEdit } from '../../src/fix/files.js';
import { applyChanges, undoLast } from '../../src/fix/apply.js';
import { readManifest } from '../../src/fix/journal.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'godiag-fixfiles-'));
}

function change(file: string, text = 'export X=1\n') {
  const before = readForEdit(file);
  return { before, after: Buffer.concat([before.bytes ?? Buffer.alloc(0), Buffer.from(text)]), fixes: [{ ruleId: 'GD000', title: 'test' }] };
}

test('a FIFO, a device and a directory are refused at once, never opened for a blocking read', () => {
  const d = scratch();
  try {
    spawnSync('mkfifo', [join(d, 'fifo')]);
    assert.ok(lstatSync(join(d, 'fifo')).isFIFO(), 'mkfifo made a FIFO');
    symlinkSync('/dev/zero', join(d, 'zero'));
    const start = Date.now();
    assert.throws(() => readForEdit(join(d, 'fifo')), (e: Error) => e instanceof FixFileError && /a FIFO; godiag changes only regular files/.test(e.message));
    assert.throws(() => readForEdit(join(d, 'zero')), (e: Error) => e instanceof FixFileError && /\/dev\/zero is a character device/.test(e.message));
    assert.throws(() => readForEdit(d), /a directory/);
    assert.ok(Date.now() - start < 1000);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('a read-only (0444) file is not overwritten, and says why', () => {
  const d = scratch();
  try {
    const f = join(d, '.profile');
    writeFileSync(f, 'keep\n');
    chmodSync(f, 0o444);
    assert.throws(() => readForEdit(f), /read-only \(mode 0444\); not changed/);
    assert.equal(readFileSync(f, 'utf8'), 'keep\n');
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('a file bigger than any startup file is refused', () => {
  const d = scratch();
  try {
    const f = join(d, 'big');
    writeFileSync(f, Buffer.alloc(5 * 1024 * 1024, 0x23));
    assert.throws(() => readForEdit(f), /larger than any startup file/);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('apply keeps mode and owner of the file (and its backup), edits a symlink\'s target, undo restores it', (t) => {
  if (process.getuid?.() !== 0) t.diagnostic('not root: owner kept is checked for the own uid only');
  const d = scratch();
  try {
    const real = join(d, 'dotfiles', 'profile');
    const link = join(d, 'home', '.profile');
    spawnSync('mkdir', ['-p', join(d, 'dotfiles'), join(d, 'home')]);
    writeFileSync(real, '# mine\n');
    chmodSync(real, 0o600);
    const owner = process.getuid?.() === 0 ? 1000 : process.getuid!();
    if (process.getuid?.() === 0) chownSync(real, 1000, 1000);
    symlinkSync('../dotfiles/profile', link);
    const env = { HOME: join(d, 'home') };
    const { journal, outcomes } = applyChanges([change(link)], env);
    assert.deepEqual(outcomes.map((o) => o.outcome), ['written']);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(real, 'utf8'), '# mine\nexport X=1\n');
    const st = statSync(real);
    assert.deepEqual([st.mode & 0o7777, st.uid], [0o600, owner]);
    const backup = join(journal, 'backup-0');
    assert.deepEqual([statSync(backup).mode & 0o7777, statSync(backup).uid, readFileSync(backup, 'utf8')], [0o600, owner, '# mine\n']);
    undoLast(env);
    assert.equal(readFileSync(real, 'utf8'), '# mine\n');
    assert.deepEqual([statSync(real).mode & 0o7777, statSync(real).uid], [0o600, owner]);
    assert.ok(lstatSync(link).isSymbolicLink());
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('undo removes a file (and the directories) apply created, and leaves a file changed since', () => {
  const d = scratch();
  try {
    const home = join(d, 'home');
    const created = join(home, '.config', 'fish', 'conf.d', 'go.fish');
    const env = { HOME: home };
    spawnSync('mkdir', ['-p', home]);
    applyChanges([change(created, 'set -gx GOPATH /x\n')], env);
    assert.equal(readFileSync(created, 'utf8'), 'set -gx GOPATH /x\n');
    undoLast(env);
    assert.ok(!existsSync(join(home, '.config', 'fish')), 'created directories removed');

    const f = join(home, '.zshenv');
    writeFileSync(f, 'a\n');
    applyChanges([change(f)], env);
    writeFileSync(f, 'the user edited it since\n');
    const r = undoLast(env);
    assert.deepEqual(r.outcomes.map((o) => o.outcome), ['skipped']);
    assert.equal(readFileSync(f, 'utf8'), 'the user edited it since\n');
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

function sha(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

test('killed during apply/undo 20 times: the file is whole, backups are complete, the next run leaves no temp file', async () => {
  const d = scratch();
  try {
    const home = join(d, 'home');
    spawnSync('mkdir', ['-p', home]);
    const target = join(home, '.profile');
    const original = Buffer.alloc(3 * 1024 * 1024, '# a long profile line\n');
    writeFileSync(target, original);
    const applied = Buffer.concat([original, Buffer.from('# applied\n')]);
    const root = join(home, '.local/state/godiag/fix');
    for (let i = 0; i < 20; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'kill-harness.ts'), target, home], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 400)));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
      const now = readFileSync(target);
      assert.ok(now.equals(original) || now.equals(applied), `kill ${i}: the file is the old or the new one (${now.length} bytes)`);
      for (const name of existsSync(root) ? readdirSync(root).filter((n) => n.startsWith('apply-')) : []) {
        const m = readManifest(join(root, name));
        assert.ok(m, `kill ${i}: ${name} has a readable manifest`);
        for (const e of m.entries) if (e.backup) assert.equal(sha(readFileSync(join(root, name, e.backup))), e.sha256Before, `kill ${i}: ${name}/${e.backup} complete`);
      }
    }
    // The next run cleans up what the kills left.
    const before = readForEdit(target);
    applyChanges([{ before, after: before.bytes!.equals(applied) ? original : applied, fixes: [] }], { HOME: home });
    assert.deepEqual(readdirSync(home).filter((n) => n.includes('.godiag-tmp-')), [], 'no temp file next to the target');
    assert.deepEqual(readdirSync(root).filter((n) => n.startsWith('.partial-') || n === 'lock'), [], 'no half-built journal, no lock');
    for (const name of readdirSync(root)) assert.deepEqual(readdirSync(join(root, name)).filter((n) => n.includes('.godiag-tmp-')), [], `${name} has no temp file`);
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});

test('temp files and half-built journals of a dead run are removed by the next run; a live run\'s are kept', () => {
  const d = scratch();
  try {
    const home = join(d, 'home');
    const root = join(home, '.local/state/godiag/fix');
    spawnSync('mkdir', ['-p', join(root, '.partial-apply-x')]);
    const target = join(home, '.profile');
    writeFileSync(target, 'a\n');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(home, `..profile.godiag-tmp-${dead}`), 'half');
    writeFileSync(join(home, `..profile.godiag-tmp-${process.ppid}`), 'a live process');
    writeFileSync(join(root, 'lock'), dead);
    applyChanges([change(target)], { HOME: home });
    assert.deepEqual(readdirSync(home).filter((n) => n.includes('.godiag-tmp-')), [`..profile.godiag-tmp-${process.ppid}`]);
    assert.deepEqual(readdirSync(root).filter((n) => !n.startsWith('apply-')), [], 'stale lock and partial journal gone');
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
});
