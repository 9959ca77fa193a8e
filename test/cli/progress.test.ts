// The status line, seen as a user sees it: each long command runs under a real pseudo-terminal
// (util-linux script(1)), the line must appear, name what is happening, and be erased before
// anything else is written; with stderr piped, in CI, with NO_COLOR or --no-progress not one
// status byte is written; Ctrl-C exits 130 at once with the line erased.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CLI, REAL_GO, DEBIAN_GO, runCli, Sandbox } from '../helpers/cli.js';
import { startModuleProxy, startSumdb, sumdbKey } from '../helpers/module-proxy.js';
import { ERASE_LINE } from '../../src/cli/status-line.js';

const boxes: Sandbox[] = [];
after(() => { for (const b of boxes) b.cleanup(); });

function sandbox(): Sandbox {
  const b = new Sandbox();
  boxes.push(b);
  return b;
}

/** Plain text without NO_COLOR (which also turns the status line off). */
const PLAIN = { NO_COLOR: '', FORCE_COLOR: '0' };

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const godiag = (args: string[]) => [process.execPath, CLI, ...args].map(sq).join(' ');

interface PtyRun { code: number | null; out: string; interruptedAfterMs?: number }

/**
 * Run a shell command under script(1): its stdout and stderr are a real terminal, and the
 * transcript is everything the terminal received. `interruptOn`: once the transcript contains
 * it, type Ctrl-C (the terminal's line discipline sends SIGINT, as for a user).
 */
function underPty(command: string, opts: { env: Record<string, string>; cwd: string; interruptOn?: string; timeoutMs?: number }): Promise<PtyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env: opts.env, cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let interruptedAt = 0;
    child.on('error', (e) => reject(new Error(`script(1) from util-linux is needed (scripts/install-test-deps.sh): ${e.message}`)));
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (opts.interruptOn && !interruptedAt && out.includes(opts.interruptOn)) {
        interruptedAt = Date.now();
        child.stdin.write('\u0003');
      }
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      if (err) out += `\n[script stderr] ${err}`;
      resolve({ code, out, ...(interruptedAt ? { interruptedAfterMs: Date.now() - interruptedAt } : {}) });
    });
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const drawRe = (label: string) => new RegExp(`\\r${escapeRe(label)}: [^\\r\\n]*?\\u001b\\[K`, 'g');

/** The status lines drawn, and the transcript with every draw and erase taken out. */
function statusOf(out: string, label: string): { draws: string[]; rest: string } {
  const draws = [...out.matchAll(drawRe(label))].map((m) => m[0].slice(1, -3));
  return { draws, rest: out.replace(drawRe(label), '').split(ERASE_LINE).join('') };
}

/** After each drawn line comes the next draw or an erase (Ctrl-C's echo aside): nothing is written over it. */
function assertErasedEachTime(out: string, label: string): void {
  for (const m of out.matchAll(drawRe(label))) {
    const next = out.slice(m.index + m[0].length).replace(/^\^C/, '');
    assert.ok(next.startsWith(`\r${label}: `) || next.startsWith(ERASE_LINE), `status line ${JSON.stringify(m[0])} not erased before ${JSON.stringify(next.slice(0, 80))}`);
  }
}

function assertNoStatusBytes(text: string, label: string): void {
  assert.ok(!text.includes('\u001b[K') && !text.includes(`${label}: `) && !text.includes('\r'), `status bytes written: ${JSON.stringify(text.slice(0, 300))}`);
}

/** A tree like a release directory: Go binaries among other files, sorted names in two directories. */
async function binTree(b: Sandbox): Promise<string> {
  const dir = path.join(b.root, 'tree');
  await fs.mkdir(path.join(dir, 'bin/sub'), { recursive: true });
  await fs.copyFile(REAL_GO, path.join(dir, 'bin/go'));
  await fs.copyFile(DEBIAN_GO, path.join(dir, 'bin/sub/go-1.19'));
  await fs.copyFile('/bin/ls', path.join(dir, 'bin/ls'));
  for (let i = 0; i < 200; i++) await fs.writeFile(path.join(dir, 'bin', `notes-${i}.txt`), `not a binary ${i}\n`);
  return dir;
}

