// doctor --verify-toolchain on a Go installed from RPM packages: a chroot target whose /usr/lib/golang
// came from real golang, golang-bin and golang-src packages (built with rpmbuild, installed with
// rpm into the root's own database). The tree is checked against the digests that database holds,
// through the rpm program of the target, as rpm -V would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, runProgram } from '../helpers/cli.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot, withProc } from '../helpers/rootfs.js';
import { buildGoRpms, installRpmsInto, rpmUnavailable } from '../helpers/rpm.js';

interface Finding { ruleId: string; message: string; severity: string; fixes?: Array<{ steps?: string[] }> }

/** The parts of a release the packages carry: the go command, its settings, and three std packages' sources. */
function stageRelease(goroot: string, stage: string): void {
  const lib = join(stage, 'usr/lib/golang');
  const copy = (rel: string) => {
    mkdirSync(join(lib, rel, '..'), { recursive: true });
    copyFileSync(join(goroot, rel), join(lib, rel));
  };
  for (const rel of ['bin/go', 'VERSION', 'go.env', 'src/runtime/extern.go']) copy(rel);
  chmodSync(join(lib, 'bin/go'), 0o755);
  for (const dir of ['src/net', 'src/fmt']) for (const f of readdirSync(join(goroot, dir))) if (f.endsWith('.go')) copy(`${dir}/${f}`);
  mkdirSync(join(lib, 'pkg/tool/linux_amd64'), { recursive: true });
  mkdirSync(join(stage, 'usr/bin'), { recursive: true });
  symlinkSync('../lib/golang/bin/go', join(stage, 'usr/bin/go'));
}

test('an RPM-installed Go is verified against the RPM database: a modified, a missing and a stale file are named', { timeout: 300_000 }, async () => {
  for (const why of [rootfsUnavailable(), rpmUnavailable()]) assert.equal(why, null, `cannot build an RPM-installed chroot target here: ${why}`);
  const goroot = toolchainRoot('go1.27.3');
  const work = mkdtempSync(join(tmpdir(), 'godiag-rpm-'));
  const root = new BusyboxRoot();
  try {
    const stage = join(work, 'stage');
    stageRelease(goroot, stage);
    const rpms = buildGoRpms(stage, work, '1.27.3');
    assert.equal(rpms.length, 3, rpms.join(' '));
    installRpmsInto(root, rpms);
    root.file('etc/os-release', 'ID=fedora\nVERSION_ID=41\n');
    const env = { PATH: '/usr/sbin:/usr/bin:/bin', HOME: '/nonexistent-caller-home', NO_COLOR: '1' };
    const doctor = async () => {
      const [file, ...args] = withProc(root.dir, [process.execPath, CLI, 'doctor', '--no-progress', '--verify-toolchain', '--format', 'json', '--on', `chroot://${root.dir}`]);
      const r = await runProgram(file!, args, { env, cwd: '/', timeoutMs: 180_000 });
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => /^GD12\d$/.test(f.ruleId));
    };

    const clean = await doctor();
    assert.deepEqual(clean.filter((f) => f.ruleId !== 'GD125').map((f) => `${f.ruleId} ${f.message}`), [], 'the installed packages match their database');

    const lib = join(root.dir, 'usr/lib/golang');
    appendFileSync(join(lib, 'src/net/dial.go'), '\n// edited after installation\n');
    unlinkSync(join(lib, 'src/fmt/print.go'));
    writeFileSync(join(lib, 'src/net/cgo_old_release.go'), readFileSync(join(goroot, 'src/net/cgo_unix.go')));
    const found = await doctor();
    const byRule = (id: string) => found.filter((f) => f.ruleId === id).map((f) => f.message).join('\n');
    assert.match(byRule('GD120'), /src\/net\/dial\.go/);
    assert.match(byRule('GD120'), /RPM database's file digests of golang-1\.27\.3-1\.x86_64, golang-bin-1\.27\.3-1\.x86_64, golang-src-1\.27\.3-1\.x86_64/);
    assert.match(byRule('GD121'), /src\/fmt\/print\.go/);
    assert.match(byRule('GD122'), /src\/net\/cgo_old_release\.go/);
    assert.equal(byRule('GD123'), '', 'the reference was found');
    // The fixes go through the package manager, never "remove /usr/lib/golang and unpack an archive".
    const steps = (id: string) => found.filter((f) => f.ruleId === id).flatMap((f) => f.fixes ?? []).flatMap((x) => x.steps ?? []);
    assert.deepEqual(steps('GD120'), ['sudo dnf reinstall golang-1.27.3-1.x86_64 golang-bin-1.27.3-1.x86_64 golang-src-1.27.3-1.x86_64']);
    assert.deepEqual(steps('GD122'), ['sudo rm -- /usr/lib/golang/src/net/cgo_old_release.go']);

    // Without the rpm program the database cannot be read: said, not passed over (busybox's own
    // rpm applet, next on PATH, reads package files only).
    unlinkSync(join(root.dir, 'usr/bin/rpm'));
    const blind = await doctor();
    assert.match(blind.filter((f) => f.ruleId === 'GD123').map((f) => f.message).join('\n'), /rpm -qf names no package for \/usr\/lib\/golang \(rpm -qf exited with status 1: \/bin\/rpm: invalid option/);
    assert.equal(blind.filter((f) => f.ruleId === 'GD120').length, 0, 'nothing is claimed modified without a reference');
  } finally {
    root.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
});
