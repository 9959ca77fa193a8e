// Broken machines: missing /proc and /sys, malformed mountinfo and cgroup files, unreadable
// entries (a directory or a FIFO where a file belongs), unknown distributions, garbage bytes.
// Every case must end with schema-valid facts, reasons in `skipped`, and no hang or throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { RecordedHost } from '../../../src/collectors/host.js';
import { systemCollector } from '../../../src/collectors/system/index.js';
import { SystemSchema, type SystemFacts } from '../../../src/facts/schema/system.js';
import { runRules } from '../../../src/engine/run.js';
import { SYSTEM_RULES } from '../../../src/rules/system/index.js';
import { factsWith } from '../../helpers/rules.js';

async function machine(files: Record<string, string | Buffer>, env: Record<string, string> = { HOME: '/home/x', PATH: '/usr/bin' }) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-bad-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    await fs.writeFile(p, content);
  }
  return { root, host: new RecordedHost(root, 'linux', env) };
}

async function collectWithin(host: RecordedHost, ms = 10_000): Promise<SystemFacts> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('collector hung')), ms); });
  try {
    return SystemSchema.parse(await Promise.race([systemCollector.collect(host, { cwd: '/' }, {}), timeout]));
  } finally {
    clearTimeout(timer);
  }
}

function rulesRunCleanly(system: SystemFacts) {
  const r = runRules(SYSTEM_RULES, factsWith({ system }));
  // Rules that also need another area (GD440: the project) are skipped for want of it; none may fail.
  assert.deepEqual(r.skipped.filter((s) => !/^\w+ facts were not collected$/.test(s.reason)), [], 'no rule may fail on degraded facts');
  return r.findings.map((f) => `${f.ruleId}:${f.messageId}`);
}

