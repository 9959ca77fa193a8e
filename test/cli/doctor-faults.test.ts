// Bad input and faults: doctor ends within its budget, names what failed, never hangs,
// and makes no network request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';

const FAKES: Record<string, { script: string; expect: RegExp }> = {
  hangs: { script: '#!/bin/sh\nsleep 300\n', expect: /did not answer within/ },
  'exits 2': { script: '#!/bin/sh\necho "go: something broke" >&2\nexit 2\n', expect: /exited with status 2: go: something broke/ },
  'prints garbage': { script: '#!/bin/sh\necho "banana split"\n', expect: /printed no recognisable output/ },
  'prints invalid UTF-8': { script: '#!/bin/sh\nprintf "go version \\377\\376 \\200\\n"\n', expect: /printed no recognisable output/ },
  'forks a child that hangs': { script: '#!/bin/sh\n(sleep 300 &)\nsleep 300\n', expect: /did not answer within/ },
};

for (const [name, fake] of Object.entries(FAKES)) {
  test(`a fake go that ${name}: finding GD104, bounded time`, async () => {
    const sb = new Sandbox();
    try {
      const env = sb.env([sb.binWithScript('fake', fake.script)]);
      // The fakes hang for 300 s; with --timeout 1 doctor ends in a few seconds (generous bound
      // for loaded CI machines, still far below the hang).
      const r = await runCli(['doctor', '--timeout', '1', '--format', 'json'], { env, timeoutMs: 90_000 });
      assert.ok(r.ms < 45_000, `took ${r.ms} ms`);
      const report = JSON.parse(r.stdout);
      const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'GD104');
      assert.ok(f, JSON.stringify(report.findings.map((x: { ruleId: string }) => x.ruleId)));
      assert.match(f.message, fake.expect);
      assert.equal(r.code, 1);
    } finally {
      sb.cleanup();
    }
  });
}

test('unreadable PATH dir, corrupt go env file, and a go.mod needing go1.99 with no network used', async () => {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.statusCode = 404;
    res.end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const sb = new Sandbox();
  try {
    const locked = join(sb.root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    sb.file('home/.config/go/env', Buffer.from('GOPROXY = http://x\n\u0000\u0001\u00ff\u00fe garbage\nGOSUMDB=off\r\n'));
    sb.file('project/go.mod', 'module example.com/future\n\ngo 1.99\n');
    const proxy = `http://127.0.0.1:${port}`;
    const env = sb.env([locked, sb.binWithGo('tar', REAL_GO)], {
      GOPROXY: proxy, GOTOOLCHAIN: 'auto', HTTP_PROXY: proxy, HTTPS_PROXY: proxy, http_proxy: proxy, https_proxy: proxy,
    });
    const r = await runCli(['doctor', '--format', 'json'], { env, cwd: sb.project, timeoutMs: 30_000 });
    const report = JSON.parse(r.stdout);
    const byId = (id: string) => report.findings.filter((f: { ruleId: string }) => f.ruleId === id);
    assert.equal(byId('GD211')[0].messageId, 'download');
    assert.match(byId('GD211')[0].message, /golang\.org\/toolchain@v0\.0\.1-go1\.99\.0\.linux-/);
    assert.ok(byId('GD213').length >= 2, 'corrupt env file lines reported');
    assert.deepEqual(requests, [], 'doctor made network requests');
  } finally {
    chmodSync(join(sb.root, 'locked'), 0o755);
    sb.cleanup();
    server.close();
  }
});

test('secrets never appear in any output format', async () => {
  const sb = new Sandbox();
  try {
    const canary = 'CANARYs3cr3t';
    sb.file('home/.config/go/env', `GOPRIVATE=corp.example.com\nGOFLAGS=-ldflags=-X=main.key=${'ghp_' + 'A'.repeat(36)}\n`);
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], {
      GOPROXY: `https://builder:${canary}@proxy.corp.example.com,direct`,
      GONOSUMDB: `https://x:${canary}@sum.corp.example.com`,
      GITHUB_TOKEN: `ghp_${canary}${'B'.repeat(30)}`,
      GOAUTH: `git /tmp;curl -H "Authorization: Bearer ${canary}abcdef"`,
    });
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = await runCli(['doctor', '--format', format, '-v'], { env });
      assert.ok(r.stdout.length > 100, `${format} produced output`);
      assert.ok(!r.stdout.includes(canary), `${format} leaks the canary`);
      assert.ok(!r.stdout.includes('ghp_AAAA'), `${format} leaks the token`);
      assert.ok(!r.stderr.includes(canary));
    }
  } finally {
    sb.cleanup();
  }
});
