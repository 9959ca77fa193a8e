import { z } from 'zod';

/** Where the expected content of a Go tree came from. */
export const REFERENCE_KINDS = [
  'module-zip', // golang.org/toolchain@v0.0.1-<release> zip in the module cache (its h1 checked against .ziphash)
  'module-dir', // that module's extraction in the module cache (no zip kept)
  'downloaded', // fetched on request with `go mod download` (checked against the checksum database by go)
  'dpkg', // /var/lib/dpkg/info/<pkg>.md5sums of the packages owning the tree
  'rpm', // the file digests the RPM database holds for the packages owning the tree (what rpm -V compares)
  'none',
] as const;

/** Content hashes the references use: the module's sha256, dpkg's md5, and RPM's FILEDIGESTALGO choices. */
export const DIGEST_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

export const EnvChangeSchema = z.object({ key: z.string(), from: z.string().nullable(), to: z.string().nullable() });

export const ModifiedFileSchema = z.object({
  /** Path relative to GOROOT, with / separators. */
  path: z.string(),
  algorithm: z.enum(DIGEST_ALGORITHMS),
  expected: z.string(),
  actual: z.string(),
  /** Unified diff, for small text files when the reference holds their content. */
  diff: z.string().nullable(),
  /** For go.env: the settings the edit changed. */
  envChanges: z.array(EnvChangeSchema).nullable(),
});
export type ModifiedFile = z.infer<typeof ModifiedFileSchema>;

export const ExtraFileSchema = z.object({
  path: z.string(),
  /** Import path of the standard-library or cmd package whose directory holds it, when the release has that package. */
  package: z.string().nullable(),
  /** A file the go command compiles or assembles into that package (.go, .s, .c, .h, .syso ...). */
  buildFile: z.boolean(),
});

export const ToolchainVerificationSchema = z.object({
  goroot: z.string(),
  /** VERSION's first line, e.g. go1.26.8. */
  release: z.string().nullable(),
  /** GOOS/GOARCH of the tree (pkg/tool/<goos>_<goarch> or `go version`). */
  platform: z.string().nullable(),
  installKind: z.string(),
  reference: z.object({
    kind: z.enum(REFERENCE_KINDS),
    /** The zip, module directory or md5sums files read. */
    paths: z.array(z.string()),
    /** The module version asked for, e.g. golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64. */
    module: z.string().nullable(),
    /** h1: recorded by go when it downloaded the module (.ziphash), and the one computed here from the files. */
    recordedHash: z.string().nullable(),
    computedHash: z.string().nullable(),
    /** Why there is no usable reference, or what limits it. */
    note: z.string().nullable(),
  }),
  expectedFiles: z.number(),
  matched: z.number(),
  /** Nested go.mod files, named _go.mod in module zips, compared under their real names. */
  renamedGoMod: z.number(),
  modified: z.array(ModifiedFileSchema),
  missing: z.array(z.string()),
  missingCount: z.number(),
  extra: z.array(ExtraFileSchema),
  extraCount: z.number(),
  /** Files of the tree the reference does not cover (test/, api/, misc/, doc/ ... for module zips), by top-level directory. */
  outsideCoverage: z.record(z.string(), z.number()),
  outsideCoverageCount: z.number(),
  /** Files and bytes hashed on the tree, and how long it took. */
  hashedFiles: z.number(),
  hashedBytes: z.number(),
  ms: z.number(),
});
export type ToolchainVerification = z.infer<typeof ToolchainVerificationSchema>;

export const VerifySchema = z.object({
  toolchains: z.array(ToolchainVerificationSchema),
});
export type VerifyFacts = z.infer<typeof VerifySchema>;
