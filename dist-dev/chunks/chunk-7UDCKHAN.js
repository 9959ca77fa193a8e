import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  HangSchema
} from "./chunk-7SKT4MP4.js";
import {
  external_exports
} from "./chunk-7FXIZZF3.js";
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  SEVERITIES
} from "./chunk-MGOUR3LB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/facts/collected.ts
function collected(value) {
  return external_exports.discriminatedUnion("ok", [
    external_exports.object({ ok: external_exports.literal(true), value, ms: external_exports.number().optional() }),
    external_exports.object({ ok: external_exports.literal(false), error: external_exports.string(), ms: external_exports.number().optional() })
  ]);
}
__name(collected, "collected");

// src/facts/schema/toolchains.ts
var INSTALL_KINDS = [
  "official-tarball",
  "debian-package",
  "rpm-package",
  "snap",
  "homebrew",
  "distro-package",
  "goenv",
  "gvm",
  "asdf",
  "mise",
  "golang-dl-sdk",
  "gotoolchain-download",
  "windows-msi",
  "unknown"
];
var PathEntrySchema = external_exports.object({
  dir: external_exports.string(),
  index: external_exports.number(),
  exists: external_exports.boolean(),
  isDir: external_exports.boolean(),
  /** Why the entry could not be used (unreadable, loop ...). */
  problem: external_exports.string().optional(),
  /** Empty or relative: it names the current directory of whoever looks a program up, so it is never searched. */
  relative: external_exports.boolean().optional()
});
var GoInstallSchema = external_exports.object({
  /** The `go` as found on PATH (or a known location for off-PATH candidates). */
  path: external_exports.string(),
  onPath: external_exports.boolean(),
  /** Position on PATH; the first one wins. */
  pathIndex: external_exports.number().nullable(),
  realPath: external_exports.string().nullable(),
  isSymlink: external_exports.boolean(),
  /** GOROOT this binary would use when GOROOT is unset (cfg.go findGOROOT). */
  goroot: external_exports.string().nullable(),
  /** First line of $GOROOT/VERSION, when present. */
  versionFile: external_exports.string().nullable(),
  /** What `go version` printed, parsed (e.g. go1.26.8), null when it failed. */
  reportedVersion: external_exports.string().nullable(),
  reportedPlatform: external_exports.string().nullable(),
  /** Why running it failed (timeout, exit code, garbage). */
  probeError: external_exports.string().nullable(),
  installKind: external_exports.enum(INSTALL_KINDS),
  installEvidence: external_exports.string(),
  /** True for shims/wrappers that delegate to another go (goenv, asdf, mise, golang.org/dl). */
  isShim: external_exports.boolean()
});
var ToolchainsSchema = external_exports.object({
  pathEntries: external_exports.array(PathEntrySchema),
  /** Every go on PATH in PATH order (same real file listed once per PATH entry). */
  installs: external_exports.array(GoInstallSchema),
  /** Well-known install locations that are not on PATH. */
  offPath: external_exports.array(GoInstallSchema),
  /** golang.org/dl wrappers (go1.22.3 ...) on PATH: GOTOOLCHAIN's `+path`/auto lookup finds these. */
  versionedOnPath: external_exports.array(external_exports.object({ name: external_exports.string(), path: external_exports.string() })),
  /** `go` entries on PATH that cannot run: dangling or looping symlinks, not executable. */
  brokenOnPath: external_exports.array(external_exports.object({ path: external_exports.string(), problem: external_exports.string() })),
  exeName: external_exports.string()
});

// src/facts/schema/goenv.ts
var SETTING_SOURCES = ["env", "user-file", "goroot-go.env", "default"];
var EnvFileEntrySchema = external_exports.object({ key: external_exports.string(), value: external_exports.string(), line: external_exports.number() });
var EnvFileSchema = external_exports.object({
  path: external_exports.string(),
  exists: external_exports.boolean(),
  entries: external_exports.array(EnvFileEntrySchema),
  /** Lines Go would ignore or reject, with why. */
  problems: external_exports.array(external_exports.object({ line: external_exports.number(), text: external_exports.string(), problem: external_exports.string() }))
});
var SettingSchema = external_exports.object({
  key: external_exports.string(),
  /** Effective value as `go env -json` reports it (GOTOOLCHAIN: the user's own value). */
  value: external_exports.string(),
  source: external_exports.enum(SETTING_SOURCES),
  /** Lower-precedence sources that also set this key and lose. */
  shadowed: external_exports.array(external_exports.object({ source: external_exports.enum(SETTING_SOURCES), value: external_exports.string(), line: external_exports.number().optional() }))
});
var GoEnvSchema = external_exports.object({
  /** The go binary that was asked (the PATH winner). */
  goBinary: external_exports.string(),
  goVersion: external_exports.string().nullable(),
  settings: external_exports.record(external_exports.string(), SettingSchema),
  userFile: EnvFileSchema,
  gorootEnvFile: EnvFileSchema.nullable(),
  /** Every GO and CGO_ variable in the process environment, and PATH and HOME. */
  osEnv: external_exports.record(external_exports.string(), external_exports.string()),
  /** Where `go install` puts binaries (GOBIN, else each GOPATH entry's bin), and whether PATH has it. */
  binDirs: external_exports.array(external_exports.object({ dir: external_exports.string(), from: external_exports.enum(["GOBIN", "GOPATH"]), exists: external_exports.boolean(), executables: external_exports.array(external_exports.string()), onPath: external_exports.boolean() })),
  /** The tree GOROOT names: does it exist, is it a Go tree, which VERSION does it hold. */
  gorootTree: external_exports.object({ dir: external_exports.string(), exists: external_exports.boolean(), hasSrcRuntime: external_exports.boolean(), hasPkgTool: external_exports.boolean(), versionFile: external_exports.string().nullable() }).nullable(),
  /** Why `go env -json` failed (values then come from the sources godiag read itself). */
  probeError: external_exports.string().nullable()
});

// src/facts/schema/gosource.ts
var GoSourceFileSchema = external_exports.object({
  name: external_exports.string(),
  /** The //go:build expression; null when the file has none. */
  goBuild: external_exports.string().nullable(),
  /** `// +build` expressions go honours (only used when there is no //go:build line). */
  plusBuild: external_exports.array(external_exports.string()),
  /** Line of `import "C"`; null when the file does not use cgo. */
  cgoLine: external_exports.number().nullable(),
  /** Imports of packages in the modules read (import paths); other imports are not kept. */
  imports: external_exports.array(external_exports.string()),
  /** Why the header cannot be trusted (cut before its end, two //go:build lines ...): the package is then not judged. */
  problem: external_exports.string().nullable()
});
var GoPackageSchema = external_exports.object({
  /** Directory relative to `root`, forward slashes ('' for root itself). */
  dir: external_exports.string(),
  importPath: external_exports.string(),
  files: external_exports.array(GoSourceFileSchema),
  /** Some of the directory's .go files were not read (the file cap): the package is not judged. */
  partial: external_exports.boolean().optional()
});
var GoPackagesSchema = external_exports.object({
  /** Absolute directory the package and module dirs are relative to. */
  root: external_exports.string(),
  /** The modules read: path and directory (relative to root, '..' when outside it). */
  modules: external_exports.array(external_exports.object({ path: external_exports.string(), dir: external_exports.string() })),
  /** Non-test .go files read, and how many of them import "C". */
  read: external_exports.number(),
  cgoFiles: external_exports.number(),
  /** The file cap stopped the reading: packages past it are unknown. */
  truncated: external_exports.boolean(),
  /**
   * Every package of those modules when some file imports "C" (what a build reaches through its
   * imports decides whether it fails); empty when no file does.
   */
  packages: external_exports.array(GoPackageSchema)
});

