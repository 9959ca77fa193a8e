import { z } from 'zod';
import { FactsSchema } from '../src/facts/schema.js';
import { ReportSchema } from '../src/report/schema.js';

export const FACTS_SCHEMA_ID = 'https://godiag.invalid/schema/facts.schema.json';
export const REPORT_SCHEMA_ID = 'https://godiag.invalid/schema/report.schema.json';

function render(s: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { $id: id, title, ...z.toJSONSchema(s, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' }) };
}

export function schemaFiles(): Record<string, string> {
  const report = render(ReportSchema.extend({ facts: z.unknown() }), REPORT_SCHEMA_ID, 'godiag report (--format json)');
  // The report embeds the facts document: reference its schema instead of inlining it.
  (report.properties as Record<string, unknown>).facts = { $ref: FACTS_SCHEMA_ID };
  const json = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
  return {
    // The facts schema runs to ~300 KB indented, a tenth of the installed package: it ships compact.
    'schema/facts.schema.json': JSON.stringify(render(FactsSchema, FACTS_SCHEMA_ID, 'godiag facts')) + '\n',
    'schema/report.schema.json': json(report),
  };
}
