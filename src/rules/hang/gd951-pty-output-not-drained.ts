import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { blockedEvidence, blockedMs, commandText, readersText, resumeFixes, RESUME_FIX_TITLES } from './describe.js';

/** A write to a pseudo-terminal whose master side nobody reads. */
export const gd951 = defineRule({
  id: 'GD951',
  name: 'pty-output-not-drained',
  category: 'hang',
  severity: 'error',
  title: 'Program blocked writing to a terminal nobody reads',
  requires: ['hang'],
  messages: {
    blocked: '{command} is blocked in {syscall}(fd {fd}), the terminal {tty}, for at least {blockedMs} ms: the pty master is held by {holders}, which does not drain it.',
    simulated: 'On a terminal nobody reads, {command} blocks in {syscall}(fd {fd}) once the terminal\'s buffer is full, as every program writing to a terminal does: a stalled ssh, tmux or kubectl exec -t client freezes it the same way.',
  },
  fixTitles: {
    ...RESUME_FIX_TITLES,
    makeTheTerminalS: 'Make the terminal\'s reader keep up, or drop the terminal',
  },
  sources: ['man:pty(7)', 'man:termios(3)', 'man:stty(1)', 'https://github.com/torvalds/linux/blob/master/drivers/tty/n_tty.c'],
  fixable: false,
  docs: {
    what: 'Reports a process with a thread asleep in write(2) on a pseudo-terminal slave (/dev/pts/N) while it writes nothing, and names the process holding the pty master (/dev/ptmx with that tty-index) with what it is doing. Under `hang run --mode pty` godiag leaves the terminal undrained on purpose, so blocking there is what the program does under that condition (info); a real client that stops reading (`hang attach`) is an error.',
    why: 'Output to a pty goes through the line discipline into a small kernel buffer that only the master side empties (pty(7)). When the holder of the master (ssh, tmux, script, kubectl exec -t, docker attach, containerd-shim) stops reading, or the terminal is stopped by XOFF (Ctrl-S with ixon), every write sleeps (n_tty_write) and the program freezes.',
    fix: 'Repair or resume the client that holds the master; run batch jobs without a terminal (no -t, tty: false) so output goes to a pipe or file; press Ctrl-Q or run `stty -ixon` when flow control stopped the terminal.',
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && (r.blocked.target.kind === 'pty' || r.blocked.target.kind === 'tty')).map((run) => {
      const b = run.blocked!;
      const fixes: FixDraft[] = [
        ...resumeFixes(run.peers),
        {
          kind: 'manual', title: fixTitle('makeTheTerminalS'), url: 'https://man7.org/linux/man-pages/man7/pty.7.html',
          steps: [
            'Repair or resume the process holding the master (listed above): a stalled ssh/tmux client, a kubectl exec -t or docker attach whose client stopped reading.',
            'Batch jobs need no terminal: drop -t (docker run/exec, kubectl exec) or set tty: false, so output goes to a pipe or a file and is logged.',
            'If the terminal was stopped with Ctrl-S (XOFF), Ctrl-Q resumes it; `stty -ixon` turns that flow control off.',
          ],
        },
      ];
      // hang run's pty mode: script(1), started by godiag, holds the master and is left undrained on purpose.
      const simulated = run.mode === 'pty';
      return {
        messageId: simulated ? 'simulated' as const : 'blocked' as const,
        ...(simulated ? { severity: 'info' as const } : {}),
        data: { command: commandText(run), syscall: b.syscall, fd: b.fd, tty: b.target.target, blockedMs: blockedMs(b), holders: readersText(run.peers) },
        evidence: blockedEvidence(run),
        fixes,
      };
    });
  },
});