// src/facts/schema/project.ts
var ModFileSummarySchema = external_exports.object({
  path: external_exports.string(),
  module: external_exports.string().nullable(),
  go: external_exports.string().nullable(),
  toolchain: external_exports.string().nullable(),
  requires: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), indirect: external_exports.boolean(), line: external_exports.number() })),
  replaces: external_exports.array(external_exports.object({ from: external_exports.string(), fromVersion: external_exports.string().nullable(), to: external_exports.string(), toVersion: external_exports.string().nullable(), line: external_exports.number() })),
  tools: external_exports.array(external_exports.string()),
  errors: external_exports.array(external_exports.object({ line: external_exports.number(), message: external_exports.string() }))
});
var ToolchainSelectionSchema = external_exports.object({
  /** The user's GOTOOLCHAIN, from its real source (not the probe's local). */
  gotoolchain: external_exports.string(),
  gotoolchainSource: external_exports.string(),
  /** Which file drives the decision (go.work wins over go.mod). */
  file: external_exports.string().nullable(),
  required: external_exports.string().nullable(),
  /**
   * What would run: local; a goV found on PATH; a goV already in the module cache; a download
   * (or one GOPROXY=off makes fail); a refusal; or a go older than 1.21, which never switches.
   */
  action: external_exports.enum(["local", "use-path", "use-cache", "download", "fail-download", "fail-local", "fail-path", "invalid", "old-go"]),
  target: external_exports.string().nullable(),
  /** The go that PATH runs first (go1.26.8): what runs when nothing switches. */
  local: external_exports.string().default(""),
  /** What picked the target: GOTOOLCHAIN's minimum, the toolchain line, the go line; null when local. */
  targetFrom: external_exports.enum(["GOTOOLCHAIN", "toolchain-line", "go-line"]).nullable().default(null),
  /** The toolchain's bin/go in the module cache (GOMODCACHE/golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH), when there. */
  cachedPath: external_exports.string().nullable().default(null),
  /** Module that would be downloaded (golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH). */
  downloadModule: external_exports.string().nullable(),
  reason: external_exports.string()
});
var ProjectSchema = external_exports.object({
  cwd: external_exports.string(),
  gomod: ModFileSummarySchema.nullable(),
  gowork: ModFileSummarySchema.nullable(),
  hasVendor: external_exports.boolean(),
  selection: ToolchainSelectionSchema.nullable(),
  /**
   * The module's packages (and those of the local modules it replaces), read only when `go env`
   * says CGO_ENABLED=0: which of them need cgo?
   */
  packages: GoPackagesSchema.nullable().optional(),
  /**
   * Tool imports of tools.go files (the `tools` build constraint, blank imports) in the module's
   * directory, tools/ and internal/tools/: the pre-1.24 way to pin a tool's version in go.mod.
   */
  toolsGo: external_exports.array(external_exports.object({ path: external_exports.string(), imports: external_exports.array(external_exports.string()) })).optional()
});

// src/facts/schema/artifacts.ts
var GoModuleSchema = external_exports.object({
  path: external_exports.string(),
  version: external_exports.string(),
  sum: external_exports.string(),
  get replace() {
    return GoModuleSchema.nullable();
  }
});
var BuildInfoSchema = external_exports.object({
  goVersion: external_exports.string(),
  path: external_exports.string(),
  main: GoModuleSchema.nullable(),
  deps: external_exports.array(GoModuleSchema),
  settings: external_exports.array(external_exports.object({ key: external_exports.string(), value: external_exports.string() })),
  /** 'inline' since Go 1.18, 'pointers' before (header flag bit 1). */
  layout: external_exports.enum(["inline", "pointers"])
});
var RecoveredSchema = external_exports.object({
  pclntab: external_exports.object({
    /** Table layout by its magic: go1.2 (to 1.15), go1.16, go1.18, go1.20 (and later). */
    layout: external_exports.enum(["go1.2", "go1.16", "go1.18", "go1.20"]),
    offset: external_exports.number(),
    /** By the section the format names (.gopclntab, __gopclntab) or by a scan for the magic. */
    located: external_exports.enum(["section", "magic-scan"])
  }),
  /** Functions in the function table (the header's nfunc). */
  functions: external_exports.number(),
  /** Names in the function name table (go1.16+ also holds functions inlined everywhere). */
  names: external_exports.number(),
  /** Source files in the file table. */
  files: external_exports.number(),
  /** Import paths of the packages named by function names (main replaced by its import path when known). */
  packages: external_exports.array(external_exports.string()),
  /** module@version directories in source file paths (module cache layout, or -trimpath's path@version/). */
  modules: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), file: external_exports.string() })),
  /** main.main's package: its import path when the source path tells it. */
  mainPackage: external_exports.object({
    path: external_exports.string().nullable(),
    file: external_exports.string(),
    how: external_exports.enum(["module-path", "trimpath", "local-directory"])
  }).nullable(),
  /** The Go version in a GOTOOLCHAIN-downloaded GOROOT path (golang.org/toolchain@v0.0.1-go1.N.P.OS-ARCH). */
  toolchain: external_exports.string().nullable()
});
var BINARY_FORMATS = ["elf", "macho", "pe", "xcoff"];
var LINKAGES = ["static", "static-pie", "dynamic", "unknown"];
var FILE_KINDS = ["executable", "shared-library", "object", "core", "other"];
var ArmAttributesSchema = external_exports.object({
  /** Tag_CPU_arch as a name (v6, v7 ...), when present. */
  cpuArch: external_exports.string().nullable(),
  /** Tag_ABI_VFP_args: 'hard' (VFP registers), 'soft' (core registers) or null. */
  vfpArgs: external_exports.enum(["hard", "soft", "toolchain", "compatible"]).nullable(),
  /** Tag_FP_arch as a name (VFPv2, VFPv3 ...), when present. */
  fpArch: external_exports.string().nullable(),
  /** Float ABI from ELF e_flags (EF_ARM_ABI_FLOAT_HARD/SOFT), independent of the section. */
  eflagsFloat: external_exports.enum(["hard", "soft"]).nullable(),
  raw: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()]))
});
var BinaryFactsSchema = external_exports.object({
  path: external_exports.string(),
  size: external_exports.number(),
  format: external_exports.enum(BINARY_FORMATS),
  /** For Mach-O universal files: which slice (0-based) of how many. */
  slice: external_exports.object({ index: external_exports.number(), count: external_exports.number(), offset: external_exports.number() }).nullable(),
  bits: external_exports.union([external_exports.literal(32), external_exports.literal(64)]),
  endian: external_exports.enum(["little", "big"]),
  /** The header's machine name (x86-64, AArch64, ARM, PowerPC64 ...). */
  machine: external_exports.string(),
  /** GOOS/GOARCH: from build info when present, else derived from the headers. */
  goos: external_exports.string().nullable(),
  goarch: external_exports.string().nullable(),
  platformSource: external_exports.enum(["buildinfo", "headers"]).nullable(),
  kind: external_exports.enum(FILE_KINDS),
  pie: external_exports.boolean(),
  isGo: external_exports.boolean(),
  /** Why we believe it is a Go binary: build info, .gopclntab, pclntab magic, Go build ID ... */
  goEvidence: external_exports.array(external_exports.string()),
  goVersion: external_exports.string().nullable(),
  /** How goVersion was found. */
  goVersionSource: external_exports.enum(["buildinfo", "runtime-string", "pclntab-range"]).nullable(),
  /** Go release range implied by the pclntab magic (e.g. "go1.20 or later"). */
  pclntabVersions: external_exports.string().nullable(),
  buildInfo: BuildInfoSchema.nullable(),
  /** From the function table, for Go binaries without build info (null when it has build info or no table was found). */
  recovered: RecoveredSchema.nullable(),
  /**
   * Values of main.version, main.Version and .../version.Version (what -ldflags=-X stamps), from the
   * symbol table and data; read when build info has no main module version. Empty when stripped.
   */
  versionVariables: external_exports.array(external_exports.object({ name: external_exports.string(), value: external_exports.string() })),
  /** Why build info could not be read, for Go binaries that lack it. */
  buildInfoError: external_exports.string().nullable(),
  linkage: external_exports.enum(LINKAGES),
  /** ELF PT_INTERP (the dynamic loader), or null. */
  interpreter: external_exports.string().nullable(),
  /** ELF DT_NEEDED, Mach-O LC_LOAD_DYLIB, PE imported DLLs, XCOFF loader imports. */
  libraries: external_exports.array(external_exports.string()),
  /** ELF .gnu.version_r: library → versions required (GLIBC_2.34 ...). */
  versionNeeds: external_exports.record(external_exports.string(), external_exports.array(external_exports.string())),
  /** Highest GLIBC_x.y required, or null. */
  glibcRequired: external_exports.string().nullable(),
  hasSymbols: external_exports.boolean(),
  hasDwarf: external_exports.boolean(),
  stripped: external_exports.boolean(),
  arm: ArmAttributesSchema.nullable(),
  /** Mach-O minimum OS from LC_BUILD_VERSION / LC_VERSION_MIN_*, e.g. "macos 12.0". */
  minOS: external_exports.string().nullable(),
  /** Non-fatal oddities met while reading (out-of-range section, bad note ...). */
  warnings: external_exports.array(external_exports.string()),
  /**
   * Segments, sections and directories the headers place (partly) past the end of the file: the
   * file is truncated or corrupt, and the facts above describe only the part that is there.
   */
  truncated: external_exports.array(external_exports.string())
});
var PlatformSchema = external_exports.object({ os: external_exports.string().nullable(), arch: external_exports.string().nullable(), variant: external_exports.string().nullable() });
var ExpectationsSchema = external_exports.object({
  /** Each binary must match one of these. */
  platforms: external_exports.array(PlatformSchema).optional(),
  /** -race recorded in build info. */
  race: external_exports.boolean().optional(),
  /** -buildmode recorded in build info (exe, pie, c-shared ...). */
  buildmode: external_exports.string().optional(),
  cgo: external_exports.boolean().optional(),
  static: external_exports.boolean().optional(),
  minGo: external_exports.string().optional(),
  trimpath: external_exports.boolean().optional(),
  /** true: VCS stamping present; false: absent; a string: revision prefix. */
  vcs: external_exports.union([external_exports.boolean(), external_exports.string()]).optional(),
  /** File capabilities (cap_net_bind_service ...) the file must carry, permitted and effective. */
  caps: external_exports.array(external_exports.string()).optional()
});
var PROBLEM_KINDS = ["missing", "unreadable", "not-binary", "special", "corrupt", "limit"];
var ArtifactsSchema = external_exports.object({
  /** Executable images found (a universal Mach-O file yields one entry per slice). */
  binaries: external_exports.array(BinaryFactsSchema),
  /** Files that could not be read or parsed, each with a reason. */
  problems: external_exports.array(external_exports.object({ path: external_exports.string(), message: external_exports.string(), kind: external_exports.enum(PROBLEM_KINDS) })),
  /** Each path named on the command line: how many binaries it yielded and files it held. */
  inputs: external_exports.array(external_exports.object({ path: external_exports.string(), binaries: external_exports.number(), files: external_exports.number() })),
  /** `--require N`: at least this many binaries must be checked. */
  require: external_exports.number().nullable(),
  /** Files passed over (not an executable format, FIFO, device ...), for -v, in walk order. */
  skipped: external_exports.array(external_exports.object({ path: external_exports.string(), reason: external_exports.string() })),
  expect: ExpectationsSchema.nullable(),
  /** `--target-image` name as given, resolved against src/knowledge/images.ts. */
  targetImage: external_exports.string().nullable(),
  /**
   * File capabilities (security.capability) of the Linux binaries: the program that read them,
   * why they are unknown, and the files that carry any (a binary not listed has none).
   */
  capabilities: external_exports.object({
    reader: external_exports.enum(["getcap", "getfattr"]).nullable(),
    problem: external_exports.string().nullable(),
    files: external_exports.array(external_exports.object({ path: external_exports.string(), permitted: external_exports.array(external_exports.string()), inheritable: external_exports.array(external_exports.string()), effective: external_exports.boolean() }))
  }).optional()
});

