import { z } from 'zod';

/** A fact that could not be read, with why (missing /proc entry, malformed line ...). */
export const SystemSkipSchema = z.object({ fact: z.string(), reason: z.string() });
/** A program godiag ran that did not answer within the timeout (killed): the go command runs it too. */
export const HungCommandSchema = z.object({ command: z.string(), program: z.string(), timeoutMs: z.number() });

export const DISTRO_FAMILIES = ['debian', 'rhel', 'suse', 'alpine', 'arch', 'darwin', 'windows', 'freebsd', 'unknown'] as const;
export const PACKAGE_MANAGERS = ['apt', 'dnf', 'yum', 'zypper', 'apk', 'pacman', 'brew', 'winget', 'pkg'] as const;

export const OsSchema = z.object({
  platform: z.string(),
  /** `uname -r` / /proc/sys/kernel/osrelease, e.g. 5.14.0-427.13.1.el9_4.x86_64. */
  kernelRelease: z.string().nullable(),
  /** The numeric part of kernelRelease (Linux, FreeBSD), e.g. 5.14.0. */
  kernelVersion: z.string().nullable(),
  /** macOS product version, Windows version (10.0.19045), FreeBSD userland version. */
  osVersion: z.string().nullable(),
  distro: z.object({
    id: z.string(),
    idLike: z.array(z.string()),
    versionId: z.string().nullable(),
    prettyName: z.string().nullable(),
  }).nullable(),
  family: z.enum(DISTRO_FAMILIES),
  packageManager: z.enum(PACKAGE_MANAGERS).nullable(),
});

export const ArchSchema = z.object({
  /** uname machine (x86_64, aarch64, armv7l ...). */
  machine: z.string().nullable(),
  /** machine translated to GOARCH. */
  goarch: z.string().nullable(),
  /** The package manager's idea of the userland (dpkg armhf on an aarch64 kernel ...). */
  userland: z.object({ tool: z.enum(['dpkg', 'rpm', 'apk']), name: z.string(), goarch: z.string().nullable() }).nullable(),
  /** CPU feature flags relevant to GOAMD64 (subset of /proc/cpuinfo flags). */
  cpuFlags: z.array(z.string()),
  /** Highest GOAMD64 level the CPU supports, null when unknown or not amd64. */
  amd64Level: z.enum(['v1', 'v2', 'v3', 'v4']).nullable(),
});

export const ContainerSchema = z.object({
  inContainer: z.boolean(),
  runtime: z.string().nullable(),
  evidence: z.array(z.string()),
});

export const WslSchema = z.object({
  isWsl: z.boolean(),
  version: z.union([z.literal(1), z.literal(2)]).nullable(),
  evidence: z.string().nullable(),
});

export const BinfmtEntrySchema = z.object({
  name: z.string(),
  enabled: z.boolean(),
  interpreter: z.string().nullable(),
  flags: z.string().nullable(),
});

export const EmulationSchema = z.object({
  /** binfmt_misc handlers (qemu-*, rosetta ...). */
  binfmt: z.array(BinfmtEntrySchema),
  /** macOS: this process runs translated by Rosetta 2 (sysctl.proc_translated). */
  rosetta: z.boolean().nullable(),
});

export const LibcSchema = z.object({
  kind: z.enum(['glibc', 'musl', 'system', 'unknown']),
  version: z.string().nullable(),
  /** The file or command the version came from. */
  source: z.string().nullable(),
});

export const CompilerSchema = z.object({
  /** The CC/CXX value Go uses, e.g. `gcc` or `clang -m64`. */
  setting: z.string(),
  settingSource: z.string(),
  program: z.string(),
  /** Absolute path found on PATH (or as given), null when not found. */
  path: z.string().nullable(),
  /**
   * First line of `--version`, asked of CC only: C++ matters to few cgo builds, and starting
   * another process costs every doctor run more than the line is worth. Null for CXX.
   */
  version: z.string().nullable(),
});

export const CGO_REASONS = ['explicit', 'cross-compile', 'no-compiler', 'default-on', 'unknown'] as const;

