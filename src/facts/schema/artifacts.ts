import { z } from 'zod';

/** One module line of Go build info (runtime/debug.Module). */
export const GoModuleSchema = z.object({
  path: z.string(),
  version: z.string(),
  sum: z.string(),
  get replace() {
    return GoModuleSchema.nullable();
  },
});
export type GoModule = z.infer<typeof GoModuleSchema>;

/** Parsed Go build info (runtime/debug.BuildInfo). */
export const BuildInfoSchema = z.object({
  goVersion: z.string(),
  path: z.string(),
  main: GoModuleSchema.nullable(),
  deps: z.array(GoModuleSchema),
  settings: z.array(z.object({ key: z.string(), value: z.string() })),
  /** 'inline' since Go 1.18, 'pointers' before (header flag bit 1). */
  layout: z.enum(['inline', 'pointers']),
});
export type BuildInfo = z.infer<typeof BuildInfoSchema>;

/**
 * What the function table (pclntab) tells when build info cannot: runtime/symtab.go,
 * debug/gosym/pclntab.go. Each fact says how it was found.
 */
export const RecoveredSchema = z.object({
  pclntab: z.object({
    /** Table layout by its magic: go1.2 (to 1.15), go1.16, go1.18, go1.20 (and later). */
    layout: z.enum(['go1.2', 'go1.16', 'go1.18', 'go1.20']),
    offset: z.number(),
    /** By the section the format names (.gopclntab, __gopclntab) or by a scan for the magic. */
    located: z.enum(['section', 'magic-scan']),
  }),
  /** Functions in the function table (the header's nfunc). */
  functions: z.number(),
  /** Names in the function name table (go1.16+ also holds functions inlined everywhere). */
  names: z.number(),
  /** Source files in the file table. */
  files: z.number(),
  /** Import paths of the packages named by function names (main replaced by its import path when known). */
  packages: z.array(z.string()),
  /** module@version directories in source file paths (module cache layout, or -trimpath's path@version/). */
  modules: z.array(z.object({ path: z.string(), version: z.string(), file: z.string() })),
  /** main.main's package: its import path when the source path tells it. */
  mainPackage: z.object({
    path: z.string().nullable(),
    file: z.string(),
    how: z.enum(['module-path', 'trimpath', 'local-directory']),
  }).nullable(),
  /** The Go version in a GOTOOLCHAIN-downloaded GOROOT path (golang.org/toolchain@v0.0.1-go1.N.P.OS-ARCH). */
  toolchain: z.string().nullable(),
});
export type Recovered = z.infer<typeof RecoveredSchema>;

export const BINARY_FORMATS = ['elf', 'macho', 'pe', 'xcoff'] as const;
export const LINKAGES = ['static', 'static-pie', 'dynamic', 'unknown'] as const;
export const FILE_KINDS = ['executable', 'shared-library', 'object', 'core', 'other'] as const;

