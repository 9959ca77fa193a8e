// The pure parsers of the system collector, against real files of this machine where one exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statfsSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { mountFor, parseMountinfo } from '../../../src/collectors/system/mountinfo.js';
import { countCpuList, parseCpuMax, parseMemoryLimit, parseProcCgroup } from '../../../src/collectors/system/cgroup.js';
import { contextFromLsZ } from '../../../src/collectors/system/selinux.js';
import { familyOf, packageManagerFor, parseOsRelease } from '../../../src/collectors/system/os.js';
import { glibcFromBanner, glibcFromDpkgStatus, muslFromApkDb } from '../../../src/collectors/system/libc.js';
import { identityFromStatus } from '../../../src/collectors/system/dirs.js';
import { parseDfP } from '../../../src/collectors/disk-space.js';
import { compilerProgram } from '../../../src/collectors/system/cgo.js';
import { cpuFlagsFrom, dpkgNativeArch, parseBinfmtEntry } from '../../../src/collectors/system/platform.js';
import { amd64Level, compareDotted, platformMinimum, numericVersion } from '../../../src/knowledge/platform-minimums.js';
import { stanzasWithLine } from '../../../src/collectors/system/package-db.js';

test('mountinfo: escapes, optional fields, malformed lines, longest prefix wins', () => {
  const text = [
    '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '41 22 0:35 / /tmp rw,nosuid,nodev,noexec shared:20 master:3 - tmpfs tmpfs rw',
    '42 22 0:36 / /mnt/my\\040disk rw - vfat /dev/sdb1 rw',
    'broken line',
    '43 41 0:37 / /tmp/inner rw - tmpfs tmpfs rw',
  ].join('\n');
  const { mounts, problems } = parseMountinfo(text);
  assert.equal(mounts.length, 4);
  assert.equal(problems.length, 1);
  assert.equal(mounts[2]!.mountPoint, '/mnt/my disk');
  assert.equal(mountFor(mounts, '/tmp/x')!.mountPoint, '/tmp');
  assert.equal(mountFor(mounts, '/tmp/inner/y')!.mountPoint, '/tmp/inner');
  assert.equal(mountFor(mounts, '/tmpfoo')!.mountPoint, '/');
  assert.ok(mountFor(mounts, '/tmp/x')!.options.includes('noexec'));
});

test('this machine\'s mountinfo parses without problems and agrees with statfs', () => {
  const { mounts, problems } = parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8'));
  assert.deepEqual(problems, []);
  const root = mountFor(mounts, '/')!;
  assert.equal(root.mountPoint, '/');
  const out = spawnSync('df', ['-Pk', '/'], { encoding: 'utf8' }).stdout;
  const df = parseDfP(out)!;
  const sfs = statfsSync('/');
  assert.equal(df.totalBytes, Math.floor((sfs.blocks * sfs.bsize) / 1024) * 1024);
});

test('cgroup files', () => {
  const { lines, problems } = parseProcCgroup('12:cpu,cpuacct:/docker/abc\n0::/\nnonsense\n');
  assert.deepEqual(lines.map((l) => l.controllers), [['cpu', 'cpuacct'], []]);
  assert.equal(problems.length, 1);
  assert.deepEqual(parseCpuMax('150000 100000\n'), { quota: 150000, period: 100000 });
  assert.deepEqual(parseCpuMax('max 100000'), { quota: null, period: 100000 });
  assert.equal(parseCpuMax('banana'), null);
  assert.equal(parseCpuMax('100 0'), null);
  assert.deepEqual(parseMemoryLimit('max'), { maxBytes: null });
  assert.deepEqual(parseMemoryLimit('9223372036854771712'), { maxBytes: null });
  assert.deepEqual(parseMemoryLimit('536870912'), { maxBytes: 536870912 });
  assert.equal(parseMemoryLimit('lots'), null);
  assert.equal(countCpuList('0-3,8,10-11'), 7);
  assert.equal(countCpuList('3-1'), null);
  assert.equal(countCpuList(''), null);
});

test('ls -Z formats and SELinux contexts with MCS levels', () => {
  assert.deepEqual(contextFromLsZ('system_u:object_r:usr_t:s0 /usr/local/go'), { context: 'system_u:object_r:usr_t:s0', type: 'usr_t' });
  assert.deepEqual(contextFromLsZ('drwxr-xr-x. dev dev unconfined_u:object_r:user_home_t:s0 /home/dev/go'), { context: 'unconfined_u:object_r:user_home_t:s0', type: 'user_home_t' });
  assert.equal(contextFromLsZ('unconfined_u:unconfined_r:container_file_t:s0:c1,c2 /x')!.type, 'container_file_t');
  assert.equal(contextFromLsZ('? /home/dev/go'), null);
  assert.equal(contextFromLsZ(''), null);
});

test('os-release, families and package managers', () => {
  const kv = parseOsRelease('NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.3"\n# comment\ngarbage\n');
  assert.equal(kv.ID, 'rocky');
  assert.equal(familyOf('rocky', ['rhel']), 'rhel');
  assert.equal(familyOf('nixos', []), 'unknown');
  assert.equal(packageManagerFor('rhel', 'centos', '7'), 'yum');
  assert.equal(packageManagerFor('rhel', 'rhel', '9.4'), 'dnf');
  const real = parseOsRelease(readFileSync(existsSync('/etc/os-release') ? '/etc/os-release' : '/usr/lib/os-release', 'utf8'));
  assert.ok(real.ID);
});

