import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { commandText, NOTIFY_STEPS } from './describe.js';

/** Go's default: a broken pipe on fd 1 or 2 kills the program with SIGPIPE. */
export const gd952 = defineRule({
  id: 'GD952',
  name: 'killed-by-sigpipe',
  category: 'hang',
  severity: 'warning',
  title: 'Program killed by SIGPIPE when its reader went away',
  requires: ['hang'],
  messages: {
    killed: '{command} was killed by SIGPIPE (exit status 141 in a shell) after the reader of fd {fds} closed its end ({bytes} bytes read first): it wrote to a broken pipe on stdout or stderr without signal.Notify for SIGPIPE.',
  },
  fixTitles: {
    turnSigpipeIntoEpipe: 'Turn SIGPIPE into EPIPE and stop cleanly',
    orAcceptTheConventional: 'Or accept the conventional death under `| head`',
  },
  sources: ['https://pkg.go.dev/os/signal#hdr-SIGPIPE', 'src/os/signal/doc.go', 'man:pipe(7)', 'man:signal(7)'],
  fixable: false,
  docs: {
    what: 'Reports a program that died of SIGPIPE after the reading end of its output pipe was closed, as under `prog | head -1` or when a log collector restarts. Under `hang run --mode closed-pipe` this is reported as what the program does under that condition (info): it is Go\'s default; elsewhere it is a warning.',
    why: 'A Go program that has not called signal.Notify for SIGPIPE is killed by it when a write to a broken pipe happens on file descriptor 1 or 2; on other descriptors the write just returns EPIPE (os/signal docs). The process ends at once, with no error message and no deferred cleanup, and a shell reports status 141.',
    fix: 'If the program must notice and clean up, call signal.Notify(c, syscall.SIGPIPE) (or signal.Ignore) so writes return EPIPE, and handle errors.Is(err, syscall.EPIPE). If dying quietly under `| head` is fine, make the caller accept 141 (pipefail).',
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.outcome.kind === 'exited' && r.outcome.signal === 'SIGPIPE').map((run) => ({
      messageId: 'killed' as const,
      // Under the closed-pipe condition this is Go's documented default (and every C program's):
      // what the program does, not a defect. A SIGPIPE death anywhere else lost a reader for real.
      ...(run.mode === 'closed-pipe' ? { severity: 'info' as const } : {}),
      data: { command: commandText(run), fds: run.fds.join(', '), bytes: run.channel.readerClosedAfter ?? run.channel.bytesRead },
      evidence: { mode: run.mode, exitSignal: 'SIGPIPE', wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter },
      fixes: [
        { kind: 'manual', title: fixTitle('turnSigpipeIntoEpipe'), steps: NOTIFY_STEPS, url: 'https://pkg.go.dev/os/signal#hdr-SIGPIPE' },
        { kind: 'manual', title: fixTitle('orAcceptTheConventional'), steps: ['A shell with `set -o pipefail` fails the pipeline on 141: allow that status where truncating the output is intended.'] },
      ],
    }));
  },
});
