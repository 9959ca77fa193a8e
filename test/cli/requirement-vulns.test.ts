// lint --vuln and route --vuln: go.mod requirements matched against the Go vulnerability database, offline,
// compared with govulncheck -scan module (the same database, module level) on a real module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { moduleEnv } from '../helpers/module-fixture.js';
import { ensureGovulncheck, ensureVulnDb, govulncheckModules, govulncheckRequirements } from '../helpers/vulndb.js';

/** A repository whose module sits in svc/ and requires old x/net and x/text (tidied through the proxy). */
function repository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'godiag-lint-vuln-'));
  const svc = path.join(root, 'svc');
  mkdirSync(svc);
  writeFileSync(path.join(svc, 'go.mod'), 'module example.com/svc\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/net v0.17.0\n\tgolang.org/x/text v0.13.0\n)\n');
  writeFileSync(path.join(svc, 'main.go'), 'package main\n\nimport (\n\t_ "golang.org/x/net/html"\n\t_ "golang.org/x/text/language"\n)\n\nfunc main() {}\n');
  execFileSync('go', ['mod', 'tidy'], { cwd: svc, env: moduleEnv(true), timeout: 600_000, stdio: 'pipe' });
  writeFileSync(path.join(root, 'Dockerfile'), 'FROM golang:1.22\nWORKDIR /src\nCOPY svc/ .\nRUN go build -o /app .\n');
  return root;
}

