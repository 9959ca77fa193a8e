// --baseline: adopt a gate on an old repository, fail only on new findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';

test('lint --baseline: recorded findings pass, a new one fails, a line shift is not new', async () => {
  const sb = new Sandbox();
  try {
    mkdirSync(join(sb.project, '.git'));
    const env = sb.env([sb.binWithGo('tar', REAL_GO)]);
    sb.file('project/go.mod', 'module example.com/app\n\ngo 1.22\n');
    sb.file('project/Dockerfile', 'FROM golang:1.20\nCOPY . .\nRUN go build -o /app .\n');
    const base = join(sb.root, 'godiag-baseline.json');
    const before = await runCli(['lint'], { env, cwd: sb.project });
    assert.equal(before.code, 1, before.stdout);

    const missing = await runCli(['lint', '--baseline', base], { env, cwd: sb.project });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /does not exist: record one with --update-baseline/);

    const rec = await runCli(['lint', '--baseline', base, '--update-baseline', '--fail-on', 'never'], { env, cwd: sb.project });
    assert.equal(rec.code, 0, rec.stderr);
    const doc = JSON.parse(readFileSync(base, 'utf8'));
    assert.equal(doc.baselineVersion, 1);
    assert.ok(doc.findings.some((f: { ruleId: string; file: string }) => f.ruleId === 'GD602' && f.file === 'Dockerfile'), JSON.stringify(doc.findings));

    const known = await runCli(['lint', '--baseline', base], { env, cwd: sb.project });
    assert.equal(known.code, 0, known.stdout);
    assert.match(known.stdout, /known finding\(s\) recorded in .* are not reported; 0 new/);

    // A comment above shifts every line: still the same findings.
    sb.file('project/Dockerfile', '# build\nFROM golang:1.20\nCOPY . .\nRUN go build -o /app .\n');
    assert.equal((await runCli(['lint', '--baseline', base], { env, cwd: sb.project })).code, 0);

    // A new problem in a new file fails, and only it is reported.
    sb.file('project/tools/Dockerfile', 'FROM golang:1.19\nCOPY . .\nRUN go build -o /t .\n');
    const fresh = await runCli(['lint', '--baseline', base, '--format', 'sarif'], { env, cwd: sb.project });
    assert.equal(fresh.code, 1);
    const uris = JSON.parse(fresh.stdout).runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(uris.length > 0 && uris.every((u: string) => u === 'tools/Dockerfile'), JSON.stringify(uris));

    writeFileSync(base, '{"findings": 3}');
    const bad = await runCli(['lint', '--baseline', base], { env, cwd: sb.project });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not a godiag baseline/);
    assert.equal((await runCli(['lint', '--update-baseline'], { env, cwd: sb.project })).code, 2);
  } finally {
    sb.cleanup();
  }
});

test('doctor --baseline: machine findings are matched by the file that causes them', async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.config/go/env', 'GOSUMDB=off\n');
    const env = sb.env([sb.binWithGo('tar', REAL_GO)]);
    const base = join(sb.root, 'b.json');
    assert.equal((await runCli(['doctor', '--baseline', base, '--update-baseline', '--fail-on', 'warning'], { env })).code, 1);
    assert.equal((await runCli(['doctor', '--baseline', base, '--fail-on', 'warning'], { env })).code, 0);
    sb.file('home/.config/go/env', 'GOSUMDB=off\nGOFLAGS=-bogus\n');
    const r = await runCli(['doctor', '--baseline', base, '--fail-on', 'warning', '--format', 'json'], { env });
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId), ['GD209']);
  } finally {
    sb.cleanup();
  }
});
