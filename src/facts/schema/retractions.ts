import { z } from 'zod';

/** A requirement at a version the go.mod of its module's newest cached version retracts. */
export const RetractedRequirementSchema = z.object({
  /** The go.mod that requires it, as the command names it (doctor: absolute; lint: relative to the root). */
  goMod: z.string(),
  line: z.number(),
  path: z.string(),
  version: z.string(),
  /** The newest version of the module whose go.mod the module cache holds, and that file. */
  latest: z.string(),
  file: z.string(),
  retraction: z.string(),
  rationale: z.string(),
});

export const RetractionsSchema = z.object({
  /** The module cache read (offline); null when there is none to read, and then `note` says why. */
  gomodcache: z.string().nullable(),
  /** go.mod files whose requirements were looked up. */
  goMods: z.number(),
  /** Requirements whose newest cached go.mod was read (the others: no .mod of theirs is cached, or a replace covers every version). */
  latestRead: z.number(),
  retracted: z.array(RetractedRequirementSchema),
  note: z.string().nullable(),
});
export type RetractionsFacts = z.infer<typeof RetractionsSchema>;
