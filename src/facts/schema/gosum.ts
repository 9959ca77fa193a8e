import { z } from 'zod';

export const GoSumLineSchema = z.object({ path: z.string(), version: z.string(), goMod: z.boolean(), hash: z.string(), line: z.number() });

export const GoSumFactsSchema = z.object({
  /** The go.sum beside the main module's go.mod; null outside a module. */
  path: z.string().nullable(),
  exists: z.boolean(),
  lines: z.array(GoSumLineSchema),
  malformed: z.array(z.object({ line: z.number(), text: z.string() })),
  /** A go.work is in use: go also reads go.work.sum, and every used module's go.sum. */
  workspace: z.boolean(),
  cache: z.object({
    gomodcache: z.string().nullable(),
    /** go.sum lines whose module version is in the module cache and was compared. */
    checked: z.number(),
    notInCache: z.number(),
    /** go.sum and the module cache disagree: hash in go.sum, hash of the cached file (.ziphash, or h1 of .mod). */
    mismatches: z.array(z.object({ path: z.string(), version: z.string(), goMod: z.boolean(), line: z.number(), gosum: z.string(), cache: z.string(), file: z.string() })),
  }),
});
export type GoSumFacts = z.infer<typeof GoSumFactsSchema>;