test('inspect on a terminal: the status line counts files and binaries, is erased before each result line, and the text is what a pipe gets', { timeout: 120_000 }, async () => {
  const b = sandbox();
  const dir = await binTree(b);
  const env = b.env([], PLAIN);
  const tty = await underPty(godiag(['inspect', dir]), { env, cwd: b.root });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'inspect');
  assert.ok(draws.length >= 1, `no status line drawn: ${JSON.stringify(tty.out.slice(0, 400))}`);
  // Long paths are cut to the terminal's width (80 columns under script).
  assert.ok(draws.every((d) => d.length < 80 && /^inspect: (\(\d+\.\d s\)$|\d+ files?, \d+ Go binar(y|ies), in )/.test(d)), draws.join('\n'));
  assert.ok(draws.some((d) => /, [12] Go binar(y|ies), in /.test(d)), draws.join('\n'));
  assertErasedEachTime(tty.out, 'inspect');
  const piped = await runCli(['inspect', dir], { env, cwd: b.root });
  assert.equal(piped.code, 0, piped.stderr);
  assertNoStatusBytes(piped.stderr, 'inspect');
  assert.equal(piped.stderr, '');
  // The terminal turns \n into \r\n; apart from that, the same bytes as through a pipe.
  assert.equal(rest.replace(/\r\n/g, '\n'), piped.stdout);
  assert.match(piped.stdout, /^Binaries\n\S+\/bin\/go: go1\.26.*\n\S+\/bin\/sub\/go-1\.19: go1\.19.*\n2 Go binaries, 203 files looked at, 201 skipped \(-v lists them\)\n\n/);
});

test('inspect with stderr piped, or NO_COLOR, CI=true, TERM=dumb, --no-progress on a terminal: no status byte at all', { timeout: 120_000 }, async () => {
  const b = sandbox();
  const dir = await binTree(b);
  const errFile = path.join(b.root, 'stderr.txt');
  // stdout on the terminal, stderr into a file: the status line needs stderr to be the terminal.
  const toFile = await underPty(`${godiag(['inspect', dir])} 2>${sq(errFile)}`, { env: b.env([], PLAIN), cwd: b.root });
  assert.equal(toFile.code, 0, toFile.out);
  assert.equal(await fs.readFile(errFile, 'utf8'), '');
  assertNoStatusBytes(toFile.out.replace(/\r\n/g, '\n'), 'inspect');
  for (const [extra, args] of [[{ NO_COLOR: '1' }, []], [{ ...PLAIN, CI: 'true' }, []], [{ ...PLAIN, TERM: 'dumb' }, []], [PLAIN, ['--no-progress']]] as const) {
    const r = await underPty(godiag(['inspect', ...args, dir]), { env: b.env([], extra), cwd: b.root });
    assert.equal(r.code, 0, r.out);
    assertNoStatusBytes(r.out.replace(/\r\n/g, '\n'), 'inspect');
  }
});

test('machine formats are whole documents and byte-identical whether or not a status line was drawn', { timeout: 120_000 }, async () => {
  const b = sandbox();
  const dir = await binTree(b);
  const env = b.env([], PLAIN);
  for (const format of ['sarif', 'json']) {
    const outFile = path.join(b.root, `out.${format}`);
    const tty = await underPty(`${godiag(['inspect', '-f', format, dir])} >${sq(outFile)}`, { env, cwd: b.root });
    assert.equal(tty.code, 0, tty.out);
    assert.ok(statusOf(tty.out, 'inspect').draws.length >= 1, 'the status line was drawn on stderr');
    assertErasedEachTime(tty.out, 'inspect');
    assert.equal(statusOf(tty.out, 'inspect').rest, '', 'nothing but the status line reached the terminal');
    const piped = await runCli(['inspect', '-f', format, dir], { env, cwd: b.root });
    // The time of collection and the milliseconds it took differ from run to run; nothing else may.
    const stamp = (s: string) => s.replace(/"collectedAt":"[^"]*"/g, '"collectedAt":"T"').replace(/"timings":\{[^}]*\}/g, '"timings":{}').replace(/"ms":\d+/g, '"ms":0');
    const written = stamp(await fs.readFile(outFile, 'utf8'));
    assert.ok(written === stamp(piped.stdout), `${format} differs between a run with the status line and one without`);
    assert.ok(written.length > 1000 && JSON.parse(written), `${format}: a whole document`);
  }
});

