// Issue 21, items 1 and 2: a deadline holds from godiag's side even when a grandchild leaves the
// process group and keeps the pipes open; programs are never run from the current directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFile, resolveProgram } from '../../src/collectors/exec.js';
import { Sandbox, runCli, killRecordedPids } from '../helpers/cli.js';

test('execFile: a grandchild that calls setsid cannot hold a run past its deadline, and is named', async () => {
  const sb = new Sandbox();
  const pids = join(sb.root, 'pids');
  try {
    const env = { PATH: '/usr/bin:/bin' };
    // The child itself hangs: the deadline (1 s) cuts it, the escaped sleep is reported by pid.
    const hung = await execFile('/bin/sh', ['-c', `setsid sleep 40 & echo $! >> ${pids}; sleep 40`], { env, timeoutMs: 1000 });
    // Far below the 40 s the sleeps would hold it; the slack is for a busy machine (tests run 3 at once).
    assert.ok(hung.ms < 5000, `took ${hung.ms} ms`);
    assert.equal(hung.timedOut, true);
    const escaped = Number(readFileSync(pids, 'utf8').trim().split('\n')[0]);
    assert.deepEqual(hung.leftover?.map((l) => l.pid), [escaped]);
    assert.match(hung.error ?? '', new RegExp(`pid ${escaped} \\(sleep\\) left the process group`));
    // The child exits at once: the run ends shortly after, not when the sleep does.
    // The grandchild records its pid only once it has its own session, and the child waits for that.
    const quick = await execFile('/bin/sh', ['-c', `echo hi; setsid /bin/sh -c 'echo $$ >> ${pids}; exec sleep 40' & while [ "$(wc -l < ${pids})" -lt 2 ]; do sleep 0.05; done; exit 3`], { env, timeoutMs: 10_000 });
    assert.ok(quick.ms < 5000, `took ${quick.ms} ms`);
    assert.equal(quick.code, 3);
    assert.equal(quick.stdout, 'hi\n');
    assert.equal(quick.timedOut, false);
    assert.equal(quick.leftover?.length, 1);
  } finally {
    killRecordedPids(pids);
    sb.cleanup();
  }
});

test('doctor, lint and shell --run-shells end within timeout + 1 s when go leaves a setsid grandchild', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  const pids = join(sb.root, 'pids');
  try {
    // The fake go returns only once its grandchild has left the group (setsid done, sleep running),
    // so what godiag sees does not depend on how fast a loaded machine schedules the fork.
    const bin = sb.binWithScript('fake', `#!/bin/sh\nsetsid sleep 40 &\nchild=$!\necho $child >> ${pids}\ni=0\nwhile [ "$(cat /proc/$child/comm 2>/dev/null)" != sleep ] && [ $i -lt 200 ]; do sleep 0.01; i=$((i+1)); done\nexit 0\n`);
    // Startup files that run go, as many do (export GOPATH=$(go env GOPATH)).
    sb.file('home/.profile', 'export GOPATH="$(go env GOPATH)"\n');
    sb.file('home/.bashrc', 'export GOPATH="$(go env GOPATH)"\n');
    sb.file('project/Dockerfile', 'FROM golang:1.22\nRUN go build ./...\n');
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.22\n');
    const env = sb.env([bin]);
    // The issue measured 41 s (doctor --timeout 3), 40 s (lint) and 92 s (shell --run-shells
    // --timeout 2). The bound is timeout + 1 s with a 5 s timeout, so a loaded CI machine's
    // start-up time does not decide the result (lint has no --timeout: the same bound).
    for (const [args, timeoutS] of [[['doctor', '--timeout', '5'], 5], [['lint'], 5], [['shell', '--run-shells', '--timeout', '5'], 5]] as const) {
      const r = await runCli([...args, '--format', 'json'], { env, cwd: sb.project, timeoutMs: 90_000 });
      if (args[0] === 'shell') {
        // Shells run four at a time, each with its own deadline: each must hold it (timeout + 1 s),
        // and the whole command stays far below the 92 s the escaped grandchildren caused.
        const runs = JSON.parse(r.stdout).facts.shells.value.dynamic as { id: string; ms: number }[];
        assert.ok(runs.length > 0);
        for (const run of runs) assert.ok(run.ms <= timeoutS * 1000 + 1000, `${run.id} took ${run.ms} ms`);
        assert.ok(r.ms < 20_000, `shell --run-shells took ${r.ms} ms`);
      } else assert.ok(r.ms <= timeoutS * 1000 + 1000, `${args.join(' ')} took ${r.ms} ms`);
      assert.ok(r.code === 0 || r.code === 1, `${args.join(' ')} exited ${r.code}: ${r.stderr}`);
      JSON.parse(r.stdout);
    }
    const doctor = await runCli(['doctor', '--timeout', '5', '--format', 'json'], { env, cwd: sb.project, timeoutMs: 90_000 });
    const gd104 = JSON.parse(doctor.stdout).findings.find((f: { ruleId: string }) => f.ruleId === 'GD104');
    assert.match(gd104?.message ?? '', /left pid \d+ \(sleep\) outside its process group/);
  } finally {
    killRecordedPids(pids);
    sb.cleanup();
  }
});