export const CgoSchema = z.object({
  enabled: z.boolean().nullable(),
  enabledSource: z.string().nullable(),
  reason: z.enum(CGO_REASONS),
  goos: z.string().nullable(),
  goarch: z.string().nullable(),
  hostGoos: z.string().nullable(),
  hostGoarch: z.string().nullable(),
  cc: CompilerSchema.nullable(),
  cxx: CompilerSchema.nullable(),
  pkgConfig: z.object({
    setting: z.string(),
    path: z.string().nullable(),
    /** Project files with a `#cgo pkg-config:` directive. */
    neededBy: z.array(z.string()),
  }),
});

export const SelinuxLabelSchema = z.object({
  role: z.string(),
  path: z.string(),
  context: z.string().nullable(),
  type: z.string().nullable(),
  /** What the policy says the path should carry (matchpathcon), when known. */
  expected: z.string().nullable(),
  expectedType: z.string().nullable(),
});

export const AvcDenialSchema = z.object({
  comm: z.string(),
  perms: z.array(z.string()),
  name: z.string().nullable(),
  path: z.string().nullable(),
  scontext: z.string(),
  tcontext: z.string(),
  tclass: z.string(),
  time: z.string().nullable(),
});

export const SelinuxSchema = z.object({
  present: z.boolean(),
  mode: z.enum(['enforcing', 'permissive', 'disabled']).nullable(),
  policy: z.string().nullable(),
  labels: z.array(SelinuxLabelSchema),
  audit: z.object({
    source: z.string().nullable(),
    readable: z.boolean(),
    denials: z.array(AvcDenialSchema),
  }),
});

export const CgroupSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]).nullable(),
  /** The process's cgroup path (the leaf Go looks at). */
  path: z.string().nullable(),
  cpu: z.object({
    quotaUs: z.number().nullable(),
    periodUs: z.number().nullable(),
    /** quota/period in CPUs; null = unlimited or unknown. */
    limit: z.number().nullable(),
    source: z.string().nullable(),
  }),
  cpuset: z.object({ cpus: z.string().nullable(), count: z.number().nullable(), source: z.string().nullable() }),
  memory: z.object({ maxBytes: z.number().nullable(), source: z.string().nullable() }),
  /** CPUs in this process's affinity mask (what Go's getCPUCount sees). */
  affinityCpus: z.number().nullable(),
  onlineCpus: z.number().nullable(),
});

export const MountSchema = z.object({
  mountPoint: z.string(),
  fsType: z.string(),
  source: z.string(),
  options: z.array(z.string()),
});

export const DIR_ROLES = ['TMPDIR', 'GOTMPDIR', 'GOCACHE', 'GOMODCACHE', 'GOPATH', 'GOROOT'] as const;

export const DirFactSchema = z.object({
  role: z.enum(DIR_ROLES),
  path: z.string(),
  /** Where the value came from: env, user-file, default ... */
  source: z.string(),
  exists: z.boolean(),
  /** The nearest existing ancestor that was examined (the dir itself when it exists). */
  examined: z.string().nullable(),
  ownerUid: z.number().nullable(),
  mode: z.number().nullable(),
  writable: z.boolean().nullable(),
  mount: MountSchema.nullable(),
  freeBytes: z.number().nullable(),
  totalBytes: z.number().nullable(),
});

/** One certificate Go would add to its root pool, with its validity (crypto/x509 verify.go isValid checks it). */
export const CaRootSchema = z.object({
  subject: z.string(),
  /** ISO 8601. */
  notBefore: z.string(),
  notAfter: z.string(),
  /** The file it was read from (a bundle, or a file in a directory). */
  file: z.string(),
});

export const CaCandidateSchema = z.object({
  path: z.string(),
  kind: z.enum(['file', 'dir']),
  exists: z.boolean(),
  bytes: z.number(),
  certificates: z.number(),
  /** Distinct certificates Go loads from here; absent where Go does not read the location (a bundle after the first readable one) and in older snapshots. */
  roots: z.array(CaRootSchema).optional(),
  /** CERTIFICATE blocks that are not X.509 (Go skips them as well). */
  unparsable: z.number().optional(),
});

export const CaSchema = z.object({
  sslCertFile: z.string().nullable(),
  sslCertDir: z.string().nullable(),
  /** Locations Go's crypto/x509 would read on this OS, in its order. */
  candidates: z.array(CaCandidateSchema),
  /** Count of certificates Go would load; null when the OS store is used (macOS, Windows). */
  certificates: z.number().nullable(),
  /** When the certificate dates were read: the moment expiry is judged against. */
  checkedAt: z.string().optional(),
  /** True when the certificate cap stopped the date reading: some roots have no dates. */
  rootsTruncated: z.boolean().optional(),
});