test('lint on a terminal: a status line while files are found and read, erased before the report, which is what a pipe gets', { timeout: 120_000 }, async () => {
  const b = sandbox();
  for (let i = 0; i < 30; i++) {
    b.file(`repo/svc-${i}/Dockerfile`, 'FROM golang:1.22\nRUN go build ./...\n');
    b.file(`repo/svc-${i}/go.mod`, `module example.com/svc${i}\n\ngo 1.22\n`);
  }
  b.file('repo/.github/workflows/ci.yml', 'on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-go@v5\n        with:\n          go-version: "1.22"\n');
  const args = ['lint', '--go-version', '1.26.0', '--fail-on', 'never', path.join(b.root, 'repo')];
  const env = b.env([], PLAIN);
  const tty = await underPty(godiag(args), { env, cwd: b.root });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'lint');
  assert.ok(draws.length >= 1, tty.out.slice(0, 400));
  // What shows depends on how fast the files are read (at most one draw per 100 ms).
  assert.ok(draws.every((d) => /^lint: (\(|looking for files: \d+ entries|reading \d+ files|read \d+ of \d+ files: \d+ (dockerfile|go\.mod|github-workflow))/.test(d)), draws.join('\n'));
  assertErasedEachTime(tty.out, 'lint');
  const piped = await runCli(args, { env, cwd: b.root });
  assert.equal(piped.stderr, '');
  assert.equal(rest.replace(/\r\n/g, '\n'), piped.stdout);
});

test('doctor on a terminal: the status line names the probes that run, with elapsed time, and is gone before the report', { timeout: 180_000 }, async () => {
  const b = sandbox();
  // A go that takes a second to answer: the probes are visibly running.
  const slow = b.binWithScript('slow-go', `#!/bin/sh\nsleep 1\nexec ${REAL_GO} "$@"\n`);
  const env = b.env([slow], PLAIN);
  const tty = await underPty(godiag(['doctor', '--fail-on', 'never']), { env, cwd: b.project });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'doctor');
  assert.ok(draws.some((d) => /^doctor: .*toolchains.* \(\d+\.\d s\)$/.test(d)), draws.join('\n'));
  assert.ok(draws.some((d) => / \(([1-9]\d*)\.\d s\)$/.test(d)), `elapsed time moves while go answers: ${draws.join('\n')}`);
  assertErasedEachTime(tty.out, 'doctor');
  assert.match(rest, /Go toolchains/);
  assert.doesNotMatch(rest, /doctor: /);
  const piped = await runCli(['doctor', '--fail-on', 'never'], { env, cwd: b.project, timeoutMs: 120_000 });
  assert.equal(piped.code, 0, piped.stderr);
  assertNoStatusBytes(piped.stderr, 'doctor');
});

test('doctor --on a remote target on a terminal: the status line names the target and the probes, and is gone before the report', { timeout: 240_000 }, async () => {
  const b = sandbox();
  const slow = b.binWithScript('slow-go', `#!/bin/sh\nsleep 1\nexec ${REAL_GO} "$@"\n`);
  const env = b.env([slow], PLAIN);
  const tty = await underPty(godiag(['doctor', '--on', 'local-probe', '--fail-on', 'never']), { env, cwd: b.project, timeoutMs: 200_000 });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'doctor');
  assert.ok(draws.some((d) => /^doctor: on local-probe: .* \(\d+\.\d s\)$/.test(d)), `the target, its probes and elapsed time: ${draws.join('\n')}`);
  assertErasedEachTime(tty.out, 'doctor');
  assert.match(rest, /Go toolchains/);
  assert.doesNotMatch(rest, /doctor: /);
});

