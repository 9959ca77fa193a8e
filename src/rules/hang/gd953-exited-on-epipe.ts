import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { commandText, NOTIFY_STEPS } from './describe.js';

/** The reader went away and the write returned EPIPE: handled (exit) or ignored (lost output). */
export const gd953 = defineRule({
  id: 'GD953',
  name: 'exited-on-epipe',
  category: 'hang',
  severity: 'info',
  title: 'Write returned EPIPE after the reader went away',
  requires: ['hang'],
  messages: {
    exited: '{command} exited with status {code} after the reader of fd {fds} closed its end: the write returned EPIPE instead of killing it (SIGPIPE caught with signal.Notify or ignored with signal.Ignore, or a descriptor other than 1 and 2) and the program handled the error.{stderr}',
    silent: '{command} exited with status {code} after the reader of fd {fds} closed its end, {said}: a pipeline (set -o pipefail) or a supervisor sees a failure with no reason. The write returned EPIPE (SIGPIPE caught with signal.Notify or ignored with signal.Ignore, or a descriptor other than 1 and 2).',
    ignored: '{command} kept running after the reader of fd {fds} closed its end: {calls} write calls failed in {ms} ms and were ignored, so its output is lost.',
  },
  fixTitles: {
    exit0WhenTruncation: 'Exit 0 when truncation by the reader is expected, or say why',
    exit0WhenTruncation2: 'Exit 0 when truncation by the reader is expected',
    checkWriteErrorsAnd: 'Check write errors and stop on EPIPE',
  },
  sources: ['https://pkg.go.dev/os/signal#hdr-SIGPIPE', 'src/os/signal/doc.go', 'src/runtime/signal_unix.go (sigpipe)', 'man:pipe(7)', 'man:proc(5)'],
  fixable: false,
  docs: {
    what: 'Reports how a program reacted when the reading end of its output pipe was closed and its writes returned EPIPE: it exited with a status and a message (handled, info), it exited with a failure status and no message anyone could read (an error: it dies silently), or it kept calling write and ignoring the errors (an error: the write counters in /proc/PID/io show calls without bytes).',
    why: 'A write to a pipe with no reader fails with EPIPE. Go turns that into a SIGPIPE death only on fd 1 and 2, and only while SIGPIPE is neither caught (signal.Notify) nor ignored with signal.Ignore (os/signal docs; src/runtime/signal_unix.go sigpipe); otherwise the error reaches the program, and a program that ignores write errors burns CPU and silently drops output.',
    fix: 'Check write errors; on errors.Is(err, syscall.EPIPE) stop writing and exit (status 0 when truncation by the reader is expected).',
  },
  check({ hang }) {
    const out: Report<'exited' | 'silent' | 'ignored'>[] = [];
    for (const run of hang.runs) {
      if (run.mode !== 'closed-pipe' || run.channel.readerClosedAfter === null) continue;
      const o = run.outcome;
      if (o.kind === 'exited' && o.signal === null && o.code !== 0 && o.code !== null) {
        const said = run.stderrTail?.trim().split('\n').filter(Boolean).pop();
        if (!said) {
          // stderrTail null: fd 2 shared the closed pipe, so whatever it printed reached no one.
          out.push({
            messageId: 'silent' as const,
            severity: 'error' as const,
            data: { command: commandText(run), code: o.code, fds: run.fds.join(', '), said: run.stderrTail === null ? 'with its stderr on that same closed pipe, so no message could reach anyone' : 'without a word on stderr' },
            evidence: { mode: run.mode, exitCode: o.code, wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter },
            fixes: [{ kind: 'manual' as const, title: fixTitle('exit0WhenTruncation'), steps: NOTIFY_STEPS, url: 'https://pkg.go.dev/os/signal#hdr-SIGPIPE' }],
          });
          continue;
        }
        out.push({
          messageId: 'exited' as const,
          data: { command: commandText(run), code: o.code, fds: run.fds.join(', '), stderr: said ? ` It said: ${said}` : '' },
          evidence: { mode: run.mode, exitCode: o.code, wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter, ...(said ? { stderr: said } : {}) },
          fixes: [{ kind: 'manual' as const, title: fixTitle('exit0WhenTruncation2'), steps: NOTIFY_STEPS, url: 'https://pkg.go.dev/os/signal#hdr-SIGPIPE' }],
        });
      } else if (run.failedWrites) {
        out.push({
          messageId: 'ignored' as const,
          severity: 'error' as const,
          data: { command: commandText(run), fds: run.fds.join(', '), calls: run.failedWrites.calls, ms: run.failedWrites.overMs },
          evidence: { mode: run.mode, failedWriteCalls: run.failedWrites.calls, overMs: run.failedWrites.overMs, bytesWritten: run.process?.io?.wchar ?? null },
          fixes: [{ kind: 'manual' as const, title: fixTitle('checkWriteErrorsAnd'), steps: NOTIFY_STEPS, url: 'https://pkg.go.dev/os/signal#hdr-SIGPIPE' }],
        });
      }
    }
    return out;
  },
});
