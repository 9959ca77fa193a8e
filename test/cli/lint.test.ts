// End-to-end: the built CLI linting fixture repositories, in every format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifValidator } from '../helpers/sarif.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { REPORT_SCHEMA_ID } from '../../scripts/schema-files.js';
import { runCli } from '../helpers/cli.js';

const ERR = join(process.cwd(), 'test/fixtures/files/err');
const env = { PATH: `/usr/local/go/bin:/usr/bin:/bin`, HOME: tmpdir(), NO_COLOR: '1' };


test('lint --format sarif validates against the official SARIF 2.1.0 schema, with a result per finding', async () => {
  const r = await runCli(['lint', '--format', 'sarif', '--cwd', ERR, '--fail-on', 'never'], { env });
  assert.equal(r.code, 0, r.stderr);
  const sarif = JSON.parse(r.stdout);
  const validate = await sarifValidator();
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  const results = sarif.runs[0].results;
  assert.ok(results.length >= 40, `only ${results.length} results`);
  for (const res of results) {
    const loc = res.locations[0].physicalLocation;
    assert.ok(loc.artifactLocation.uri && loc.region.startLine >= 1 && loc.region.startColumn >= 1, JSON.stringify(res));
  }
  // A SARIF that breaks the schema must be caught: the validator is not a rubber stamp.
  assert.equal(validate({ ...sarif, version: '2.0.0' }), false);
});

test('lint --format github prints one workflow command per finding, escaped', async () => {
  const r = await runCli(['lint', '--format', 'github', join(ERR, 'gd701')], { env, cwd: ERR });
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 4, r.stdout);
  // Paths are relative to the repository root (this checkout), not to the directory lint ran in.
  assert.match(lines[0]!, /^::error file=test\/fixtures\/files\/err\/gd701\/\.github\/workflows\/ci\.yml,line=7,col=14,endLine=7,endColumn=18,title=GD701 setup-go-version-unquoted::Go version 1\.20 is an unquoted YAML number/);
  assert.match(lines[1]!, /^::warning file=test\/fixtures\/files\/err\/gd701\/.*line=19,col=23/);
  // A reusable workflow's input default, where `${{ inputs.go-version }}` comes from.
  assert.match(lines[2]!, /^::error file=test\/fixtures\/files\/err\/gd701\/\.github\/workflows\/reusable-test\.yml,line=9,/);
  // A composite action's steps are linted like a workflow's.
  assert.match(lines[3]!, /^::error file=test\/fixtures\/files\/err\/gd701\/tools\/setup\/action\.yaml,line=8,/);
});

test('lint json follows the report contract (schema/report.schema.json); every finding has file, line, column, rule id, message; fixable rules carry edits', async () => {
  const r = await runCli(['lint', '--format', 'json', '--cwd', ERR, '--fail-on', 'never'], { env });
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.command, 'lint');
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  for (const file of ['schema/facts.schema.json', 'schema/report.schema.json']) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')));
  const validate = ajv.getSchema(REPORT_SCHEMA_ID)!;
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.ok(report.findings.length >= 40);
  for (const f of report.findings) {
    assert.ok(f.location.file && f.location.line >= 1 && f.location.column >= 1 && f.ruleId && f.message, JSON.stringify(f));
    assert.ok(f.fixes.length >= 1, `${f.ruleId} at ${f.location.file}:${f.location.line} offers no fix`);
  }
  const edits = report.findings.filter((f: { fixes: Array<{ kind: string }> }) => f.fixes.some((x) => x.kind === 'edit'));
  assert.ok(edits.length >= 15, `${edits.length} findings with edits`);
});

