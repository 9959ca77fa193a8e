import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/** The official SARIF 2.1.0 schema is draft-04; its only draft-04 construct is `id`, which draft-07 spells `$id`. */
export function sarifValidator() {
  const raw = JSON.parse(readFileSync('test/fixtures/schemas/sarif-schema-2.1.0.json', 'utf8'));
  delete raw.$schema;
  raw.$id = raw.id;
  delete raw.id;
  const ajv = new Ajv({ strict: false, allErrors: true });
  return ajv.compile(raw);
}
