import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { Sandbox, runCli } from '../../helpers/cli.js';
import { MAX_BYTES_BY_KIND } from '../../../src/collectors/files/discover.js';

test('GD749: a file too large to read is an error finding and fails the gate; broken YAML stays GD711; read files are not reported', { timeout: 60_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('project/big/Dockerfile', 'FROM golang:1.22\n' + '# padding\n'.repeat(MAX_BYTES_BY_KIND.dockerfile / 10 + 1));
    sb.file('project/.github/workflows/ci.yml', 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n  - run: go build\n    - [\n');
    sb.file('project/ok/Dockerfile', 'FROM golang:1.22.5\n');
    const env = sb.env(['/usr/local/go/bin']);
    const r = await runCli(['lint', '--format', 'json'], { env, cwd: sb.project });
    assert.equal(r.code, 1, r.stderr);
    const findings = JSON.parse(r.stdout).findings as Array<{ ruleId: string; location?: { file: string } }>;
    const gd749 = findings.filter((f) => f.ruleId === 'GD749').map((f) => f.location?.file);
    assert.deepEqual(gd749, ['big/Dockerfile']);
    assert.ok(findings.some((f) => f.ruleId === 'GD711' && f.location?.file === '.github/workflows/ci.yml'), JSON.stringify(findings.map((f) => f.ruleId)));
    const never = await runCli(['lint', '--fail-on', 'never'], { env, cwd: sb.project });
    assert.equal(never.code, 0);
    assert.match(never.stdout, /big\/Dockerfile:1 GD749 .*too large, not analysed/);
  } finally {
    sb.cleanup();
  }
});

test('GD749: a FIFO named like a lint file is named and never opened; a FIFO .yaml counts as YAML not read (GD748)', { timeout: 60_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('project/ok/Dockerfile', 'FROM golang:1.22.5\n');
    mkdirSync(join(sb.project, 'pipe'), { recursive: true });
    execFileSync('mkfifo', [join(sb.project, 'pipe', 'Dockerfile'), join(sb.project, 'pipe', 'values.yaml')]);
    const r = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0'], { env: sb.env(['/usr/local/go/bin']), cwd: sb.project });
    assert.equal(r.code, 1, r.stderr);
    const findings = JSON.parse(r.stdout).findings as Array<{ ruleId: string; message: string; location?: { file: string } }>;
    const gd749 = findings.filter((f) => f.ruleId === 'GD749');
    assert.deepEqual(gd749.map((f) => f.location?.file), ['pipe/Dockerfile']);
    assert.match(gd749[0]!.message, /not a regular file \(a FIFO\): not read/);
    assert.ok(findings.some((f) => f.ruleId === 'GD748' && f.location?.file === 'pipe/values.yaml' && /1 unreadable/.test(f.message)), JSON.stringify(findings));
  } finally {
    sb.cleanup();
  }
});

test('symbolic links named like lint files: read under their name inside the tree, named when broken or leaving it', { timeout: 60_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('project/build/prod.dockerfile.txt', 'FROM golang:latest\n');
    sb.file('project/docker/Dockerfile.prod', 'FROM golang:1.22.5\n');
    sb.file('project/ci/gitlab.yml', 'build:\n  image: golang:latest\n  script:\n    - go build ./...\n');
    sb.file('outside/Dockerfile', 'FROM golang:latest\n');
    const link = (target: string, name: string) => symlinkSync(target, join(sb.project, name));
    link('build/prod.dockerfile.txt', 'Dockerfile'); // a target with no lint name: read as the Dockerfile
    link('docker/Dockerfile.prod', 'Containerfile'); // linted under its own name already
    link('ci/gitlab.yml', '.gitlab-ci.yml'); // another kind under its own name (YAML): read as GitLab CI
    mkdirSync(join(sb.project, 'sub'));
    link('../../outside/Dockerfile', 'sub/Dockerfile');
    link('missing/Dockerfile', 'sub/api.Dockerfile');
    const r = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0', '--fail-on', 'never'], { env: sb.env(['/usr/local/go/bin']), cwd: sb.project });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; message: string; location?: { file: string } }>; facts: { files: { value: { files: Array<{ path: string; kind: string; error: string | null }> } } } };
    const files = new Map(report.facts.files.value.files.map((f) => [f.path, f]));
    assert.equal(files.get('Dockerfile')?.error, null);
    assert.equal(files.has('Containerfile'), false);
    assert.equal(files.get('docker/Dockerfile.prod')?.error, null);
    assert.equal(files.get('.gitlab-ci.yml')?.kind, 'gitlab-ci');
    assert.ok(report.findings.some((f) => f.location?.file === 'Dockerfile' && f.ruleId === 'GD601'), 'the linked Dockerfile was linted');
    const gd749 = Object.fromEntries(report.findings.filter((f) => f.ruleId === 'GD749').map((f) => [f.location?.file, f.message]));
    assert.deepEqual(Object.keys(gd749).sort(), ['sub/Dockerfile', 'sub/api.Dockerfile']);
    assert.match(gd749['sub/Dockerfile']!, /a symbolic link to outside the linted tree: not followed/);
    assert.match(gd749['sub/api.Dockerfile']!, /a symbolic link whose target does not exist/);
    // Linting one directory: a link there to a file elsewhere under the root is read, not taken
    // for a file the walk reads (it walks only the directory named).
    mkdirSync(join(sb.project, 'svc'));
    link('../docker/Dockerfile.prod', 'svc/Dockerfile');
    const one = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0', '--fail-on', 'never', 'svc'], { env: sb.env(['/usr/local/go/bin']), cwd: sb.project });
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual((JSON.parse(one.stdout) as typeof report).facts.files.value.files.map((f) => [f.path, f.error]), [['svc/Dockerfile', null]]);
  } finally {
    sb.cleanup();
  }
});
