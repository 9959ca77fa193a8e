// Publish the facts and report JSON Schemas from the zod schemas (kept in sync by a test).
import { writeFileSync, mkdirSync } from 'node:fs';
import { schemaFiles } from './schema-files.js';

mkdirSync('schema', { recursive: true });
for (const [file, json] of Object.entries(schemaFiles())) writeFileSync(file, json);
console.log('schema/*.json written');
