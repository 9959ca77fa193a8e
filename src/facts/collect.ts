/**
 * Every fact area is wrapped: a collector that fails records why instead of throwing,
 * and rules that require the area are reported as skipped with that reason.
 * (Its schema is `collected()` in collected.ts; this module stays free of zod so collecting
 * does not load the validator.)
 */
export type Collected<T> = { ok: true; value: T; ms?: number } | { ok: false; error: string; ms?: number };

/** Run a collector body, turning any throw into a recorded failure with timing. */
export async function collect<T>(body: () => Promise<T> | T): Promise<Collected<T>> {
  const start = performance.now();
  try {
    const value = await body();
    return { ok: true, value, ms: Math.round(performance.now() - start) };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return { ok: false, error, ms: Math.round(performance.now() - start) };
  }
}
