// Session-level configuration read through a recorded Debian tree: /etc/profile.d (followed from
// /etc/profile's loop), /etc/environment (pam_env) and ~/.config/environment.d (systemd, desktop).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { RecordedHost } from '../../../src/collectors/host.js';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { context } from './home.js';

const host = new RecordedHost(path.resolve('test/fixtures/hosts/debian-session'), 'linux', { HOME: '/home/dev', USER: 'dev' });

test('login shells get go from /etc/profile.d through /etc/profile; others do not', async () => {
  const f = await analyzeShells(host, { shells: ['sh', 'bash'] });
  const login = context(f, 'sh:login');
  assert.ok(login.files.some((x) => x.path === '/etc/profile.d/golang.sh' && /sourced by \/etc\/profile:\d+/.test(x.why)));
  assert.deepEqual(login.gos[0]?.origin, { file: '/etc/profile.d/golang.sh', line: 1 });
  assert.equal(context(f, 'bash:noninteractive').gos.length, 0);
});

test('/etc/environment reaches every session; environment.d reaches systemd and the desktop', async () => {
  const f = await analyzeShells(host, { shells: ['sh'] });
  for (const id of ['sh:login', 'sh:noninteractive', 'systemd-user', 'gui', 'cron']) {
    const v = context(f, id).vars.GOPROXY;
    assert.equal(v?.value, 'https://proxy.corp.example,direct', id);
    assert.deepEqual(v?.origin, { file: '/etc/environment', line: 1 }, id);
  }
  const sd = context(f, 'systemd-user');
  assert.equal(sd.gos[0]?.path, '/usr/local/go/bin/go');
  assert.deepEqual(sd.gos[0]?.origin, { file: '/home/dev/.config/environment.d/50-go.conf', line: 1 });
  assert.equal(sd.vars.GOPATH?.value, '/home/dev/go');
  assert.equal(context(f, 'cron').gos.length, 0);
  assert.deepEqual(context(f, 'cron').path.map((p) => p.dir), ['/usr/bin', '/bin']);
});

test('--run-shells on a recorded machine: the real systemd user environment vs environment.d', async () => {
  const { readFileSync } = await import('node:fs');
  const { runShells } = await import('../../../src/collectors/shell/dynamic.js');
  const { gd311 } = await import('../../../src/rules/shell/gd311-shell-startup-differs-from-files.js');
  const { factsWith, check } = await import('../../helpers/rules.js');
  const out = readFileSync(path.resolve('test/fixtures/hosts/debian-session/systemctl-show-environment.txt'), 'utf8');
  const rec = new RecordedHost(path.resolve('test/fixtures/hosts/debian-session'), 'linux', { HOME: '/home/dev', USER: 'dev' }, [
    { argv: ['/usr/bin/systemctl', '--user', 'show-environment'], stdout: out },
  ]);
  const s = await analyzeShells(rec, { shells: ['sh'] });
  const dynamic = await runShells(rec, s, 1000);
  const sd = dynamic.find((d) => d.id === 'systemd-user')!;
  assert.equal(sd.ok, true);
  assert.equal(sd.goPath, null);
  const f = check(gd311, factsWith({ shells: { ...s, dynamic } })).find((x) => x.data.context === 'systemd-user');
  assert.match(String(f?.data.differences), /go=none/);
  assert.match(String(f?.data.differences), /GOPATH=\(unset\)/);
});
