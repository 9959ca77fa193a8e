// A healthy Debian amd64 machine as system facts; each rule test changes what it needs.
import type { SystemFacts, DirFact } from '../../../src/facts/schema/system.js';
import { factsWith } from '../../helpers/rules.js';

export function dir(role: DirFact['role'], path: string, over: Partial<DirFact> = {}): DirFact {
  return {
    role, path, source: 'default', exists: true, examined: path, ownerUid: 1000, mode: 0o755, writable: true,
    mount: { mountPoint: '/', fsType: 'ext4', source: '/dev/sda1', options: ['rw', 'relatime'] },
    freeBytes: 50 * 1024 ** 3, totalBytes: 100 * 1024 ** 3, ...over,
  };
}

export function healthySystem(): SystemFacts {
  return {
    os: { platform: 'linux', kernelRelease: '6.1.0-18-amd64', kernelVersion: '6.1.0', osVersion: '12', distro: { id: 'debian', idLike: [], versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' }, family: 'debian', packageManager: 'apt' },
    arch: { machine: 'x86_64', goarch: 'amd64', userland: { tool: 'dpkg', name: 'amd64', goarch: 'amd64' }, cpuFlags: ['avx', 'avx2', 'bmi1', 'bmi2', 'cx16', 'f16c', 'fma', 'lahf_lm', 'movbe', 'pni', 'popcnt', 'sse4_1', 'sse4_2', 'ssse3', 'xsave'], amd64Level: 'v3' },
    container: { inContainer: false, runtime: null, evidence: [] },
    wsl: { isWsl: false, version: null, evidence: null },
    emulation: { binfmt: [], rosetta: null },
    libc: { kind: 'glibc', version: '2.36', source: '/var/lib/dpkg/status (libc6)' },
    cgo: {
      enabled: true, enabledSource: 'default', reason: 'default-on', goos: 'linux', goarch: 'amd64', hostGoos: 'linux', hostGoarch: 'amd64',
      cc: { setting: 'gcc', settingSource: 'default', program: 'gcc', path: '/usr/bin/gcc', version: 'gcc (Debian 12.2.0-14) 12.2.0' },
      cxx: { setting: 'g++', settingSource: 'default', program: 'g++', path: '/usr/bin/g++', version: 'g++ (Debian 12.2.0-14) 12.2.0' },
      pkgConfig: { setting: 'pkg-config', path: '/usr/bin/pkg-config', neededBy: [] },
    },
    selinux: { present: false, mode: null, policy: null, labels: [], audit: { source: null, readable: false, denials: [] } },
    cgroup: { version: 2, path: '/user.slice', cpu: { quotaUs: null, periodUs: 100000, limit: null, source: '/sys/fs/cgroup/user.slice/cpu.max' }, cpuset: { cpus: '0-7', count: 8, source: null }, memory: { maxBytes: null, source: '/sys/fs/cgroup/user.slice/memory.max' }, affinityCpus: 8, onlineCpus: 8 },
    dirs: [dir('TMPDIR', '/tmp', { ownerUid: 0, mode: 0o1777 }), dir('GOCACHE', '/home/dev/.cache/go-build'), dir('GOMODCACHE', '/home/dev/go/pkg/mod'), dir('GOPATH', '/home/dev/go'), dir('GOROOT', '/usr/local/go', { ownerUid: 0 })],
    ca: { sslCertFile: null, sslCertDir: null, candidates: [{ path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file', exists: true, bytes: 200000, certificates: 140 }], certificates: 140 },
    user: { uid: 1000, name: 'dev' },
    go: { installs: [{ path: '/usr/local/go/bin/go', version: 'go1.26.0', platform: 'linux/amd64' }], unrunnable: [], selected: null, mainModule: null, env: { GOMAXPROCS: null, GOMEMLIMIT: null, GODEBUG: null, GOAMD64: null, GOAMD64Source: null } },
    skipped: [],
  };
}

/** Facts with a system area derived from the healthy one. */
export function sys(change: (s: SystemFacts) => void = () => {}) {
  const s = healthySystem();
  change(s);
  return factsWith({ system: s });
}
