// End-to-end: the built CLI with crafted PATH/HOME/env, like a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

test('doctor on an older go shadowing a newer one: finding GD102, exit 0 under --fail-on error', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([sb.binWithGo('deb', DEBIAN_GO), sb.binWithGo('tar', REAL_GO)]);
    const r = await runCli(['doctor'], { env });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[!\] Go toolchains/);
    assert.match(r.stdout, /GD102 .*go1\.19\.8.*runs first on PATH/);
    assert.match(r.stdout, /fix: Put the newer Go first on PATH/);
    const strict = await runCli(['doctor', '--fail-on', 'warning'], { env });
    assert.equal(strict.code, 1);
  } finally {
    sb.cleanup();
  }
});

test('doctor --format json follows the contract and names every area it checked', async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.config/go/env', 'GOFLAGS=-bogus\nGOARCH=arm64\n');
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { GOROOT: '/nonexistent/go' });
    const r = await runCli(['doctor', '--format', 'json'], { env });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.tool.name, 'godiag');
    const ids = report.findings.map((f: { ruleId: string }) => f.ruleId);
    for (const id of ['GD202', 'GD209', 'GD212', 'GD215']) assert.ok(ids.includes(id), `${id} missing from ${ids}`);
    assert.ok(!ids.includes('GD201'), 'GD202 reports the missing GOROOT; GD201 does not repeat it');
    for (const f of report.findings) {
      for (const k of ['ruleId', 'ruleName', 'category', 'severity', 'message', 'evidence', 'fixes', 'sources']) assert.ok(k in f, k);
    }
    assert.ok(Array.isArray(report.skipped));
    assert.equal(report.facts.goenv.ok, true);
    assert.match(report.facts.goenv.value.probeError, /cannot find GOROOT directory/);
  } finally {
    sb.cleanup();
  }
});

test('doctor --format markdown is a pasteable bug report with go env provenance', async () => {
  const sb = new Sandbox();
  try {
    const r = await runCli(['doctor', '--format', 'markdown'], { env: sb.env([sb.binWithGo('tar', REAL_GO)]) });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^## godiag doctor report/m);
    // Summary first (verdict, OS, Go, container, cgroup, memory), then findings, then folded tables.
    const at = (re: RegExp) => r.stdout.search(re);
    assert.ok(at(/^### Summary/m) > 0 && at(/^### Summary/m) < at(/^### Findings/m) && at(/^### Findings/m) < at(/<details><summary>Go toolchains<\/summary>/), r.stdout);
    assert.match(r.stdout, /^- verdict: \*\*\d+ error\(s\), \d+ warning\(s\), \d+ info\*\*/m);
    for (const fact of ['go: go1.26.8 at ', 'os: ', 'container: ', 'cgroup: ', 'memory: ']) assert.ok(r.stdout.includes(`\n- ${fact}`), fact);
    assert.match(r.stdout, /\| GOPROXY \| https:\/\/proxy.golang.org,direct \| goroot-go.env \|/);
  } finally {
    sb.cleanup();
  }
});

test('no go anywhere: GD101 error and exit 1', async () => {
  const sb = new Sandbox();
  try {
    const r = await runCli(['doctor'], { env: { PATH: sb.root, HOME: sb.home, NO_COLOR: '1' } });
    assert.match(r.stdout, /GD101/);
    assert.equal(r.code, 1);
  } finally {
    sb.cleanup();
  }
});

test('usage errors exit 2; rules, explain and --version work', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([]);
    assert.equal((await runCli(['doctor', '--format', 'yaml'], { env })).code, 2);
    assert.equal((await runCli(['doctor', '--bogus'], { env })).code, 2);
    assert.equal((await runCli(['frobnicate'], { env })).code, 2);
    const v = await runCli(['--version'], { env });
    assert.match(v.stdout, /^godiag \d+\.\d+\.\d+/);
    const rules = await runCli(['rules'], { env });
    assert.match(rules.stdout, /^GD101 +no-go-on-path +toolchain +error/m);
    const ex = await runCli(['explain', 'goroot-invalid'], { env });
    assert.match(ex.stdout, /GD202 goroot-invalid/);
    assert.match(ex.stdout, /Sources\n.*cfg\.go/);
    assert.equal((await runCli(['explain', 'GD000'], { env })).code, 2);
  } finally {
    sb.cleanup();
  }
});

test('config file turns a rule off and changes a severity', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([sb.binWithGo('deb', DEBIAN_GO), sb.binWithGo('tar', REAL_GO)]);
    sb.file('project/.godiag.yaml', 'rules:\n  GD102: error\n');
    const r1 = await runCli(['doctor', '--format', 'json'], { env, cwd: sb.project });
    assert.equal(JSON.parse(r1.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'GD102').severity, 'error');
    assert.equal(r1.code, 1);
    sb.file('project/.godiag.yaml', 'rules:\n  first-go-not-newest: off\n');
    const r2 = await runCli(['doctor', '--format', 'json'], { env, cwd: sb.project });
    assert.equal(JSON.parse(r2.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'GD102'), false);
    sb.file('project/.godiag.yaml', 'rules: [not, a, map]\n');
    const r3 = await runCli(['doctor'], { env, cwd: sb.project });
    assert.equal(r3.code, 2);
    assert.match(r3.stderr, /\.godiag\.yaml/);
  } finally {
    sb.cleanup();
  }
});