test('resolveProgram searches only absolute PATH entries and refuses relative program paths', () => {
  const sb = new Sandbox();
  try {
    const dir = join(sb.root, 'bin');
    mkdirSync(dir);
    writeFileSync(join(dir, 'tool'), '#!/bin/sh\n');
    chmodSync(join(dir, 'tool'), 0o755);
    assert.deepEqual(resolveProgram('tool', `:.:bin:${dir}`), { path: join(dir, 'tool') });
    assert.ok('error' in resolveProgram('tool', ':.:bin'));
    assert.ok('error' in resolveProgram('./tool', dir));
    assert.ok('error' in resolveProgram('bin/tool', dir));
    assert.deepEqual(resolveProgram('/bin/sh', ''), { path: '/bin/sh' });
  } finally {
    sb.cleanup();
  }
});

test('with "." or an empty entry on PATH, no command runs a program from the analysed project', { timeout: 180_000 }, async () => {
  const sb = new Sandbox();
  const canary = join(sb.root, 'ran');
  try {
    for (const name of ['go', 'gcc', 'cc', 'git', 'pkg-config', 'getconf', 'uname', 'ldd', 'df', 'snap', 'getenforce', 'systemctl', 'hg']) {
      sb.file(`project/${name}`, `#!/bin/sh\necho ${name} >> ${canary}\necho "go version go1.99.0 linux/amd64"\n`);
      chmodSync(join(sb.project, name), 0o755);
    }
    sb.file('project/go.mod', 'module example.com/m\n\ngo 1.22\n');
    sb.file('project/Dockerfile', 'FROM golang:1.22\nRUN go build ./...\n');
    sb.file('project/main.go', 'package main\n\n// #cgo pkg-config: zlib\nimport "C"\n\nfunc main() {}\n');
    for (const PATH of [':/usr/local/go/bin:/usr/bin:/bin', '.:/usr/local/go/bin:/usr/bin:/bin', '/usr/local/go/bin:/usr/bin:/bin:']) {
      // lint probes go from the temp dir: make that the project too.
      const env = { PATH, HOME: sb.home, NO_COLOR: '1', TMPDIR: sb.project };
      for (const args of [['doctor', '--format', 'json'], ['snapshot', '-o', join(sb.root, 'snap.json')], ['lint', '--format', 'json'], ['shell', '--format', 'json'], ['route', 'example.com/m']]) {
        const r = await runCli(args, { env, cwd: sb.project, timeoutMs: 90_000 });
        assert.ok(r.code !== null && r.code <= 1, `${args[0]} with PATH=${PATH} exited ${r.code}: ${r.stderr}`);
        assert.equal(existsSync(canary) ? readFileSync(canary, 'utf8') : '', '', `${args[0]} with PATH=${PATH} ran a program from the project`);
        if (args[0] === 'doctor') {
          const gd107 = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'GD107');
          assert.equal(gd107.length, 1, `PATH=${PATH}`);
        }
      }
    }
  } finally {
    sb.cleanup();
  }
});
