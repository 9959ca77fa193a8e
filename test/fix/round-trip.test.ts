// The proof that fix --apply helps and can be taken back: for every rule whose recommended fix
// godiag applies itself, a sandbox (HOME, PATH, go env file, startup files, the real go1.26 and
// Debian go1.19 toolchains) where the finding fires; then fix (the diff), fix --apply (the same
// diff), the real shells (shell --run-shells) get the intended value, doctor in the environment
// of a new login shell no longer reports it and reports nothing new, a second apply changes
// nothing, and fix --undo restores every file byte for byte (symlinks, modes, owners, the go env
// file). Run with the real bash, zsh and fish as the user's login shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chownSync, chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';
import { snapshotTree, diffTrees, fixTextProblems, type Finding, type DynamicRun } from './round-trip-helpers.js';

const NEW_BIN = '/usr/local/go/bin';
const OLD_BIN = '/usr/lib/go-1.19/bin';
const SHELLS = { bash: '/bin/bash', zsh: '/usr/bin/zsh', fish: '/usr/bin/fish' } as const;
const root = process.getuid?.() === 0;

interface Scenario {
  name: string;
  rule: string;
  login: keyof typeof SHELLS;
  /** Files of the sandbox; returns PATH dirs before /usr/bin:/bin, extra env, the project dir. */
  setup(sb: Sandbox): { path?: string[]; env?: Record<string, string>; project?: boolean };
  /** What the real shells (and go) get after the apply; an error message, or null when right. */
  intended(r: { sb: Sandbox; dynamic: Map<string, DynamicRun>; env: Record<string, string> }): string | null;
  /** Findings that the repaired state rightly brings up (rule id → why). */
  follows?: Record<string, string>;
  /** Why this machine cannot show the problem, or false when it can. */
  unavailable?: () => string | false;
}

function readCpuinfo(): string {
  try { return readFileSync('/proc/cpuinfo', 'utf8'); } catch { return ''; }
}

function goBin(sb: Sandbox): string {
  return existsSync(join(sb.root, 'gobin', 'go')) ? join(sb.root, 'gobin') : sb.binWithGo('gobin', REAL_GO);
}

function installedTool(sb: Sandbox): void {
  sb.file('home/go/bin/gopls', '#!/bin/sh\n');
  chmodSync(join(sb.home, 'go/bin/gopls'), 0o755);
}

function goEnv(sb: Sandbox, env: Record<string, string>, key: string): string {
  const r = spawnSync(REAL_GO, ['env', key], { env: { ...env, GOTOOLCHAIN: 'local' }, cwd: sb.root, encoding: 'utf8' });
  return r.stdout.trim();
}

function pathHas(dynamic: Map<string, DynamicRun>, ctx: string, dir: string): string | null {
  const run = dynamic.get(ctx);
  if (!run?.env) return `${ctx} did not run: ${run?.error ?? 'missing'}`;
  return (run.env.PATH ?? '').split(':').includes(dir) ? null : `${ctx} PATH lacks ${dir}: ${run.env.PATH}`;
}