// src/facts/schema/system.ts
var SystemSkipSchema = external_exports.object({ fact: external_exports.string(), reason: external_exports.string() });
var HungCommandSchema = external_exports.object({ command: external_exports.string(), program: external_exports.string(), timeoutMs: external_exports.number() });
var DISTRO_FAMILIES = ["debian", "rhel", "suse", "alpine", "arch", "darwin", "windows", "freebsd", "unknown"];
var PACKAGE_MANAGERS = ["apt", "dnf", "yum", "zypper", "apk", "pacman", "brew", "winget", "pkg"];
var OsSchema = external_exports.object({
  platform: external_exports.string(),
  /** `uname -r` / /proc/sys/kernel/osrelease, e.g. 5.14.0-427.13.1.el9_4.x86_64. */
  kernelRelease: external_exports.string().nullable(),
  /** The numeric part of kernelRelease (Linux, FreeBSD), e.g. 5.14.0. */
  kernelVersion: external_exports.string().nullable(),
  /** macOS product version, Windows version (10.0.19045), FreeBSD userland version. */
  osVersion: external_exports.string().nullable(),
  distro: external_exports.object({
    id: external_exports.string(),
    idLike: external_exports.array(external_exports.string()),
    versionId: external_exports.string().nullable(),
    prettyName: external_exports.string().nullable()
  }).nullable(),
  family: external_exports.enum(DISTRO_FAMILIES),
  packageManager: external_exports.enum(PACKAGE_MANAGERS).nullable()
});
var ArchSchema = external_exports.object({
  /** uname machine (x86_64, aarch64, armv7l ...). */
  machine: external_exports.string().nullable(),
  /** machine translated to GOARCH. */
  goarch: external_exports.string().nullable(),
  /** The package manager's idea of the userland (dpkg armhf on an aarch64 kernel ...). */
  userland: external_exports.object({ tool: external_exports.enum(["dpkg", "rpm", "apk"]), name: external_exports.string(), goarch: external_exports.string().nullable() }).nullable(),
  /** CPU feature flags relevant to GOAMD64 (subset of /proc/cpuinfo flags). */
  cpuFlags: external_exports.array(external_exports.string()),
  /** Highest GOAMD64 level the CPU supports, null when unknown or not amd64. */
  amd64Level: external_exports.enum(["v1", "v2", "v3", "v4"]).nullable()
});
var ContainerSchema = external_exports.object({
  inContainer: external_exports.boolean(),
  runtime: external_exports.string().nullable(),
  evidence: external_exports.array(external_exports.string())
});
var WslSchema = external_exports.object({
  isWsl: external_exports.boolean(),
  version: external_exports.union([external_exports.literal(1), external_exports.literal(2)]).nullable(),
  evidence: external_exports.string().nullable()
});
var BinfmtEntrySchema = external_exports.object({
  name: external_exports.string(),
  enabled: external_exports.boolean(),
  interpreter: external_exports.string().nullable(),
  flags: external_exports.string().nullable()
});
var EmulationSchema = external_exports.object({
  /** binfmt_misc handlers (qemu-*, rosetta ...). */
  binfmt: external_exports.array(BinfmtEntrySchema),
  /** macOS: this process runs translated by Rosetta 2 (sysctl.proc_translated). */
  rosetta: external_exports.boolean().nullable()
});
var LibcSchema = external_exports.object({
  kind: external_exports.enum(["glibc", "musl", "system", "unknown"]),
  version: external_exports.string().nullable(),
  /** The file or command the version came from. */
  source: external_exports.string().nullable()
});
var CompilerSchema = external_exports.object({
  /** The CC/CXX value Go uses, e.g. `gcc` or `clang -m64`. */
  setting: external_exports.string(),
  settingSource: external_exports.string(),
  program: external_exports.string(),
  /** Absolute path found on PATH (or as given), null when not found. */
  path: external_exports.string().nullable(),
  /**
   * First line of `--version`, asked of CC only: C++ matters to few cgo builds, and starting
   * another process costs every doctor run more than the line is worth. Null for CXX.
   */
  version: external_exports.string().nullable()
});
var CGO_REASONS = ["explicit", "cross-compile", "no-compiler", "default-on", "unknown"];
var CgoSchema = external_exports.object({
  enabled: external_exports.boolean().nullable(),
  enabledSource: external_exports.string().nullable(),
  reason: external_exports.enum(CGO_REASONS),
  goos: external_exports.string().nullable(),
  goarch: external_exports.string().nullable(),
  hostGoos: external_exports.string().nullable(),
  hostGoarch: external_exports.string().nullable(),
  cc: CompilerSchema.nullable(),
  cxx: CompilerSchema.nullable(),
  pkgConfig: external_exports.object({
    setting: external_exports.string(),
    path: external_exports.string().nullable(),
    /** Project files with a `#cgo pkg-config:` directive. */
    neededBy: external_exports.array(external_exports.string())
  })
});
var SelinuxLabelSchema = external_exports.object({
  role: external_exports.string(),
  path: external_exports.string(),
  context: external_exports.string().nullable(),
  type: external_exports.string().nullable(),
  /** What the policy says the path should carry (matchpathcon), when known. */
  expected: external_exports.string().nullable(),
  expectedType: external_exports.string().nullable()
});
var AvcDenialSchema = external_exports.object({
  comm: external_exports.string(),
  perms: external_exports.array(external_exports.string()),
  name: external_exports.string().nullable(),
  path: external_exports.string().nullable(),
  scontext: external_exports.string(),
  tcontext: external_exports.string(),
  tclass: external_exports.string(),
  time: external_exports.string().nullable()
});
var SelinuxSchema = external_exports.object({
  present: external_exports.boolean(),
  mode: external_exports.enum(["enforcing", "permissive", "disabled"]).nullable(),
  policy: external_exports.string().nullable(),
  labels: external_exports.array(SelinuxLabelSchema),
  audit: external_exports.object({
    source: external_exports.string().nullable(),
    readable: external_exports.boolean(),
    denials: external_exports.array(AvcDenialSchema)
  })
});
var CgroupSchema = external_exports.object({
  version: external_exports.union([external_exports.literal(1), external_exports.literal(2)]).nullable(),
  /** The process's cgroup path (the leaf Go looks at). */
  path: external_exports.string().nullable(),
  cpu: external_exports.object({
    quotaUs: external_exports.number().nullable(),
    periodUs: external_exports.number().nullable(),
    /** quota/period in CPUs; null = unlimited or unknown. */
    limit: external_exports.number().nullable(),
    source: external_exports.string().nullable()
  }),
  cpuset: external_exports.object({ cpus: external_exports.string().nullable(), count: external_exports.number().nullable(), source: external_exports.string().nullable() }),
  memory: external_exports.object({ maxBytes: external_exports.number().nullable(), source: external_exports.string().nullable() }),
  /** CPUs in this process's affinity mask (what Go's getCPUCount sees). */
  affinityCpus: external_exports.number().nullable(),
  onlineCpus: external_exports.number().nullable()
});
var MountSchema = external_exports.object({
  mountPoint: external_exports.string(),
  fsType: external_exports.string(),
  source: external_exports.string(),
  options: external_exports.array(external_exports.string())
});
var DIR_ROLES = ["TMPDIR", "GOTMPDIR", "GOCACHE", "GOMODCACHE", "GOPATH", "GOROOT"];
var DirFactSchema = external_exports.object({
  role: external_exports.enum(DIR_ROLES),
  path: external_exports.string(),
  /** Where the value came from: env, user-file, default ... */
  source: external_exports.string(),
  exists: external_exports.boolean(),
  /** The nearest existing ancestor that was examined (the dir itself when it exists). */
  examined: external_exports.string().nullable(),
  ownerUid: external_exports.number().nullable(),
  mode: external_exports.number().nullable(),
  writable: external_exports.boolean().nullable(),
  mount: MountSchema.nullable(),
  freeBytes: external_exports.number().nullable(),
  totalBytes: external_exports.number().nullable()
});
var CaRootSchema = external_exports.object({
  subject: external_exports.string(),
  /** ISO 8601. */
  notBefore: external_exports.string(),
  notAfter: external_exports.string(),
  /** The file it was read from (a bundle, or a file in a directory). */
  file: external_exports.string()
});
var CaCandidateSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.enum(["file", "dir"]),
  exists: external_exports.boolean(),
  bytes: external_exports.number(),
  certificates: external_exports.number(),
  /** Distinct certificates Go loads from here; absent where Go does not read the location (a bundle after the first readable one) and in older snapshots. */
  roots: external_exports.array(CaRootSchema).optional(),
  /** CERTIFICATE blocks that are not X.509 (Go skips them as well). */
  unparsable: external_exports.number().optional()
});
var CaSchema = external_exports.object({
  sslCertFile: external_exports.string().nullable(),
  sslCertDir: external_exports.string().nullable(),
  /** Locations Go's crypto/x509 would read on this OS, in its order. */
  candidates: external_exports.array(CaCandidateSchema),
  /** Count of certificates Go would load; null when the OS store is used (macOS, Windows). */
  certificates: external_exports.number().nullable(),
  /** When the certificate dates were read: the moment expiry is judged against. */
  checkedAt: external_exports.string().optional(),
  /** True when the certificate cap stopped the date reading: some roots have no dates. */
  rootsTruncated: external_exports.boolean().optional()
});
var GoContextSchema = external_exports.object({
  installs: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), platform: external_exports.string().nullable() })),
  /** Installs whose `go version` failed, with the GOOS/GOARCH read from the executable itself. */
  unrunnable: external_exports.array(external_exports.object({ path: external_exports.string(), goos: external_exports.string().nullable(), goarch: external_exports.string().nullable(), probeError: external_exports.string() })),
  /** What GOTOOLCHAIN would select for the current directory. */
  selected: external_exports.object({ version: external_exports.string(), action: external_exports.string(), gotoolchain: external_exports.string() }).nullable(),
  mainModule: external_exports.object({ path: external_exports.string(), go: external_exports.string().nullable(), requiresAutomaxprocs: external_exports.boolean() }).nullable(),
  /** Runtime knobs from the process environment. */
  env: external_exports.object({
    GOMAXPROCS: external_exports.string().nullable(),
    GOMEMLIMIT: external_exports.string().nullable(),
    GODEBUG: external_exports.string().nullable(),
    GOAMD64: external_exports.string().nullable(),
    GOAMD64Source: external_exports.string().nullable()
  })
});
var PrivilegedPortServiceSchema = external_exports.object({
  unit: external_exports.string(),
  binary: external_exports.string(),
  user: external_exports.string().nullable(),
  /** Ports below net.ipv4.ip_unprivileged_port_start and the argument or variable that sets each. */
  ports: external_exports.array(external_exports.object({ port: external_exports.number(), source: external_exports.string() })),
  /** AmbientCapabilities= after drop-ins, lower case (cap_net_bind_service). */
  ambientCapabilities: external_exports.array(external_exports.string()),
  noNewPrivileges: external_exports.boolean(),
  /** The binary's file capabilities; null when they could not be read. */
  fileCaps: external_exports.object({ permitted: external_exports.array(external_exports.string()), effective: external_exports.boolean() }).nullable()
});
var PrivilegedPortsSchema = external_exports.object({
  /** /proc/sys/net/ipv4/ip_unprivileged_port_start; null when unreadable (the kernel default is 1024). */
  unprivilegedPortStart: external_exports.number().nullable(),
  unitDirs: external_exports.array(external_exports.string()),
  unitsRead: external_exports.number(),
  services: external_exports.array(PrivilegedPortServiceSchema),
  capsReader: external_exports.string().nullable(),
  capsProblem: external_exports.string().nullable(),
  /** The project's Dockerfiles whose final stage runs a Go build as a non-root user on a port below 1024, with no setcap. */
  dockerfiles: external_exports.array(external_exports.object({ path: external_exports.string(), user: external_exports.string(), userLine: external_exports.number().nullable(), ports: external_exports.array(external_exports.object({ port: external_exports.number(), source: external_exports.string(), line: external_exports.number() })) }))
});
var SystemSchema = external_exports.object({
  os: OsSchema,
  arch: ArchSchema,
  container: ContainerSchema,
  wsl: WslSchema,
  emulation: EmulationSchema,
  libc: LibcSchema,
  cgo: CgoSchema,
  selinux: SelinuxSchema,
  cgroup: CgroupSchema,
  dirs: external_exports.array(DirFactSchema),
  ca: CaSchema,
  /** systemd services of Go programs that bind privileged ports as unprivileged users (Linux). */
  privilegedPorts: PrivilegedPortsSchema.optional(),
  user: external_exports.object({ uid: external_exports.number().nullable(), name: external_exports.string().nullable() }),
  go: GoContextSchema,
  skipped: external_exports.array(SystemSkipSchema),
  /** Programs (cc --version, pkg-config ...) killed at the timeout. */
  hung: external_exports.array(HungCommandSchema).optional()
});

