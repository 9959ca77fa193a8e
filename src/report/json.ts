import type { Reporter } from './model.js';

/** The versioned JSON contract (schema/report.schema.json). */
export const jsonReporter: Reporter = (model, opts) => {
  const { schemaVersion, tool, command, facts, findings, skipped, timings } = model;
  return JSON.stringify({ schemaVersion, tool, command, facts, findings, skipped, timings }, null, opts.pretty ? 2 : undefined) + '\n';
};
