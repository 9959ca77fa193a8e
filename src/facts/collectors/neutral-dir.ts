import { mkdtemp, rm } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Host } from '../host.js';

/**
 * Run `go` from an empty temporary directory so no go.mod or go.work of the caller's
 * drives toolchain selection. Recorded hosts need no directory.
 */
export async function withNeutralDir<T>(host: Host, body: (dir: string) => Promise<T>): Promise<T> {
  if (host.kind !== 'local') return body('/');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'godiag-probe-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