export const ArmAttributesSchema = z.object({
  /** Tag_CPU_arch as a name (v6, v7 ...), when present. */
  cpuArch: z.string().nullable(),
  /** Tag_ABI_VFP_args: 'hard' (VFP registers), 'soft' (core registers) or null. */
  vfpArgs: z.enum(['hard', 'soft', 'toolchain', 'compatible']).nullable(),
  /** Tag_FP_arch as a name (VFPv2, VFPv3 ...), when present. */
  fpArch: z.string().nullable(),
  /** Float ABI from ELF e_flags (EF_ARM_ABI_FLOAT_HARD/SOFT), independent of the section. */
  eflagsFloat: z.enum(['hard', 'soft']).nullable(),
  raw: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ArmAttributes = z.infer<typeof ArmAttributesSchema>;

/** Everything read from one executable image (one slice of a Mach-O universal file). */
export const BinaryFactsSchema = z.object({
  path: z.string(),
  size: z.number(),
  format: z.enum(BINARY_FORMATS),
  /** For Mach-O universal files: which slice (0-based) of how many. */
  slice: z.object({ index: z.number(), count: z.number(), offset: z.number() }).nullable(),
  bits: z.union([z.literal(32), z.literal(64)]),
  endian: z.enum(['little', 'big']),
  /** The header's machine name (x86-64, AArch64, ARM, PowerPC64 ...). */
  machine: z.string(),
  /** GOOS/GOARCH: from build info when present, else derived from the headers. */
  goos: z.string().nullable(),
  goarch: z.string().nullable(),
  platformSource: z.enum(['buildinfo', 'headers']).nullable(),
  kind: z.enum(FILE_KINDS),
  pie: z.boolean(),
  isGo: z.boolean(),
  /** Why we believe it is a Go binary: build info, .gopclntab, pclntab magic, Go build ID ... */
  goEvidence: z.array(z.string()),
  goVersion: z.string().nullable(),
  /** How goVersion was found. */
  goVersionSource: z.enum(['buildinfo', 'runtime-string', 'pclntab-range']).nullable(),
  /** Go release range implied by the pclntab magic (e.g. "go1.20 or later"). */
  pclntabVersions: z.string().nullable(),
  buildInfo: BuildInfoSchema.nullable(),
  /** From the function table, for Go binaries without build info (null when it has build info or no table was found). */
  recovered: RecoveredSchema.nullable(),
  /**
   * Values of main.version, main.Version and .../version.Version (what -ldflags=-X stamps), from the
   * symbol table and data; read when build info has no main module version. Empty when stripped.
   */
  versionVariables: z.array(z.object({ name: z.string(), value: z.string() })),
  /** Why build info could not be read, for Go binaries that lack it. */
  buildInfoError: z.string().nullable(),
  linkage: z.enum(LINKAGES),
  /** ELF PT_INTERP (the dynamic loader), or null. */
  interpreter: z.string().nullable(),
  /** ELF DT_NEEDED, Mach-O LC_LOAD_DYLIB, PE imported DLLs, XCOFF loader imports. */
  libraries: z.array(z.string()),
  /** ELF .gnu.version_r: library → versions required (GLIBC_2.34 ...). */
  versionNeeds: z.record(z.string(), z.array(z.string())),
  /** Highest GLIBC_x.y required, or null. */
  glibcRequired: z.string().nullable(),
  hasSymbols: z.boolean(),
  hasDwarf: z.boolean(),
  stripped: z.boolean(),
  arm: ArmAttributesSchema.nullable(),
  /** Mach-O minimum OS from LC_BUILD_VERSION / LC_VERSION_MIN_*, e.g. "macos 12.0". */
  minOS: z.string().nullable(),
  /** Non-fatal oddities met while reading (out-of-range section, bad note ...). */
  warnings: z.array(z.string()),
  /**
   * Segments, sections and directories the headers place (partly) past the end of the file: the
   * file is truncated or corrupt, and the facts above describe only the part that is there.
   */
  truncated: z.array(z.string()),
});
export type BinaryFacts = z.infer<typeof BinaryFactsSchema>;

/**
 * One platform in docker's syntax (os/arch[/variant]); null parts match anything. The variant is
 * GOARM (arm/v7), GOAMD64 (amd64/v3) or GOARM64 (arm64/v8.2) as recorded in build info.
 */
export const PlatformSchema = z.object({ os: z.string().nullable(), arch: z.string().nullable(), variant: z.string().nullable() });
export type Platform = z.infer<typeof PlatformSchema>;

/** What the user expects of every inspected binary (`godiag inspect --expect`). */
export const ExpectationsSchema = z.object({
  /** Each binary must match one of these. */
  platforms: z.array(PlatformSchema).optional(),
  /** -race recorded in build info. */
  race: z.boolean().optional(),
  /** -buildmode recorded in build info (exe, pie, c-shared ...). */
  buildmode: z.string().optional(),
  cgo: z.boolean().optional(),
  static: z.boolean().optional(),
  minGo: z.string().optional(),
  trimpath: z.boolean().optional(),
  /** true: VCS stamping present; false: absent; a string: revision prefix. */
  vcs: z.union([z.boolean(), z.string()]).optional(),
  /** File capabilities (cap_net_bind_service ...) the file must carry, permitted and effective. */
  caps: z.array(z.string()).optional(),
});
export type Expectations = z.infer<typeof ExpectationsSchema>;

/** Why a file could not be inspected: missing, unreadable, in no executable format, FIFO/device, corrupt headers, walk limit. */
export const PROBLEM_KINDS = ['missing', 'unreadable', 'not-binary', 'special', 'corrupt', 'limit'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const ArtifactsSchema = z.object({
  /** Executable images found (a universal Mach-O file yields one entry per slice). */
  binaries: z.array(BinaryFactsSchema),
  /** Files that could not be read or parsed, each with a reason. */
  problems: z.array(z.object({ path: z.string(), message: z.string(), kind: z.enum(PROBLEM_KINDS) })),
  /** Each path named on the command line: how many binaries it yielded and files it held. */
  inputs: z.array(z.object({ path: z.string(), binaries: z.number(), files: z.number() })),
  /** `--require N`: at least this many binaries must be checked. */
  require: z.number().nullable(),
  /** Files passed over (not an executable format, FIFO, device ...), for -v, in walk order. */
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  expect: ExpectationsSchema.nullable(),
  /** `--target-image` name as given, resolved against src/knowledge/images.ts. */
  targetImage: z.string().nullable(),
  /**
   * File capabilities (security.capability) of the Linux binaries: the program that read them,
   * why they are unknown, and the files that carry any (a binary not listed has none).
   */
  capabilities: z.object({
    reader: z.enum(['getcap', 'getfattr']).nullable(),
    problem: z.string().nullable(),
    files: z.array(z.object({ path: z.string(), permitted: z.array(z.string()), inheritable: z.array(z.string()), effective: z.boolean() })),
  }).optional(),
});
export type SkippedFile = { path: string; reason: string };
/**
 * The skipped files as collected: any list that can be counted and walked once more (a walk of
 * /usr keeps them compactly, not as an array). In JSON it is the array the schema describes.
 */
export interface SkippedList extends Iterable<SkippedFile> { readonly length: number }
export type ArtifactsFacts = Omit<z.infer<typeof ArtifactsSchema>, 'skipped'> & { skipped: SkippedList };
