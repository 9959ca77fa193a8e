import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  FactsSchema
} from "./chunk-7UDCKHAN.js";
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import {
  LocalHost,
  isHostError
} from "./chunk-SDAAKID4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/snapshot-file.ts
var MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
async function readSnapshot(file, host = new LocalHost()) {
  const st = await host.statWhy(file);
  if (isHostError(st)) throw new UsageError(`cannot read snapshot ${file}: ${st.code}`);
  if (!st.isFile) throw new UsageError(`snapshot ${file} is not a regular file`);
  if (st.size > MAX_SNAPSHOT_BYTES) throw new UsageError(`snapshot ${file} is ${st.size} bytes, more than the ${MAX_SNAPSHOT_BYTES} a snapshot can be`);
  const text = await host.readText(file, MAX_SNAPSHOT_BYTES);
  if (text === null) throw new UsageError(`cannot read snapshot ${file}: unreadable, or replaced by something that is not a regular file`);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`snapshot ${file} is not JSON: ${e.message}`);
  }
  if (raw && typeof raw === "object" && "facts" in raw && "findings" in raw) raw = raw.facts;
  const version = raw?.schemaVersion;
  if (version !== SCHEMA_VERSION) throw new UsageError(`snapshot ${file} has schemaVersion ${JSON.stringify(version)}; this godiag reads ${SCHEMA_VERSION}`);
  const parsed = FactsSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new UsageError(`snapshot ${file} does not match the facts schema: ${first}`);
  }
  return parsed.data;
}
__name(readSnapshot, "readSnapshot");

export {
  readSnapshot
};
