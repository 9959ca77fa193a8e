import { z } from 'zod';
import { collected } from './collected.js';
import { ToolchainsSchema } from './schema/toolchains.js';
import { GoEnvSchema } from './schema/goenv.js';
import { ProjectSchema } from './schema/project.js';
import { ArtifactsSchema, type ArtifactsFacts } from './schema/artifacts.js';
import type { Collected } from './collect.js';
import { SystemSchema } from './schema/system.js';
import { HangSchema } from './schema/hang.js';
import { ShellsSchema } from './schema/shells.js';
import { FilesSchema } from './schema/files.js';
import { ModulesSchema } from './schema/modules.js';
import { RuntimeSchema } from './schema/runtime.js';
import { VerifySchema } from './schema/verify.js';
import { GoSumFactsSchema } from './schema/gosum.js';
import { VulnsSchema } from './schema/vulns.js';
import { RetractionsSchema } from './schema/retractions.js';
import { ToolsSchema } from './schema/tools.js';

import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

export const HostInfoSchema = z.object({
  kind: z.enum(['local', 'recorded', 'remote']),
  platform: z.string(),
  arch: z.string(),
  cwd: z.string(),
  /** A remote target (doctor --on URL): the URL, and why its session broke if it did. */
  target: z.string().optional(),
  targetError: z.string().optional(),
  /** fleet: the target could not be reached (or did not finish in time): nothing was collected, and why. */
  unreachable: z.string().optional(),
});

/**
 * One schema for everything godiag knows about a machine or a set of files.
 * Each area is optional (not collected) and wrapped (collected, or failed with a reason).
 * Areas are added here, one line each, with their schema in ./schema/<area>.ts.
 */
export const FactsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  collectedAt: z.string(),
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
  tools: collected(ToolsSchema).optional(),
});

/**
 * The facts as collected. Inspect's skipped files may be a compact list rather than an array
 * (ArtifactsFacts): the JSON written is the array the schema describes.
 */
export type Facts = Omit<z.infer<typeof FactsSchema>, 'artifacts'> & { artifacts?: Collected<ArtifactsFacts> };
export type FactArea = Exclude<keyof Facts, 'schemaVersion' | 'collectedAt' | 'host'>;
export type FactValue<K extends FactArea> = Extract<NonNullable<Facts[K]>, { ok: true }>['value'];