test('an empty tree (no /proc, /sys, /etc): every fact skipped with a reason', async () => {
  const { root, host } = await machine({});
  try {
    const s = await collectWithin(host);
    const facts = new Set(s.skipped.map((x) => x.fact));
    for (const f of ['os.kernel', 'os.distro', 'arch.machine', 'mounts', 'cgroup', 'user']) assert.ok(facts.has(f), `${f} not reported: ${JSON.stringify(s.skipped)}`);
    assert.equal(s.os.family, 'unknown');
    assert.equal(s.cgroup.version, null);
    assert.equal(s.libc.kind, 'unknown');
    // No C compiler and no CA bundle are real findings, and the only ones.
    assert.deepEqual(rulesRunCleanly(s), ['GD406:defaultOff', 'GD416:none']);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('malformed mountinfo, cgroup, cpu.max, memory.max and cpuinfo; unknown distribution', async () => {
  const { root, host } = await machine({
    'etc/os-release': 'ID=plan10\nNAME="Plan 10"\n',
    'proc/sys/kernel/osrelease': 'not-a-version\n',
    'proc/self/mountinfo': 'garbage\n\u0000\u0001\u0002\n1 2 3\n30 1 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n',
    'proc/self/cgroup': 'nonsense\n0::/app\n',
    'proc/self/status': 'Uid: banana\nCpus_allowed_list:\t0-x\n',
    'proc/cpuinfo': Buffer.from([0xff, 0xfe, 0x00, 0x41]),
    'sys/fs/cgroup/app/cpu.max': 'banana 100000\n',
    'sys/fs/cgroup/app/memory.max': 'lots\n',
    'etc/ssl/certs/ca-certificates.crt': 'not a certificate\n',
  });
  try {
    const s = await collectWithin(host);
    const reasons = s.skipped.map((x) => `${x.fact}: ${x.reason}`).join('\n');
    assert.match(reasons, /mountinfo line 1 is malformed/);
    assert.match(reasons, /mountinfo line 3 is malformed/);
    assert.match(reasons, /\/proc\/self\/cgroup line 1 is malformed/);
    assert.match(reasons, /cpu\.max is malformed/);
    assert.match(reasons, /memory\.max is malformed/);
    assert.match(reasons, /unknown distribution "plan10"/);
    assert.equal(s.os.packageManager, null);
    assert.equal(s.os.kernelVersion, null);
    assert.equal(s.cgroup.version, 2);
    assert.equal(s.cgroup.cpu.limit, null);
    assert.equal(s.user.uid, null);
    assert.equal(s.cgroup.affinityCpus, null);
    const ids = rulesRunCleanly(s);
    assert.deepEqual(ids, ['GD406:defaultOff', 'GD416:none']);
    // Unknown distribution: the fix lists every package manager instead of guessing one.
    const f = runRules(SYSTEM_RULES, factsWith({ system: s })).findings.find((x) => x.ruleId === 'GD416')!;
    assert.ok(f.fixes.filter((x) => x.kind === 'command').length >= 4);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('a directory or a FIFO where a file belongs: treated as unreadable, never blocks', async () => {
  const { root, host } = await machine({ 'etc/os-release/README': 'a directory, not a file' });
  try {
    await fs.mkdir(path.join(root, 'proc/self'), { recursive: true });
    const fifo = spawnSync('mkfifo', [path.join(root, 'proc/self/cgroup'), path.join(root, 'proc/self/mountinfo')]);
    assert.equal(fifo.status, 0, 'mkfifo is available');
    const s = await collectWithin(host, 5_000);
    const reasons = s.skipped.map((x) => `${x.fact}: ${x.reason}`).join('\n');
    assert.match(reasons, /os\.distro: \/etc\/os-release and \/usr\/lib\/os-release are missing/);
    assert.match(reasons, /cgroup: \/proc\/self\/cgroup is missing or unreadable/);
    assert.match(reasons, /mounts: \/proc\/self\/mountinfo is missing or unreadable/);
    rulesRunCleanly(s);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('a recorded command that is missing or fails is a skipped fact, not an error', async () => {
  const { root } = await machine({ 'etc/os-release': 'ID=debian\nVERSION_ID=12\n', 'var/lib/dpkg/status': '' });
  const host = new RecordedHost(root, 'linux', { PATH: '/usr/bin' }, [{ argv: ['dpkg', '--print-architecture'], stdout: '', code: 2 }]);
  try {
    const s = await collectWithin(host);
    assert.equal(s.arch.userland, null);
    assert.equal(s.os.packageManager, 'apt');
    assert.equal(s.cgo.cc?.path, null);
    // gcc is not on this machine's PATH: Go 1.20+ turns cgo off by default.
    assert.deepEqual([s.cgo.reason, s.cgo.enabled], ['no-compiler', false]);
    rulesRunCleanly(s);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('a broken machine.json is a clear error naming the field', async () => {
  const { loadRecordedHost } = await import('../../../src/collectors/recorded.js');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-badjson-'));
  try {
    await fs.writeFile(path.join(dir, 'machine.json'), JSON.stringify({ platform: 'beos', env: {} }));
    await assert.rejects(loadRecordedHost(dir), /machine\.json: note: .*platform/s);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('no ls -Z (busybox): the label is read from the security.selinux xattr instead', async () => {
  const { root } = await machine({ 'sys/fs/selinux/enforce': '1', 'etc/selinux/config': 'SELINUXTYPE=targeted\n', 'home/x/go/.keep': '' });
  const host = new RecordedHost(root, 'linux', { HOME: '/home/x', PATH: '/usr/bin' }, [
    { argv: ['ls', '-Zd', '/home/x/go'], stdout: '', stderr: "ls: unrecognized option: Z\n", code: 1 },
    { argv: ['getfattr', '--only-values', '--absolute-names', '-n', 'security.selinux', '/home/x/go'], stdout: 'unconfined_u:object_r:user_tmp_t:s0\0' },
  ]);
  try {
    const s = await collectWithin(host);
    const label = s.selinux.labels.find((l) => l.role === 'GOPATH')!;
    assert.deepEqual([s.selinux.mode, label.type, label.expected], ['enforcing', 'user_tmp_t', null]);
    assert.ok(rulesRunCleanly(s).includes('GD408:noRule'));
    assert.ok(s.skipped.some((x) => x.fact === 'selinux.audit'));
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('Debian with the musl package (musl-gcc) still reports glibc; a musl-only tree reports musl', async () => {
  const status = 'Package: libc6\nStatus: install ok installed\nVersion: 2.36-9+deb12u8\n\nPackage: musl\nStatus: install ok installed\nVersion: 1.2.3-1\n';
  const both = await machine({ 'var/lib/dpkg/status': status, 'lib/ld-musl-x86_64.so.1': '', 'lib/x86_64-linux-gnu/libc.so.6': '' });
  const muslOnly = await machine({ 'lib/ld-musl-aarch64.so.1': '' });
  try {
    const a = await collectWithin(both.host);
    assert.deepEqual([a.libc.kind, a.libc.version], ['glibc', '2.36']);
    const b = await collectWithin(muslOnly.host);
    assert.deepEqual([b.libc.kind, b.libc.source], ['musl', '/lib/ld-musl-aarch64.so.1']);
  } finally {
    await fs.rm(both.root, { recursive: true, force: true });
    await fs.rm(muslOnly.root, { recursive: true, force: true });
  }
});