// src/facts/schema/shells.ts
var OriginSchema = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number(),
  /** Under a condition the analyzer could not decide (text of the condition). */
  condition: external_exports.string().optional()
});
var EVENT_KINDS = ["set", "unset", "path", "source", "go-env-w", "version-manager", "guard", "universal"];
var ShellEventSchema = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number(),
  kind: external_exports.enum(EVENT_KINDS),
  /** The command as written (one line, shortened). */
  text: external_exports.string(),
  name: external_exports.string().optional(),
  /** Value as the shell would expand it; `known` false when it depends on a command's output. */
  value: external_exports.string().optional(),
  known: external_exports.boolean(),
  exported: external_exports.boolean(),
  conditional: external_exports.boolean(),
  condition: external_exports.string().optional(),
  /** PATH edits: how, and the directories added. */
  op: external_exports.enum(["prepend", "append", "set", "remove"]).optional(),
  dirs: external_exports.array(external_exports.string()).optional(),
  /** `source`: the file, whether it exists, and why it was not followed. */
  target: external_exports.string().optional(),
  followed: external_exports.boolean().optional(),
  problem: external_exports.string().optional(),
  /** A loader the analysis could not follow (or that loads later): the files it may source. */
  candidates: external_exports.array(external_exports.string()).optional(),
  /** Which loader: a glob loop, a plugin manager (zinit, antidote, oh-my-zsh) ... */
  loader: external_exports.string().optional(),
  /** PATH edits: Go variables the line expands that are unset at that point, and the contexts where they are. */
  unsetVars: external_exports.array(external_exports.string()).optional(),
  unsetIn: external_exports.array(external_exports.string()).optional(),
  /** fish: the scope of `set` (universal, global, ...). */
  scope: external_exports.string().optional(),
  /** Contexts (ids like bash:login) in which this line runs; empty = no context reads it. */
  readBy: external_exports.array(external_exports.string())
});
var ShellFileSchema = external_exports.object({
  path: external_exports.string(),
  dialect: external_exports.enum(["sh", "bash", "zsh", "fish", "env-file", "paths"]),
  exists: external_exports.boolean(),
  size: external_exports.number(),
  /** Read only up to the cap; the rest was not analysed. */
  truncated: external_exports.boolean(),
  binary: external_exports.boolean(),
  /** Present but not readable as a startup file: a FIFO, a device, unreadable (permission denied). */
  problem: external_exports.string().optional(),
  /** A syntax error: the shell stops reading the file there (bash/sh; zsh parse is advisory). */
  syntaxError: external_exports.object({ line: external_exports.number(), column: external_exports.number(), message: external_exports.string(), advisory: external_exports.boolean() }).nullable(),
  readBy: external_exports.array(external_exports.string())
});
var ContextValueSchema = external_exports.object({
  value: external_exports.string(),
  known: external_exports.boolean(),
  exported: external_exports.boolean(),
  /** null = inherited from the environment the context starts with. */
  origin: OriginSchema.nullable()
});
var GoOnPathSchema = external_exports.object({
  path: external_exports.string(),
  dir: external_exports.string(),
  realPath: external_exports.string().nullable(),
  /** First line of GOROOT/VERSION next to the real binary (read, never executed). */
  version: external_exports.string().nullable(),
  origin: OriginSchema.nullable()
});
var ContextSchema = external_exports.object({
  id: external_exports.string(),
  shell: external_exports.string(),
  context: external_exports.string(),
  /** How to reproduce it by hand. */
  command: external_exports.string(),
  installed: external_exports.boolean(),
  /** Startup files actually read, in order, with what made them read. */
  files: external_exports.array(external_exports.object({ path: external_exports.string(), why: external_exports.string() })),
  vars: external_exports.record(external_exports.string(), ContextValueSchema),
  path: external_exports.array(external_exports.object({ dir: external_exports.string(), origin: OriginSchema.nullable() })),
  /** Every go on this PATH, in order; the first one runs. */
  gos: external_exports.array(GoOnPathSchema),
  notes: external_exports.array(external_exports.string())
});
var DynamicRunSchema = external_exports.object({
  id: external_exports.string(),
  argv: external_exports.array(external_exports.string()),
  ok: external_exports.boolean(),
  timedOut: external_exports.boolean(),
  truncated: external_exports.boolean(),
  exitCode: external_exports.number().nullable(),
  error: external_exports.string().nullable(),
  ms: external_exports.number(),
  /** Go variables and PATH as the shell really had them; null when the run failed. */
  env: external_exports.record(external_exports.string(), external_exports.string()).nullable(),
  /** `command -v go` as the shell saw it. */
  goPath: external_exports.string().nullable(),
  stderrTail: external_exports.string()
});
var ShellsSchema = external_exports.object({
  home: external_exports.string(),
  platform: external_exports.string(),
  /** The user's login shell (passwd entry, else $SHELL). */
  loginShell: external_exports.object({ path: external_exports.string(), name: external_exports.string(), from: external_exports.string() }).nullable(),
  installed: external_exports.array(external_exports.object({ name: external_exports.string(), path: external_exports.string() })),
  files: external_exports.array(ShellFileSchema),
  events: external_exports.array(ShellEventSchema),
  contexts: external_exports.array(ContextSchema),
  /** fish universal variables (fish_variables), with their line. */
  fishUniversal: external_exports.array(external_exports.object({ name: external_exports.string(), value: external_exports.string(), exported: external_exports.boolean(), line: external_exports.number(), file: external_exports.string() })),
  /** Every GOROOT value the startup files set: does it exist, which Go is in it (VERSION file). */
  goroots: external_exports.array(external_exports.object({ path: external_exports.string(), exists: external_exports.boolean(), version: external_exports.string().nullable() })),
  /** Present only with --run-shells. */
  dynamic: external_exports.array(DynamicRunSchema).nullable(),
  /** Why startup files could not be syntax-checked (the checker's WASM did not load); absent or null when they were. */
  syntaxCheckError: external_exports.string().nullable().optional()
});

