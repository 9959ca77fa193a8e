import * as path from 'node:path';
import type { Host } from './host.js';
import { makeDir, makeTempDir, remove, writeFile } from './host-write.js';

/** Where probes keep the build cache and the config directory (telemetry) inside the neutral dir. */
export const PROBE_CACHE = '.probe-cache';
export const PROBE_CONFIG = '.probe-config';

/**
 * Run `go` from an empty temporary directory so no go.mod or go.work of the caller's
 * drives toolchain selection. Recorded hosts need no directory; a remote host makes one in its
 * probe's temporary directory, removed with it. Synchronous, like the
 * LocalHost file calls: the probe that follows then starts in the same turn.
 * Telemetry is off in the probes' config dir: in any other mode go 1.23+ starts a child process
 * that keeps writing counters after the probe exits (x/telemetry Start), racing the removal.
 */
export async function withNeutralDir<T>(host: Host, body: (dir: string) => Promise<T>): Promise<T> {
  if (host.kind === 'remote' && host.neutralDir) return body(await host.neutralDir());
  if (host.kind !== 'local') return body('/');
  const dir = makeTempDir('godiag-probe-');
  try {
    const telemetry = path.join(dir, PROBE_CONFIG, 'go', 'telemetry');
    makeDir(telemetry, { recursive: true });
    writeFile(path.join(telemetry, 'mode'), 'off\n');
    return await body(dir);
  } finally {
    remove(dir, { recursive: true });
  }
}
