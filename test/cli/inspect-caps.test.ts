// File capabilities with real setcap on a real Go binary: inspect shows them, --expect cap= gates
// on them (GD817), and both readers (getcap, getfattr's raw vfs_cap_data) agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { buildMatrix, MATRIX } from '../helpers/go-matrix.js';
import { execFile } from '../../src/collectors/exec.js';
import { LocalHost } from '../../src/collectors/host.js';
import { readFileCaps } from '../../src/collectors/file-caps.js';

const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), NO_COLOR: '1' };
const SETCAP = '/usr/sbin/setcap';

async function setcap(text: string, file: string): Promise<void> {
  const r = await execFile(SETCAP, [text, file], { env });
  assert.equal(r.code, 0, `setcap ${text} failed (needs libcap2-bin and root, scripts/install-test-deps.sh): ${r.error ?? r.stderr}`);
}

async function withBinaries(body: (dir: string) => Promise<void>) {
  const [b] = await buildMatrix([MATRIX.find((e) => e.name === 'linux-amd64')!]);
  assert.ok(b?.file, `go could not build: ${b?.error}`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-caps-'));
  try {
    for (const name of ['served', 'permitted-only', 'rebuilt', 'two caps']) await fs.copyFile(b.file, path.join(dir, name));
    await setcap('cap_net_bind_service=+ep', path.join(dir, 'served'));
    await setcap('cap_net_bind_service=p', path.join(dir, 'permitted-only'));
    await setcap('cap_net_bind_service,cap_net_raw=+ep', path.join(dir, 'two caps'));
    await body(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('inspect lists file capabilities and --expect cap= fails a binary without them (GD817, exit 1)', async () => {
  await withBinaries(async (dir) => {
    const all = await runCli(['inspect', '--expect', 'cap=cap_net_bind_service', '.'], { env, cwd: dir });
    assert.equal(all.code, 1, all.stdout + all.stderr);
    assert.match(all.stdout, /^served: file capabilities cap_net_bind_service=ep$/m);
    assert.match(all.stdout, /^two caps: file capabilities cap_net_bind_service,cap_net_raw=ep$/m);
    assert.match(all.stdout, /^permitted-only: file capabilities cap_net_bind_service=p$/m);
    const json = await runCli(['inspect', '--expect', 'cap=net_bind_service', '-f', 'json', '.'], { env, cwd: dir });
    const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string; messageId: string; location?: { file: string } }[] }).findings;
    assert.deepEqual(findings.map((f) => `${f.ruleId} ${f.messageId} ${f.location?.file}`).sort(), ['GD817 missing rebuilt', 'GD817 notEffective permitted-only']);
    // The one file that has it passes; a copy made without xattrs (a rebuild) loses it.
    assert.equal((await runCli(['inspect', '--expect', 'cap=cap_net_bind_service', 'served'], { env, cwd: dir })).code, 0);
    await fs.copyFile(path.join(dir, 'served'), path.join(dir, 'copied'));
    const copied = await runCli(['inspect', '--expect', 'cap=cap_net_bind_service', 'copied'], { env, cwd: dir });
    assert.equal(copied.code, 1);
    assert.match(copied.stdout, /GD817 The binary carries no cap_net_bind_service file capability/);
    assert.match(copied.stdout, /sudo setcap cap_net_bind_service=\+ep copied/);
    // Several capabilities, joined with '+'.
    assert.equal((await runCli(['inspect', '--expect', 'cap=cap_net_bind_service+cap_net_raw', 'two caps'], { env, cwd: dir })).code, 0);
    assert.equal((await runCli(['inspect', '--expect', 'cap=cap_net_bind_service+cap_net_raw', 'served'], { env, cwd: dir })).code, 1);
    const bad = await runCli(['inspect', '--expect', 'cap=net_bind', 'served'], { env, cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /"net_bind" is not a Linux capability/);
  });
});

test('getcap and getfattr (raw vfs_cap_data) read the same capabilities', async () => {
  await withBinaries(async (dir) => {
    const files = ['served', 'permitted-only', 'rebuilt', 'two caps'].map((n) => path.join(dir, n));
    const host = new LocalHost(env);
    const viaGetcap = await readFileCaps(host, files, ['getcap']);
    const viaGetfattr = await readFileCaps(host, files, ['getfattr']);
    assert.equal(viaGetcap.reader, 'getcap', viaGetcap.problem ?? '');
    assert.equal(viaGetfattr.reader, 'getfattr', `getfattr missing (attr package, scripts/install-test-deps.sh): ${viaGetfattr.problem}`);
    assert.equal(viaGetcap.problem, null);
    assert.equal(viaGetfattr.problem, null);
    assert.deepEqual(viaGetfattr.caps, viaGetcap.caps);
    assert.deepEqual(viaGetcap.caps.get(files[1]!), { permitted: ['cap_net_bind_service'], inheritable: [], effective: false });
    assert.deepEqual(viaGetcap.caps.get(files[3]!), { permitted: ['cap_net_bind_service', 'cap_net_raw'], inheritable: [], effective: true });
    assert.equal(viaGetcap.caps.has(files[2]!), false);
  });
});

test('with no reader, --expect cap= is an error finding that says why, not a pass', async () => {
  await withBinaries(async (dir) => {
    const none = await readFileCaps(new LocalHost(env), [path.join(dir, 'served')], []);
    assert.equal(none.reader, null);
    assert.match(none.problem ?? '', /neither getcap .* nor getfattr/);
  });
});

test('capabilities are read only when asked (-v, --expect cap=); -v reads those found before a long stretch of other files during the walk', async () => {
  await withBinaries(async (dir) => {
    // Walk order: a-served, 600 files of n-sources/, then the four binaries of withBinaries.
    await fs.copyFile(path.join(dir, 'rebuilt'), path.join(dir, 'a-served'));
    await setcap('cap_net_bind_service=+ep', path.join(dir, 'a-served'));
    await fs.mkdir(path.join(dir, 'n-sources'));
    for (let i = 0; i < 600; i++) await fs.writeFile(path.join(dir, 'n-sources', `f${String(i).padStart(3, '0')}.go`), 'package main\n');
    // A getcap first on PATH that logs how many files each run was given.
    const bin = path.join(dir, 'n-sources', 'bin');
    await fs.mkdir(bin);
    const log = path.join(bin, 'runs.log');
    await fs.writeFile(path.join(bin, 'getcap'), `#!/bin/sh\nshift\necho $# >> ${JSON.stringify(log)}\nexec /usr/sbin/getcap -- "$@"\n`, { mode: 0o755 });
    const logged = { ...env, PATH: `${bin}:${env.PATH}` };

    const plain = await runCli(['inspect', '.'], { env: logged, cwd: dir });
    assert.equal(plain.code, 0, plain.stderr);
    assert.doesNotMatch(plain.stdout, /file capabilities/);
    const json = await runCli(['inspect', '-f', 'json', '.'], { env: logged, cwd: dir });
    const caps = (JSON.parse(json.stdout) as { facts: { artifacts: { value: { capabilities: { reader: string | null; problem: string; files: unknown[] } } } } }).facts.artifacts.value.capabilities;
    assert.deepEqual({ reader: caps.reader, files: caps.files }, { reader: null, files: [] });
    assert.match(caps.problem, /not read: .* with -v or --expect cap=/);
    await assert.rejects(fs.readFile(log), 'no getcap ran without -v or --expect cap=');

    const verbose = await runCli(['inspect', '-v', '.'], { env: logged, cwd: dir });
    assert.equal(verbose.code, 0, verbose.stderr);
    assert.match(verbose.stdout, /^a-served: file capabilities cap_net_bind_service=ep$/m);
    assert.match(verbose.stdout, /^served: file capabilities cap_net_bind_service=ep$/m);
    assert.match(verbose.stdout, /^two caps: file capabilities cap_net_bind_service,cap_net_raw=ep$/m);
    assert.doesNotMatch(verbose.stdout, /^rebuilt: file capabilities/m);
    // a-served was read while the walk went through n-sources; the other four after it.
    assert.deepEqual((await fs.readFile(log, 'utf8')).trim().split('\n'), ['1', '4']);
    // --expect cap= reads them too (what GD817 checks).
    await fs.rm(log);
    const expected = await runCli(['inspect', '--expect', 'cap=cap_net_bind_service', '.'], { env: logged, cwd: dir });
    assert.match(expected.stdout, /^a-served: file capabilities cap_net_bind_service=ep$/m);
    assert.ok((await fs.readFile(log, 'utf8')).trim(), 'getcap ran for --expect cap=');
  });
});

test('many files are read in runs of at most 1000, all of them waited for', async () => {
  await withBinaries(async (dir) => {
    const log = path.join(dir, 'runs.log');
    await fs.writeFile(path.join(dir, 'getcap'), `#!/bin/sh\nshift\necho $# >> ${JSON.stringify(log)}\nexec /usr/sbin/getcap -- "$@"\n`, { mode: 0o755 });
    const served = path.join(dir, 'served');
    const read = await readFileCaps(new LocalHost({ ...env, PATH: `${dir}:${env.PATH}` }), [...Array(2500).fill(path.join(dir, 'rebuilt')), served]);
    assert.equal(read.problem, null);
    assert.deepEqual(read.caps.get(served), { permitted: ['cap_net_bind_service'], inheritable: [], effective: true });
    assert.deepEqual((await fs.readFile(log, 'utf8')).trim().split('\n'), ['1000', '1000', '501']);
    // Long paths: a run stops at 128 KiB of arguments.
    const deep = path.join(dir, 'd'.repeat(200), 'é'.repeat(40));
    await fs.mkdir(path.dirname(deep));
    await fs.copyFile(path.join(dir, 'rebuilt'), deep);
    await fs.rm(log);
    const long = await readFileCaps(new LocalHost({ ...env, PATH: `${dir}:${env.PATH}` }), Array(1000).fill(deep));
    assert.equal(long.problem, null);
    const runs = (await fs.readFile(log, 'utf8')).trim().split('\n').map(Number);
    const perPath = Buffer.byteLength(deep) + 1;
    assert.equal(runs.reduce((a, b) => a + b, 0), 1000);
    assert.ok(runs.length > 1 && runs.every((n) => n * perPath < 128 * 1024), `runs ${runs.join(', ')} of ${perPath}-byte paths`);
  });
});
