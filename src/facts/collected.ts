import { z } from 'zod';

/** The schema of a wrapped fact area (see Collected in collect.ts). */
export function collected<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value, ms: z.number().optional() }),
    z.object({ ok: z.literal(false), error: z.string(), ms: z.number().optional() }),
  ]);
}