// src/facts/schema/manifests.ts
var at = { line: external_exports.number() };
var ManifestValueSchema = external_exports.object({ value: external_exports.string(), ...at });
var ManifestContainerSchema = external_exports.object({
  name: external_exports.string(),
  ...at,
  image: ManifestValueSchema.nullable(),
  /** Environment entries; a value from a secret/configMap/field reference is null (resourceField: limits.memory ...). */
  env: external_exports.array(external_exports.object({ name: external_exports.string(), value: external_exports.string().nullable(), ...at, resourceField: external_exports.string().optional() })),
  /** Memory limit in bytes, with the text as written. */
  memoryLimit: external_exports.object({ bytes: external_exports.number(), raw: external_exports.string(), ...at }).nullable(),
  /** CPU limit in CPUs (500m → 0.5). */
  cpuLimit: external_exports.object({ cpus: external_exports.number(), raw: external_exports.string(), ...at }).nullable(),
  /** Exec-form command words: Kubernetes command+args, compose command/entrypoint lists. */
  exec: external_exports.array(external_exports.object({ field: external_exports.string(), words: external_exports.array(external_exports.string()), ...at })),
  stdin: ManifestValueSchema.nullable(),
  stdinOnce: ManifestValueSchema.nullable(),
  tty: ManifestValueSchema.nullable(),
  /** Compose bind mounts (short syntax HOST:CONTAINER[:OPTS] or type: bind). */
  binds: external_exports.array(external_exports.object({ spec: external_exports.string(), options: external_exports.array(external_exports.string()), ...at })),
  /** Compose privileged: true or security_opt label:disable: the container runs unconfined (spc_t), labels do not matter. */
  labelDisabled: external_exports.boolean().optional()
});
var WorkloadSchema = external_exports.object({
  /** Deployment/web, compose service api, Helm values path (controller.), ... */
  name: external_exports.string(),
  kind: external_exports.string(),
  ...at,
  containers: external_exports.array(ManifestContainerSchema),
  /** kubernetes.io/arch values the pod may run on (nodeSelector, required node affinity); compose `platform:`. */
  nodeArch: external_exports.object({ values: external_exports.array(external_exports.string()), ...at }).nullable()
});
var ManifestFileSchema = external_exports.object({
  path: external_exports.string(),
  format: external_exports.enum(["kubernetes", "compose", "helm-values"]),
  workloads: external_exports.array(WorkloadSchema),
  /** Documents not read, with why (Helm template syntax, a YAML error). */
  skipped: external_exports.array(external_exports.object({ ...at, reason: external_exports.string() })),
  /** The file says it targets SELinux hosts (a :z/:Z bind, a label security_opt, an SELinux comment). */
  selinux: external_exports.object({ ...at, evidence: external_exports.string() }).nullable(),
  /** A chart template rendered with its chart's values.yaml: the chart directory ('' for the root). */
  helmChart: external_exports.string().optional(),
  /** For a rendered chart template: the dotted paths of the values it read (resources, controller.resources.limits ...). */
  helmValuesRead: external_exports.array(external_exports.string()).optional()
});

