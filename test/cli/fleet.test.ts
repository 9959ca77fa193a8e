// godiag fleet over real chroot targets (busybox-static roots, each with a Go copied in and its own
// settings), an address nothing answers, and inventories; the table names the odd ones out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runCli, runProgram } from '../helpers/cli.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot, withProcs } from '../helpers/rootfs.js';
import { ansibleIniHosts, ansibleYamlHosts, parseSelector, selectorArgv, targetsFromFile } from '../../src/cli/fleet-targets.js';

interface FleetJson { targets: Array<{ target: string; reached: boolean; go: string; differs: Record<string, string>; counts: Record<string, number>; findings: Array<{ ruleId: string; message: string }> }> }

const ENV = { PATH: '/usr/local/go/bin:/usr/sbin:/usr/bin:/bin', HOME: '/nonexistent-caller-home', NO_COLOR: '1' };

/** A root with a Go copied in, and the go env file given. */
function goRoot(goroot: string, envFile: string): BusyboxRoot {
  const root = new BusyboxRoot();
  root.copyGo(goroot);
  root.file('etc/os-release', 'ID=godiagfleet\nVERSION_ID=1\n');
  root.file('etc/profile', 'export PATH=/usr/local/go/bin:$PATH\n');
  root.file('root/.config/go/env', envFile);
  return root;
}

test('fleet: five chroot targets and one nothing answers; the odd Go and the odd GOPROXY are named, the unreachable one is a finding, exit 1', { timeout: 600_000 }, async () => {
  const why = rootfsUnavailable();
  assert.equal(why, null, `cannot build chroot targets here: ${why}`);
  const new27 = toolchainRoot('go1.27.3');
  const old26 = toolchainRoot('go1.26.8');
  const roots = [
    goRoot(new27, 'GOPROXY=https://proxy.golang.org,direct\n'),
    goRoot(new27, 'GOPROXY=https://proxy.golang.org,direct\n'),
    goRoot(new27, 'GOPROXY=off\n'),
    goRoot(old26, 'GOPROXY=https://proxy.golang.org,direct\n'),
    goRoot(new27, 'GOPROXY=https://proxy.golang.org,direct\n'),
  ];
  try {
    const targets = roots.map((r) => `chroot://${r.dir}`);
    const [file, ...args] = withProcs(roots.map((r) => r.dir), [process.execPath, CLI, 'fleet', '--no-progress', '--format', 'json', '--connect-timeout', '5', ...targets, 'ssh://127.0.0.1:1']);
    const r = await runProgram(file!, args, { env: ENV, cwd: '/', timeoutMs: 300_000 });
    assert.equal(r.code, 1, r.stderr);
    const rep = JSON.parse(r.stdout) as FleetJson;
    assert.deepEqual(rep.targets.map((t) => t.target), [...targets, 'ssh://127.0.0.1:1']);
    const by = (i: number) => rep.targets[i]!;
    assert.match(by(0).go, /^go1\.27\.3 \/usr\/local\/go\/bin\/go$/);
    assert.match(by(3).go, /^go1\.26\.8 /, 'each target reports its own go');
    assert.deepEqual(by(0).differs, {});
    assert.deepEqual(by(2).differs, { GOPROXY: 'off' });
    assert.equal(by(3).differs.GOVERSION, 'go1.26.8');
    assert.equal(by(5).reached, false);
    assert.deepEqual(by(5).findings.map((f) => f.ruleId), ['GD971']);
    assert.match(by(5).findings[0]!.message, /Connection refused/);
    for (const t of rep.targets.slice(0, 5)) assert.equal(t.reached, true, t.target);

    // The text table, the same run's words.
    const [f2, ...a2] = withProcs(roots.map((x) => x.dir), [process.execPath, CLI, 'fleet', '--no-progress', targets[2]!, targets[0]!, targets[1]!]);
    const t = await runProgram(f2!, a2, { env: ENV, cwd: '/', timeoutMs: 300_000 });
    assert.match(t.stdout, new RegExp(`${roots[2]!.dir}\\s+go1\\.27\\.3 /usr/local/go/bin/go\\s+GOPROXY=off`));
    assert.match(t.stdout, /3 target\(s\), 0 unreachable/);
  } finally {
    for (const r of roots) r.cleanup();
  }
});