test('libc versions from files, checked against getconf on this machine', () => {
  const getconf = /glibc (\d+\.\d+)/.exec(spawnSync('getconf', ['GNU_LIBC_VERSION'], { encoding: 'utf8' }).stdout ?? '')?.[1];
  assert.ok(getconf, 'this machine runs glibc');
  const libc = ['/lib/x86_64-linux-gnu/libc.so.6', '/lib/aarch64-linux-gnu/libc.so.6', '/lib64/libc.so.6'].find((p) => existsSync(p))!;
  assert.equal(glibcFromBanner(readFileSync(libc)), getconf);
  if (existsSync('/var/lib/dpkg/status')) {
    const status = readFileSync('/var/lib/dpkg/status', 'utf8');
    assert.equal(glibcFromDpkgStatus(status), getconf);
    assert.equal(dpkgNativeArch(status), spawnSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).stdout.trim());
  }
  assert.equal(glibcFromDpkgStatus('Package: libc6\nStatus: deinstall ok config-files\nVersion: 2.31-1\n'), null);
  assert.equal(muslFromApkDb('P:musl\nV:1.2.4_git20230717-r4\n'), '1.2.4');
  assert.equal(glibcFromBanner(Buffer.from('no banner here')), null);
});

test('package databases: a stanza is found by its exact line, wherever it sits', () => {
  const db = 'Package: libc6-dev\nVersion: 1\n\nPackage: libc6\nArchitecture: i386\nStatus: install ok installed\n \nX: y\nPackage: libc6\nVersion: 2\n\nPackage: libc6';
  assert.deepEqual([...stanzasWithLine(db, 'Package: libc6')], [
    'Package: libc6\nArchitecture: i386\nStatus: install ok installed',
    'X: y\nPackage: libc6\nVersion: 2',
    'Package: libc6',
  ]);
  assert.deepEqual([...stanzasWithLine('Package: libc6\r\nVersion: 3\r\n', 'Package: libc6')], ['Package: libc6\r\nVersion: 3\r\n']);
  assert.deepEqual([...stanzasWithLine('XPackage: libc6\nPackage: libc6x\n', 'Package: libc6')], []);
  assert.equal(glibcFromDpkgStatus('Package: libc6\nStatus: install ok installed\nVersion: 2.31-13\n\nPackage: libc6\nStatus: deinstall ok config-files\nVersion: 2.28-1\n'), '2.31');
});

test('identity, df, compiler names, binfmt entries, cpu flags', () => {
  const id = identityFromStatus(readFileSync('/proc/self/status', 'utf8'));
  assert.equal(id.uid, process.getuid!());
  assert.equal(parseDfP('Filesystem 1024-blocks Used Available Capacity Mounted on\nC:\\ 100 40 60 40% /mnt/c\n')!.freeBytes, 60 * 1024);
  assert.equal(parseDfP('garbage'), null);
  assert.equal(compilerProgram('"/opt/my cc/bin/gcc" -m64'), '/opt/my cc/bin/gcc');
  assert.equal(compilerProgram('zig cc -target x86_64-linux-musl'), 'zig');
  const b = parseBinfmtEntry('qemu-aarch64', 'enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: POCF\noffset 0\nmagic 7f454c46\n');
  assert.deepEqual([b.enabled, b.interpreter, b.flags], [true, '/usr/libexec/qemu-binfmt/aarch64-binfmt-P', 'POCF']);
  for (const name of readdirSync('/proc/sys/fs/binfmt_misc', { withFileTypes: true }).filter((e) => e.isFile() && !['register', 'status'].includes(e.name)).map((e) => e.name)) {
    assert.equal(typeof parseBinfmtEntry(name, readFileSync(`/proc/sys/fs/binfmt_misc/${name}`, 'utf8')).enabled, 'boolean');
  }
  assert.equal(cpuFlagsFrom('model name : x\n'), null);
  assert.equal(amd64Level(new Set(cpuFlagsFrom('flags : sse sse2 pni ssse3 cx16 sse4_1 sse4_2 popcnt lahf_lm\n')!)), 'v2');
  assert.equal(amd64Level(new Set()), 'v1');
});

test('platform minimums come from the release notes', () => {
  assert.equal(platformMinimum('linux', 'go1.24.0')!.version, '3.2');
  assert.equal(platformMinimum('linux', 'go1.23.9')!.version, '2.6.32');
  assert.equal(platformMinimum('linux', 'go1.26.0', 'loong64')!.version, '5.19');
  assert.equal(platformMinimum('darwin', 'go1.26.1')!.version, '12');
  assert.equal(platformMinimum('darwin', 'go1.22.0')!.version, '10.15');
  assert.equal(platformMinimum('windows', 'go1.21.0')!.version, '10.0');
  assert.equal(platformMinimum('freebsd', 'go1.19')!.version, '12.2');
  assert.equal(platformMinimum('plan9', 'go1.26.0'), null);
  assert.equal(compareDotted('3.10', '3.2'), 1);
  assert.equal(numericVersion('5.14.0-427.13.1.el9_4.x86_64'), '5.14.0');
  // The "Go needs kernel 3.17" claim is false: no table entry, rule or doc may carry it.
  for (const f of ['src/knowledge/platform-minimums.ts', 'docs/rules/GD401.md', 'src/rules/system/gd401-os-below-go-minimum.ts']) {
    assert.ok(!readFileSync(f, 'utf8').includes('3.17'), f);
  }
});
