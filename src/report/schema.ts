import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../facts/findings.js';
import { FactsSchema, SCHEMA_VERSION } from '../facts/schema.js';

// The JSON contract of `--format json`, published as schema/report.schema.json.

const safety = z.enum(['safe', 'review', 'destructive']);

export const FixSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), title: z.string(), command: z.string(), shell: z.enum(['sh', 'bash', 'zsh', 'fish', 'powershell', 'cmd']).optional(), os: z.string().optional(), safety }),
  z.object({ kind: z.literal('edit'), title: z.string(), file: z.string(), range: z.object({ startLine: z.number(), endLine: z.number() }).optional(), replacement: z.string(), marker: z.string().optional(), safety }),
  z.object({ kind: z.literal('manual'), title: z.string(), steps: z.array(z.string()), url: z.string().optional() }),
]);

export const LocationSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  endLine: z.number().optional(),
  endColumn: z.number().optional(),
});

export const FindingSchema = z.object({
  ruleId: z.string().regex(/^GD\d{3}$/),
  ruleName: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  fixes: z.array(FixSchema),
  sources: z.array(z.string()),
  location: LocationSchema.optional(),
  /** Other places the finding concerns, each with why (SARIF relatedLocations). */
  related: z.array(LocationSchema.extend({ message: z.string() })).optional(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('godiag'), version: z.string() }),
  command: z.string(),
  facts: FactsSchema,
  findings: z.array(FindingSchema),
  skipped: z.array(z.object({ ruleId: z.string(), reason: z.string() })),
  timings: z.record(z.string(), z.number()),
});