// src/facts/schema/files.ts
var FILE_KINDS2 = ["dockerfile", "github-workflow", "gitlab-ci", "makefile", "go.mod", "go.work", "tools.go", "golangci", "manifest"];
var pos = { line: external_exports.number(), column: external_exports.number() };
var ScalarSchema = external_exports.object({
  ...pos,
  endColumn: external_exports.number(),
  /** The value as YAML resolved it, as a string (1.20 unquoted → "1.2"). */
  value: external_exports.string(),
  /** The source text (1.20 unquoted → "1.20"). */
  raw: external_exports.string(),
  numeric: external_exports.boolean(),
  /** The whole source line the scalar starts on, for line edits. */
  lineText: external_exports.string()
});
var FileRefSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.enum(FILE_KINDS2),
  /** Why the file could not be read or parsed (it is then skipped by the rules). */
  error: external_exports.string().nullable(),
  /** Where the parse error is, when the parser says. */
  errorAt: external_exports.object({ line: external_exports.number(), column: external_exports.number() }).optional(),
  /** Read only as context for cross-file checks (the go.mod above a Dockerfile named on the command line). */
  context: external_exports.boolean().optional()
});
var DirectiveSchema = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number(),
  /** The line an `ignore` applies to: its own (trailing comment) or the next code line. */
  target: external_exports.number(),
  kind: external_exports.enum(["ignore", "ignore-file", "severity"]),
  rules: external_exports.array(external_exports.string()),
  reason: external_exports.string().nullable(),
  severity: external_exports.enum([...SEVERITIES, "off"]).nullable(),
  /** Why the directive is malformed (a missing reason), reported instead of applied. */
  problem: external_exports.string().nullable()
});
var GoCommandSchema = external_exports.object({
  /** First non-flag argument: build, install, get, mod, env ... */
  sub: external_exports.string(),
  args: external_exports.array(external_exports.string()),
  /** Assignments that reach this command: `VAR=v go`, `env VAR=v go`, earlier `export VAR=v`. */
  env: external_exports.record(external_exports.string(), external_exports.string()),
  /** 0-based offset of the `go` word in the line. */
  offset: external_exports.number()
});
var DockerPairSchema = external_exports.object({ name: external_exports.string(), value: external_exports.string().nullable(), ...pos });
var DockerInstructionSchema = external_exports.object({
  keyword: external_exports.string(),
  ...pos,
  endLine: external_exports.number(),
  /** Arguments with flags removed and line continuations joined; exec form as words joined by spaces. */
  args: external_exports.string(),
  /** `--name=value` flags (--from, --platform, --mount ...). */
  flags: external_exports.array(external_exports.object({ name: external_exports.string(), value: external_exports.string().nullable() })),
  /** ENV and ARG assignments. */
  pairs: external_exports.array(DockerPairSchema),
  /** The instruction's source lines, for edits. */
  source: external_exports.string(),
  /** The go commands of a RUN (empty for other instructions). */
  goCommands: external_exports.array(GoCommandSchema)
});
var DockerStageSchema = external_exports.object({
  index: external_exports.number(),
  name: external_exports.string().nullable(),
  /** The image as written (registry/name:tag@digest), variables unexpanded. */
  image: external_exports.string().nullable(),
  /** The image with global ARG defaults substituted. */
  resolvedImage: external_exports.string().nullable(),
  platform: external_exports.string().nullable(),
  ...pos,
  imageColumn: external_exports.number(),
  imageEndColumn: external_exports.number(),
  /** The FROM instruction's source lines, for edits. */
  source: external_exports.string(),
  instructions: external_exports.array(DockerInstructionSchema)
});
var DockerfileFactsSchema = external_exports.object({
  path: external_exports.string(),
  globalArgs: external_exports.array(DockerPairSchema),
  stages: external_exports.array(DockerStageSchema)
});
var CiFileSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.enum(["github", "gitlab"]),
  setupGo: external_exports.array(external_exports.object({
    job: external_exports.string(),
    ...pos,
    /** The action ref after @ (v5, v6.1.0, a commit SHA). */
    ref: external_exports.string().nullable(),
    version: ScalarSchema.nullable(),
    versionFile: external_exports.string().nullable(),
    /** `${{ matrix.KEY }}` when go-version comes from the matrix. */
    matrixKey: external_exports.string().nullable()
  })),
  matrices: external_exports.array(external_exports.object({ job: external_exports.string(), key: external_exports.string(), values: external_exports.array(ScalarSchema) })),
  /** Shell lines of run:/script: blocks, one per logical line, with their position. */
  /** `step` is the line of the GitHub step the line belongs to (its step env applies). */
  /** dir: the step's working-directory (step, job or workflow defaults), relative to the checkout. */
  /** shell: the step's `shell:` (step, job or workflow defaults) when one is named (bash, pwsh, cmd ...). */
  scripts: external_exports.array(external_exports.object({ job: external_exports.string(), step: external_exports.number().nullable(), ...pos, text: external_exports.string(), goCommands: external_exports.array(GoCommandSchema), dir: external_exports.string().optional(), shell: external_exports.string().optional() })),
  /** definedIn: the GitLab job whose `variables:` hold a value the job inherits through `extends:`. */
  env: external_exports.array(external_exports.object({ scope: external_exports.enum(["workflow", "job", "step"]), job: external_exports.string().nullable(), step: external_exports.number().nullable(), name: external_exports.string(), value: ScalarSchema, definedIn: external_exports.string().optional() })),
  /** Container images jobs run in (GitHub `container:`, GitLab `image:`). */
  images: external_exports.array(external_exports.object({ job: external_exports.string(), image: ScalarSchema })),
  golangciLint: external_exports.array(external_exports.object({ job: external_exports.string(), ...pos, version: ScalarSchema.nullable() })),
  /** GitHub `runs-on` labels per job (the runner's OS and architecture decide what a build targets by default). */
  runsOn: external_exports.array(external_exports.object({ job: external_exports.string(), labels: external_exports.array(external_exports.string()) })).optional(),
  /** GitLab `include:` files of the same repository (local:), relative to its root. */
  includes: external_exports.array(external_exports.string()).optional(),
  /** docker/build-push-action and `docker buildx build --platform` targets. */
  dockerBuilds: external_exports.array(external_exports.object({ job: external_exports.string(), ...pos, platforms: external_exports.array(external_exports.string()), file: external_exports.string().nullable() }))
});
var MakefileFactsSchema = external_exports.object({
  path: external_exports.string(),
  variables: external_exports.array(external_exports.object({ name: external_exports.string(), value: external_exports.string(), ...pos, exported: external_exports.boolean() })),
  /** Recipe lines (continuations joined, @-+ prefixes removed), and with $(VAR) expanded. */
  recipes: external_exports.array(external_exports.object({ target: external_exports.string(), ...pos, endLine: external_exports.number(), text: external_exports.string(), expanded: external_exports.string(), source: external_exports.string(), goCommands: external_exports.array(GoCommandSchema) })),
  /** Names made visible to recipes by `export NAME` / `export NAME = value` / `.EXPORT_ALL_VARIABLES`. */
  exported: external_exports.array(external_exports.string()),
  exportAll: external_exports.boolean()
});
var located = external_exports.object({ value: external_exports.string(), ...pos });
var ModFactsSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.enum(["go.mod", "go.work"]),
  module: located.nullable(),
  go: located.nullable(),
  toolchain: located.nullable(),
  replaces: external_exports.array(external_exports.object({ from: external_exports.string(), fromVersion: external_exports.string().nullable().optional(), to: external_exports.string(), toVersion: external_exports.string().nullable(), local: external_exports.boolean(), ...pos })),
  /** go.work use directives; goMod: whether DIR/go.mod exists (checked when the tree is read from disk, absent otherwise). */
  uses: external_exports.array(located.extend({ goMod: external_exports.boolean().optional() })),
  tools: external_exports.array(external_exports.string()),
  /** The tool directives with their positions (go.mod, Go 1.24+). */
  toolDirectives: external_exports.array(located).optional(),
  /** require directives: module path, version, `// indirect`, position. */
  requires: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), indirect: external_exports.boolean(), ...pos })).optional(),
  errors: external_exports.array(external_exports.object({ message: external_exports.string(), ...pos }))
});
var ToolsGoSchema = external_exports.object({
  path: external_exports.string(),
  /** Has a `tools` build constraint (//go:build tools or // +build tools). */
  toolsTag: external_exports.boolean(),
  imports: external_exports.array(external_exports.object({ path: external_exports.string(), ...pos }))
});
var GolangciConfigSchema = external_exports.object({
  path: external_exports.string(),
  /** `version: "2"` marks a v2 configuration; null = v1. */
  configVersion: external_exports.string().nullable()
});
var ContainerRunSchema = external_exports.object({
  file: external_exports.string(),
  tool: external_exports.enum(["docker", "podman"]),
  ...pos,
  /** -v HOST:CONTAINER[:OPTIONS] and --mount type=bind,... (named and anonymous volumes are not listed). */
  binds: external_exports.array(external_exports.object({ spec: external_exports.string(), flag: external_exports.enum(["--volume", "--mount"]), options: external_exports.array(external_exports.string()), ...pos })),
  /** --privileged or --security-opt label=disable: the container runs unconfined (spc_t), labels do not matter. */
  labelDisabled: external_exports.boolean(),
  /** The file says it targets SELinux hosts (a :z/:Z bind, a label security option, a line naming SELinux). */
  selinux: external_exports.object({ line: external_exports.number(), evidence: external_exports.string() }).nullable()
});
var FilesSchema = external_exports.object({
  root: external_exports.string(),
  files: external_exports.array(FileRefSchema),
  directives: external_exports.array(DirectiveSchema),
  dockerfiles: external_exports.array(DockerfileFactsSchema),
  ci: external_exports.array(CiFileSchema),
  makefiles: external_exports.array(MakefileFactsSchema),
  mods: external_exports.array(ModFactsSchema),
  toolsGo: external_exports.array(ToolsGoSchema),
  golangci: external_exports.array(GolangciConfigSchema),
  /** Kubernetes manifests, Helm values and compose files (YAML files that are none of these are not listed). */
  manifests: external_exports.array(ManifestFileSchema).optional(),
  /** docker/podman run and create in CI scripts and Makefile recipes, with their bind mounts. */
  containerRuns: external_exports.array(ContainerRunSchema).optional(),
  /**
   * The packages of the tree's modules and of the local modules they replace, read when a Dockerfile,
   * CI file or Makefile runs go build/install (which of them need cgo?).
   */
  goPackages: GoPackagesSchema.optional(),
  /**
   * A go.mod or go.work in a directory above root, up to the repository's top (.git) — the module
   * a linted subdirectory belongs to — relative to root; null when there is none.
   */
  outerGoMod: external_exports.string().nullable().optional(),
  /** The Go that `go version` reports with GOTOOLCHAIN=local from a neutral directory. */
  installedGo: external_exports.object({ version: external_exports.string().nullable(), error: external_exports.string().nullable() }),
  /**
   * Go sources under root: how many were read (none unless a Dockerfile's final image is FROM scratch,
   * the only case that asks), the directories holding them, which make outbound TLS connections
   * (client calls of net/http, crypto/tls, gRPC, or a client SDK import), and what showed it.
   */
  goSources: external_exports.object({
    scanned: external_exports.number(),
    dirs: external_exports.array(external_exports.string()),
    tlsFiles: external_exports.array(external_exports.string()),
    tlsSeen: external_exports.record(external_exports.string(), external_exports.string()).optional(),
    /** Sources importing go.uber.org/automaxprocs, which sets GOMAXPROCS from the CPU quota at start. */
    automaxprocs: external_exports.array(external_exports.string()).optional()
  })
});

