import { LocalHost, type Host } from '../collectors/host.js';
import { runCollectors, type CollectOptions } from '../collectors/collector.js';
import { DOCTOR_COLLECTORS } from '../collectors/index.js';
import type { Facts } from '../facts/schema.js';
import { UsageError } from './io.js';
import { factsOf } from './pipeline.js';

/** A flag's number of seconds as milliseconds (above 0, at most `max`); undefined when not given. */
export function parseTimeout(v: string | undefined, flag = '--timeout', max = 3600): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`${flag} must be a number of seconds between 0 and ${max} (got ${JSON.stringify(v)})`);
  return Math.round(n * 1000);
}

/**
 * Collect everything doctor looks at, on the local machine (or a given host). Rules and
 * reporters live in doctor-report.ts so they can load while the probes run.
 */
export async function collectDoctorFacts(opts: CollectOptions, host: Host): Promise<{ facts: Facts; timings: Record<string, number> }> {
  const { facts: partial, timings } = await runCollectors(DOCTOR_COLLECTORS, host, opts);
  return { facts: factsOf(host, opts.cwd, partial), timings };
}

export function localHost(env: Record<string, string | undefined>): Host {
  return new LocalHost(env);
}