function varIs(dynamic: Map<string, DynamicRun>, ctx: string, name: string, value: string): string | null {
  const run = dynamic.get(ctx);
  if (!run?.env) return `${ctx} did not run: ${run?.error ?? 'missing'}`;
  return run.env[name] === value ? null : `${ctx} has ${name}=${JSON.stringify(run.env[name])}, want ${JSON.stringify(value)}`;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'GD205 bash user, ~/.profile a 0600 symlink into a dotfiles repository owned by uid 1000',
    rule: 'GD205', login: 'bash',
    setup(sb) {
      installedTool(sb);
      const real = sb.file('dotfiles/profile', '# dotfiles profile\numask 022\n');
      chmodSync(real, 0o600);
      if (root) chownSync(real, 1000, 1000);
      symlinkSync('../dotfiles/profile', join(sb.home, '.profile'));
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, dynamic }) => pathHas(dynamic, 'bash:login', join(sb.home, 'go/bin')) ?? pathHas(dynamic, 'sh:login', join(sb.home, 'go/bin')),
  },
  {
    name: 'GD205 zsh user: ~/.zshenv, not ~/.profile',
    rule: 'GD205', login: 'zsh',
    setup(sb) {
      installedTool(sb);
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, dynamic }) => pathHas(dynamic, 'zsh:login', join(sb.home, 'go/bin')) ?? pathHas(dynamic, 'zsh:noninteractive', join(sb.home, 'go/bin')) ?? (existsSync(join(sb.home, '.profile')) ? '~/.profile was written for a zsh user' : null),
  },
  {
    name: 'GD205 fish user: conf.d/go.fish',
    rule: 'GD205', login: 'fish',
    setup(sb) {
      installedTool(sb);
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, dynamic }) => pathHas(dynamic, 'fish:login', join(sb.home, 'go/bin')) ?? pathHas(dynamic, 'fish:noninteractive', join(sb.home, 'go/bin')) ?? (existsSync(join(sb.home, '.profile')) ? '~/.profile was written for a fish user' : null),
  },
  {
    name: 'GD206 GOFLAGS exported empty does not cancel the go env file value',
    rule: 'GD206', login: 'bash',
    setup(sb) {
      sb.file('home/.config/go/env', 'GOFLAGS=-mod=mod\n');
      return { path: [goBin(sb)], env: { GOFLAGS: '' } };
    },
    intended: ({ sb, env }) => (goEnv(sb, env, 'GOFLAGS') === '' ? null : `go env GOFLAGS is ${goEnv(sb, env, 'GOFLAGS')}`),
  },
  {
    name: 'GD209 GOFLAGS in the go env file with a flag go build rejects (file is a 0640 symlink)',
    rule: 'GD209', login: 'bash',
    setup(sb) {
      const real = sb.file('dotfiles/go-env', 'GOFLAGS=-mod=mod -bogus\nGOPROXY=https://proxy.corp.example.com\n');
      chmodSync(real, 0o640);
      mkdirSync(join(sb.home, '.config/go'), { recursive: true });
      symlinkSync(real, join(sb.home, '.config/go/env'));
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, env }) => (goEnv(sb, env, 'GOFLAGS') === '-mod=mod' && goEnv(sb, env, 'GOPROXY') === 'https://proxy.corp.example.com' ? null : `go env GOFLAGS=${goEnv(sb, env, 'GOFLAGS')} GOPROXY=${goEnv(sb, env, 'GOPROXY')}`),
  },
  {
    name: 'GD212 GOARCH saved in the go env file',
    rule: 'GD212', login: 'bash',
    follows: { GD405: 'builds are native again, so cgo is on and the glibc floor applies' },
    setup(sb) {
      sb.file('home/.config/go/env', 'GOARCH=arm64\nGOPRIVATE=corp.example.com\n');
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, env }) => (goEnv(sb, env, 'GOARCH') === goEnv(sb, env, 'GOHOSTARCH') && goEnv(sb, env, 'GOPRIVATE') === 'corp.example.com' ? null : `GOARCH=${goEnv(sb, env, 'GOARCH')}`),
  },
  {
    name: 'GD301 zsh user: GOPATH only in ~/.zshrc moves to ~/.zshenv',
    rule: 'GD301', login: 'zsh',
    setup(sb) {
      sb.file('home/.zshrc', 'export GOPATH="$HOME/work/go"\n');
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, dynamic }) => varIs(dynamic, 'zsh:noninteractive', 'GOPATH', join(sb.home, 'work/go')),
  },
  {
    name: 'GD301 bash user: Go bin dir only in ~/.bashrc',
    rule: 'GD301', login: 'bash',
    setup(sb) {
      sb.file('home/.bashrc', `export PATH="$PATH:${NEW_BIN}"\n`);
      sb.file('home/.profile', '# profile\n');
      return { path: [goBin(sb)] };
    },
    intended: ({ dynamic }) => pathHas(dynamic, 'bash:login', NEW_BIN),
  },
  {
    name: 'GD304 go1.19 first on PATH in login shells, go1.26 appended after it',
    rule: 'GD304', login: 'bash',
    follows: { GD303: 'the user\'s own line still appends the directory, now a harmless second copy behind the first' },
    setup(sb) {
      sb.file('home/.profile', `export PATH=${OLD_BIN}:$PATH:${NEW_BIN}\n`);
      return {};
    },
    intended({ sb }) {
      const r = spawnSync('bash', ['-lc', 'go version'], { env: sb.env([], { SHELL: SHELLS.bash }), cwd: sb.root, encoding: 'utf8' });
      return /go1\.26\./.test(r.stdout) ? null : `bash -lc 'go version' printed ${r.stdout.trim() || r.stderr.trim()}`;
    },
  },
  {
    name: 'GD310 GOPRIVATE only in ~/.zshrc, login shell bash',
    rule: 'GD310', login: 'bash',
    setup(sb) {
      sb.file('home/.zshrc', 'export GOPRIVATE=corp.example.com\n');
      sb.file('home/.profile', '# profile\n');
      return { path: [goBin(sb)] };
    },
    intended: ({ dynamic }) => varIs(dynamic, 'bash:login', 'GOPRIVATE', 'corp.example.com'),
  },
  {
    name: 'GD403 GOAMD64=v4 saved on a CPU without AVX-512',
    rule: 'GD403', login: 'bash',
    unavailable: () => /\bavx512f\b/.test(readCpuinfo()) && 'this CPU has AVX-512, so GOAMD64=v4 runs here and GD403 rightly stays quiet',
    setup(sb) {
      sb.file('home/.config/go/env', 'GOAMD64=v4\n');
      return { path: [goBin(sb)] };
    },
    intended: ({ sb, env }) => (goEnv(sb, env, 'GOAMD64') === 'v1' ? null : `go env GOAMD64=${goEnv(sb, env, 'GOAMD64')}`),
  },
  {
    name: 'GD507 two private hosts: one merged GOPRIVATE keeps both and the existing entry',
    rule: 'GD507', login: 'bash',
    follows: { GD508: 'the modules are now fetched directly, so their credentials are checked' },
    setup(sb) {
      sb.file('home/.config/go/env', 'GOPRIVATE=example.com/mine\n');
      sb.file('project/go.mod', 'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgit.corp.internal/team/api v1.2.0\n\t10.0.0.5/libs/log v0.1.0\n)\n');
      return { path: [goBin(sb)], project: true };
    },
    intended: ({ sb, env }) => (goEnv(sb, env, 'GOPRIVATE') === 'example.com/mine,git.corp.internal,10.0.0.5' ? null : `GOPRIVATE=${goEnv(sb, env, 'GOPRIVATE')}`),
  },
];