test('fleet: usage errors before any target is contacted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-fleet-'));
  try {
    const env = { ...ENV, HOME: dir };
    assert.equal((await runCli(['fleet'], { env, cwd: dir })).code, 2);
    const bad = await runCli(['fleet', 'ftp://x'], { env, cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown transport ftp/);
    assert.equal((await runCli(['fleet', '--targets', join(dir, 'missing')], { env, cwd: dir })).code, 2);
    writeFileSync(join(dir, 'hosts'), '[web]\nweb[01:20].example\n');
    assert.match((await runCli(['fleet', '--targets', join(dir, 'hosts')], { env, cwd: dir })).stderr, /ranges are not expanded/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('targets files: URLs, Ansible INI and YAML inventories', () => {
  assert.deepEqual(targetsFromFile('# fleet\nssh://ci@a\n\n docker://b  # the builder\n', 'targets.txt'), ['ssh://ci@a', 'docker://b']);
  const ini = '[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy\nweb2.example ansible_port=2222\n\n[db:vars]\nansible_user=x\n\n[local]\nctl ansible_connection=local\n';
  assert.deepEqual(ansibleIniHosts(ini), ['ssh://deploy@10.0.0.5', 'ssh://web2.example:2222', 'local-probe']);
  assert.deepEqual(targetsFromFile(ini, 'hosts'), ansibleIniHosts(ini));
  const yml = 'all:\n  hosts:\n    a.example:\n  children:\n    db:\n      hosts:\n        db1:\n          ansible_host: "fe80::1"\n          ansible_user: pg\n          ansible_port: 2200\n';
  assert.deepEqual(ansibleYamlHosts(yml, 'inv.yml'), ['ssh://a.example', 'ssh://pg@[fe80::1]:2200']);
});

test('k8s selector targets: kubectl argument arrays, with the user\'s kubeconfig (nothing through a shell)', () => {
  const s = parseSelector('k8s://prod/payments/-l app=api,tier in (web)');
  assert.deepEqual(s, { context: 'prod', namespace: 'payments', selector: 'app=api,tier in (web)' });
  assert.deepEqual(selectorArgv(s!), ['kubectl', '--context', 'prod', 'get', 'pods', '-n', 'payments', '-l', 'app=api,tier in (web)', '--field-selector=status.phase=Running', '-o', 'name']);
  assert.deepEqual(selectorArgv(parseSelector('k8s://ci/-l app=runner')!), ['kubectl', 'get', 'pods', '-n', 'ci', '-l', 'app=runner', '--field-selector=status.phase=Running', '-o', 'name']);
  assert.throws(() => selectorArgv(parseSelector('k8s://-n/-l x')!), /invalid part/);
});

test('fleet: a target whose login shell hangs is a finding within --connect-timeout, and the others are still diagnosed', { timeout: 300_000 }, async () => {
  const why = rootfsUnavailable();
  assert.equal(why, null, `cannot build chroot targets here: ${why}`);
  const good = goRoot(toolchainRoot('go1.26.8'), 'GOFLAGS=-mod=mod\n');
  const hung = goRoot(toolchainRoot('go1.26.8'), '');
  hung.file('etc/profile', 'sleep 600\n');
  try {
    const started = Date.now();
    const [file, ...args] = withProcs([good.dir, hung.dir], [process.execPath, CLI, 'fleet', '--no-progress', '--format', 'json', '--connect-timeout', '3', `chroot://${hung.dir}`, `chroot://${good.dir}`]);
    const r = await runProgram(file!, args, { env: ENV, cwd: '/', timeoutMs: 120_000 });
    assert.equal(r.code, 1, r.stderr);
    assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
    const rep = JSON.parse(r.stdout) as FleetJson;
    assert.equal(rep.targets[0]!.reached, false);
    assert.deepEqual(rep.targets[0]!.findings.map((f) => f.ruleId), ['GD971']);
    assert.equal(rep.targets[1]!.reached, true);
    assert.match(rep.targets[1]!.go, /^go1\.26\.8 /);
  } finally {
    good.cleanup();
    hung.cleanup();
  }
});

test('fleet --format sarif keeps one run per target (automationDetails names it); markdown is one table', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-fleet-'));
  try {
    const env = { ...ENV, HOME: dir };
    const args = ['fleet', '--no-progress', '--connect-timeout', '5', 'local-probe', 'ssh://127.0.0.1:1'];
    const s = await runCli([...args, '--format', 'sarif'], { env, cwd: dir, timeoutMs: 240_000 });
    assert.equal(s.code, 1, s.stderr);
    const sarif = JSON.parse(s.stdout) as { version: string; runs: Array<{ automationDetails: { id: string }; results: Array<{ ruleId: string }> }> };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs.map((r) => r.automationDetails.id), ['godiag/fleet/local-probe', 'godiag/fleet/ssh://127.0.0.1:1']);
    assert.deepEqual(sarif.runs[1]!.results.map((r) => r.ruleId), ['GD971']);
    const m = await runCli([...args, '--format', 'markdown'], { env, cwd: dir, timeoutMs: 240_000 });
    assert.match(m.stdout, /^# godiag fleet\n\n\| target \| go that runs \| differs from most targets \| findings \|\n\|---\|---\|---\|---\|\n\| local-probe \| go1\.26\.8 \/usr\/local\/go\/bin\/go \|/);
    assert.match(m.stdout, /\| ssh:\/\/127\.0\.0\.1:1 \| unreachable \| {2}\| \*\*unreachable\*\* \(1 error\(s\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