test('lint --vulndb: every requirement advisory govulncheck -scan module reports, at its go.mod line, with the upgrade run in the module directory', { timeout: 900_000 }, async () => {
  const osv = ensureVulnDb();
  const root = repository();
  try {
    const env = { ...moduleEnv(false), NO_COLOR: '1' };
    const r = await runCli(['lint', '--vulndb', osv, '--format', 'json', '--fail-on', 'never', '--no-progress', root], { env, cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; data: { module: string; version: string }; location: { file: string; line: number }; evidence: { advisories: { id: string }[] }; fixes: { kind: string; command?: string }[] }> }).findings.filter((f) => f.ruleId === 'GD525');
    const ours = new Set(findings.flatMap((f) => f.evidence.advisories.map((a) => `${f.data.module}@${f.data.version} ${a.id}`)));
    const theirs = new Set([...govulncheckRequirements(path.join(root, 'svc'), osv)].filter((x) => !x.startsWith('stdlib@') && !x.startsWith('toolchain@')));
    assert.ok(theirs.size > 0, 'govulncheck found advisories for x/net v0.17.0');
    assert.deepEqual([...theirs].filter((x) => !ours.has(x)), [], 'advisories govulncheck reports that lint missed');
    assert.deepEqual([...ours].filter((x) => !theirs.has(x)), [], 'advisories lint reports that govulncheck does not');
    const net = findings.find((f) => f.data.module === 'golang.org/x/net')!;
    assert.equal(net.location.file, 'svc/go.mod');
    assert.equal(net.location.line, 6);
    assert.match(net.fixes.find((x) => x.kind === 'command')!.command!, /^cd svc && go get golang\.org\/x\/net@v\S+ && go mod tidy$/);
    // Without the flag nothing is matched; with --vuln and no database in the module cache, a usage error that says how to get one.
    const plain = await runCli(['lint', '--format', 'json', '--fail-on', 'never', '--no-progress', root], { env, cwd: root });
    assert.equal(JSON.parse(plain.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'GD525').length, 0);
    const empty = mkdtempSync(path.join(tmpdir(), 'godiag-empty-cache-'));
    const none = await runCli(['lint', '--vuln', root], { env: { ...env, GOMODCACHE: empty }, cwd: root });
    rmSync(empty, { recursive: true, force: true });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no Go vulnerability database in the module cache: run `godiag vulndb update`/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('route --vulndb: the advisories of MODULE@VERSION arguments and, without arguments, of the project requirements', { timeout: 900_000 }, async () => {
  const osv = ensureVulnDb();
  const root = repository();
  try {
    const env = { ...moduleEnv(false), NO_COLOR: '1' };
    const ids = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'GD525').map((f) => f.message.split(' has ')[0]);
    const named = await runCli(['route', '--vulndb', osv, '--format', 'json', 'golang.org/x/net@v0.17.0', 'golang.org/x/text'], { env, cwd: root });
    assert.equal(named.code, 0, named.stderr);
    assert.deepEqual(ids(named.stdout), ['golang.org/x/net v0.17.0'], 'only a module named with its version is matched');
    const project = await runCli(['route', '--vulndb', osv, '--format', 'json', '--cwd', path.join(root, 'svc')], { env, cwd: root });
    assert.equal(project.code, 0, project.stderr);
    assert.deepEqual(ids(project.stdout).sort(), ['golang.org/x/net v0.17.0', 'golang.org/x/text v0.13.0']);
    const plain = await runCli(['route', '--format', 'json', '--cwd', path.join(root, 'svc')], { env, cwd: root });
    assert.deepEqual(ids(plain.stdout), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('--vuln=govulncheck: govulncheck (on PATH) run with the same database, its verdict beside ours for each module and binary; usage errors without it', { timeout: 900_000 }, async () => {
  const osv = ensureVulnDb();
  const govulncheck = ensureGovulncheck();
  const root = repository();
  try {
    const env = { ...moduleEnv(false), NO_COLOR: '1', PATH: `${path.dirname(govulncheck)}:${moduleEnv(false).PATH}` };
    // lint: -scan module in svc/; the ids it lists are govulncheck's own (stdlib aside).
    const lint = await runCli(['lint', '--vuln=govulncheck', '--vulndb', osv, '--fail-on', 'never', '--no-progress', root], { env, cwd: root });
    assert.equal(lint.code, 0, lint.stderr);
    const lintLine = lint.stdout.split('\n').find((l) => l.startsWith('svc/go.mod: govulncheck '))!;
    assert.ok(lintLine, lint.stdout);
    const scanned = [...govulncheckRequirements(path.join(root, 'svc'), osv)].filter((x) => !/^(stdlib|toolchain)@/.test(x)).map((x) => x.split(' ')[1]!);
    assert.deepEqual(ids(lintLine), [...new Set(scanned)].sort());
    assert.match(lintLine, /godiag matched \d+ by version/);
    // inspect: -mode=binary on the module built; called/imported/required as govulncheck reached them.
    const bin = path.join(root, 'app');
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: path.join(root, 'svc'), env: moduleEnv(false), stdio: 'pipe' });
    const inspect = await runCli(['inspect', '--vuln=govulncheck', '--vulndb', osv, '--fail-on', 'never', '--no-progress', bin], { env, cwd: root });
    assert.equal(inspect.code, 0, inspect.stderr);
    const line = inspect.stdout.split('\n').find((l) => l.startsWith(`${bin}: govulncheck `))!;
    assert.ok(line, inspect.stdout);
    assert.deepEqual(ids(line), [...new Set([...govulncheckModules(bin, osv)].map((x) => x.split(' ')[1]!))].sort());
    assert.match(line, /imported only \(GO-/, 'x/net/html is imported: package level');
    // Without govulncheck on PATH, or with another --vuln value: usage errors.
    const missing = await runCli(['lint', '--vuln=govulncheck', '--vulndb', osv, root], { env: { ...env, PATH: moduleEnv(false).PATH! }, cwd: root });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /govulncheck is not on PATH/);
    const wrong = await runCli(['inspect', '--vuln=osv-scanner', bin], { env, cwd: root });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--vuln takes no value, or =govulncheck/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** The GO- ids a govulncheck line names in its called / imported only / required only lists (not godiag's own list). */
function ids(line: string): string[] {
  const verdict = line.slice(0, line.indexOf('; godiag matched'));
  return [...new Set(verdict.match(/GO-\d{4}-\d+/g) ?? [])].sort();
}
