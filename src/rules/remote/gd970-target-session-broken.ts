import { defineRule } from '../../engine/define-rule.js';

/** The session with a remote target (doctor --on) broke while collecting: the other results are incomplete. */
export const gd970 = defineRule({
  id: 'GD970',
  name: 'target-session-broken',
  category: 'remote',
  severity: 'error',
  title: 'Remote target stopped answering while it was diagnosed',
  requires: [],
  messages: {
    broken: 'The session with {target} broke while collecting ({reason}); facts gathered after that are missing, so this report is incomplete.',
  },
  sources: [
    'https://pubs.opengroup.org/onlinepubs/9699919799/utilities/sh.html',
    'https://man.openbsd.org/ssh#T',
    'https://docs.docker.com/reference/cli/docker/container/exec/',
  ],
  fixable: false,
  docs: {
    what: 'doctor, shell and snapshot --on URL drive one `sh -s` on the target through its transport (ssh -T, docker/podman/kubectl exec -i, chroot). This rule reports when that shell hung past a request\'s deadline, printed something that is not an answer, answered more than it was asked for, or closed mid-answer.',
    why: 'Every check after the break saw no file and no command on the target, so an absent finding means nothing: the target may have the very problem that was not checked.',
    fix: 'Look at the reason: a hung network filesystem or an overloaded target (raise --timeout), a login shell that prints to stdout (move the output to stderr or to interactive shells only), or a transport that drops the connection; then run again.',
  },
  check({ all }) {
    const reason = all.host.targetError;
    if (!reason) return [];
    return [{ messageId: 'broken' as const, data: { target: all.host.target ?? 'the target', reason }, evidence: { target: all.host.target ?? null, reason } }];
  },
});
