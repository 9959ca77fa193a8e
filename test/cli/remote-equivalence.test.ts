// doctor through the probe (the local-probe transport: /bin/sh -s on this machine, every read, stat
// and command a request to it) must find what in-process doctor finds, id for id and word for word,
// over the machine layouts the doctor tests build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

interface Finding { ruleId: string; messageId?: string; message: string; severity: string }

const LAYOUTS: Array<{ name: string; build: (sb: Sandbox) => Record<string, string> }> = [
  { name: 'older go shadowing a newer one', build: (sb) => sb.env([sb.binWithGo('deb', DEBIAN_GO), sb.binWithGo('tar', REAL_GO)]) },
  {
    name: 'bogus go env file and a missing GOROOT',
    build: (sb) => { sb.file('home/.config/go/env', 'GOFLAGS=-bogus\nGOARCH=arm64\n'); return sb.env([sb.binWithGo('tar', REAL_GO)], { GOROOT: '/nonexistent/go' }); },
  },
  { name: 'no go anywhere', build: (sb) => ({ PATH: sb.root, HOME: sb.home, NO_COLOR: '1' }) },
  {
    name: 'module routing and a project needing a newer go',
    build: (sb) => {
      sb.file('home/.config/go/telemetry/mode', 'off\n');
      sb.file('project/go.mod', 'module example.com/m\n\ngo 1.27.0\n');
      return sb.env([dirname(DEBIAN_GO)], { GOPROXY: 'direct,https://proxy.golang.org', GOPRIVATE: '*', GOTOOLCHAIN: 'local' });
    },
  },
  {
    name: 'startup files setting Go for some shells only',
    build: (sb) => {
      sb.file('home/.bashrc', 'export GOPATH="$HOME/gopath"\nexport PATH="/usr/lib/go-1.19/bin:$PATH"\n');
      sb.file('home/.profile', '. "$HOME/.bashrc"\nexport GOFLAGS=-mod=vendor\n');
      sb.file('home/.zshenv', 'export GOPROXY=off\n');
      sb.file('home/.config/go/env', `GOPRIVATE=corp.example.com\nGOFLAGS=-ldflags=-X=main.key=${'ghp_' + 'A'.repeat(36)}\n`);
      return sb.env([dirname(REAL_GO)], { SHELL: '/usr/bin/zsh' });
    },
  },
];

async function findings(args: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; findings: Finding[]; stderr: string }> {
  const r = await runCli(['doctor', '--format', 'json', '--no-progress', '--cwd', cwd, ...args], { env, cwd, timeoutMs: 180_000 });
  const report = JSON.parse(r.stdout || '{}') as { findings?: Finding[] };
  assert.ok(report.findings, `no report from doctor ${args.join(' ')}: exit ${r.code}, ${r.stderr}`);
  return { code: r.code, stderr: r.stderr, findings: report.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity })) };
}

for (const layout of LAYOUTS) {
  test(`doctor --on local-probe finds what doctor finds: ${layout.name}`, { timeout: 400_000 }, async () => {
    const sb = new Sandbox();
    try {
      const env = layout.build(sb);
      const local = await findings([], env, sb.project);
      const probed = await findings(['--on', 'local-probe'], env, sb.project);
      assert.equal(probed.stderr, '', 'the session held');
      assert.deepEqual(probed.findings, local.findings);
      assert.equal(probed.code, local.code);
      assert.ok(local.findings.length > 0 || layout.name === 'none', 'the layout has findings to compare');
    } finally {
      sb.cleanup();
    }
  });
}
