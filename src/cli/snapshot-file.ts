import { isHostError, LocalHost } from '../collectors/host.js';
import { FactsSchema, SCHEMA_VERSION, type Facts } from '../facts/schema.js';
import { UsageError } from './io.js';

const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;

/** Read a `godiag snapshot` file back, with a clear error for anything that is not one. */
export async function readSnapshot(file: string, host = new LocalHost()): Promise<Facts> {
  const st = await host.statWhy(file);
  if (isHostError(st)) throw new UsageError(`cannot read snapshot ${file}: ${st.code}`);
  if (!st.isFile) throw new UsageError(`snapshot ${file} is not a regular file`);
  if (st.size > MAX_SNAPSHOT_BYTES) throw new UsageError(`snapshot ${file} is ${st.size} bytes, more than the ${MAX_SNAPSHOT_BYTES} a snapshot can be`);
  const text = await host.readText(file, MAX_SNAPSHOT_BYTES);
  if (text === null) throw new UsageError(`cannot read snapshot ${file}: unreadable, or replaced by something that is not a regular file`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`snapshot ${file} is not JSON: ${(e as Error).message}`);
  }
  // A full report (--format json) carries the facts too.
  if (raw && typeof raw === 'object' && 'facts' in raw && 'findings' in raw) raw = (raw as { facts: unknown }).facts;
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) throw new UsageError(`snapshot ${file} has schemaVersion ${JSON.stringify(version)}; this godiag reads ${SCHEMA_VERSION}`);
  const parsed = FactsSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new UsageError(`snapshot ${file} does not match the facts schema: ${first}`);
  }
  return parsed.data;
}