test('doctor --runtime on a terminal: each runtime step shows on the status line, none is left behind', { timeout: 300_000 }, async () => {
  const proxy = await startModuleProxy();
  const db = await startSumdb(404);
  const b = sandbox();
  b.file('project/go.mod', 'module example.com/app\n\ngo 1.21\n');
  const gocache = execFileSync(REAL_GO, ['env', 'GOCACHE'], { env: { ...process.env, GOTOOLCHAIN: 'local' } }).toString().trim();
  const env = b.env(['/usr/local/go/bin'], { ...PLAIN, GOPROXY: proxy.url, GOSUMDB: `${sumdbKey('sum.test')} ${db.url}`, GOCACHE: gocache, GOFLAGS: '-modcacherw' });
  try {
    const tty = await underPty(godiag(['doctor', '--runtime', '--cross-targets', 'linux/arm64', '--fail-on', 'never']), { env, cwd: b.project, timeoutMs: 280_000 });
    assert.equal(tty.code, 0, tty.out);
    const { draws, rest } = statusOf(tty.out, 'doctor');
    assert.ok(draws.some((d) => /runtime: (probing in|network: go mod download|hello |cgo |cross linux\/arm64 )/.test(d)), draws.join('\n'));
    assertErasedEachTime(tty.out, 'doctor');
    assert.match(rest, /Runtime checks/);
    assert.doesNotMatch(rest, /doctor: |runtime: (hello|probing)/, 'runtime steps are status, not report lines');
  } finally {
    await proxy.close();
    await db.close();
  }
});

test('shell --run-shells on a terminal: the status line names the shells being started', { timeout: 180_000 }, async () => {
  const b = sandbox();
  b.file('home/.bashrc', 'sleep 0.3\nexport GOPATH="$HOME/go"\n');
  b.file('home/.profile', 'sleep 0.3\n');
  const env = b.env(['/usr/local/go/bin'], PLAIN);
  const tty = await underPty(godiag(['shell', '--run-shells', '--fail-on', 'never']), { env, cwd: b.project });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'shell');
  assert.ok(draws.some((d) => /shells: running (bash|sh|dash|zsh|fish|busybox):/.test(d)), draws.join('\n'));
  assertErasedEachTime(tty.out, 'shell');
  assert.doesNotMatch(rest, /shell: .*\(\d+\.\d s\)/);
});

test('snapshot on a terminal: the status line goes to stderr and away; the document is all that is written to the file', { timeout: 180_000 }, async () => {
  const b = sandbox();
  const env = b.env(['/usr/local/go/bin'], PLAIN);
  const file = path.join(b.root, 'snap.json');
  const tty = await underPty(godiag(['snapshot', '-o', file]), { env, cwd: b.project });
  assert.equal(tty.code, 0, tty.out);
  const { draws, rest } = statusOf(tty.out, 'snapshot');
  assert.ok(draws.some((d) => /toolchains|goenv|shells|system|modules/.test(d)), draws.join('\n'));
  assertErasedEachTime(tty.out, 'snapshot');
  assert.equal(rest, '');
  assert.equal((JSON.parse(await fs.readFile(file, 'utf8')) as { schemaVersion: number }).schemaVersion, 1);
  const piped = await runCli(['snapshot'], { env, cwd: b.project, timeoutMs: 120_000 });
  assert.equal(piped.code, 0);
  assert.equal(piped.stderr, '');
});

test('Ctrl-C during inspect: exit 130 at once, no stack trace, no status line left on the terminal', { timeout: 120_000 }, async () => {
  const b = sandbox();
  // /usr is large enough to still be walking when the key arrives; the shell reports how godiag ended.
  // bash waits for a child interrupted by Ctrl-C and goes on only when it exited by itself.
  const r = await underPty(`${godiag(['inspect', '/usr'])}; echo "exit=$?"`, { env: b.env([], { ...PLAIN, SHELL: '/bin/bash' }), cwd: b.root, interruptOn: '\rinspect: ' });
  assert.ok(r.interruptedAfterMs !== undefined, `the status line never appeared: ${r.out.slice(0, 300)}`);
  // Killed by SIGINT, godiag would take bash with it (no echo): exit=130 means it exited on its own.
  assert.match(r.out, /exit=130/);
  assert.ok(r.interruptedAfterMs < 5000, `took ${r.interruptedAfterMs} ms to stop`);
  assert.doesNotMatch(r.out, /internal error|\n\s+at |Error:/);
  assertErasedEachTime(r.out, 'inspect');
  const { rest } = statusOf(r.out, 'inspect');
  assert.doesNotMatch(rest, /inspect: /);
});