function doctorFindings(out: { stdout: string; stderr: string; code: number | null }): Finding[] {
  try {
    return (JSON.parse(out.stdout) as { findings: Finding[] }).findings;
  } catch {
    throw new Error(`doctor gave no JSON (exit ${out.code}): ${out.stderr}`);
  }
}

/** The diff part of fix's output: from the first --- line to the end of the last hunk. */
function diffOf(stdout: string): string {
  return stdout.split('\n').filter((l) => /^(---|\+\+\+|@@|[ +-])/.test(l) && !l.startsWith('  ')).join('\n');
}

/** The environment a new login shell of the user starts programs with, over the test's own. */
function loginEnv(base: Record<string, string>, run: DynamicRun | undefined): Record<string, string> {
  if (!run?.env) return base;
  const dirs = [...new Set([...(run.env.PATH ?? '').split(':'), ...base.PATH!.split(':')].filter(Boolean))];
  return { ...base, ...run.env, PATH: dirs.join(':') };
}

const have = existsSync(REAL_GO) && existsSync(DEBIAN_GO) && Object.values(SHELLS).every((s) => existsSync(s));

for (const sc of SCENARIOS) {
  const skip = (!have && 'needs /usr/local/go, /usr/lib/go-1.19, bash, zsh and fish (scripts/install-test-deps.sh)') || (sc.unavailable?.() ?? false);
  test(`round trip ${sc.name}`, { skip }, async () => {
    const sb = new Sandbox();
    try {
      const s = sc.setup(sb);
      const env = sb.env(s.path ?? [], { SHELL: SHELLS[sc.login], ...s.env });
      const cwd = s.project ? sb.project : sb.home;
      const args = s.project ? ['--cwd', sb.project] : [];
      const before = doctorFindings(await runCli(['doctor', '--format', 'json', ...args], { env, cwd }));
      assert.ok(before.some((f) => f.ruleId === sc.rule), `${sc.rule} fires in the sandbox: ${before.map((f) => f.ruleId).join(' ')}`);
      for (const f of before) assert.deepEqual(fixTextProblems(f), [], `${f.ruleId} fix text`);
      const initial = snapshotTree(sb.root);

      const dry = await runCli(['fix', '--rule', sc.rule, ...args], { env, cwd });
      assert.equal(dry.code, 0, dry.stdout + dry.stderr);
      assert.match(dry.stdout, new RegExp(`^${sc.rule}: `, 'm'), dry.stdout);
      assert.deepEqual(diffTrees(initial, snapshotTree(sb.root)), [], 'the dry run changed nothing');

      const applied = await runCli(['fix', '--apply', '--rule', sc.rule, ...args], { env, cwd });
      assert.equal(applied.code, 0, applied.stdout + applied.stderr);
      assert.equal(diffOf(applied.stdout), diffOf(dry.stdout), '--apply shows and applies exactly the diff fix showed');
      const afterApply = snapshotTree(sb.root);
      for (const [p, d] of initial) {
        const now = afterApply.get(p);
        if (d.kind === 'link') assert.deepEqual(now, d, `${p} is still the same symbolic link`);
        if (d.kind === 'file' && now?.kind === 'file') assert.deepEqual([now.mode, now.uid, now.gid], [d.mode, d.uid, d.gid], `${p} keeps mode and owner`);
      }

      const shells = await runCli(['shell', '--run-shells', '--format', 'json'], { env, cwd });
      const dynamic = new Map(((JSON.parse(shells.stdout) as { facts: { shells: { value: { dynamic: DynamicRun[] } } } }).facts.shells.value.dynamic ?? []).map((r) => [r.id, r]));
      const newEnv = loginEnv(env, dynamic.get(`${sc.login}:login`));
      assert.equal(sc.intended({ sb, dynamic, env: newEnv }), null, 'the real shells get the intended value');

      const after = doctorFindings(await runCli(['doctor', '--format', 'json', ...args], { env: newEnv, cwd }));
      assert.deepEqual(after.filter((f) => f.ruleId === sc.rule).map((f) => f.message), [], `${sc.rule} is gone`);
      const known = new Set(before.map((f) => `${f.ruleId}/${f.messageId}`));
      assert.deepEqual(after.filter((f) => !known.has(`${f.ruleId}/${f.messageId}`) && !sc.follows?.[f.ruleId]).map((f) => `${f.ruleId}: ${f.message}`), [], 'no new finding');

      const again = await runCli(['fix', '--apply', '--rule', sc.rule, ...args], { env, cwd });
      assert.match(again.stdout, /^Nothing to change/, again.stdout);
      assert.deepEqual(diffTrees(afterApply, snapshotTree(sb.root)), [], 'a second apply changes nothing');

      const undone = await runCli(['fix', '--undo'], { env, cwd });
      assert.equal(undone.code, 0, undone.stdout + undone.stderr);
      assert.deepEqual(diffTrees(initial, snapshotTree(sb.root)), [], 'fix --undo restores every file byte for byte');
    } finally {
      sb.cleanup();
    }
  });
}