// src/facts/schema/modules.ts
var Source = external_exports.string();
var RouteStepSchema = external_exports.object({
  kind: external_exports.enum(["proxy", "direct", "off"]),
  url: external_exports.string(),
  fallThrough: external_exports.enum(["not-found", "any-error", "never"])
});
var ModuleRouteSchema = external_exports.object({
  module: external_exports.string(),
  steps: external_exports.array(RouteStepSchema),
  noProxyPattern: external_exports.string().nullable(),
  direct: external_exports.boolean(),
  vcs: external_exports.enum(["git", "hg", "svn", "bzr", "fossil"]).nullable(),
  insecurePattern: external_exports.string().nullable(),
  sumdb: external_exports.object({
    consulted: external_exports.boolean(),
    reason: external_exports.enum(["default", "gosumdb-off", "gonosumdb", "toolchain-always", "invalid"]),
    pattern: external_exports.string().nullable(),
    name: external_exports.string().nullable(),
    via: external_exports.array(external_exports.string())
  }),
  vendorOnly: external_exports.boolean(),
  /** A direct fetch GOVCS refuses: the go command's error text. */
  govcs: external_exports.string().nullable().default(null),
  error: external_exports.string().nullable()
});
var RequirementSchema = external_exports.object({
  path: external_exports.string(),
  version: external_exports.string(),
  indirect: external_exports.boolean(),
  file: external_exports.string(),
  line: external_exports.number()
});
var ModulesSchema = external_exports.object({
  /** Effective module settings (GONOPROXY/GONOSUMDB defaulted from GOPRIVATE); credentials in URLs redacted. */
  env: external_exports.object({
    GOPROXY: external_exports.string(),
    GOSUMDB: external_exports.string(),
    GOPRIVATE: external_exports.string(),
    GONOPROXY: external_exports.string(),
    GONOSUMDB: external_exports.string(),
    GOINSECURE: external_exports.string(),
    GOFLAGS: external_exports.string(),
    GOAUTH: external_exports.string(),
    GOVCS: external_exports.string().default("")
  }),
  /** Where each of those settings comes from (goenv provenance: env, user-file, goroot-go.env, default). */
  sources: external_exports.record(external_exports.string(), Source),
  proxy: external_exports.object({
    entries: external_exports.array(external_exports.object({ kind: external_exports.enum(["proxy", "direct", "off"]), url: external_exports.string(), fallBackOnError: external_exports.boolean(), hasUserinfo: external_exports.boolean() })),
    ignored: external_exports.array(external_exports.string()),
    error: external_exports.string().nullable()
  }),
  sumdb: external_exports.object({ kind: external_exports.enum(["off", "db", "invalid"]), name: external_exports.string().nullable(), url: external_exports.string().nullable(), error: external_exports.string().nullable() }),
  goauth: external_exports.object({ commands: external_exports.array(external_exports.string()), errors: external_exports.array(external_exports.string()) }),
  requirements: external_exports.array(RequirementSchema),
  routes: external_exports.array(ModuleRouteSchema),
  /** Config privateHosts: prefixes the user calls private. */
  privateHosts: external_exports.array(external_exports.string()),
  netrc: external_exports.object({ path: external_exports.string().nullable(), exists: external_exports.boolean(), machines: external_exports.array(external_exports.string()), hasDefault: external_exports.boolean() }),
  git: external_exports.object({
    path: external_exports.string().nullable(),
    /** url.<base>.insteadOf rewrites (global/system config), userinfo redacted. */
    insteadOf: external_exports.array(external_exports.object({ base: external_exports.string(), insteadOf: external_exports.string() })),
    credentialHelpers: external_exports.array(external_exports.string()),
    /** `git config` killed at the timeout: go runs git for direct fetches and VCS stamping too. */
    hung: external_exports.object({ command: external_exports.string(), program: external_exports.string(), timeoutMs: external_exports.number() }).optional()
  }),
  hgPath: external_exports.string().nullable(),
  gitTerminalPrompt: external_exports.string().nullable()
});

// src/facts/schema/runtime.ts
var FAILURE_CLASSES = [
  "dns",
  "x509",
  "http-401",
  "http-403",
  "http-404",
  "http-410",
  "http-5xx",
  "connection-refused",
  "timeout",
  "noexec",
  "no-c-compiler",
  "toolchain-switch",
  "proxy-off",
  "goflags",
  "other"
];
var FailureSchema = external_exports.object({
  class: external_exports.enum(FAILURE_CLASSES),
  /** Which server answered: a module proxy, the checksum database, a VCS origin, or none. */
  where: external_exports.enum(["proxy", "sumdb", "origin", "local"]),
  /** The URL or host involved, when the error names one (credentials redacted). */
  url: external_exports.string().nullable(),
  /** The lines of go's output that show the failure. */
  detail: external_exports.string()
});
var RuntimeBinarySchema = external_exports.object({
  format: external_exports.string(),
  goos: external_exports.string().nullable(),
  goarch: external_exports.string().nullable(),
  machine: external_exports.string(),
  linkage: external_exports.string(),
  interpreter: external_exports.string().nullable()
});
var RuntimeStepSchema = external_exports.object({
  name: external_exports.enum(["hello", "cgo", "download", "cross", "project"]),
  /** GOOS/GOARCH for cross builds. */
  target: external_exports.string().nullable(),
  status: external_exports.enum(["ok", "failed", "skipped"]),
  ms: external_exports.number(),
  /** What ran, for humans (argv joined, env changes first). */
  command: external_exports.string(),
  failure: FailureSchema.nullable(),
  skipped: external_exports.string().nullable(),
  /** Cross builds: what the output binary turned out to be. */
  binary: RuntimeBinarySchema.nullable(),
  /** Cross builds: wrong platform, not statically linked. */
  problems: external_exports.array(external_exports.string())
});
var RuntimeSchema = external_exports.object({
  goBinary: external_exports.string(),
  /** The directory the probes ran in (under the user's TMPDIR), and whether it was removed. */
  tempDir: external_exports.string(),
  tempRemoved: external_exports.boolean(),
  /** Network use: the module fetched and the GOPROXY/GOSUMDB it went through. */
  network: external_exports.object({ module: external_exports.string(), goproxy: external_exports.string(), gosumdb: external_exports.string() }),
  cc: external_exports.object({ value: external_exports.string(), explicit: external_exports.boolean(), found: external_exports.string().nullable() }),
  /** The user's GOTOOLCHAIN (probes run with local). */
  gotoolchain: external_exports.string(),
  steps: external_exports.array(RuntimeStepSchema)
});

