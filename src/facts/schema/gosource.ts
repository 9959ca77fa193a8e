import { z } from 'zod';

// The packages of a module (and of the local modules it replaces or a go.work uses), read from
// their .go files' headers as the go command reads them: build constraints, `import "C"`, the
// imports of those modules. Enough to tell which packages no longer have a file when cgo is off,
// and which built packages import them. Test files are not read (go build does not compile them).

export const GoSourceFileSchema = z.object({
  name: z.string(),
  /** The //go:build expression; null when the file has none. */
  goBuild: z.string().nullable(),
  /** `// +build` expressions go honours (only used when there is no //go:build line). */
  plusBuild: z.array(z.string()),
  /** Line of `import "C"`; null when the file does not use cgo. */
  cgoLine: z.number().nullable(),
  /** Imports of packages in the modules read (import paths); other imports are not kept. */
  imports: z.array(z.string()),
  /** Why the header cannot be trusted (cut before its end, two //go:build lines ...): the package is then not judged. */
  problem: z.string().nullable(),
});
export type GoSourceFile = z.infer<typeof GoSourceFileSchema>;

export const GoPackageSchema = z.object({
  /** Directory relative to `root`, forward slashes ('' for root itself). */
  dir: z.string(),
  importPath: z.string(),
  files: z.array(GoSourceFileSchema),
  /** Some of the directory's .go files were not read (the file cap): the package is not judged. */
  partial: z.boolean().optional(),
});
export type GoPackage = z.infer<typeof GoPackageSchema>;

export const GoPackagesSchema = z.object({
  /** Absolute directory the package and module dirs are relative to. */
  root: z.string(),
  /** The modules read: path and directory (relative to root, '..' when outside it). */
  modules: z.array(z.object({ path: z.string(), dir: z.string() })),
  /** Non-test .go files read, and how many of them import "C". */
  read: z.number(),
  cgoFiles: z.number(),
  /** The file cap stopped the reading: packages past it are unknown. */
  truncated: z.boolean(),
  /**
   * Every package of those modules when some file imports "C" (what a build reaches through its
   * imports decides whether it fails); empty when no file does.
   */
  packages: z.array(GoPackageSchema),
});
export type GoPackages = z.infer<typeof GoPackagesSchema>;
