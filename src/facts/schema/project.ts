import { z } from 'zod';
import { GoPackagesSchema } from './gosource.js';

export const ModFileSummarySchema = z.object({
  path: z.string(),
  module: z.string().nullable(),
  go: z.string().nullable(),
  toolchain: z.string().nullable(),
  requires: z.array(z.object({ path: z.string(), version: z.string(), indirect: z.boolean(), line: z.number() })),
  replaces: z.array(z.object({ from: z.string(), fromVersion: z.string().nullable(), to: z.string(), toVersion: z.string().nullable(), line: z.number() })),
  tools: z.array(z.string()),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});
export type ModFileSummary = z.infer<typeof ModFileSummarySchema>;

export const ToolchainSelectionSchema = z.object({
  /** The user's GOTOOLCHAIN, from its real source (not the probe's local). */
  gotoolchain: z.string(),
  gotoolchainSource: z.string(),
  /** Which file drives the decision (go.work wins over go.mod). */
  file: z.string().nullable(),
  required: z.string().nullable(),
  /**
   * What would run: local; a goV found on PATH; a goV already in the module cache; a download
   * (or one GOPROXY=off makes fail); a refusal; or a go older than 1.21, which never switches.
   */
  action: z.enum(['local', 'use-path', 'use-cache', 'download', 'fail-download', 'fail-local', 'fail-path', 'invalid', 'old-go']),
  target: z.string().nullable(),
  /** The go that PATH runs first (go1.26.8): what runs when nothing switches. */
  local: z.string().default(''),
  /** What picked the target: GOTOOLCHAIN's minimum, the toolchain line, the go line; null when local. */
  targetFrom: z.enum(['GOTOOLCHAIN', 'toolchain-line', 'go-line']).nullable().default(null),
  /** The toolchain's bin/go in the module cache (GOMODCACHE/golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH), when there. */
  cachedPath: z.string().nullable().default(null),
  /** Module that would be downloaded (golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH). */
  downloadModule: z.string().nullable(),
  reason: z.string(),
});
export type ToolchainSelection = z.infer<typeof ToolchainSelectionSchema>;

export const ProjectSchema = z.object({
  cwd: z.string(),
  gomod: ModFileSummarySchema.nullable(),
  gowork: ModFileSummarySchema.nullable(),
  hasVendor: z.boolean(),
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
  toolsGo: z.array(z.object({ path: z.string(), imports: z.array(z.string()) })).optional(),
});
export type ProjectFacts = z.infer<typeof ProjectSchema>;