// Commands doctor prints for the user to run (go env -w/-u, export, unset): each one run in its
// own sandbox as printed, then doctor in the environment it leaves must no longer report the rule.
interface ManualScenario {
  name: string;
  rule: string;
  setup(sb: Sandbox): Record<string, string>;
  /** What go reports after each command (index in the finding's fixes → check). */
  intended: Record<number, (sb: Sandbox, env: Record<string, string>) => string | null>;
  follows?: Record<string, string>;
}

const MANUAL: ManualScenario[] = [
  {
    name: 'GD206 exported GOPROXY hides the go env -w value',
    rule: 'GD206',
    setup(sb) {
      sb.file('home/.config/go/env', 'GOPROXY=https://proxy.corp.example.com\n');
      return sb.env([goBin(sb)], { GOPROXY: 'https://proxy.golang.org' });
    },
    intended: {
      0: (sb, env) => (goEnv(sb, env, 'GOPROXY') === 'https://proxy.corp.example.com' ? null : `kept the file value? GOPROXY=${goEnv(sb, env, 'GOPROXY')}`),
      1: (sb, env) => (goEnv(sb, env, 'GOPROXY') === 'https://proxy.golang.org' ? null : `kept the exported value? GOPROXY=${goEnv(sb, env, 'GOPROXY')}`),
    },
  },
  {
    name: 'GD507 with GOPRIVATE exported: export the merged list',
    rule: 'GD507',
    setup(sb) {
      sb.file('home/project/go.mod', 'module example.com/app\n\ngo 1.22\n\nrequire git.corp.internal/team/api v1.2.0\n');
      return sb.env([goBin(sb)], { GOPRIVATE: 'example.com/mine' });
    },
    intended: { 1: (sb, env) => (goEnv(sb, env, 'GOPRIVATE') === 'example.com/mine,git.corp.internal' ? null : `GOPRIVATE=${goEnv(sb, env, 'GOPRIVATE')}`) },
    follows: { GD508: 'the module is now fetched directly, so its credentials are checked' },
  },
  {
    name: 'GD209 with GOFLAGS exported',
    rule: 'GD209',
    setup(sb) {
      return sb.env([goBin(sb)], { GOFLAGS: '-mod=mod -bogus' });
    },
    intended: { 0: (sb, env) => (goEnv(sb, env, 'GOFLAGS') === '-mod=mod' ? null : `GOFLAGS=${goEnv(sb, env, 'GOFLAGS')}`) },
  },
];

