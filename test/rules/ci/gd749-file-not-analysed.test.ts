import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
