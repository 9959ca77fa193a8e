// Targets that misbehave: a shell that never greets, one that prints garbage or closes in the middle
// of an answer, and startup files of 1 GB. Each run ends within its bounds, and a session that broke
// is a finding (GD970) or a clear error, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';

function wrapper(sb: Sandbox, name: string, body: string): string {
  return `/bin/sh ${sb.file(name, body)}`;
}

interface Report { findings: Array<{ ruleId: string; message: string }> }

test('hostile targets: bounded, reported, no hang', { timeout: 200_000 }, async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([dirname(REAL_GO)]);
    const cases = {
      // Greets, then reads requests forever without answering.
      hangs: wrapper(sb, 'hang.sh', 'read m; printf "%s 0 - hello Linux x86_64\\n" "${m#M=}"; exec sleep 600\n'),
      // The real probe (dd: head would hold its output in a buffer), its answers cut after 30 kB by an endless stream of garbage.
      garbage: wrapper(sb, 'garbage.sh', '/bin/sh -s | { dd bs=1 count=30000 2>/dev/null; while :; do echo "garbage garbage garbage"; done; }\n'),
      // The real probe, its stdout closed after 30 kB, mid-answer.
      closes: wrapper(sb, 'closes.sh', '/bin/sh -s | dd bs=1 count=30000 2>/dev/null\n'),
    };
    const runs = await Promise.all(Object.entries(cases).map(async ([name, via]) => {
      const r = await runCli(['doctor', '--format', 'json', '--no-progress', '--via', via], { env, timeoutMs: 90_000 });
      return [name, r] as const;
    }));
    for (const [name, r] of runs) {
      assert.ok(r.ms < 60_000, `${name}: finished in ${r.ms} ms`);
      if (r.code === 2) {
        assert.match(r.stderr, /cannot reach via:\/bin\/sh .*: (the target did not answer|the target printed|the target closed)/, `${name}: ${r.stderr}`);
        continue;
      }
      assert.equal(r.code, 1, `${name}: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as Report;
      const broken = report.findings.find((f) => f.ruleId === 'GD970');
      assert.ok(broken, `${name}: GD970 reported (${report.findings.map((f) => f.ruleId)})`);
      assert.match(broken.message, name === 'closes' ? /closed the session mid-answer/ : /printed output that is not an answer|announced/, name);
      assert.match(r.stderr, /broke while collecting/);
    }
    assert.equal(runs.find(([n]) => n === 'hangs')![1].code, 2, 'a target that never answers cannot be reached');
  } finally {
    sb.cleanup();
  }
});

test('1 GB startup and go env files on the target are read within their caps', { timeout: 200_000 }, async () => {
  const sb = new Sandbox();
  try {
    for (const f of ['home/.bashrc', 'home/.profile', 'home/.config/go/env']) {
      sb.file(f, 'export GOFLAGS=-mod=mod\n');
      execFileSync('truncate', ['-s', '1G', `${sb.root}/${f}`]);
    }
    const env = sb.env([dirname(REAL_GO)]);
    const r = await runCli(['doctor', '--format', 'json', '--no-progress', '--on', 'local-probe', '--fail-on', 'never'], { env, timeoutMs: 150_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'the session held');
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(!report.findings.some((f) => f.ruleId === 'GD970'));
    assert.ok(r.ms < 120_000, `${r.ms} ms`);
  } finally {
    sb.cleanup();
  }
});