// src/facts/schema/verify.ts
var REFERENCE_KINDS = [
  "module-zip",
  // golang.org/toolchain@v0.0.1-<release> zip in the module cache (its h1 checked against .ziphash)
  "module-dir",
  // that module's extraction in the module cache (no zip kept)
  "downloaded",
  // fetched on request with `go mod download` (checked against the checksum database by go)
  "dpkg",
  // /var/lib/dpkg/info/<pkg>.md5sums of the packages owning the tree
  "rpm",
  // the file digests the RPM database holds for the packages owning the tree (what rpm -V compares)
  "none"
];
var DIGEST_ALGORITHMS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];
var EnvChangeSchema = external_exports.object({ key: external_exports.string(), from: external_exports.string().nullable(), to: external_exports.string().nullable() });
var ModifiedFileSchema = external_exports.object({
  /** Path relative to GOROOT, with / separators. */
  path: external_exports.string(),
  algorithm: external_exports.enum(DIGEST_ALGORITHMS),
  expected: external_exports.string(),
  actual: external_exports.string(),
  /** Unified diff, for small text files when the reference holds their content. */
  diff: external_exports.string().nullable(),
  /** For go.env: the settings the edit changed. */
  envChanges: external_exports.array(EnvChangeSchema).nullable()
});
var ExtraFileSchema = external_exports.object({
  path: external_exports.string(),
  /** Import path of the standard-library or cmd package whose directory holds it, when the release has that package. */
  package: external_exports.string().nullable(),
  /** A file the go command compiles or assembles into that package (.go, .s, .c, .h, .syso ...). */
  buildFile: external_exports.boolean()
});
var ToolchainVerificationSchema = external_exports.object({
  goroot: external_exports.string(),
  /** VERSION's first line, e.g. go1.26.8. */
  release: external_exports.string().nullable(),
  /** GOOS/GOARCH of the tree (pkg/tool/<goos>_<goarch> or `go version`). */
  platform: external_exports.string().nullable(),
  installKind: external_exports.string(),
  reference: external_exports.object({
    kind: external_exports.enum(REFERENCE_KINDS),
    /** The zip, module directory or md5sums files read. */
    paths: external_exports.array(external_exports.string()),
    /** The module version asked for, e.g. golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64. */
    module: external_exports.string().nullable(),
    /** h1: recorded by go when it downloaded the module (.ziphash), and the one computed here from the files. */
    recordedHash: external_exports.string().nullable(),
    computedHash: external_exports.string().nullable(),
    /** Why there is no usable reference, or what limits it. */
    note: external_exports.string().nullable()
  }),
  expectedFiles: external_exports.number(),
  matched: external_exports.number(),
  /** Nested go.mod files, named _go.mod in module zips, compared under their real names. */
  renamedGoMod: external_exports.number(),
  modified: external_exports.array(ModifiedFileSchema),
  missing: external_exports.array(external_exports.string()),
  missingCount: external_exports.number(),
  extra: external_exports.array(ExtraFileSchema),
  extraCount: external_exports.number(),
  /** Files of the tree the reference does not cover (test/, api/, misc/, doc/ ... for module zips), by top-level directory. */
  outsideCoverage: external_exports.record(external_exports.string(), external_exports.number()),
  outsideCoverageCount: external_exports.number(),
  /** Files and bytes hashed on the tree, and how long it took. */
  hashedFiles: external_exports.number(),
  hashedBytes: external_exports.number(),
  ms: external_exports.number()
});
var VerifySchema = external_exports.object({
  toolchains: external_exports.array(ToolchainVerificationSchema)
});

// src/facts/schema/gosum.ts
var GoSumLineSchema = external_exports.object({ path: external_exports.string(), version: external_exports.string(), goMod: external_exports.boolean(), hash: external_exports.string(), line: external_exports.number() });
var GoSumFactsSchema = external_exports.object({
  /** The go.sum beside the main module's go.mod; null outside a module. */
  path: external_exports.string().nullable(),
  exists: external_exports.boolean(),
  lines: external_exports.array(GoSumLineSchema),
  malformed: external_exports.array(external_exports.object({ line: external_exports.number(), text: external_exports.string() })),
  /** A go.work is in use: go also reads go.work.sum, and every used module's go.sum. */
  workspace: external_exports.boolean(),
  cache: external_exports.object({
    gomodcache: external_exports.string().nullable(),
    /** go.sum lines whose module version is in the module cache and was compared. */
    checked: external_exports.number(),
    notInCache: external_exports.number(),
    /** go.sum and the module cache disagree: hash in go.sum, hash of the cached file (.ziphash, or h1 of .mod). */
    mismatches: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), goMod: external_exports.boolean(), line: external_exports.number(), gosum: external_exports.string(), cache: external_exports.string(), file: external_exports.string() }))
  })
});

// src/facts/schema/vulns.ts
var AdvisorySchema = external_exports.object({ id: external_exports.string(), aliases: external_exports.array(external_exports.string()), summary: external_exports.string(), fixed: external_exports.string().nullable() });
var VulnsSchema = external_exports.object({
  /** The OSV directory read, or null with howTo saying how to get one. */
  db: external_exports.object({
    dir: external_exports.string(),
    from: external_exports.enum(["flag", "module-cache"]),
    /** golang.org/x/vulndb version when it came from the module cache. */
    version: external_exports.string().nullable(),
    entries: external_exports.number(),
    unreadable: external_exports.number()
  }).nullable(),
  howTo: external_exports.string().nullable(),
  /** The go that runs here, matched as module "stdlib" (and "toolchain" for the go command). */
  toolchain: external_exports.object({ goVersion: external_exports.string(), semver: external_exports.string(), stdlib: external_exports.array(AdvisorySchema), goCommand: external_exports.array(AdvisorySchema) }).nullable(),
  /** go.mod requirements (after replace directives) with advisories for their version. */
  modules: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), file: external_exports.string(), line: external_exports.number(), advisories: external_exports.array(AdvisorySchema) })),
  /** inspect: each Go binary's standard library (its Go version) and module dependencies (build info). */
  binaries: external_exports.array(external_exports.object({
    path: external_exports.string(),
    goVersion: external_exports.string().nullable(),
    stdlib: external_exports.array(AdvisorySchema),
    modules: external_exports.array(external_exports.object({ path: external_exports.string(), version: external_exports.string(), advisories: external_exports.array(AdvisorySchema) }))
  })),
  /**
   * --vuln=govulncheck: govulncheck's verdict on the same targets with the same database — each
   * advisory at the deepest level reached (symbol: a vulnerable function is called; package:
   * imported; module: required only) — or why it did not run.
   */
  govulncheck: external_exports.object({
    program: external_exports.string(),
    targets: external_exports.array(external_exports.object({
      target: external_exports.string(),
      error: external_exports.string().nullable(),
      findings: external_exports.array(external_exports.object({ osv: external_exports.string(), module: external_exports.string(), version: external_exports.string(), level: external_exports.enum(["symbol", "package", "module"]) }))
    }))
  }).optional()
});

// src/facts/schema/retractions.ts
var RetractedRequirementSchema = external_exports.object({
  /** The go.mod that requires it, as the command names it (doctor: absolute; lint: relative to the root). */
  goMod: external_exports.string(),
  line: external_exports.number(),
  path: external_exports.string(),
  version: external_exports.string(),
  /** The newest version of the module whose go.mod the module cache holds, and that file. */
  latest: external_exports.string(),
  file: external_exports.string(),
  retraction: external_exports.string(),
  rationale: external_exports.string()
});
var RetractionsSchema = external_exports.object({
  /** The module cache read (offline); null when there is none to read, and then `note` says why. */
  gomodcache: external_exports.string().nullable(),
  /** go.mod files whose requirements were looked up. */
  goMods: external_exports.number(),
  /** Requirements whose newest cached go.mod was read (the others: no .mod of theirs is cached, or a replace covers every version). */
  latestRead: external_exports.number(),
  retracted: external_exports.array(RetractedRequirementSchema),
  note: external_exports.string().nullable()
});

// src/facts/schema/tools.ts
var InstalledToolSchema = external_exports.object({
  path: external_exports.string(),
  /** The command name (file name). */
  command: external_exports.string(),
  /** Where it was found: GOBIN, GOPATH/bin, or the first match on PATH. */
  from: external_exports.enum(["GOBIN", "GOPATH", "PATH"]),
  /** Build info: main package, its module and version ("(devel)" for a local build), the Go that built it. */
  mainPackage: external_exports.string(),
  module: external_exports.string(),
  version: external_exports.string(),
  goVersion: external_exports.string()
});
var ToolsSchema = external_exports.object({
  /** Go programs with build info, one entry per file. */
  tools: external_exports.array(InstalledToolSchema),
  /** Files that looked like tools but could not be read, with why. */
  unreadable: external_exports.array(external_exports.object({ path: external_exports.string(), reason: external_exports.string() })),
  /** Programs read (every executable of the install directories, and listed names on PATH). */
  read: external_exports.number()
});

// src/facts/schema.ts
var HostInfoSchema = external_exports.object({
  kind: external_exports.enum(["local", "recorded", "remote"]),
  platform: external_exports.string(),
  arch: external_exports.string(),
  cwd: external_exports.string(),
  /** A remote target (doctor --on URL): the URL, and why its session broke if it did. */
  target: external_exports.string().optional(),
  targetError: external_exports.string().optional(),
  /** fleet: the target could not be reached (or did not finish in time): nothing was collected, and why. */
  unreachable: external_exports.string().optional()
});
var FactsSchema = external_exports.object({
  schemaVersion: external_exports.literal(SCHEMA_VERSION),
  collectedAt: external_exports.string(),
  host: HostInfoSchema,
  toolchains: collected(ToolchainsSchema).optional(),
  goenv: collected(GoEnvSchema).optional(),
  project: collected(ProjectSchema).optional(),
  artifacts: collected(ArtifactsSchema).optional(),
  system: collected(SystemSchema).optional(),
  hang: collected(HangSchema).optional(),
  shells: collected(ShellsSchema).optional(),
  files: collected(FilesSchema).optional(),
  modules: collected(ModulesSchema).optional(),
  runtime: collected(RuntimeSchema).optional(),
  verify: collected(VerifySchema).optional(),
  gosum: collected(GoSumFactsSchema).optional(),
  vulns: collected(VulnsSchema).optional(),
  retractions: collected(RetractionsSchema).optional(),
  tools: collected(ToolsSchema).optional()
});

export {
  FactsSchema
};
