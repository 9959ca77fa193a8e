// Targets as URLs, each mapped to its standard client as an argument array: nothing the user
// typed is ever put into a shell string on this machine. Each command ends in `sh -s` on the
// target, which reads the probe and then its requests from stdin. Credentials stay with the
// client (ssh agent and config, kubeconfig, docker/podman socket): godiag never asks for one.

export interface Transport {
  /** The URL as given (for reports; no secret can be in it: no password syntax is accepted). */
  target: string;
  kind: 'ssh' | 'docker' | 'podman' | 'k8s' | 'chroot' | 'via' | 'local-probe';
  argv: string[];
}

export class TargetError extends Error {}

/** `sh -s` on the target. */
const SHELL = ['sh', '-s'];

/** A value that reaches the client as an option's argument must not itself look like an option. */
function notOption(what: string, value: string, target: string): string {
  if (!value || value.startsWith('-') || /[\0\n\r]/.test(value)) throw new TargetError(`${target}: invalid ${what} ${JSON.stringify(value)}`);
  return value;
}

/**
 * ssh://[user@]host[:port]: `ssh -T` (no TTY: bytes pass unchanged) with BatchMode=yes (never a
 * password prompt: keys and agent only) and `--` before the host. The remote command is the
 * login shell's `sh -s` (ssh joins its words with spaces; these two need no quoting).
 */
function ssh(target: string, rest: string): Transport {
  const m = /^(?:([^@/:]+)@)?(\[[^\]]+\]|[^@/:[\]]+)(?::(\d+))?\/?$/.exec(rest);
  if (!m) throw new TargetError(`${target}: expected ssh://[user@]host[:port] (no password: ssh keys or the agent are used)`);
  const [, user, hostText, port] = m;
  const host = notOption('host', hostText!.replace(/^\[|\]$/g, ''), target);
  const argv = ['ssh', '-T', '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=15'];
  if (port) {
    const n = Number(port);
    if (!(n >= 1 && n <= 65535)) throw new TargetError(`${target}: port ${port} out of range`);
    argv.push('-p', String(n));
  }
  if (user) argv.push('-l', notOption('user', user, target));
  return { target, kind: 'ssh', argv: [...argv, '--', host, ...SHELL] };
}

/** docker://container and podman://container: `exec -i` (stdin kept open, no TTY). */
function containerExec(kind: 'docker' | 'podman', target: string, rest: string): Transport {
  const name = notOption('container', rest.replace(/\/$/, ''), target);
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)) throw new TargetError(`${target}: expected ${kind}://CONTAINER (a container name or id)`);
  return { target, kind, argv: [kind, 'exec', '-i', name, ...SHELL] };
}

/**
 * k8s://[context/]namespace/pod[/container]: `kubectl exec -i`, with the user's kubeconfig
 * (KUBECONFIG or ~/.kube/config) and its credentials; a context is chosen with --context.
 * Two parts are namespace/pod; three are ambiguous, so a third part names the container and a
 * context is given with four parts (context/namespace/pod/container) or `context/ns/pod/`.
 */
function k8s(target: string, rest: string): Transport {
  const parts = rest.split('/');
  let context: string | undefined, namespace: string | undefined, pod: string | undefined, container: string | undefined;
  if (parts.length === 2) [namespace, pod] = parts;
  else if (parts.length === 3) [namespace, pod, container] = parts;
  else if (parts.length === 4) [context, namespace, pod, container] = parts;
  else throw new TargetError(`${target}: expected k8s://[context/]namespace/pod[/container]`);
  const argv = ['kubectl'];
  if (context) argv.push('--context', notOption('context', context, target));
  argv.push('exec', '-i', '-n', notOption('namespace', namespace!, target), notOption('pod', pod!, target));
  if (container) argv.push('-c', notOption('container', container, target));
  return { target, kind: 'k8s', argv: [...argv, '--', ...SHELL] };
}

/**
 * chroot://DIR: chroot(8) needs CAP_SYS_CHROOT, so godiag runs it only when it is root already
 * (never through sudo: no password prompt). A chroot has no environment of its own, and the
 * caller's (HOME, PATH) would describe this machine: the target's own root login is used instead,
 * a fresh environment (env -i) and a login shell, so its /etc/profile and ~/.profile set it up.
 */
const CHROOT_LOGIN = 'PATH=/usr/sbin:/usr/bin:/sbin:/bin exec env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/sh PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -l -s';

function chroot(target: string, rest: string, isRoot: boolean): Transport {
  const dir = decodeURIComponent(rest);
  if (!dir.startsWith('/')) throw new TargetError(`${target}: expected chroot:///absolute/dir`);
  if (!isRoot) throw new TargetError(`${target}: chroot needs root (CAP_SYS_CHROOT); run godiag as root for a chroot target, or use --via with your own wrapper`);
  return { target, kind: 'chroot', argv: ['chroot', dir, '/bin/sh', '-c', CHROOT_LOGIN] };
}

/**
 * --via 'CMD ARGS...': any command that runs `sh -s` somewhere, split on white space (no shell:
 * quotes are not interpreted, so nothing in it is evaluated here).
 */
export function viaTransport(command: string): Transport {
  const argv = command.trim().split(/\s+/).filter(Boolean);
  if (!argv.length) throw new TargetError('--via needs a command, e.g. --via \'lxc exec box -- sh -s\'');
  return { target: `via:${command.trim()}`, kind: 'via', argv };
}

/** The probe run on this machine through /bin/sh: the same code path as a remote target. */
const LOCAL_PROBE: Transport = { target: 'local-probe', kind: 'local-probe', argv: ['/bin/sh', '-s'] };

export function parseTarget(target: string, isRoot = process.getuid?.() === 0): Transport {
  if (target === 'local-probe' || target === 'local-probe://') return { ...LOCAL_PROBE };
  const m = /^([a-z0-9-]+):\/\/(.*)$/.exec(target);
  if (!m) throw new TargetError(`${JSON.stringify(target)}: expected ssh://, docker://, podman://, k8s://, chroot:// or local-probe`);
  const [, scheme, rest] = m;
  switch (scheme) {
    case 'ssh': return ssh(target, rest!);
    case 'docker': case 'podman': return containerExec(scheme, target, rest!);
    case 'k8s': case 'kubectl': return k8s(target, rest!);
    case 'chroot': return chroot(target, rest!, isRoot);
    default: throw new TargetError(`${target}: unknown transport ${scheme}:// (ssh, docker, podman, k8s, chroot, local-probe; --via for anything else)`);
  }
}
