import { defineRule } from '../../engine/define-rule.js';

/** fleet: a target could not be reached, or did not finish in time; nothing of it was checked. */
export const gd971 = defineRule({
  id: 'GD971',
  name: 'target-unreachable',
  category: 'remote',
  severity: 'error',
  title: 'A fleet target could not be diagnosed',
  requires: [],
  messages: {
    unreachable: '{target} was not diagnosed: {reason}. None of its checks ran, so it has no other finding to show.',
  },
  sources: [
    'https://man.openbsd.org/ssh#EXIT_STATUS',
    'https://man.openbsd.org/ssh_config#ConnectTimeout',
    'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/',
    'https://docs.docker.com/reference/cli/docker/container/exec/',
  ],
  fixable: false,
  docs: {
    what: '`godiag fleet` reaches each target through its transport (ssh, docker/podman/kubectl exec, chroot) and runs doctor there. This rule reports a target whose transport did not start a shell (unknown host, refused key, stopped container, missing pod), or whose diagnosis did not finish within --target-timeout.',
    why: 'A fleet table that leaves an unreachable machine out, or shows it with zero findings, tells the reader that machine is fine. It was never checked.',
    fix: 'Read the transport\'s own words in the finding: fix the address, key or kubeconfig context, start the container, or raise --connect-timeout/--target-timeout for a slow target; then run fleet again.',
  },
  check({ all }) {
    const reason = all.host.unreachable;
    if (!reason) return [];
    return [{ messageId: 'unreachable' as const, data: { target: all.host.target ?? 'the target', reason }, evidence: { target: all.host.target ?? null, reason } }];
  },
});
