// This machine, for real: the system collector's facts against independent probes (real go,
// getconf, node's os module), real GOAMD64 binaries, a real cgroup quota and a real noexec mount.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { LocalHost } from '../../../src/collectors/host.js';
import { systemCollector } from '../../../src/collectors/system/index.js';
import { SystemSchema, type SystemFacts } from '../../../src/facts/schema/system.js';
import { runRules } from '../../../src/engine/run.js';
import { SYSTEM_RULES } from '../../../src/rules/system/index.js';
import { defaultGomaxprocs } from '../../../src/knowledge/platform-minimums.js';
import { factsWith } from '../../helpers/rules.js';

const GO = '/usr/local/go/bin/go';
const GOENV: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw' };
const isRoot = process.getuid?.() === 0;

function sh(file: string, args: string[], env: NodeJS.ProcessEnv = GOENV, cwd?: string) {
  const r = spawnSync(file, args, { env, cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: (r.stdout ?? '').trim(), err: (r.stderr ?? '').trim() };
}

async function collectHere(env: NodeJS.ProcessEnv = process.env): Promise<SystemFacts> {
  return SystemSchema.parse(await systemCollector.collect(new LocalHost(env), { cwd: process.cwd() }, {}));
}

function ruleIds(system: SystemFacts): string[] {
  return runRules(SYSTEM_RULES, factsWith({ system })).findings.map((f) => `${f.ruleId}:${f.messageId}`);
}

/** A throwaway module with one main package; removed by the caller. */
async function module(goLine: string, main: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-sys-'));
  await fs.writeFile(path.join(dir, 'go.mod'), `module example.com/probe\n\ngo ${goLine}\n`);
  await fs.writeFile(path.join(dir, 'main.go'), main);
  return dir;
}

test('this machine: facts agree with go env, getconf and the os module', async () => {
  const s = await collectHere();
  assert.equal(s.os.platform, 'linux');
  assert.equal(s.os.kernelRelease, os.release());
  assert.equal(s.arch.goarch, sh(GO, ['env', 'GOHOSTARCH']).out);
  const getconf = /glibc (\d+\.\d+)/.exec(sh('getconf', ['GNU_LIBC_VERSION']).out)?.[1];
  assert.deepEqual([s.libc.kind, s.libc.version], getconf ? ['glibc', getconf] : [s.libc.kind, s.libc.version]);
  assert.equal(s.cgo.enabled, sh(GO, ['env', 'CGO_ENABLED']).out === '1');
  const gcc = sh('which', ['gcc']).out || null;
  assert.equal(s.cgo.cc?.path ?? null, gcc);
  if (gcc) assert.match(s.cgo.cc!.version!, /gcc|GCC/);
  assert.equal(s.cgroup.affinityCpus, os.availableParallelism());
  if (existsSync('/.dockerenv')) assert.ok(s.container.inContainer);
  assert.equal(s.user.uid, process.getuid!());
  assert.deepEqual(s.skipped.filter((x) => x.fact === 'mounts' || x.fact === 'cgroup'), []);
  // Go's own view of the trust store decides whether GD416 may fire.
  const dir = await module('1.26', 'package main\nimport ("crypto/x509";"fmt")\nfunc main(){p,err:=x509.SystemCertPool();if err!=nil{fmt.Println(0);return};fmt.Println(len(p.Subjects()))}\n');
  try {
    const goRoots = Number(sh(GO, ['run', '.'], GOENV, dir).out);
    assert.equal(ruleIds(s).includes('GD416:none'), goRoots === 0);
    assert.equal((s.ca.certificates ?? 0) > 0, goRoots > 0);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  // cgo on with glibc here: the libc floor is reported, nothing else is wrong with this machine.
  const expected = s.cgo.enabled && s.libc.kind === 'glibc' ? ['GD405:glibc'] : [];
  assert.deepEqual(ruleIds(s).filter((id) => !id.startsWith('GD416') && !id.startsWith('GD425')), expected);
});

test('GOAMD64: every level the collector claims runs, every level above it is refused', { skip: os.arch() !== 'x64' && 'not amd64' }, async () => {
  const s = await collectHere();
  const dir = await module('1.26', 'package main\nfunc main(){println("ok")}\n');
  try {
    for (const level of ['v2', 'v3', 'v4'] as const) {
      const exe = path.join(dir, `probe-${level}`);
      assert.equal(sh(GO, ['build', '-o', exe, '.'], { ...GOENV, GOAMD64: level }, dir).code, 0);
      const ran = sh(exe, []);
      assert.equal(ran.code === 0, s.arch.amd64Level! >= level, `${level}: exit ${ran.code} ${ran.err}; detected ${s.arch.amd64Level}`);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

const PRINT_PROCS = 'package main\nimport ("fmt";"runtime")\nfunc main(){fmt.Println(runtime.GOMAXPROCS(0))}\n';

test('GOMAXPROCS predicted from the facts equals what a real Go 1.26 program picks (go 1.26 and go 1.24 modules)', async () => {
  const s = await collectHere();
  const version = /go\d+\.\d+(\.\d+)?/.exec(sh(GO, ['version']).out)![0];
  for (const goLine of ['1.26', '1.24']) {
    const dir = await module(goLine, PRINT_PROCS);
    try {
      const env: NodeJS.ProcessEnv = { ...GOENV };
      delete env.GOMAXPROCS;
      delete env.GODEBUG;
      const real = Number(sh(GO, ['run', '.'], env, dir).out);
      const predicted = defaultGomaxprocs({ goVersion: version, mainModuleGo: goLine, godebug: null, affinityCpus: s.cgroup.affinityCpus!, cpuLimit: s.cgroup.cpu.limit });
      assert.equal(predicted.procs, real, `go ${goLine}: ${predicted.why}`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
});

/** Make a v1 or v2 cgroup with a CPU quota and a memory limit; null when this machine does not allow it. */
async function makeCgroup(): Promise<{ procs: string[]; remove: () => Promise<void> } | null> {
  if (!isRoot) return null;
  const name = `godiag-test-${process.pid}`;
  const v2 = existsSync('/sys/fs/cgroup/cgroup.controllers');
  const made: string[] = [];
  try {
    if (v2) {
      const d = `/sys/fs/cgroup/${name}`;
      await fs.mkdir(d); made.push(d);
      await fs.writeFile(`${d}/cpu.max`, '150000 100000');
      await fs.writeFile(`${d}/memory.max`, String(512 * 2 ** 20));
      return { procs: [`${d}/cgroup.procs`], remove: async () => { for (const x of made) await fs.rmdir(x).catch(() => {}); } };
    }
    const cpu = `/sys/fs/cgroup/cpu/${name}`;
    const mem = `/sys/fs/cgroup/memory/${name}`;
    await fs.mkdir(cpu); made.push(cpu);
    await fs.mkdir(mem); made.push(mem);
    await fs.writeFile(`${cpu}/cpu.cfs_quota_us`, '150000');
    await fs.writeFile(`${mem}/memory.limit_in_bytes`, String(512 * 2 ** 20));
    return { procs: [`${cpu}/cgroup.procs`, `${mem}/cgroup.procs`], remove: async () => { for (const x of made.reverse()) await fs.rmdir(x).catch(() => {}); } };
  } catch {
    for (const x of made.reverse()) await fs.rmdir(x).catch(() => {});
    return null;
  }
}

test('a real cgroup with cpu quota 150000/100000 and 512 MiB: facts, GD411, and Go\'s own GOMAXPROCS', async (t) => {
  const cg = await makeCgroup();
  if (!cg) { t.skip('needs root and a writable cgroup filesystem (the recorded cgroup machines cover this)'); return; }
  try {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/collectors/system/collect-child.ts', ...cg.procs], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    assert.equal(child.status, 0, child.stderr);
    const s = SystemSchema.parse(JSON.parse(child.stdout));
    assert.equal(s.cgroup.cpu.limit, 1.5);
    assert.equal(s.cgroup.memory.maxBytes, 512 * 2 ** 20);
    assert.ok(ruleIds(s).includes('GD411:unset'));
    // The go program started inside the same cgroup picks what the facts predict.
    const dir = await module('1.26', PRINT_PROCS);
    try {
      const exe = path.join(dir, 'procs');
      assert.equal(sh(GO, ['build', '-o', exe, '.'], GOENV, dir).code, 0);
      const joined = cg.procs.map((p) => `echo $$ > ${p}`).join(' && ');
      const real = Number(spawnSync('sh', ['-c', `${joined} && exec ${exe}`], { encoding: 'utf8' }).stdout.trim());
      const predicted = defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: null, affinityCpus: s.cgroup.affinityCpus!, cpuLimit: s.cgroup.cpu.limit });
      assert.equal(real, predicted.procs);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  } finally {
    await cg.remove();
  }
});

test('a real noexec tmpfs as TMPDIR and as GOCACHE: go fails as GD412 says', async (t) => {
  if (!isRoot) { t.skip('mounting needs root (the debian12-noexec-tmp machine covers this)'); return; }
  const mnt = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-noexec-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'noexec,size=256m', 'tmpfs', mnt]).status === 0;
  if (!mounted) { await fs.rmdir(mnt); t.skip('mount -t tmpfs failed here'); return; }
  const dir = await module('1.26', 'package main\nfunc main(){println("ok")}\n');
  try {
    await fs.writeFile(path.join(dir, 'main_test.go'), 'package main\nimport "testing"\nfunc TestOK(t *testing.T){}\n');
    // TMPDIR on noexec: the collector sees it, GD412 fires, and go test really fails.
    const tmpEnv: NodeJS.ProcessEnv = { ...GOENV, TMPDIR: mnt };
    delete tmpEnv.GOTMPDIR;
    const s1 = await collectHere(tmpEnv);
    assert.ok(s1.dirs.find((d) => d.role === 'TMPDIR')!.mount!.options.includes('noexec'));
    assert.ok(ruleIds(s1).includes('GD412:work'));
    const t1 = sh(GO, ['test', '.'], tmpEnv, dir);
    assert.notEqual(t1.code, 0);
    assert.match(t1.out + t1.err, /permission denied/);
    // GOCACHE on noexec: the second go run executes the cached binary and fails (Go 1.24+).
    const cacheEnv = { ...GOENV, GOCACHE: path.join(mnt, 'cache') };
    const s2 = await collectHere(cacheEnv);
    assert.ok(ruleIds(s2).includes('GD412:cache'));
    assert.equal(sh(GO, ['run', '.'], cacheEnv, dir).code, 0);
    const second = sh(GO, ['run', '.'], cacheEnv, dir);
    assert.notEqual(second.code, 0);
    assert.match(second.err, /permission denied/);
    // GOTMPDIR on an exec-allowed disk cures the TMPDIR case, as the fix says.
    const cured = { ...tmpEnv, GOTMPDIR: dir };
    assert.ok(!ruleIds(await collectHere(cured)).includes('GD412:work'));
    assert.equal(sh(GO, ['test', '.'], cured, dir).code, 0);
  } finally {
    spawnSync('umount', [mnt]);
    await fs.rmdir(mnt).catch(() => {});
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('a go built for another architecture: the collector reads its headers and GD402 names it', async () => {
  const dir = await module('1.26', 'package main\nfunc main(){}\n');
  try {
    const foreign = os.arch() === 'arm64' ? 'amd64' : 'arm64';
    const exe = path.join(dir, 'go');
    assert.equal(sh(GO, ['build', '-o', exe, '.'], { ...GOENV, GOOS: 'linux', GOARCH: foreign, CGO_ENABLED: '0' }, dir).code, 0);
    const run = spawnSync(exe, [], { encoding: 'utf8' });
    const probeError = run.error ? String(run.error.message) : `exit ${run.status}`;
    const earlier = { toolchains: { ok: true as const, value: { installs: [{ path: exe, realPath: exe, reportedVersion: null, reportedPlatform: null, versionFile: null, probeError, isShim: false }], offPath: [] } } };
    const s = SystemSchema.parse(await systemCollector.collect(new LocalHost(), { cwd: process.cwd() }, earlier as never));
    assert.deepEqual(s.go.unrunnable.map((u) => [u.goos, u.goarch]), [['linux', foreign]]);
    const hasEmulator = s.emulation.binfmt.some((b) => b.enabled && /qemu/.test(b.name));
    if (!hasEmulator) {
      assert.ok(run.error || run.status !== 0, 'the foreign binary must not run without an emulator');
      assert.ok(ruleIds(s).includes('GD402:noEmulator'));
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
