// Node's names for the platform this process runs on, in Go's words. Only unambiguous pairs:
// Node's 'ppc64' covers ppc64 and ppc64le, 'sunos' covers solaris and illumos.
const GOOS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd', netbsd: 'netbsd', aix: 'aix',
};
const GOARCH: Record<string, string> = {
  x64: 'amd64', arm64: 'arm64', ia32: '386', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64',
};

/** The GOOS/GOARCH of this process, or null where Node's name does not say exactly. */
export function thisProcessGoPlatform(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string | null {
  const goos = GOOS[platform];
  const goarch = GOARCH[arch];
  return goos && goarch ? `${goos}/${goarch}` : null;
}
