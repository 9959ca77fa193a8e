// Issue 21, items 3-8 through the built CLI: no control character in human output, no planted
// secret in any byte written, guarded config reads, input size budgets, one-line errors with
// exit 2, and findings for hostile environments (FIFO startup files, hanging helper programs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, Sandbox, runCli, runProgram, killRecordedPids, REAL_GO, type CliRun } from '../helpers/cli.js';
import { findConfig, loadConfig, ConfigError } from '../../src/engine/config.js';
import { readCappedText } from '../../src/collectors/host.js';
import { internalErrorText } from '../../src/cli/main.js';

/** Any control character but newline and tab, C1 controls, and bidi overrides. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function noControls(r: CliRun, what: string) {
  const bad = CONTROL.exec(r.stdout + r.stderr);
  assert.equal(bad, null, `${what}: control character U+${bad?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in output`);
}

const HOSTILE = `svc\u001b]0;pwned\u0007\u001b[2J\r\n[✗] FORGED line\u202e`;

test('item 3: names and contents with terminal escapes and newlines are shown escaped in every human format', { timeout: 180_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file(`project/${HOSTILE}/Dockerfile`, `FROM golang\u001b[2J\nRUN go get -u ./... \u001b]0;title\u0007\nENV GOOS=linux\u0085\n`);
    sb.file(`project/${HOSTILE}/go.mod`, `module example.com/m\u001b[31m\n\ngo 1.22\nreplace a => ../b\u0000\n`);
    sb.file('project/.github/workflows/ci.yml', `jobs:\n  a:\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: 1.20\n      - run: go install x@latest \u001b[2J\n`);
    // A go.mod of 900 KiB of NUL bytes: under the size cap, so analysed, and quoted only in part.
    sb.file('project/big/go.mod', Buffer.alloc(900 * 1024));
    sb.file('home/.profile', `export GOPATH="$HOME/go\u001b]0;pwned\u0007"\nexport PATH="$PATH:/opt/go\u001b[2J/bin"\n`);
    const bin = join(sb.root, 'bin');
    mkdirSync(bin);
    copyFileSync(join('/usr/local/go/bin', 'gofmt'), join(bin, `gofmt${HOSTILE.replace(/\//g, '')}`));
    const env = sb.env([join('/usr/local/go/bin')]);
    const runs: Array<[string[], string]> = [];
    for (const f of ['text', 'markdown', 'github']) runs.push([['lint', '--format', f, '-v'], `lint ${f}`]);
    for (const f of ['text', 'markdown']) {
      runs.push([['inspect', '--format', f, '-v', bin], `inspect ${f}`]);
      runs.push([['shell', '--format', f, '-v'], `shell ${f}`]);
      runs.push([['doctor', '--format', f, '-v'], `doctor ${f}`]);
    }
    for (const [args, what] of runs) {
      const r = await runCli(args, { env, cwd: sb.project, timeoutMs: 90_000 });
      assert.ok(r.code === 0 || r.code === 1, `${what} exited ${r.code}: ${r.stderr}`);
      noControls(r, what);
      assert.ok(!/^\s*\[✗\] FORGED/m.test(r.stdout), `${what}: a name forged a report line`);
      assert.ok(r.stdout.length < 200_000, `${what}: ${r.stdout.length} characters of output`);
      if (what.startsWith('lint')) assert.match(r.stdout, /svc\\e\]0;pwned\\x07\\e\[2J\\r\\n/, what);
    }
    // JSON keeps values exactly (escaped by JSON's own syntax), and no raw control byte.
    const json = await runCli(['lint', '--format', 'json'], { env, cwd: sb.project, timeoutMs: 90_000 });
    noControls(json, 'lint json');
    assert.ok(JSON.parse(json.stdout).facts.files.value.files.some((f: { path: string }) => f.path.startsWith(HOSTILE)));
  } finally {
    sb.cleanup();
  }
});

test('item 4: no planted secret in any command × format, nor in error messages', { timeout: 300_000 }, async () => {
  const sb = new Sandbox();
  try {
    // Each canary is placed where it is a secret by its position: URL passwords (with @ and '),
    // scheme-less proxy credentials, .netrc, ENV's space form, flags and headers, error paths.
    sb.file('home/.netrc', 'machine proxy.corp.example login bob password CANARYnetrc\n');
    sb.file('home/.config/go/env', 'GOPROXY=https://alice:CANARYgoenv@goenv.corp.example,direct\nGONOSUMDB=corp.example\n');
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.22\n\nrequire corp.example/lib v1.0.0\n');
    sb.file('project/Dockerfile', 'FROM golang:1.22\nENV SECRET_TOKEN CANARYenvspace\nENV API_KEY=CANARYenveq\nRUN go build ./...\n');
    sb.file('project/Makefile', 'deploy:\n\tcurl --token CANARYflag -H "X-Api-Key: CANARYheader" https://x.example\n\tGOPROXY=https://u:CANARYmake@p.example go build ./...\n');
    sb.file('project/.github/workflows/ci.yml', "jobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      GOPROXY: https://ci:pa@ss'CANARYci@proxy.corp.example\n      GH_TOKEN: CANARYghtoken\n    steps:\n      - run: go build ./...\n");
    const env = sb.env(['/usr/local/go/bin'], {
      GOPROXY: "https://bob:p@ss'CANARYenvurl@proxy.corp.example,carol:CANARYschemeless@proxy2.corp.example,direct",
      GITHUB_TOKEN: 'CANARYgithubtoken',
      GOFLAGS: '-mod=mod',
    });
    // A binary whose build settings carry a credential (-ldflags -X with a URL).
    sb.file('src/go.mod', 'module example.com/canary\n\ngo 1.22\n');
    sb.file('src/main.go', 'package main\n\nvar endpoint string\n\nfunc main() { println(endpoint) }\n');
    const built = join(sb.root, 'canary-bin');
    execFileSync(REAL_GO, ['build', '-o', built, '-ldflags=-X main.endpoint=https://u:CANARYldflags@x.example', '.'], { cwd: join(sb.root, 'src'), env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '' } });
    const snap = join(sb.root, 'snap.json');
    const runs: string[][] = [];
    for (const f of ['text', 'json', 'markdown', 'sarif']) runs.push(['inspect', '--format', f, '-v', built]);
    for (const f of ['text', 'json', 'markdown', 'sarif']) runs.push(['doctor', '--format', f, '-v'], ['shell', '--format', f, '-v']);
    for (const f of ['text', 'json', 'markdown', 'sarif', 'github']) runs.push(['lint', '--format', f, '-v']);
    runs.push(['route'], ['route', '--format', 'json'], ['route', 'corp.example/lib'], ['snapshot'], ['snapshot', '-o', snap]);
    for (const f of ['text', 'json']) runs.push(['hang', 'run', '--format', f, '--timeout', '5', '--', '/bin/sh', '-c', 'exit 0', 'sh', '--token', 'CANARYhangflag', '--password', 'CANARYhangpw', '--api-key=CANARYhangkey', '-H', 'X-Api-Key: CANARYhanghdr']);
    // Error paths: values echoed in usage and parse errors.
    runs.push(['route', 'https://u:CANARYrouteurl@corp.example/mod'], ['doctor', '--fail-on', 'https://u:CANARYfailon@x.example'], ['lint', '--format', 'https://u:CANARYformat@x.example']);
    for (const args of runs) {
      const r = await runCli(args, { env, cwd: sb.project, timeoutMs: 120_000 });
      assert.ok(r.code !== null && r.code <= 2, `${args.join(' ')} exited ${r.code}`);
      assert.doesNotMatch(r.stdout + r.stderr, /CANARY/, `${args.join(' ')} leaked: ${(/.{0,60}CANARY\w*/.exec(r.stdout + r.stderr) ?? [''])[0]}`);
    }
    assert.doesNotMatch(readFileSync(snap, 'utf8'), /CANARY/);
    for (const args of [['analyze', snap], ['analyze', '--format', 'json', snap], ['diff', snap, snap], ['fix']]) {
      const r = await runCli(args, { env, cwd: sb.project, timeoutMs: 120_000 });
      assert.doesNotMatch(r.stdout + r.stderr, /CANARY/, args.join(' '));
    }
    // A YAML config error quotes the line: redacted too.
    sb.file('project/.godiag.yaml', 'privateHosts: [https://bob:CANARYyaml@corp.example\n');
    for (const cmd of ['doctor', 'lint', 'shell', 'route']) {
      const r = await runCli([cmd], { env, cwd: sb.project, timeoutMs: 120_000 });
      assert.equal(r.code, 2, `${cmd} with a broken config: ${r.stderr}`);
      assert.doesNotMatch(r.stdout + r.stderr, /CANARY/, `${cmd} config error`);
    }
  } finally {
    sb.cleanup();
  }
});

test('item 5: --config on a FIFO or a device ends at once with exit 2; a FIFO swapped in after lookup is refused', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    const fifo = join(sb.root, 'cfg.yaml');
    execFileSync('mkfifo', [fifo]);
    const env = sb.env(['/usr/local/go/bin']);
    for (const [cmd, file] of [['doctor', fifo], ['lint', fifo], ['shell', fifo], ['route', fifo], ['snapshot', fifo], ['lint', '/dev/zero'], ['doctor', '/dev/zero']] as const) {
      const r = await runCli([cmd, '--config', file], { env, cwd: sb.project, timeoutMs: 30_000 });
      assert.equal(r.code, 2, `${cmd} --config ${file}: ${r.stderr}`);
      assert.match(r.stderr, /not a regular file \((a FIFO|a device)\); not read/);
      assert.ok(r.ms < 15_000, `${cmd} --config ${file} took ${r.ms} ms`);
    }
    // The race: found as a regular file, replaced by a FIFO before it is read.
    const cfg = join(sb.project, '.godiag.yaml');
    for (let i = 0; i < 40; i++) {
      writeFileSync(cfg, 'rules: {}\n');
      const found = await findConfig(sb.project);
      assert.equal(found, cfg);
      unlinkSync(cfg);
      execFileSync('mkfifo', [cfg]);
      await assert.rejects(loadConfig(found!), ConfigError);
      // Past the stat: the guarded read itself opens non-blocking and checks the descriptor.
      assert.equal(readCappedText(cfg), null);
      unlinkSync(cfg);
    }
  } finally {
    sb.cleanup();
  }
});

test('item 6: six 2 MB Dockerfiles and a 2 GB sparse go.mod: reported as too large, lint stays fast and small', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    for (let i = 0; i < 6; i++) sb.file(`project/s${i}/Dockerfile`, 'FROM golang:1.22\n' + 'RUN go build -o /out/app ./cmd/app\n'.repeat(60_000));
    sb.file('project/go.mod', '');
    truncateSync(join(sb.project, 'go.mod'), 2 ** 31);
    sb.file('project/small/Dockerfile', 'FROM golang\n');
    const env = sb.env(['/usr/local/go/bin']);
    const preload = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))';
    const r = await runProgram(process.execPath, ['--import', preload, CLI, 'lint', '--format', 'text'], { env, cwd: sb.project });
    const maxRssKb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0);
    // Files not analysed are GD749 errors: the gate fails rather than passing on what nobody read.
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
    assert.ok(maxRssKb > 0 && maxRssKb < 300 * 1024, `peak RSS ${maxRssKb} KiB`);
    assert.ok(r.stdout.length < 20_000, `${r.stdout.length} characters of output`);
    assert.match(r.stdout, /go\.mod:1 GD749 .*too large, not analysed: 2147483648 bytes/);
    assert.equal((r.stdout.match(/Dockerfile:1 GD749 .*too large, not analysed: \d+ bytes/g) ?? []).length, 6);
    // The small Dockerfile is still analysed.
    assert.match(r.stdout, /small\/Dockerfile:1:\d+ GD601/);
  } finally {
    sb.cleanup();
  }
});

test('item 7: internal and environment errors exit 2 with one line; route rejects malformed module paths', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env(['/usr/local/go/bin']);
    const dirOut = await runCli(['snapshot', '-o', sb.root], { env, cwd: sb.project, timeoutMs: 60_000 });
    assert.equal(dirOut.code, 2);
    assert.equal(dirOut.stderr.trim().split('\n').length, 1, dirOut.stderr);
    assert.doesNotMatch(dirOut.stderr, /\n\s+at /);
    assert.match(dirOut.stderr, /is a directory/);
    for (const mod of ['::::', 'example.com/a b', 'noDot/x', 'example.com/x/v1', '-x.com/a']) {
      const r = await runCli(['route', '--', mod], { env, cwd: sb.project, timeoutMs: 60_000 });
      assert.equal(r.code, 2, `route ${mod}: ${r.stdout}`);
      assert.match(r.stderr, /is not a module path/);
    }
    // A deleted working directory: exit 2 and one line, not Node's crash with exit 1.
    const gone = mkdtempSync(join(tmpdir(), 'godiag-gone-'));
    for (const cmd of ['doctor', 'lint', 'shell']) {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn('/bin/sh', ['-c', `mkdir -p "$1" && cd "$1" && rmdir "$1" && exec "$2" "$3" ${cmd}`, 'sh', gone, process.execPath, CLI], { env });
        let stderr = '';
        child.stderr.on('data', (b) => (stderr += b));
        child.on('close', (code) => resolve({ code, stderr }));
      });
      assert.equal(r.code, 2, `${cmd}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /current directory/);
    }
    rmSync(gone, { recursive: true, force: true });
    // The stack only with -v.
    const e = Object.assign(new Error('boom'), {});
    assert.equal(internalErrorText('doctor', e, false), 'godiag doctor: internal error: boom\n');
    assert.match(internalErrorText('doctor', e, true), /^godiag doctor: internal error: boom\nError: boom\n\s+at /);
  } finally {
    sb.cleanup();
  }
});