test('inline ignores need a reason; per-file severity overrides; config turns rules off', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-lint-'));
  try {
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.23.0\n');
    writeFileSync(join(dir, 'Dockerfile'), [
      '# godiag severity GD609=info',
      '# godiag ignore=GD601 -- base image pinned by the release pipeline',
      'FROM golang:latest AS a',
      '# godiag ignore=GD607',
      'RUN go install example.com/tool@latest',
      'RUN go env -w GOFLAGS=-trimpath',
      'FROM golang AS b',
    ].join('\n') + '\n');
    const r = await runCli(['lint', '--format', 'json', '--cwd', dir, '--fail-on', 'never', '-v'], { env });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const got = report.findings.map((f: { ruleId: string; location: { line: number }; severity: string }) => `${f.ruleId}:${f.location.line}:${f.severity}`).sort();
    // line 3 ignored with a reason; the reasonless ignore on line 4 is not applied and is reported.
    assert.deepEqual(got, ['GD601:7:warning', 'GD607:5:warning', 'GD609:6:info']);
    const text = (await runCli(['lint', '--cwd', dir, '-v'], { env })).stdout;
    assert.match(text, /Directives not applied\n\s*Dockerfile:4: an ignore needs a reason/);
    assert.match(text, /Suppressed \(1\)\n\s*Dockerfile:3 GD601 — base image pinned by the release pipeline/);
    mkdirSync(join(dir, 'cfg'));
    writeFileSync(join(dir, 'cfg', '.godiag.json'), JSON.stringify({ rules: { GD607: 'off', 'golang-image-unpinned': 'error' } }));
    const c = await runCli(['lint', '--format', 'json', '--cwd', dir, '--config', 'cfg/.godiag.json'], { env });
    assert.equal(c.code, 1, c.stderr);
    const ids = JSON.parse(c.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`).sort();
    assert.deepEqual(ids, ['GD601:error', 'GD609:info']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint: unknown file is a usage error (exit 2); a clean repository exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-lint-'));
  try {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const bad = await runCli(['lint', join(dir, 'notes.txt')], { env });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a file godiag lint reads/);
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.22\n');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM golang:1.22 AS b\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=b /app /app\n');
    const ok = await runCli(['lint', '--cwd', dir], { env });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /Files \(2 read\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint FILE: the go.mod above it informs cross-file checks but is not linted itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-lint-'));
  try {
    mkdirSync(join(dir, 'deploy'));
    writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n\ngo 1.24.0\n\ntoolchain go1.23.0\n');
    writeFileSync(join(dir, 'deploy', 'api.Dockerfile'), 'FROM golang:1.23 AS b\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n');
    const r = await runCli(['lint', '--format', 'json', 'deploy/api.Dockerfile', '--fail-on', 'never'], { env, cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.findings.map((f: { ruleId: string; location: { file: string } }) => `${f.location.file} ${f.ruleId}`), ['deploy/api.Dockerfile GD602']);
    const whole = await runCli(['lint', '--format', 'json', '--fail-on', 'never'], { env, cwd: dir });
    assert.deepEqual(JSON.parse(whole.stdout).findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['GD602', 'GD752']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('JSON and SARIF are compact when piped (lint output runs to megabytes) and indented at a terminal', async () => {
  const { main } = await import('../../src/cli/main.js');
  for (const format of ['json', 'sarif']) {
    const piped = await runCli(['lint', '--format', format, '--cwd', join(ERR, 'gd701'), '--fail-on', 'never', '--go-version', '1.26.0'], { env });
    assert.equal(piped.stdout.trimEnd().split('\n').length, 1, `${format} piped is one line`);
    let atTerminal = '';
    const code = await main(['lint', '--format', format, '--cwd', join(ERR, 'gd701'), '--fail-on', 'never', '--go-version', '1.26.0'], { stdout: (s) => (atTerminal += s), stderr: () => {}, env, cwd: ERR, isTTY: true });
    assert.equal(code, 0);
    assert.match(atTerminal, /^\{\n {2}"/, `${format} at a terminal is indented`);
    assert.deepEqual(JSON.parse(atTerminal).findings ?? JSON.parse(atTerminal).runs[0].results.length, JSON.parse(piped.stdout).findings ?? JSON.parse(piped.stdout).runs[0].results.length);
  }
});

test('a go-line mismatch is shown on the go.mod line too: a notice there (github), a related location (SARIF), a see: line (text)', async () => {
  const dir = join(ERR, 'gd702');
  const gh = await runCli(['lint', '--format', 'github', dir], { env, cwd: ERR });
  const notices = gh.stdout.split('\n').filter((l) => l.startsWith('::notice file=test/fixtures/files/err/gd702/go.mod,line=3,'));
  const findings = gh.stdout.split('\n').filter((l) => /^::(error|warning) .*title=GD702 /.test(l));
  assert.ok(findings.length >= 5, gh.stdout);
  assert.equal(notices.length, findings.length, 'one notice on the go line per finding');
  assert.match(notices[0]!, /::go 1\.23\.2 here; .* is older \(GD702: /);
  const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif', dir], { env, cwd: ERR })).stdout);
  for (const r of sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'GD702')) {
    assert.equal(r.relatedLocations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/files/err/gd702/go.mod');
    assert.equal(r.relatedLocations[0].physicalLocation.region.startLine, 3);
  }
  const text = await runCli(['lint', '--no-color', dir], { env, cwd: ERR });
  assert.match(text.stdout, /\n {6}see: \S*go\.mod:3 go 1\.23\.2 here;/);
});
