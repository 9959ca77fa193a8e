import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTarget, viaTransport, TargetError } from '../../../src/collectors/remote/transport.js';

test('target URLs become the standard clients\' argument arrays, ending in sh -s', () => {
  const cases: Array<[string, string[]]> = [
    ['ssh://build@ci.example.org:2222', ['ssh', '-T', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-p', '2222', '-l', 'build', '--', 'ci.example.org', 'sh', '-s']],
    ['ssh://host', ['ssh', '-T', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '--', 'host', 'sh', '-s']],
    ['ssh://[::1]:22', ['ssh', '-T', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15', '-p', '22', '--', '::1', 'sh', '-s']],
    ['docker://golang-ci', ['docker', 'exec', '-i', 'golang-ci', 'sh', '-s']],
    ['podman://3f2a9c', ['podman', 'exec', '-i', '3f2a9c', 'sh', '-s']],
    ['k8s://builds/runner-7f9', ['kubectl', 'exec', '-i', '-n', 'builds', 'runner-7f9', '--', 'sh', '-s']],
    ['k8s://builds/runner-7f9/go', ['kubectl', 'exec', '-i', '-n', 'builds', 'runner-7f9', '-c', 'go', '--', 'sh', '-s']],
    ['k8s://prod-eu/builds/runner-7f9/go', ['kubectl', '--context', 'prod-eu', 'exec', '-i', '-n', 'builds', 'runner-7f9', '-c', 'go', '--', 'sh', '-s']],
    ['chroot:///srv/rootfs', ['chroot', '/srv/rootfs', '/bin/sh', '-c', 'PATH=/usr/sbin:/usr/bin:/sbin:/bin exec env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/sh PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -l -s']],
    ['local-probe', ['/bin/sh', '-s']],
  ];
  for (const [url, argv] of cases) assert.deepEqual(parseTarget(url, true).argv, argv, url);
});

test('values that would be read as options, or hold a shell\'s special characters, are refused', () => {
  for (const bad of ['ssh://-oProxyCommand=id', 'ssh://-l@host', 'ssh://u:pw@host', 'docker://-v', 'docker://a;id', 'k8s://-n/pod', 'k8s://ns/-c', 'k8s://a/b/c/d/e', 'chroot://relative', 'ftp://x', 'host', 'ssh://host:99999']) {
    assert.throws(() => parseTarget(bad, true), TargetError, bad);
  }
  assert.throws(() => parseTarget('chroot:///srv/rootfs', false), /needs root/);
});

test('--via splits on white space without a shell: quotes and $(...) stay literal words', () => {
  assert.deepEqual(viaTransport(`lxc exec 'box' -- sh -s $(id)`).argv, ['lxc', 'exec', "'box'", '--', 'sh', '-s', '$(id)']);
  assert.throws(() => viaTransport('  '), TargetError);
});
