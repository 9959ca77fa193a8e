import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Host } from '../host.js';

/**
 * Run `go` from an empty temporary directory so no go.mod or go.work of the caller's
 * drives toolchain selection. Recorded hosts need no directory. Synchronous, like the
 * LocalHost file calls: the probe that follows then starts in the same turn.
 */
export async function withNeutralDir<T>(host: Host, body: (dir: string) => Promise<T>): Promise<T> {
  if (host.kind !== 'local') return body('/');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-probe-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