test('item 8: a FIFO ~/.bashrc and `. /dev/zero` are findings, not passed checks, and nothing hangs', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.profile', '. /dev/zero\nexport GOPATH="$HOME/go"\n');
    execFileSync('mkfifo', [join(sb.home, '.bashrc')]);
    const env = sb.env(['/usr/local/go/bin']);
    for (const cmd of ['shell', 'doctor']) {
      const r = await runCli([cmd, '--format', 'json'], { env, cwd: sb.project, timeoutMs: 60_000 });
      assert.ok(r.ms < 30_000, `${cmd} took ${r.ms} ms`);
      const gd313 = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'GD313').map((f: { message: string }) => f.message);
      assert.ok(gd313.some((m: string) => m.includes('.bashrc is a FIFO')), `${cmd}: ${gd313}`);
      assert.ok(gd313.some((m: string) => m.startsWith('/dev/zero is a device')), `${cmd}: ${gd313}`);
      const text = await runCli([cmd], { env, cwd: sb.project, timeoutMs: 60_000 });
      assert.doesNotMatch(text.stdout, /\[✓\] Shell startup/);
    }
  } finally {
    sb.cleanup();
  }
});

test('item 8: an unreadable startup file is "unreadable: permission denied", not absent', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('home/.profile', 'export GOPATH="$HOME/go"\n');
    sb.file('home/.bashrc', 'export GOPROXY=https://proxy.golang.org\n');
    chmodSync(join(sb.home, '.bashrc'), 0o000);
    const env = sb.env(['/usr/local/go/bin']);
    let r: CliRun;
    if (process.getuid?.() === 0) {
      // root reads anything: run as nobody, owning HOME.
      for (const p of [sb.root, sb.home, sb.project, join(sb.home, '.profile'), join(sb.home, '.bashrc')]) chownSync(p, 65534, 65534);
      r = await runProgram('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, 'shell', '--format', 'json'], { env, cwd: sb.project });
    } else {
      r = await runCli(['shell', '--format', 'json'], { env, cwd: sb.project, timeoutMs: 60_000 });
    }
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const f = JSON.parse(r.stdout).findings.find((x: { ruleId: string }) => x.ruleId === 'GD313');
    assert.ok(f, r.stdout.slice(0, 500));
    assert.match(f.message, /\.bashrc exists but is unreadable: permission denied/);
  } finally {
    sb.cleanup();
  }
});

test('item 8: a C compiler and a git that hang are findings, within the timeout', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  const pids = join(sb.root, 'pids');
  try {
    const bin = join(sb.root, 'hangbin');
    mkdirSync(bin);
    for (const name of ['gcc', 'git']) {
      writeFileSync(join(bin, name), `#!/bin/sh\necho $$ >> ${pids}\nexec sleep 40\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const env = sb.env([bin, '/usr/local/go/bin']);
    const r = await runCli(['doctor', '--timeout', '2', '--format', 'json'], { env, cwd: sb.project, timeoutMs: 90_000 });
    const gd420 = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'GD420').map((f: { message: string }) => f.message);
    assert.ok(gd420.some((m: string) => m.includes('/gcc --version` did not answer within 2 s')), gd420.join('\n'));
    assert.ok(gd420.some((m: string) => /\/git config .* did not answer within 2 s/.test(m)), gd420.join('\n'));
    assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
  } finally {
    killRecordedPids(pids);
    sb.cleanup();
  }
});
