// A minimal Linux root for remote-target tests: busybox-static and nothing else, plus what a test
// adds (a Go toolchain copied in, /etc/os-release, startup files). Real chroot needs root.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BUSYBOX_STATIC = '/bin/busybox';

/** Why a busybox root cannot be built here (not root, busybox not static), or null. */
export function rootfsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'chroot targets need root (CAP_SYS_CHROOT); run the tests as root';
  if (!existsSync(BUSYBOX_STATIC)) return `${BUSYBOX_STATIC} is missing: install busybox-static (scripts/install-test-deps.sh)`;
  const kind = execFileSync('file', ['-b', BUSYBOX_STATIC], { encoding: 'utf8' });
  if (!/statically linked|static-pie/.test(kind)) return `${BUSYBOX_STATIC} is not static (${kind.trim()}): install busybox-static (scripts/install-test-deps.sh)`;
  return null;
}

/** The GOROOT of the go1.27.3 toolchain (fetched through the module proxy once, then cached). */
export function toolchainRoot(version = 'go1.27.3'): string {
  return execFileSync('/usr/local/go/bin/go', ['env', 'GOROOT'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: version } }).trim();
}

export class BusyboxRoot {
  readonly dir = mkdtempSync(join(tmpdir(), 'godiag-rootfs-'));
  constructor() {
    for (const d of ['bin', 'etc', 'dev', 'proc', 'root', 'tmp']) mkdirSync(join(this.dir, d), { recursive: true });
    chmodSync(join(this.dir, 'tmp'), 0o1777);
    copyFileSync(BUSYBOX_STATIC, join(this.dir, 'bin/busybox'));
    chmodSync(join(this.dir, 'bin/busybox'), 0o755);
    execFileSync('chroot', [this.dir, '/bin/busybox', '--install', '-s', '/bin']);
    execFileSync('mknod', ['-m', '666', join(this.dir, 'dev/null'), 'c', '1', '3']);
    this.file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\n');
  }
  file(rel: string, text: string): string {
    const f = join(this.dir, rel);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, text);
    return f;
  }
  /** The parts of a toolchain that `go version` and `go env` need: the binary, go.env, VERSION and the GOROOT markers. */
  copyGo(goroot: string, to = 'usr/local/go'): void {
    const dest = join(this.dir, to);
    mkdirSync(join(dest, 'bin'), { recursive: true });
    mkdirSync(join(dest, 'pkg/tool/linux_amd64'), { recursive: true });
    mkdirSync(join(dest, 'src/runtime'), { recursive: true });
    copyFileSync(join(goroot, 'bin/go'), join(dest, 'bin/go'));
    chmodSync(join(dest, 'bin/go'), 0o755);
    for (const f of ['go.env', 'VERSION']) if (existsSync(join(goroot, f))) copyFileSync(join(goroot, f), join(dest, f));
  }
  /** A dynamically linked program and the shared libraries ldd names for it, at the same paths. */
  copyProgram(file: string): void {
    const libs = execFileSync('ldd', [file], { encoding: 'utf8' }).split('\n').map((l) => /(\/\S+) \(0x/.exec(l)?.[1]).filter((l): l is string => !!l);
    for (const f of [file, ...libs]) {
      const dest = join(this.dir, f);
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(f, dest);
      chmodSync(dest, 0o755);
    }
  }
  cleanup() {
    // No retry: nothing of a probe outlives its session (test/collectors/remote/probe.test.ts), so
    // an ENOTEMPTY here means a process of the target was left behind, which is a defect.
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * godiag ARGS in a private mount namespace that has the root's /proc mounted (go finds its own
 * GOROOT through /proc/self/exe); the mount goes away with the namespace.
 */
export function withProc(root: string, argv: string[]): string[] {
  return ['unshare', '-m', '--propagation', 'private', 'sh', '-c', 'mount -t proc proc "$0/proc" && exec "$@"', root, ...argv];
}

/** withProc for several roots at once (fleet over chroot targets): /proc mounted in each. */
export function withProcs(roots: string[], argv: string[]): string[] {
  const script = 'n=$1; shift; while [ "$n" -gt 0 ]; do mount -t proc proc "$1/proc" || exit 1; shift; n=$((n-1)); done; exec "$@"';
  return ['unshare', '-m', '--propagation', 'private', 'sh', '-c', script, 'sh', String(roots.length), ...roots, ...argv];
}
