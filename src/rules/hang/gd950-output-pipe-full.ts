import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { blockedEvidence, blockedMs, commandText, readersText, resumeFixes, RESUME_FIX_TITLES } from './describe.js';

/** A write to a pipe that nobody drains: the writer sleeps in pipe_write for good. */
export const gd950 = defineRule({
  id: 'GD950',
  name: 'output-pipe-full',
  category: 'hang',
  severity: 'error',
  title: 'Program blocked writing to a full pipe',
  requires: ['hang'],
  messages: {
    simulated: 'Under a reader that stops reading, {command} blocks in {syscall}(fd {fd}) once the pipe is full ({waiting}), as every program writing to a pipe does: a paused pager or a parent that waits before reading freezes it the same way.',
    full: '{command}{process} is blocked in {syscall}(fd {fd}), a pipe, for at least {blockedMs} ms: {waiting} and the reading end is not being read ({readers}).',
  },
  fixTitles: {
    ...RESUME_FIX_TITLES,
    drainThePipeWhile: 'Drain the pipe while the program runs',
    keepASlowReader: 'Keep a slow reader from freezing the program',
  },
  sources: ['man:pipe(7)', 'https://pkg.go.dev/os/exec#Cmd.StdoutPipe', 'https://pkg.go.dev/os#File.SetWriteDeadline', 'https://github.com/torvalds/linux/blob/master/fs/pipe.c'],
  fixable: false,
  docs: {
    what: 'Reports a process with a thread asleep in write(2) on a pipe (wchan anon_pipe_write or pipe_write) while the process writes no byte at all, and names every process holding the read end with what it is doing. Under `hang run --mode stalled-pipe` godiag itself is the reader that stops, so blocking there is what the program does under that condition (info); a block where another process holds the reader, as with `hang attach` or a child of the program under `--mode drained`, is an error.',
    why: 'A pipe holds a fixed amount of data (by default 16 pages: 65536 bytes with 4 KiB pages, pipe(7); F_SETPIPE_SZ changes it); once it is full a blocking write sleeps until a reader makes room, so a reader that waits for the writer first (cmd.Wait before reading StdoutPipe), is stopped (Ctrl-Z, state T) or is too slow freezes the writer with no error.',
    fix: 'Drain the pipe while the program runs (read it in a goroutine, or let os/exec collect it with cmd.Stdout = &buf or cmd.Output()); resume or repair a stopped or slow reader; decouple log output from slow consumers with a writer goroutine fed by a bounded channel that drops when full (a bufio.Writer only makes writes fewer: its Flush blocks on a full pipe like any write); bound writes with deadlines on pollable files.',
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && r.blocked.target.kind === 'pipe').map((run) => {
      const b = run.blocked!;
      const waiting = run.channel.bytesWaiting !== null
        ? `${run.channel.bytesWaiting} bytes wait unread in it (the default capacity is 16 pages, 65536 bytes with 4 KiB pages)`
        : 'the pipe is full';
      const fixes: FixDraft[] = [
        ...resumeFixes(run.peers),
        {
          kind: 'manual', title: fixTitle('drainThePipeWhile'), url: 'https://pkg.go.dev/os/exec#Cmd.StdoutPipe',
          steps: [
            'A Go parent using cmd.StdoutPipe()/StderrPipe() must read them to EOF before cmd.Wait(): start the reads in goroutines, or use cmd.Stdout = &buf or cmd.Output() and let os/exec copy.',
            'A shell pipeline: the consumer must keep reading; find it above (state T = stopped: `fg` or kill -CONT; a pager waiting for a key stops reading).',
          ],
        },
        {
          kind: 'manual', title: fixTitle('keepASlowReader'), url: 'https://pkg.go.dev/bufio#Writer.Flush',
          steps: [
            'Decouple: write from one goroutine fed by a bounded channel, and drop (and count) lines when the channel is full, so a slow reader loses output instead of stopping the program.',
            'A bufio.Writer does not decouple anything: it makes writes fewer and larger, but its Flush is a write(2) that blocks on a full pipe like any other.',
            'Bound writes with (*os.File).SetWriteDeadline on pollable files (os.Pipe, sockets); do not set O_NONBLOCK on an inherited stdout, the flag is shared with the reader\'s side of the open file description.',
          ],
        },
      ];
      // godiag's own idle reader is the condition under test, not a defect of the program.
      const simulated = run.mode === 'stalled-pipe' && run.peers.every((p) => p.self);
      return {
        messageId: simulated ? 'simulated' as const : 'full' as const,
        severity: simulated ? 'info' as const : 'error' as const,
        // Under run, the blocked process may be a child of the command (found among its descendants).
        data: {
          command: commandText(run), syscall: b.syscall, fd: b.fd, blockedMs: blockedMs(b), waiting, readers: readersText(run.peers),
          process: run.command && run.process ? ` (blocked process: pid ${run.process.pid}, ${run.process.comm})` : '',
        },
        evidence: blockedEvidence(run),
        fixes,
      };
    });
  },
});
