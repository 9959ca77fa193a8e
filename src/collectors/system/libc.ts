// Which C library cgo binaries built here link against, read from files before any command.
import type { SystemFacts } from '../../facts/schema/system.js';
import { runOut, type SysCtx } from './context.js';
import { APK_INSTALLED, DPKG_STATUS, readPackageDb, stanzasWithLine } from './package-db.js';

const LIBC_DIRS = ['/lib64', '/usr/lib64', '/lib', '/usr/lib', '/lib/x86_64-linux-gnu', '/lib/aarch64-linux-gnu', '/lib/arm-linux-gnueabihf',
  '/lib/i386-linux-gnu', '/lib/powerpc64le-linux-gnu', '/lib/s390x-linux-gnu', '/lib/riscv64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu'];

/** The libc6/glibc version from a dpkg status file (`Package: libc6` stanza). */
export function glibcFromDpkgStatus(status: string): string | null {
  for (const stanza of stanzasWithLine(status, 'Package: libc6')) {
    if (!/^Status: .*installed$/m.test(stanza)) continue;
    const v = /^Version: (?:\d+:)?(\d+\.\d+)/m.exec(stanza);
    if (v) return v[1]!;
  }
  return null;
}

/** The banner glibc carries: "GNU C Library (...) stable release version 2.36." */
export function glibcFromBanner(bytes: Buffer): string | null {
  const m = /GNU C Library[^\n\0]{0,200}?release version (\d+\.\d+)/.exec(bytes.toString('latin1'));
  return m ? m[1]! : null;
}

/** musl's version from Alpine's package database (`P:musl` then `V:1.2.5-r0`). */
export function muslFromApkDb(db: string): string | null {
  for (const stanza of stanzasWithLine(db, 'P:musl')) {
    const v = /^V:(\d+(?:\.\d+)+)/m.exec(stanza);
    if (v) return v[1]!;
  }
  return null;
}

export async function collectLibc(ctx: SysCtx): Promise<SystemFacts['libc']> {
  const { host } = ctx;
  if (host.platform !== 'linux') return { kind: 'system', version: null, source: null };
  // Alpine's package database names the system libc; elsewhere a musl loader can sit next to
  // glibc (Debian's musl package for musl-gcc), so glibc is looked for first.
  const apkDb = await readPackageDb(ctx, APK_INSTALLED);
  const apkMusl = apkDb ? muslFromApkDb(apkDb) : null;
  if (apkMusl) return { kind: 'musl', version: apkMusl, source: APK_INSTALLED };
  // glibc < 2.34 installs libc-X.Y.so with libc.so.6 pointing at it.
  let libcPath: string | null = null;
  for (const dir of LIBC_DIRS) {
    const p = `${dir}/libc.so.6`;
    if (!(await host.stat(p))) continue;
    libcPath ??= p;
    const target = await host.readlink(p);
    const m = target && /libc-(\d+\.\d+)\.so$/.exec(target);
    if (m) return { kind: 'glibc', version: m[1]!, source: `${p} -> ${target}` };
  }
  const status = await readPackageDb(ctx, DPKG_STATUS);
  const fromDpkg = status ? glibcFromDpkgStatus(status) : null;
  if (fromDpkg) return { kind: 'glibc', version: fromDpkg, source: `${DPKG_STATUS} (libc6)` };
  if (libcPath) {
    const bytes = await host.readBytes(libcPath, 16 * 1024 * 1024);
    const v = bytes ? glibcFromBanner(bytes) : null;
    if (v) return { kind: 'glibc', version: v, source: libcPath };
  }
  // Last resort: getconf is part of glibc itself and prints "glibc 2.34".
  const gc = /glibc (\d+\.\d+)/.exec((await runOut(ctx, 'getconf', ['GNU_LIBC_VERSION'])) ?? '');
  if (gc) return { kind: 'glibc', version: gc[1]!, source: 'getconf GNU_LIBC_VERSION' };
  if (libcPath) return { kind: 'glibc', version: null, source: libcPath };
  for (const dir of ['/lib', '/usr/lib']) {
    const loader = (await host.readdir(dir))?.find((n) => /^ld-musl-.+\.so\.1$/.test(n));
    if (loader) return { kind: 'musl', version: null, source: `${dir}/${loader}` };
  }
  return { kind: 'unknown', version: null, source: null };
}
