import type { Host } from './host.js';
import type { Facts, FactArea, FactValue } from '../facts/schema.js';
import { collect, type Collected } from '../facts/collect.js';

export interface CollectOptions {
  cwd: string;
  /** Execute the user's shell rc files (shell area, dynamic mode). */
  runShells?: boolean;
  /** Build, run and download for real (runtime area). */
  runtime?: boolean;
  /** Runtime cross-build matrix override, e.g. ['linux/amd64']. */
  crossTargets?: string[];
  /** Module path prefixes the user marks as private (config privateHosts). */
  privateHosts?: string[];
  /** Hash the Go tree(s) and compare them with the release (verify area). */
  verifyToolchain?: boolean;
  /** Verify every install found, not only the winning GOROOT. */
  verifyAll?: boolean;
  /** May fetch golang.org/toolchain through the user's GOPROXY when the module cache lacks it. */
  fetchToolchainModule?: boolean;
  /** A directory of OSV entries to use instead of golang.org/x/vulndb in the module cache. */
  vulndb?: string;
  /** Per-probe timeout for `go` and other commands. */
  timeoutMs?: number;
  /** What is happening now, for the status line of a person at a terminal (cli/status-line.ts). */
  progress?: (step: string) => void;
}

/** The facts gathered so far, for collectors that build on earlier areas. */
export type Partial_ = Partial<Facts>;

export interface Collector<K extends FactArea = FactArea> {
  area: K;
  /** Areas that must be collected first (their result may still be a failure). */
  after: readonly FactArea[];
  /** Collected only when this says so (e.g. runtime probes need --runtime). Default: always. */
  enabled?: (opts: CollectOptions) => boolean;
  /**
   * Work that needs no earlier area, started at once instead of after `after`; collect gets
   * its promise as `started` (a throw there surfaces when collect awaits it).
   */
  early?: (host: Host, opts: CollectOptions) => Promise<unknown>;
  collect(host: Host, opts: CollectOptions, earlier: Partial_, started?: Promise<unknown>): Promise<FactValue<K>>;
}

export function defineCollector<K extends FactArea>(c: Collector<K>): Collector<K> {
  return c;
}

/** Unwrap an earlier area's value, or null when absent/failed. */
export function earlierValue<K extends FactArea>(earlier: Partial_, area: K): FactValue<K> | null {
  const c = earlier[area] as Collected<FactValue<K>> | undefined;
  return c && c.ok ? c.value : null;
}

/**
 * Run collectors concurrently, each as soon as the areas it needs are done (not in waves: a
 * slow independent area, such as shell startup files, must not hold back the others).
 */
export async function runCollectors(
  collectors: readonly Collector[],
  host: Host,
  opts: CollectOptions,
): Promise<{ facts: Partial_; timings: Record<string, number> }> {
  const facts: Record<string, unknown> = {};
  const timings: Record<string, number> = {};
  const enabled = new Map(collectors.filter((c) => !c.enabled || c.enabled(opts)).map((c) => [c.area as string, c]));
  const started = new Map<string, Promise<void>>();
  const visiting: string[] = [];
  // The areas being collected, each with the step it last reported: one status line for all.
  const active = new Map<string, string>();
  const report = () => opts.progress?.([...active].map(([area, step]) => (step ? `${area}: ${step}` : area)).join(', '));
  const optsFor = (area: string): CollectOptions => opts.progress ? { ...opts, progress: (step) => { active.set(area, step); report(); } } : opts;
  const start = (c: Collector): Promise<void> => {
    const running = started.get(c.area);
    if (running) return running;
    if (visiting.includes(c.area)) throw new Error(`collector dependency cycle among ${[...visiting, c.area].join(', ')}`);
    visiting.push(c.area);
    const needs = c.after.flatMap((a) => (enabled.has(a) ? [start(enabled.get(a)!)] : []));
    visiting.pop();
    const t0 = performance.now();
    const areaOpts = optsFor(c.area);
    const earlyWork = c.early?.(host, areaOpts);
    earlyWork?.catch(() => undefined); // handled where collect awaits it
    const done = Promise.all(needs).then(async () => {
      active.set(c.area, '');
      report();
      const result = await collect(() => c.collect(host, areaOpts, facts as Partial_, earlyWork));
      active.delete(c.area);
      report();
      facts[c.area] = result;
      // With early work, the area took from its start, not from when its needs were met.
      if (earlyWork) result.ms = Math.round(performance.now() - t0);
      timings[c.area] = result.ms ?? 0;
    });
    started.set(c.area, done);
    return done;
  };
  await Promise.all([...enabled.values()].map(start));
  return { facts: facts as Partial_, timings };
}
