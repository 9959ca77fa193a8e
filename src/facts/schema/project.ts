import { z } from 'zod';

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
  /** What would run: local, a goV found on PATH, or a download. */
  action: z.enum(['local', 'use-path', 'download', 'fail-local', 'fail-path', 'invalid']),
  target: z.string().nullable(),
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
});
export type ProjectFacts = z.infer<typeof ProjectSchema>;
