import type { Reporter } from './model.js';
import { jsonPieces } from './json-stream.js';

/** The versioned JSON contract (schema/report.schema.json), written piece by piece. */
export const jsonReporter: Reporter = function* (model, opts) {
  const { schemaVersion, tool, command, facts, findings, skipped, timings } = model;
  yield* jsonPieces({ schemaVersion, tool, command, facts, findings, skipped, timings }, opts.pretty ? 2 : undefined);
  yield '\n';
};
