import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { blockedEvidence, blockedMs, commandText } from './describe.js';

/** A write to a socket whose receiver stopped reading: stdout handed to a log collector or a parent over a socketpair. */
export const gd954 = defineRule({
  id: 'GD954',
  name: 'output-socket-full',
  category: 'hang',
  severity: 'error',
  title: 'Program blocked writing to a socket nobody reads',
  requires: ['hang'],
  messages: {
    blocked: '{command} is blocked in {syscall}(fd {fd}), a socket ({target}), for at least {blockedMs} ms: the send buffer is full and the receiving side is not reading.',
  },
  fixTitles: {
    findTheProcessAt: 'Find the process at the other end (the peer is not in /proc; sock_diag has it)',
    makeTheReceiverKeep: 'Make the receiver keep reading',
  },
  sources: ['man:unix(7)', 'man:socket(7)', 'man:ss(8)', 'https://github.com/torvalds/linux/blob/master/net/core/sock.c'],
  fixable: false,
  docs: {
    what: 'Reports a process with a thread asleep in write(2) on a socket (wait site sock_alloc_send_pskb or sk_stream_wait_memory) while the process writes nothing.',
    why: 'A stream socket buffers a bounded amount (net.core.wmem_default and the receiver\'s queue, socket(7)); when the receiver stops reading, a blocking write sleeps. stdout is a socket when a parent such as Node.js (libuv uses socketpairs for child stdio), systemd (StandardOutput=journal) or a container runtime\'s log driver collects it, so a stalled collector freezes the program.',
    fix: 'Find the receiver with `ss -xp` (Unix sockets) or `ss -tp` (TCP) and repair or restart it; a parent must keep reading its child\'s stdout; for services, check the journal or log driver.',
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && r.blocked.target.kind === 'socket').map((run) => {
      const b = run.blocked!;
      const inode = /^socket:\[(\d+)\]$/.exec(b.target.target)?.[1];
      return {
        messageId: 'blocked' as const,
        data: { command: commandText(run), syscall: b.syscall, fd: b.fd, target: b.target.target, blockedMs: blockedMs(b) },
        evidence: blockedEvidence(run),
        fixes: [
          ...(inode ? [{ kind: 'command' as const, title: fixTitle('findTheProcessAt'), command: `ss -xp | grep -w ${inode}`, shell: 'sh' as const, safety: 'safe' as const }] : []),
          { kind: 'manual' as const, title: fixTitle('makeTheReceiverKeep'), steps: ['A parent process (Node.js child_process, Python subprocess) must read the child\'s stdout continuously, not after it exits.', 'A service logging to journald or a container log driver: check that the collector runs and is not stalled (journalctl, docker/containerd logs).'], url: 'https://man7.org/linux/man-pages/man7/unix.7.html' },
        ],
      };
    });
  },
});
