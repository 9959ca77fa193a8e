// The two rpm queries behind an RPM package's reference, read from what rpm 4.18 prints for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRpmFiles, parseRpmOwners, RPM_FILES_FORMAT } from '../../../src/collectors/verify/reference.js';
import { rpmUnavailable } from '../../helpers/rpm.js';

test('owners: only the package lines, each package once', () => {
  const out = 'pkg\tgolang-1.27.3-1.x86_64\npkg\tgolang-1.27.3-1.x86_64\nfile /usr/lib/golang/misc is not owned by any package\npkg\tgolang-src-1.27.3-1.noarch\n';
  assert.deepEqual(parseRpmOwners(out), ['golang-1.27.3-1.x86_64', 'golang-src-1.27.3-1.noarch']);
});

test('files: digests per package; directories, links and ghosts have none to compare; no algorithm tag means MD5', () => {
  const out = [
    'pkg\tgolang-1.27.3-1.x86_64\t8',
    `file\t0\t${'a'.repeat(64)}\t/usr/lib/golang/VERSION`,
    'file\t0\t\t/usr/lib/golang',
    `file\t64\t${'b'.repeat(64)}\t/usr/lib/golang/ghost`,
    `file\t0\t${'c'.repeat(64)}\t/usr/lib/golang/a\tb.go`,
    'pkg\told-1-1.noarch\t(none)',
    `file\t0\t${'d'.repeat(32)}\t/usr/lib/old/x.go`,
  ].join('\n');
  const pkgs = parseRpmFiles(out);
  assert.deepEqual(pkgs.map((p) => [p.nevra, p.algorithm, [...p.digests.keys()]]), [
    ['golang-1.27.3-1.x86_64', 'sha256', ['/usr/lib/golang/VERSION', '/usr/lib/golang/a\tb.go']],
    ['old-1-1.noarch', 'md5', ['/usr/lib/old/x.go']],
  ]);
});

test('the query format is one rpm accepts, and its output parses: a package built and queried with the real rpm', (t) => {
  const why = rpmUnavailable();
  assert.equal(why, null, why ?? '');
  const work = mkdtempSync(join(tmpdir(), 'godiag-rpmq-'));
  try {
    mkdirSync(join(work, 'stage/usr/lib/golang/src/fmt'), { recursive: true });
    writeFileSync(join(work, 'stage/usr/lib/golang/src/fmt/print.go'), 'package fmt\n');
    writeFileSync(join(work, 'q.spec'), 'Name: q\nVersion: 1\nRelease: 1\nSummary: q\nLicense: MIT\nBuildArch: noarch\nAutoReqProv: no\n%define __spec_install_post %{nil}\n%description\nq\n%install\ncp -a %{stage}/. %{buildroot}/\n%files\n/usr/lib/golang\n');
    execFileSync('rpmbuild', ['-bb', '--quiet', '--define', `_topdir ${join(work, 'top')}`, '--define', `stage ${join(work, 'stage')}`, join(work, 'q.spec')], { stdio: 'ignore', env: { ...process.env, HOME: work } });
    const out = execFileSync('rpm', ['-qp', '--qf', RPM_FILES_FORMAT, join(work, 'top/RPMS/noarch/q-1-1.noarch.rpm')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [pkg] = parseRpmFiles(out);
    t.diagnostic(out.trim());
    assert.equal(pkg?.nevra, 'q-1-1.noarch');
    assert.equal(pkg?.algorithm, 'sha256');
    assert.deepEqual([...pkg!.digests], [['/usr/lib/golang/src/fmt/print.go', createHash('sha256').update('package fmt\n').digest('hex')]]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
