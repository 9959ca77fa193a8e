// SARIF as GitHub code scanning ingests it, from every command that reports findings: checked
// with the SARIF 2.1.0 schema and with Microsoft's SARIF Multitool under its SARIF and GitHub
// Advanced Security rules, zero errors and zero warnings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';
import { multitoolIssues, sarifValidator } from '../helpers/sarif.js';

interface SarifResult {
  ruleId: string;
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
  partialFingerprints?: Record<string, string>;
  fixes?: unknown[];
}

/** A repository (with .git) holding a service in svc/, and a HOME whose files cause machine findings. */
function repoSandbox() {
  const sb = new Sandbox();
  const repo = sb.project;
  mkdirSync(join(repo, '.git'));
  sb.file('project/go.mod', 'module example.com/app\n\ngo 1.99\n');
  sb.file('project/svc/Dockerfile', 'FROM golang:latest\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n');
  sb.file('project/svc/go.mod', 'module example.com/svc\n\ngo 1.22\n');
  // A go env -w file and a startup file: machine findings must point at them.
  sb.file('home/.config/go/env', 'GOSUMDB=off\nGOARCH=arm64\n');
  sb.file('home/.bashrc', 'export GOPROXY=direct\nexport PATH=/usr/local/go/bin:$PATH\n');
  mkdirSync(join(repo, 'bin'));
  copyFileSync('/usr/local/go/bin/gofmt', join(repo, 'bin', 'gofmt'));
  return sb;
}

function results(sarif: { runs: Array<{ results: SarifResult[] }> }): SarifResult[] {
  return sarif.runs[0]!.results;
}

