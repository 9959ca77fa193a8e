// Real RPM packages of a Go tree for the verify tests: built with rpmbuild from a staged tree laid
// out as Fedora's golang packages are (golang, golang-bin, golang-src under /usr/lib/golang),
// installed with rpm --root into a chroot target that also gets the rpm program.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { BusyboxRoot } from './rootfs.js';

/** Why RPM packages cannot be built here, or null. */
export function rpmUnavailable(): string | null {
  for (const f of ['/usr/bin/rpm', '/usr/bin/rpmbuild']) if (!existsSync(f)) return `${f} is missing: install rpm (scripts/install-test-deps.sh)`;
  return null;
}

// Fedora's split: the binaries in golang-bin, the standard library in golang-src, the rest in golang.
const SPEC = `Name: golang
Version: %{goversion}
Release: 1
Summary: Go toolchain (test package)
License: BSD-3-Clause
AutoReqProv: no
%define __spec_install_post %{nil}
%define debug_package %{nil}
%define _build_id_links none
%description
Go toolchain laid out as Fedora packages it.
%package bin
Summary: Go binaries
%description bin
Go binaries.
%package src
Summary: Go standard library sources
%description src
Go standard library sources.
%install
cp -a %{stage}/. %{buildroot}/
%files
%dir /usr/lib/golang
/usr/lib/golang/VERSION
/usr/lib/golang/go.env
/usr/lib/golang/pkg
%files bin
/usr/lib/golang/bin
/usr/bin/go
%files src
/usr/lib/golang/src
`;

/** Build the three packages from a stage holding usr/lib/golang and usr/bin/go; returns the .rpm files. */
export function buildGoRpms(stage: string, work: string, goversion: string): string[] {
  writeFileSync(join(work, 'golang.spec'), SPEC);
  execFileSync('rpmbuild', ['-bb', '--quiet', '--define', `_topdir ${join(work, 'top')}`, '--define', `stage ${stage}`, '--define', `goversion ${goversion}`,
    '--define', '_binary_payload w0.ufdio', join(work, 'golang.spec')], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: work } });
  const dir = join(work, 'top', 'RPMS', 'x86_64');
  return readdirSync(dir).map((f) => join(dir, f));
}

/**
 * Install packages into the root's own RPM database (/var/lib/rpm, as on Fedora; Debian's rpm
 * defaults to ~/.rpmdb, so the root's /etc/rpm/macros says where it is) and give the root the rpm
 * program with its libraries and configuration.
 */
export function installRpmsInto(root: BusyboxRoot, rpms: string[]): void {
  root.file('etc/rpm/macros', '%_dbpath /var/lib/rpm\n');
  execFileSync('rpm', ['--root', root.dir, '--dbpath', '/var/lib/rpm', '-i', '--nodeps', '--noscripts', ...rpms], { stdio: ['ignore', 'ignore', 'pipe'] });
  root.copyProgram('/usr/bin/rpm');
  for (const f of ['/usr/lib/rpm/rpmrc', '/usr/lib/rpm/macros']) {
    mkdirSync(dirname(join(root.dir, f)), { recursive: true });
    copyFileSync(f, join(root.dir, f));
  }
}
