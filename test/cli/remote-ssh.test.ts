// A real ssh target: sshd started here on 127.0.0.1 with a generated host key and client key, whose
// login gets a HOME and PATH of its own (authorized_keys environment=, PermitUserEnvironment).
// ssh reads ~/.ssh from the passwd entry, not $HOME, so the client's port, key and known_hosts come
// through `ssh -F FILE` given with --via; ssh:// builds the same ssh -T BatchMode=yes command
// (its argument array is tested in test/collectors/remote/transport.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Sandbox, runCli } from '../helpers/cli.js';

const SSHD = '/usr/sbin/sshd';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

test('doctor --via ssh reaches a real sshd target and reports its HOME, PATH and go env file', { timeout: 200_000 }, async () => {
  assert.ok(existsSync(SSHD), `${SSHD} is missing: install openssh-server (scripts/install-test-deps.sh)`);
  const sb = new Sandbox();
  let sshd: ReturnType<typeof spawn> | undefined;
  try {
    const keys = join(sb.root, 'keys');
    mkdirSync(keys, { mode: 0o700 });
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keys, 'host')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keys, 'client')]);
    const targetHome = join(sb.root, 'target-home');
    mkdirSync(join(targetHome, '.config/go'), { recursive: true });
    writeFileSync(join(targetHome, '.config/go/env'), 'GOPROXY=https://goproxy.ssh-target.example,direct\n');
    const targetPath = '/usr/lib/go-1.19/bin:/usr/bin:/bin';
    writeFileSync(join(keys, 'authorized_keys'), `environment="HOME=${targetHome}",environment="PATH=${targetPath}" ${readFileSync(join(keys, 'client.pub'), 'utf8')}`);
    chmodSync(join(keys, 'authorized_keys'), 0o600);
    const port = await freePort();
    const user = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
    writeFileSync(join(keys, 'sshd_config'), [
      `Port ${port}`, 'ListenAddress 127.0.0.1', `HostKey ${join(keys, 'host')}`, `AuthorizedKeysFile ${join(keys, 'authorized_keys')}`,
      'PermitUserEnvironment yes', 'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'UsePAM no', 'StrictModes no',
      'PermitRootLogin prohibit-password', `PidFile ${join(keys, 'sshd.pid')}`, '',
    ].join('\n'));
    mkdirSync('/run/sshd', { recursive: true }); // sshd's privilege-separation directory
    sshd = spawn(SSHD, ['-D', '-e', '-f', join(keys, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let sshdLog = '';
    sshd.stderr!.on('data', (b) => (sshdLog += b));
    for (let i = 0; i < 50 && !sshdLog.includes('Server listening'); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(sshdLog, /Server listening/, `sshd did not start: ${sshdLog}`);
    const known = `127.0.0.1 ${readFileSync(join(keys, 'host.pub'), 'utf8').split(' ').slice(0, 2).join(' ')}`;
    writeFileSync(join(keys, 'known_hosts'), `[127.0.0.1]:${port} ${known.split(' ').slice(1).join(' ')}\n`);
    writeFileSync(join(keys, 'ssh_config'), [
      'Host target', '  HostName 127.0.0.1', `  Port ${port}`, `  User ${user}`, `  IdentityFile ${join(keys, 'client')}`, '  IdentitiesOnly yes',
      `  UserKnownHostsFile ${join(keys, 'known_hosts')}`, '  StrictHostKeyChecking yes', '  BatchMode yes', '',
    ].join('\n'));
    const env = sb.env(['/usr/local/go/bin']); // the caller's go is 1.26.8; the target's PATH has 1.19 only
    const r = await runCli(['snapshot', '--no-progress', '--via', `ssh -F ${join(keys, 'ssh_config')} -T target sh -s`], { env, timeoutMs: 120_000 });
    assert.equal(r.code, 0, `${r.stderr}\n${sshdLog}`);
    const facts = JSON.parse(r.stdout);
    assert.equal(facts.host.kind, 'remote');
    const installs = facts.toolchains.value.installs.filter((i: { onPath: boolean }) => i.onPath).map((i: { path: string; reportedVersion: string }) => `${i.path} ${i.reportedVersion}`);
    assert.deepEqual(installs, ['/usr/lib/go-1.19/bin/go go1.19.8'], 'the target\'s PATH, not the caller\'s');
    assert.equal(facts.goenv.value.settings.GOPROXY.value, 'https://goproxy.ssh-target.example,direct', 'the target HOME\'s go env file');
  } finally {
    sshd?.kill('SIGTERM');
    sb.cleanup();
  }
});
