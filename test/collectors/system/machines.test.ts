// Recorded machines (test/fixtures/machines/*) run through the real system collector and rules;
// each machine.json says where the recording came from and which findings it must yield.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadRecordedHost } from '../../../src/collectors/recorded.js';
import { systemCollector } from '../../../src/collectors/system/index.js';
import { SystemSchema, type SystemFacts } from '../../../src/facts/schema/system.js';
import { runRules } from '../../../src/engine/run.js';
import { SYSTEM_RULES } from '../../../src/rules/system/index.js';
import { factsWith } from '../../helpers/rules.js';
import { parseDfP } from '../../../src/collectors/disk-space.js';

const MACHINES = 'test/fixtures/machines';

export async function collectMachine(name: string): Promise<{ system: SystemFacts; expect: string[] }> {
  const { host, earlier, machine } = await loadRecordedHost(path.join(MACHINES, name));
  const value = await systemCollector.collect(host, { cwd: '/' }, earlier);
  return { system: SystemSchema.parse(value), expect: machine.expect };
}

function findings(system: SystemFacts): string[] {
  return runRules(SYSTEM_RULES, factsWith({ system })).findings.map((f) => `${f.ruleId}:${f.messageId}`).sort();
}

for (const name of readdirSync(MACHINES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  test(`${name}: every directory examined has a recorded owner and mode (checkouts are owned by anyone)`, async () => {
    const { host, earlier, machine } = await loadRecordedHost(path.join(MACHINES, name));
    const system = SystemSchema.parse(await systemCollector.collect(host, { cwd: '/' }, earlier));
    if (system.user.uid === null || system.user.uid === 0) return; // root writes anywhere; Windows has no uid
    for (const d of system.dirs) {
      if (d.role !== 'GOROOT') assert.ok(d.examined && machine.stat[d.examined], `${d.role}: no "stat" entry for ${d.examined}`);
    }
  });

  test(`${name}: yields exactly its recorded findings`, async () => {
    const { system, expect } = await collectMachine(name);
    assert.deepEqual(findings(system), [...expect].sort(), JSON.stringify(system.skipped));
  });
}

/** Findings of one machine with their rendered messages and fix commands. */
async function report(name: string) {
  const { system } = await collectMachine(name);
  const fs = runRules(SYSTEM_RULES, factsWith({ system })).findings;
  const commands = (id: string) => fs.filter((f) => f.ruleId === id).flatMap((f) => f.fixes.flatMap((x) => (x.kind === 'command' ? [x.command] : [])));
  const messages = (id: string) => fs.filter((f) => f.ruleId === id).map((f) => f.message).join('\n');
  return { system, commands, messages };
}

test('RHEL 9: restorecon for the mislabelled cache, semanage + restorecon for the path outside the policy', async () => {
  const r = await report('rhel9-selinux-enforcing');
  assert.deepEqual(r.commands('GD408'), ['sudo restorecon -Rv /home/dev/.cache/go-build', `sudo semanage fcontext -a -t user_home_t '/srv/gomodcache(/.*)?' && sudo restorecon -Rv /srv/gomodcache`]);
  assert.match(r.messages('GD409'), /gitlab_runner_t/);
  assert.doesNotMatch(r.messages('GD409'), /chronyd/);
  assert.deepEqual([r.system.selinux.mode, r.system.selinux.policy, r.system.os.packageManager], ['enforcing', 'targeted', 'dnf']);
});

test('Alpine: musl, apk fixes, memory.max from the container', async () => {
  const r = await report('alpine-320-container');
  assert.deepEqual([r.system.libc.kind, r.system.libc.version, r.system.container.runtime], ['musl', '1.2.5', 'docker']);
  assert.ok(r.commands('GD416').includes('apk add --no-cache ca-certificates && update-ca-certificates'));
  assert.ok(r.commands('GD406').includes('apk add --no-cache gcc musl-dev'));
  assert.ok(r.commands('GD411').includes('export GOMEMLIMIT=460MiB'));
});

test('Ubuntu + snap: apt fix for the missing gcc, chown for the root-owned cache', async () => {
  const r = await report('ubuntu-2404-snap-go');
  assert.ok(r.commands('GD406').includes('sudo apt-get install -y gcc libc6-dev'));
  assert.deepEqual(r.commands('GD413'), ['sudo chown -R "$(id -u):$(id -g)" /home/ana/.cache/go-build']);
  assert.equal(r.system.libc.version, '2.39');
});

test('cgroups: v2 quota 1.5 CPUs on 8, v1 quota 2 CPUs on 16, malformed lines reported', async () => {
  const v2 = await report('cgroup-v2-container-cpu-quota');
  assert.deepEqual([v2.system.cgroup.version, v2.system.cgroup.cpu.limit, v2.system.cgroup.affinityCpus], [2, 1.5, 8]);
  assert.match(v2.messages('GD410'), /GOMAXPROCS=8 .*quota is 1\.5 CPUs \(150000\/100000/);
  const v1 = await report('cgroup-v1-host-centos7');
  assert.deepEqual([v1.system.cgroup.version, v1.system.cgroup.cpu.limit, v1.system.cgroup.memory.maxBytes, v1.system.libc.version], [1, 2, null, '2.17']);
  assert.match(v1.messages('GD410'), /GOMAXPROCS=16/);
  assert.ok(v1.system.skipped.some((s) => /mountinfo line 9 is malformed/.test(s.reason)));
  assert.ok(v1.system.skipped.some((s) => /cgroup line 5 is malformed/.test(s.reason)));
});

test('WSL2: 9p mount of C: decoded; noexec /tmp: GOTMPDIR fix; macOS: Rosetta named', async () => {
  const wsl = await report('wsl2-ubuntu-2204');
  const gopath = wsl.system.dirs.find((d) => d.role === 'GOPATH')!;
  assert.deepEqual([gopath.mount?.fsType, gopath.mount?.source, wsl.system.wsl.version], ['9p', 'C:\\', 2]);
  assert.deepEqual(wsl.commands('GD404'), ['export GOPATH=$HOME/go']);
  const noexec = await report('debian12-noexec-tmp');
  assert.deepEqual(noexec.commands('GD412'), ['mkdir -p $HOME/.cache/go-tmp && go env -w GOTMPDIR=$HOME/.cache/go-tmp']);
  const mac = await report('macos-11-rosetta');
  assert.match(mac.messages('GD402'), /Rosetta 2/);
  assert.match(mac.messages('GD401'), /macOS 12 Monterey/);
});

test('Windows 8.1: the Windows 10 minimum of Go 1.21+, and a MinGW fix instead of Linux package managers', async () => {
  const r = await report('windows-81-go126');
  assert.match(r.messages('GD401'), /Windows 10 \/ Server 2016/);
  assert.deepEqual(r.commands('GD406'), ['go env -w CGO_ENABLED=0']);
  assert.deepEqual([r.system.arch.goarch, r.system.os.osVersion, r.system.cgo.reason], ['amd64', '6.3.9600', 'no-compiler']);
});

test('recorded machines answer free space from their recorded df, exactly as df printed it', async () => {
  let checked = 0;
  for (const name of readdirSync(MACHINES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const { host, machine } = await loadRecordedHost(path.join(MACHINES, name));
    for (const c of machine.commands.filter((x) => x.argv[0] === 'df' && x.argv[1] === '-Pk' && (x.code ?? 0) === 0)) {
      assert.deepEqual(await host.diskSpace(c.argv[2]!), parseDfP(c.stdout ?? ''), `${name}: ${c.argv.join(' ')}`);
      assert.ok((await host.diskSpace(c.argv[2]!))!.totalBytes > 0);
      checked++;
    }
  }
  assert.ok(checked >= 8, `${checked} recorded df outputs`);
  assert.equal(await (await loadRecordedHost(path.join(MACHINES, 'rhel9-selinux-enforcing'))).host.diskSpace('/not/recorded'), null);
});
