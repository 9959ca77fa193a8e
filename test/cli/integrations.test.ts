// The repository's integrations, run as their hosts would run them: the pre-commit hooks'
// entries on the lint fixture files they select, and the GitHub Action's run steps in a checkout.
import { manifestByName } from '../../src/analyzers/manifests/index.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { kindOf } from '../../src/analyzers/files/analyze.js';
import { CLI, runCli } from '../helpers/cli.js';
import { multitoolIssues, sarifValidator } from '../helpers/sarif.js';

interface Hook { id: string; entry: string; language: string; files: string }

const HOOKS: Hook[] = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8'));
const KINDS: Record<string, readonly string[]> = {
  'godiag-lint': ['dockerfile', 'github-workflow', 'gitlab-ci', 'golangci', 'makefile', 'go.mod', 'go.work', 'tools.go', 'manifest'],
  'godiag-lint-dockerfile': ['dockerfile'],
  'godiag-lint-workflows': ['github-workflow', 'gitlab-ci', 'golangci'],
  'godiag-lint-makefile': ['makefile'],
  'godiag-lint-gomod': ['go.mod', 'go.work', 'tools.go'],
};
const env = { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: tmpdir(), NO_COLOR: '1' };

/** Files of a fixture case, relative to it, as pre-commit passes them (repository-relative). */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** pre-commit's entry with `godiag` as installed (its bin) replaced by the built CLI. */
function entryArgs(h: Hook): string[] {
  const [cmd, ...args] = h.entry.split(/\s+/);
  assert.equal(cmd, 'godiag');
  return args;
}

test('.pre-commit-hooks.yaml: node hooks whose files patterns select exactly what godiag lint reads, by kind', () => {
  assert.deepEqual(HOOKS.map((h) => h.id).sort(), Object.keys(KINDS).sort());
  const all = ['err', 'ok'].flatMap((suite) => readdirSync(`test/fixtures/files/${suite}`).flatMap((c) => filesOf(`test/fixtures/files/${suite}/${c}`)));
  assert.ok(all.length > 60);
  for (const h of HOOKS) {
    assert.equal(h.language, 'node');
    // pre-commit matches with Python's re.search; these patterns use only syntax both engines share.
    const re = new RegExp(h.files);
    for (const f of [...all, 'svc/Dockerfile.release', 'build/api.Dockerfile', 'ci/.gitlab-ci.yml', 'tools/Makefile', 'README.md', 'main.go', 'docs/go.mod.txt']) {
      const kind = kindOf(f);
      // YAML is a manifest by content; the hooks select only the ones known by name (compose, Helm values).
      const selectable = kind !== null && KINDS[h.id]!.includes(kind) && (kind !== 'manifest' || manifestByName(f));
      assert.equal(re.test(f), selectable, `${h.id} on ${f} (${kind})`);
    }
  }
});

