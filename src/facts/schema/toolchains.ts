import { z } from 'zod';

export const INSTALL_KINDS = [
  'official-tarball', 'debian-package', 'rpm-package', 'snap', 'homebrew',
  'distro-package', 'goenv', 'gvm', 'asdf', 'mise', 'golang-dl-sdk', 'gotoolchain-download', 'windows-msi', 'unknown',
] as const;

export const PathEntrySchema = z.object({
  dir: z.string(),
  index: z.number(),
  exists: z.boolean(),
  isDir: z.boolean(),
  /** Why the entry could not be used (unreadable, loop ...). */
  problem: z.string().optional(),
  /** Empty or relative: it names the current directory of whoever looks a program up, so it is never searched. */
  relative: z.boolean().optional(),
});

export const GoInstallSchema = z.object({
  /** The `go` as found on PATH (or a known location for off-PATH candidates). */
  path: z.string(),
  onPath: z.boolean(),
  /** Position on PATH; the first one wins. */
  pathIndex: z.number().nullable(),
  realPath: z.string().nullable(),
  isSymlink: z.boolean(),
  /** GOROOT this binary would use when GOROOT is unset (cfg.go findGOROOT). */
  goroot: z.string().nullable(),
  /** First line of $GOROOT/VERSION, when present. */
  versionFile: z.string().nullable(),
  /** What `go version` printed, parsed (e.g. go1.26.8), null when it failed. */
  reportedVersion: z.string().nullable(),
  reportedPlatform: z.string().nullable(),
  /** Why running it failed (timeout, exit code, garbage). */
  probeError: z.string().nullable(),
  installKind: z.enum(INSTALL_KINDS),
  installEvidence: z.string(),
  /** True for shims/wrappers that delegate to another go (goenv, asdf, mise, golang.org/dl). */
  isShim: z.boolean(),
});
export type GoInstall = z.infer<typeof GoInstallSchema>;

export const ToolchainsSchema = z.object({
  pathEntries: z.array(PathEntrySchema),
  /** Every go on PATH in PATH order (same real file listed once per PATH entry). */
  installs: z.array(GoInstallSchema),
  /** Well-known install locations that are not on PATH. */
  offPath: z.array(GoInstallSchema),
  /** golang.org/dl wrappers (go1.22.3 ...) on PATH: GOTOOLCHAIN's `+path`/auto lookup finds these. */
  versionedOnPath: z.array(z.object({ name: z.string(), path: z.string() })),
  /** `go` entries on PATH that cannot run: dangling or looping symlinks, not executable. */
  brokenOnPath: z.array(z.object({ path: z.string(), problem: z.string() })),
  exeName: z.string(),
});
export type ToolchainsFacts = z.infer<typeof ToolchainsSchema>;
