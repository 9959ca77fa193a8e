// The published JSON Schemas match the zod schemas, and real doctor output validates against them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { schemaFiles, REPORT_SCHEMA_ID } from '../scripts/schema-files.js';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from './helpers/cli.js';

test('schema/*.json are up to date (npm run docs)', () => {
  for (const [file, json] of Object.entries(schemaFiles())) assert.equal(readFileSync(file, 'utf8'), json, `${file} is stale`);
});

test('doctor --format json validates against schema/report.schema.json', async () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  for (const file of ['schema/facts.schema.json', 'schema/report.schema.json']) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')));
  const validate = ajv.getSchema(REPORT_SCHEMA_ID)!;
  const sb = new Sandbox();
  try {
    sb.file('home/.config/go/env', 'GOFLAGS=-bogus\n');
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.99\n\nrequire golang.org/x/text v0.14.0\n');
    const env = sb.env([sb.binWithGo('deb', DEBIAN_GO), sb.binWithGo('tar', REAL_GO)], { GOTOOLCHAIN: 'auto' });
    const r = await runCli(['doctor', '--format', 'json'], { env, cwd: sb.project });
    const report = JSON.parse(r.stdout);
    assert.ok(report.findings.length > 0);
    const ok = validate(report);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  } finally {
    sb.cleanup();
  }
});