/** The Go side the system checks are measured against (from the toolchains/goenv/project areas). */
export const GoContextSchema = z.object({
  installs: z.array(z.object({ path: z.string(), version: z.string(), platform: z.string().nullable() })),
  /** Installs whose `go version` failed, with the GOOS/GOARCH read from the executable itself. */
  unrunnable: z.array(z.object({ path: z.string(), goos: z.string().nullable(), goarch: z.string().nullable(), probeError: z.string() })),
  /** What GOTOOLCHAIN would select for the current directory. */
  selected: z.object({ version: z.string(), action: z.string(), gotoolchain: z.string() }).nullable(),
  mainModule: z.object({ path: z.string(), go: z.string().nullable(), requiresAutomaxprocs: z.boolean() }).nullable(),
  /** Runtime knobs from the process environment. */
  env: z.object({
    GOMAXPROCS: z.string().nullable(),
    GOMEMLIMIT: z.string().nullable(),
    GODEBUG: z.string().nullable(),
    GOAMD64: z.string().nullable(),
    GOAMD64Source: z.string().nullable(),
  }),
});

/** A systemd service whose Go program is told to listen on a privileged port as an unprivileged user. */
export const PrivilegedPortServiceSchema = z.object({
  unit: z.string(),
  binary: z.string(),
  user: z.string().nullable(),
  /** Ports below net.ipv4.ip_unprivileged_port_start and the argument or variable that sets each. */
  ports: z.array(z.object({ port: z.number(), source: z.string() })),
  /** AmbientCapabilities= after drop-ins, lower case (cap_net_bind_service). */
  ambientCapabilities: z.array(z.string()),
  noNewPrivileges: z.boolean(),
  /** The binary's file capabilities; null when they could not be read. */
  fileCaps: z.object({ permitted: z.array(z.string()), effective: z.boolean() }).nullable(),
});
export type PrivilegedPortService = z.infer<typeof PrivilegedPortServiceSchema>;

export const PrivilegedPortsSchema = z.object({
  /** /proc/sys/net/ipv4/ip_unprivileged_port_start; null when unreadable (the kernel default is 1024). */
  unprivilegedPortStart: z.number().nullable(),
  unitDirs: z.array(z.string()),
  unitsRead: z.number(),
  services: z.array(PrivilegedPortServiceSchema),
  capsReader: z.string().nullable(),
  capsProblem: z.string().nullable(),
  /** The project's Dockerfiles whose final stage runs a Go build as a non-root user on a port below 1024, with no setcap. */
  dockerfiles: z.array(z.object({ path: z.string(), user: z.string(), userLine: z.number().nullable(), ports: z.array(z.object({ port: z.number(), source: z.string(), line: z.number() })) })),
});

export const SystemSchema = z.object({
  os: OsSchema,
  arch: ArchSchema,
  container: ContainerSchema,
  wsl: WslSchema,
  emulation: EmulationSchema,
  libc: LibcSchema,
  cgo: CgoSchema,
  selinux: SelinuxSchema,
  cgroup: CgroupSchema,
  dirs: z.array(DirFactSchema),
  ca: CaSchema,
  /** systemd services of Go programs that bind privileged ports as unprivileged users (Linux). */
  privilegedPorts: PrivilegedPortsSchema.optional(),
  user: z.object({ uid: z.number().nullable(), name: z.string().nullable() }),
  go: GoContextSchema,
  skipped: z.array(SystemSkipSchema),
  /** Programs (cc --version, pkg-config ...) killed at the timeout. */
  hung: z.array(HungCommandSchema).optional(),
});

export type SystemFacts = z.infer<typeof SystemSchema>;
export type DirFact = z.infer<typeof DirFactSchema>;
export type Mount = z.infer<typeof MountSchema>;
export type SelinuxLabel = z.infer<typeof SelinuxLabelSchema>;
export type AvcDenial = z.infer<typeof AvcDenialSchema>;
export type CaRoot = z.infer<typeof CaRootSchema>;
export type CgroupFacts = z.infer<typeof CgroupSchema>;
export type SystemSkip = z.infer<typeof SystemSkipSchema>;
export type HungCommand = z.infer<typeof HungCommandSchema>;
