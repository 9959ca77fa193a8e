import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Sandbox, runCli } from '../../helpers/cli.js';
import { discoverFiles, MANIFEST_BUDGET, MAX_BYTES_BY_KIND } from '../../../src/collectors/files/discover.js';
import { LocalHost } from '../../../src/collectors/host.js';

interface Found { ruleId: string; severity: string; message: string; location?: { file: string }; evidence: Record<string, unknown> }

test('GD748: a directory deeper than the walk goes and YAML past the manifest budget are reported, and the gate fails', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    const deep = Array.from({ length: 13 }, (_, i) => `l${i + 1}`).join('/');
    sb.file(`project/${deep}/Dockerfile`, 'FROM golang:latest\nRUN go build ./...\n');
    sb.file('project/Dockerfile', 'FROM golang:1.22.5\n');
    // YAML that is no manifest, 1 MB each: the 17th is past the 16 MiB budget; one is over the 1 MiB cap.
    const yaml = (n: number) => `# data\n${'k: v\n'.repeat(n / 5)}`;
    for (let i = 0; i < 17; i++) sb.file(`project/data/d${String(i).padStart(2, '0')}.yaml`, yaml(1_000_000));
    sb.file('project/data/huge.yaml', yaml(MAX_BYTES_BY_KIND.manifest + 1000));
    const env = sb.env(['/usr/local/go/bin']);
    const r = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0'], { env, cwd: sb.project });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { findings: Found[]; facts: { files: { value: { files: Array<{ path: string }> } } } };
    const gd748 = report.findings.filter((f) => f.ruleId === 'GD748');
    assert.equal(gd748.length, 2, JSON.stringify(gd748));
    const walked = gd748.find((f) => f.evidence.reason === 'depth')!;
    assert.equal(walked.severity, 'error');
    assert.equal(walked.location?.file, deep);
    assert.match(walked.message, /did not list 1 directory deeper than 12 levels/);
    assert.ok(!report.facts.files.value.files.some((f) => f.path.endsWith(`${deep}/Dockerfile`)), 'the deep Dockerfile was not read');
    const yamlUnread = gd748.find((f) => f.evidence.pastBudget !== undefined)!;
    assert.equal(yamlUnread.severity, 'warning');
    assert.deepEqual([yamlUnread.evidence.pastBudget, yamlUnread.evidence.tooLarge, yamlUnread.evidence.budget], [1, 1, MANIFEST_BUDGET]);
    // The same tree without the deep directory and the extra YAML: nothing to say.
    rmSync(join(sb.project, 'l1'), { recursive: true });
    rmSync(join(sb.project, 'data'), { recursive: true });
    const whole = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0'], { env, cwd: sb.project });
    assert.deepEqual((JSON.parse(whole.stdout) as { findings: Found[] }).findings.filter((f) => f.ruleId === 'GD748'), []);
    assert.match(yamlUnread.message, /^2 YAML files \(\d+ bytes, first: data\/d16\.yaml\) were not read \(1 past the 16777216 bytes of YAML one run reads, 1 larger than 1048576 bytes\)/);
  } finally {
    sb.cleanup();
  }
});

test('GD748: the walk stops listing after its entry limit and names the directories it left', async () => {
  const root = mkdtempSync(join(tmpdir(), 'godiag-walk-'));
  try {
    for (const d of ['a', 'b', 'c']) {
      mkdirSync(join(root, d, 'sub'), { recursive: true });
      writeFileSync(join(root, d, 'sub', 'Dockerfile'), 'FROM scratch\n');
      for (let i = 0; i < 4; i++) writeFileSync(join(root, d, `f${i}.txt`), '');
    }
    const files = await discoverFiles(new LocalHost(process.env), { root, paths: [root], goVersion: null, limits: { depth: 12, entries: 6 } });
    assert.equal(files.notWalked?.length, 1);
    const stop = files.notWalked![0]!;
    assert.equal(stop.reason, 'entries');
    assert.ok(stop.count >= 1 && stop.dirs.length === stop.count, JSON.stringify(stop));
    // Every Dockerfile is either read or under a directory named as not walked.
    const read = files.files.map((f) => f.path);
    for (const d of ['a', 'b', 'c']) assert.ok(read.includes(`${d}/sub/Dockerfile`) || stop.dirs.some((n) => `${d}/sub/Dockerfile`.startsWith(`${n}/`)), `${d}: ${JSON.stringify({ read, stop })}`);
    assert.ok(read.length < 3, 'the limit left something out');
    const whole = await discoverFiles(new LocalHost(process.env), { root, paths: [root], goVersion: null });
    assert.equal(whole.notWalked, undefined);
    assert.equal(whole.files.length, 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('GD748: a symbolic link to a directory outside the linted tree is named (a warning), one to a walked directory is not', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('project/Dockerfile', 'FROM golang:1.22.5\n');
    sb.file('project/sub/Dockerfile', 'FROM golang:1.22.5\n');
    sb.file('outside/Dockerfile', 'FROM golang:latest\nRUN go build ./...\n');
    symlinkSync(join(sb.root, 'outside'), join(sb.project, 'shared'));
    symlinkSync('sub', join(sb.project, 'alias'));
    // Named like a directory lint skips on purpose, and a link to a file: neither is a hidden directory.
    symlinkSync(join(sb.root, 'outside'), join(sb.project, 'vendor'));
    symlinkSync(join(sb.root, 'outside', 'Dockerfile'), join(sb.project, 'notes.txt'));
    const env = sb.env(['/usr/local/go/bin']);
    const r = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0'], { env, cwd: sb.project });
    const report = JSON.parse(r.stdout) as { findings: Found[]; facts: { files: { value: { files: Array<{ path: string }> } } } };
    const gd748 = report.findings.filter((f) => f.ruleId === 'GD748');
    assert.equal(gd748.length, 1, JSON.stringify(gd748));
    assert.equal(gd748[0]!.severity, 'warning');
    assert.deepEqual(gd748[0]!.evidence, { reason: 'link', count: 1, links: ['shared'] });
    assert.match(gd748[0]!.message, /did not follow 1 symbolic link to directories outside the linted tree \(first: shared\)/);
    assert.deepEqual(report.facts.files.value.files.map((f) => f.path).sort(), ['Dockerfile', 'sub/Dockerfile']);
    // The fix's command: the trailing slash lints what the link points to.
    const behind = await runCli(['lint', '--format', 'json', '--go-version', '1.26.0', 'shared/'], { env, cwd: sb.project });
    assert.deepEqual((JSON.parse(behind.stdout) as typeof report).facts.files.value.files.map((f) => f.path), ['shared/Dockerfile']);
  } finally {
    sb.cleanup();
  }
});

test('GD748: when nothing was read because of the limits, lint says which (exit 2), not that no file was found', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    const deep = Array.from({ length: 13 }, (_, i) => `l${i + 1}`).join('/');
    sb.file(`project/${deep}/Dockerfile`, 'FROM golang:latest\n');
    const env = sb.env(['/usr/local/go/bin']);
    const r = await runCli(['lint', '--go-version', '1.26.0'], { env, cwd: sb.project });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /no lint file in .* was read: 1 directory not listed \(deeper than 12 levels\) \(first: l1\/l2\/.*\); nothing was checked/);
    assert.doesNotMatch(r.stderr, /was found/);
  } finally {
    sb.cleanup();
  }
});