test('SARIF from doctor, shell, lint, inspect and hang passes the schema and the Multitool\'s SARIF and GitHub rules', { timeout: 600_000 }, async () => {
  const sb = repoSandbox();
  try {
    // GOPROXY as .bashrc exports it; GOINSECURE only in the environment (a CI job's env: block).
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { GOPROXY: 'direct', GOINSECURE: '*' });
    const repo = sb.project;
    const runs = {
      doctor: await runCli(['doctor', '--format', 'sarif', '--cwd', repo], { env }),
      shell: await runCli(['shell', '--format', 'sarif', '--cwd', repo], { env }),
      lint: await runCli(['lint', '--format', 'sarif', '--fail-on', 'never'], { env, cwd: join(repo, 'svc') }),
      lintErr: await runCli(['lint', '--format', 'sarif', '--fail-on', 'never', '--cwd', join(process.cwd(), 'test/fixtures/files/err')], { env }),
      inspect: await runCli(['inspect', '--format', 'sarif', '--expect', 'arch=arm64', 'bin/gofmt', REAL_GO], { env, cwd: repo }),
      analyze: await runCli(['analyze', join(process.cwd(), 'test/fixtures/snapshots/workstation.facts.json'), '--format', 'sarif'], { env }),
      hang: await runCli(['hang', 'run', '--format', 'sarif', '--mode', 'closed-pipe', '--timeout', '10', '--', '/usr/bin/yes'], { env, cwd: repo }),
    };
    const validate = await sarifValidator();
    const logs: Record<string, string> = {};
    for (const [name, r] of Object.entries(runs)) {
      assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code}: ${r.stderr}`);
      assert.ok(validate(JSON.parse(r.stdout)), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      const sarif = JSON.parse(r.stdout);
      const rs = results(sarif);
      assert.ok(rs.length > 0, `${name} reported nothing: the check would prove nothing`);
      for (const res of rs) {
        const loc = res.locations?.[0]?.physicalLocation;
        assert.ok(loc && loc.artifactLocation.uri && loc.region.startLine >= 1, `${name}: ${res.ruleId} has no physical location`);
        assert.ok(loc.artifactLocation.uriBaseId === '%SRCROOT%' || loc.artifactLocation.uri.startsWith('file:///'), `${name}: ${loc.artifactLocation.uri}`);
        assert.ok(!loc.artifactLocation.uri.startsWith('/'), loc.artifactLocation.uri);
        assert.match(Object.values(res.partialFingerprints ?? {})[0] ?? '', /^[0-9a-f]{32}:\d+$/);
      }
      const rules = sarif.runs[0].tool.driver.rules;
      for (const rule of rules) {
        assert.match(rule.helpUri, /^https:\/\/.*\/docs\/rules\/GD\d+\.md$/);
        assert.match(rule.help.markdown, /\*\*Why it matters\.\*\*/);
        assert.ok(rule.properties.tags.includes(rule.properties.category));
      }
      logs[name] = r.stdout;
    }
    // A control the Multitool must reject: a result without a location.
    const control = JSON.parse(runs.doctor.stdout);
    delete control.runs[0].results[0].locations;
    logs.control = JSON.stringify(control);
    const issues = await multitoolIssues(logs);
    assert.ok((issues.control ?? []).some((i) => i.level === 'error' && /^GH\d+/.test(i.ruleId)), `the Multitool accepted a result without a location: ${JSON.stringify(issues.control)}`);
    for (const name of Object.keys(runs)) assert.deepEqual(issues[name], [], `${name}: ${JSON.stringify(issues[name], null, 2)}`);

    // File edits of known lines are SARIF fixes (the quoting of an unquoted Go version, GD701).
    const fixed = results(JSON.parse(runs.lintErr.stdout)).filter((x) => x.fixes?.length);
    assert.ok(fixed.some((x) => x.ruleId === 'GD701'), fixed.map((x) => x.ruleId).join());
    const change = (fixed[0]!.fixes![0] as { artifactChanges: Array<{ artifactLocation: { uri: string }; replacements: Array<{ deletedRegion: { startLine: number }; insertedContent: { text: string } }> }> }).artifactChanges[0]!;
    assert.ok(change.artifactLocation.uri.startsWith('test/fixtures/files/err/') && change.replacements[0]!.deletedRegion.startLine >= 1, JSON.stringify(change));

    // Paths are relative to the repository root, not to the directory lint ran in.
    const lint = JSON.parse(runs.lint.stdout);
    const uris = results(lint).map((x) => x.locations![0]!.physicalLocation.artifactLocation);
    assert.ok(uris.some((u) => u.uri === 'svc/Dockerfile' && u.uriBaseId === '%SRCROOT%'), JSON.stringify(uris));
    assert.equal(lint.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(repo).href + '/');
    // Inside the repository relative, outside it a file:// URI.
    const inspected = results(JSON.parse(runs.inspect.stdout)).map((x) => x.locations![0]!.physicalLocation.artifactLocation.uri);
    assert.ok(inspected.includes('bin/gofmt') && inspected.includes(pathToFileURL(REAL_GO).href), JSON.stringify(inspected));
    // Machine findings point at the file that causes them.
    const doctor = results(JSON.parse(runs.doctor.stdout));
    const at = (id: string) => doctor.filter((x) => x.ruleId === id).map((x) => x.locations![0]!.physicalLocation);
    assert.ok(at('GD501').some((l) => l.artifactLocation.uri === pathToFileURL(join(sb.home, '.config/go/env')).href && l.region.startLine === 1), JSON.stringify(at('GD501')));
    assert.ok(at('GD212').some((l) => l.artifactLocation.uri.endsWith('/.config/go/env') && l.region.startLine === 2), JSON.stringify(at('GD212')));
    assert.ok(at('GD503').some((l) => l.artifactLocation.uri === pathToFileURL(join(sb.home, '.bashrc')).href && l.region.startLine === 1), JSON.stringify(at('GD503')));
    assert.ok(at('GD502').some((l) => l.artifactLocation.uri === '.godiag/environment' && l.artifactLocation.uriBaseId === '%SRCROOT%'), JSON.stringify(at('GD502')));
    assert.ok(at('GD211').some((l) => l.artifactLocation.uri === 'go.mod'), JSON.stringify(at('GD211')));
  } finally {
    sb.cleanup();
  }
});

test('partialFingerprints are stable across runs and across the directory lint runs from', async () => {
  const sb = repoSandbox();
  try {
    const env = sb.env([sb.binWithGo('tar', REAL_GO)]);
    const prints = async (cwd: string, args: string[]) => {
      const r = await runCli(['lint', '--format', 'sarif', '--fail-on', 'never', ...args], { env, cwd });
      return results(JSON.parse(r.stdout)).map((x) => `${x.ruleId} ${Object.values(x.partialFingerprints!)[0]}`).sort();
    };
    const a = await prints(join(sb.project, 'svc'), []);
    const b = await prints(sb.project, ['svc']);
    assert.ok(a.length > 0);
    assert.deepEqual(a, b);
    // An edit above a finding moves its line, not its identity.
    sb.file('project/svc/Dockerfile', '# syntax=docker/dockerfile:1\n' + readFileSync(join(sb.project, 'svc/Dockerfile'), 'utf8'));
    assert.deepEqual(await prints(sb.project, ['svc']), a);
  } finally {
    sb.cleanup();
  }
});

test('--format github: annotations name files relative to the repository root', async () => {
  const sb = repoSandbox();
  try {
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { GOPROXY: 'direct' });
    const lint = await runCli(['lint', '--format', 'github'], { env, cwd: join(sb.project, 'svc') });
    assert.match(lint.stdout, /^::warning file=svc\/Dockerfile,line=1,/m);
    const inspect = await runCli(['inspect', '--format', 'github', '--expect', 'arch=arm64', 'bin/gofmt'], { env, cwd: sb.project });
    assert.equal(inspect.code, 1, inspect.stderr);
    assert.match(inspect.stdout, /^::error file=bin\/gofmt,title=GD801 /m);
    for (const cmd of [['doctor', '--cwd', sb.project], ['shell', '--cwd', sb.project]]) {
      const r = await runCli([...cmd, '--format', 'github', '--fail-on', 'never'], { env });
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.ok(lines.length > 0 && lines.every((l) => /^::(error|warning|notice) file=[^,]+,/.test(l)), r.stdout);
    }
    const hang = await runCli(['hang', 'run', '--format', 'github', '--mode', 'closed-pipe', '--', '/usr/bin/yes'], { env, cwd: sb.project });
    assert.match(hang.stdout, /^::(warning|notice|error) file=\/usr\/bin\/yes,title=GD952 /m);
  } finally {
    sb.cleanup();
  }
});