/** Run a printed command with /bin/sh in the sandbox; the environment it leaves behind. */
function runPrinted(command: string, env: Record<string, string>, cwd: string): Record<string, string> {
  const r = spawnSync('/bin/sh', ['-c', `${command}\nenv -0`], { env: { ...env, GOTOOLCHAIN: 'local' }, cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `${command}: ${r.stderr}`);
  const out: Record<string, string> = {};
  for (const kv of r.stdout.split('\0').filter(Boolean)) out[kv.slice(0, kv.indexOf('='))] = kv.slice(kv.indexOf('=') + 1);
  delete out.GOTOOLCHAIN;
  delete out.PWD;
  delete out.SHLVL;
  delete out._;
  return out;
}

for (const sc of MANUAL) {
  test(`printed commands ${sc.name}`, { skip: !have && 'needs /usr/local/go and the shells (scripts/install-test-deps.sh)' }, async () => {
    for (const [index, intended] of Object.entries(sc.intended)) {
      const sb = new Sandbox();
      try {
        const env = sc.setup(sb);
        const cwd = existsSync(join(sb.home, 'project')) ? join(sb.home, 'project') : sb.home;
        const before = doctorFindings(await runCli(['doctor', '--format', 'json'], { env, cwd }));
        const f = before.find((x) => x.ruleId === sc.rule);
        assert.ok(f, `${sc.rule} fires: ${before.map((x) => x.ruleId).join(' ')}`);
        assert.deepEqual(fixTextProblems(f), []);
        const fix = f.fixes[Number(index)];
        assert.ok(fix?.kind === 'command' && /^(go env -[wu] |export |unset )/.test(fix.command), `fix ${index} of ${sc.rule} is a command to run: ${JSON.stringify(f.fixes)}`);
        const next = runPrinted(fix.command, env, cwd);
        assert.equal(intended(sb, next), null, `after ${fix.command}`);
        const after = doctorFindings(await runCli(['doctor', '--format', 'json'], { env: next, cwd }));
        assert.deepEqual(after.filter((x) => x.ruleId === sc.rule).map((x) => x.message), [], `${sc.rule} gone after ${fix.command}`);
        const known = new Set(before.map((x) => `${x.ruleId}/${x.messageId}`));
        assert.deepEqual(after.filter((x) => !known.has(`${x.ruleId}/${x.messageId}`) && !sc.follows?.[x.ruleId]).map((x) => `${x.ruleId}: ${x.message}`), [], 'no new finding');
      } finally {
        sb.cleanup();
      }
    }
  });
}