test('pre-commit hook entries on the err fixtures fail with each case\'s rule, and pass the ok fixtures', { timeout: 300_000 }, async () => {
  const all = HOOKS.find((h) => h.id === 'godiag-lint')!;
  const re = new RegExp(all.files);
  for (const suite of ['err', 'ok'] as const) {
    for (const c of readdirSync(`test/fixtures/files/${suite}`)) {
      const dir = join(process.cwd(), 'test/fixtures/files', suite, c);
      const files = filesOf(dir).filter((f) => re.test(f));
      if (files.length === 0) continue;
      // Kubernetes manifests are not selected by name (see .pre-commit-hooks.yaml): a deploy case
      // needs a compose file or Helm values among the selected files.
      if (suite === 'err' && /^gd77\d$/.test(c) && !files.some((f) => /compose|values/.test(f))) continue;
      // err: each case's rule is found (at any severity); ok: the hook as configured (fail on
      // error) lets the commit through. Only the selected files are passed, as pre-commit does.
      const r = await runCli([...entryArgs(all), ...(suite === 'err' ? ['--fail-on', 'info'] : []), '--format', 'json', ...files], { env: { ...env, GOMODCACHE: join(dir, 'modcache') }, cwd: dir });
      const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
      if (suite === 'err') assert.ok(r.code === 1 && ids.includes(c.toUpperCase()), `${suite}/${c}: exit ${r.code}, ${ids} ${r.stderr}`);
      else assert.equal(r.code, 0, `${suite}/${c}: ${ids} ${r.stderr}`);
    }
  }
  // A kind's hook reports on the files it was given, not on the rest of the repository.
  const dir = join(process.cwd(), 'test/fixtures/files/err/gd705');
  for (const h of HOOKS.filter((x) => x.id !== 'godiag-lint')) {
    const files = filesOf(dir).filter((f) => new RegExp(h.files).test(f));
    if (files.length === 0) continue;
    const r = await runCli([...entryArgs(h), '--fail-on', 'never', '--format', 'json', ...files], { env, cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    for (const f of JSON.parse(r.stdout).findings) assert.ok(files.includes(f.location.file), `${h.id}: ${f.location.file} not in ${files}`);
  }
});

interface Step { name: string; id?: string; if?: string; shell?: string; run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string>; 'working-directory'?: string }

/** GitHub's ${{ }} expressions as the steps use them: inputs, github.*, steps.<id>.outputs. */
function expand(text: string, ctx: { inputs: Record<string, string>; github: Record<string, string>; outputs: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.inputs[m[1]!] ?? '';
    m = /^github\.(\w+)$/.exec(expr);
    if (m) return ctx.github[m[1]!] ?? '';
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.outputs[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`expression the test does not evaluate: ${expr}`);
  });
}

function bash(script: string, opts: { cwd: string; env: Record<string, string> }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('action.yml: its run steps, executed as the runner would in a checkout, write SARIF that passes the Multitool and fail the job on findings', { timeout: 300_000 }, async () => {
  const action = parse(readFileSync('action.yml', 'utf8'));
  assert.equal(action.runs.using, 'composite');
  for (const k of ['command', 'args', 'fail-on', 'sarif-file']) assert.ok(action.inputs[k], `input ${k}`);
  const steps: Step[] = action.runs.steps;
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  assert.ok(upload, 'no upload-sarif step');
  assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}');
  assert.ok(existsSync(CLI), 'dist/godiag.js is missing: run `npm run build` first');

  const tmp = mkdtempSync(join(tmpdir(), 'godiag-action-'));
  try {
    const workspace = join(tmp, 'workspace');
    mkdirSync(join(workspace, '.git'), { recursive: true });
    mkdirSync(join(workspace, 'svc'));
    writeFileSync(join(workspace, 'svc', 'go.mod'), 'module example.com/app\n\ngo 1.22\n');
    writeFileSync(join(workspace, 'svc', 'Dockerfile'), 'FROM golang:1.20\nCOPY . .\nRUN go build -o /app .\n');
    const runAction = async (inputs: Record<string, string>) => {
      const all = Object.fromEntries(Object.entries(action.inputs as Record<string, { default?: string }>).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']));
      const ctx = { inputs: all, github: { workspace, action_path: process.cwd() }, outputs: {} as Record<string, Record<string, string>> };
      const log: Array<{ name: string; code: number | null; stdout: string; stderr: string }> = [];
      for (const step of steps) {
        if (!step.run) continue;
        // `if:` conditions of run steps: evaluated by the expressions they use.
        if (step.if && !evalIf(expand(step.if, ctx))) continue;
        const outputFile = join(tmp, `output-${log.length}`);
        writeFileSync(outputFile, '');
        const stepEnv: Record<string, string> = { PATH: '/usr/local/go/bin:/usr/bin:/bin', HOME: tmp, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: tmp };
        for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = expand(String(v), ctx);
        const r = await bash(step.run, { cwd: expand(step['working-directory'] ?? workspace, ctx), env: stepEnv });
        log.push({ name: step.name, ...r });
        if (step.id) ctx.outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
        if (r.code !== 0) break;
      }
      return { log, outputs: ctx.outputs };
    };
    const failing = await runAction({ command: 'lint', args: 'svc' });
    const last = failing.log[failing.log.length - 1]!;
    assert.equal(last.code, 1, JSON.stringify(failing.log, null, 2));
    const sarifText = readFileSync(join(workspace, 'godiag.sarif'), 'utf8');
    const validate = await sarifValidator();
    assert.ok(validate(JSON.parse(sarifText)), JSON.stringify(validate.errors?.slice(0, 3)));
    const sarif = JSON.parse(sarifText);
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.ruleId === 'GD602' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'svc/Dockerfile'));
    const issues = await multitoolIssues({ action: sarifText });
    assert.deepEqual(issues.action, []);

    const lenient = await runAction({ command: 'lint', args: 'svc', 'fail-on': 'never', 'sarif-file': 'out/lint.sarif' });
    assert.ok(lenient.log.every((s) => s.code === 0), JSON.stringify(lenient.log, null, 2));
    assert.ok(existsSync(join(workspace, 'out', 'lint.sarif')));

    // A command that cannot run fails the job with its own exit code, and no SARIF is claimed.
    const broken = await runAction({ command: 'lint', args: '--no-such-flag' });
    assert.equal(broken.log[broken.log.length - 1]!.code, 2, JSON.stringify(broken.log, null, 2));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** The `if:` forms the action's run steps use, after expansion: always(), comparisons joined by &&. */
function evalIf(cond: string): boolean {
  return cond.split('&&').every((part) => {
    const p = part.trim();
    if (p === 'always()' || p === 'true') return true;
    const m = /^'([^']*)'\s*(==|!=)\s*'([^']*)'$/.exec(p);
    if (!m) throw new Error(`if: the test does not evaluate ${p}`);
    return m[2] === '==' ? m[1] === m[3] : m[1] !== m[3];
  });
}
