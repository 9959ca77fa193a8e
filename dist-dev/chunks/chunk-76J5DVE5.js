import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/hang/describe.ts
function commandText(run) {
  if (!run.command) return run.process ? `${run.process.comm} (pid ${run.pid})` : `pid ${run.pid}`;
  const shown = run.command.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)).join(" ");
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}
__name(commandText, "commandText");
function peerText(p) {
  if (p.self) return `godiag itself (pid ${p.pid}), holding it unread on purpose`;
  const phrase = { reading: "reading it", stopped: "stopped", writing: "itself stuck writing", busy: "busy elsewhere", idle: "asleep elsewhere", unknown: "in an unknown state" }[p.activity];
  return `${p.comm} (pid ${p.pid}), ${phrase}: ${p.doing}`;
}
__name(peerText, "peerText");
function readersText(peers) {
  if (peers.length === 0) return "no process has it open for reading";
  return peers.map(peerText).join("; ");
}
__name(readersText, "readersText");
function blockedMs(b) {
  return Math.max(b.stalledMs, b.lastSeenMs - (b.detectedAtMs - b.stalledMs));
}
__name(blockedMs, "blockedMs");
function blockedEvidence(run) {
  const b = run.blocked;
  return {
    mode: run.mode,
    pid: run.pid,
    thread: `${b.tid} state ${b.state} in ${b.syscall}(fd ${b.fd}), wchan ${b.wchan || "-"}`,
    fd: `${b.fd} -> ${b.target.target}`,
    firstSeenInWriteMs: b.detectedAtMs - b.stalledMs,
    lastSeenInWriteMs: b.lastSeenMs,
    blockedAtLeastMs: blockedMs(b),
    ...run.process?.io ? { writeCallsOfThisProcess: run.process.io.syscw, bytesWrittenByThisProcess: run.process.io.wchar } : {},
    ...run.channel.bytesWaiting !== null ? { bytesWaiting: run.channel.bytesWaiting } : {},
    otherEnd: run.peers.map((p) => ({ pid: p.pid, comm: p.comm, state: p.state, fd: p.fd, access: p.access, activity: p.activity, doing: p.doing })),
    ...run.goroutines ? { goroutinesInWrite: run.goroutines.blockedInWrite.map((g) => `goroutine ${g.id} [${g.state}] ${g.caller ?? g.frames[0] ?? ""}`) } : {}
  };
}
__name(blockedEvidence, "blockedEvidence");
var RESUME_FIX_TITLES = { resumeStoppedReader: "Resume the stopped reader {comm} (pid {pid})" };
function resumeFixes(peers) {
  return peers.filter((p) => p.activity === "stopped" && !p.self).map((p) => ({
    kind: "command",
    title: fixTitle("resumeStoppedReader", { comm: p.comm, pid: p.pid }),
    command: `kill -CONT ${p.pid}`,
    shell: "sh",
    safety: "review"
  }));
}
__name(resumeFixes, "resumeFixes");
var NOTIFY_STEPS = [
  "Call signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) or signal.Ignore(syscall.SIGPIPE) early in main: a write to a closed pipe on fd 1 or 2 then returns EPIPE instead of killing the process.",
  "Check write errors (fmt.Println, bufio.Writer.Flush): on errors.Is(err, syscall.EPIPE) the reader is gone, so stop writing and exit, with status 0 when truncation is expected."
];

// src/rules/hang/gd950-output-pipe-full.ts
var gd950 = defineRule({
  id: "GD950",
  name: "output-pipe-full",
  category: "hang",
  severity: "error",
  title: "Program blocked writing to a full pipe",
  requires: ["hang"],
  messages: {
    simulated: "Under a reader that stops reading, {command} blocks in {syscall}(fd {fd}) once the pipe is full ({waiting}), as every program writing to a pipe does: a paused pager or a parent that waits before reading freezes it the same way.",
    full: "{command}{process} is blocked in {syscall}(fd {fd}), a pipe, for at least {blockedMs} ms: {waiting} and the reading end is not being read ({readers})."
  },
  fixTitles: {
    ...RESUME_FIX_TITLES,
    drainThePipeWhile: "Drain the pipe while the program runs",
    keepASlowReader: "Keep a slow reader from freezing the program"
  },
  sources: ["man:pipe(7)", "https://pkg.go.dev/os/exec#Cmd.StdoutPipe", "https://pkg.go.dev/os#File.SetWriteDeadline", "https://github.com/torvalds/linux/blob/master/fs/pipe.c"],
  fixable: false,
  docs: {
    what: "Reports a process with a thread asleep in write(2) on a pipe (wchan anon_pipe_write or pipe_write) while the process writes no byte at all, and names every process holding the read end with what it is doing. Under `hang run --mode stalled-pipe` godiag itself is the reader that stops, so blocking there is what the program does under that condition (info); a block where another process holds the reader, as with `hang attach` or a child of the program under `--mode drained`, is an error.",
    why: "A pipe holds a fixed amount of data (by default 16 pages: 65536 bytes with 4 KiB pages, pipe(7); F_SETPIPE_SZ changes it); once it is full a blocking write sleeps until a reader makes room, so a reader that waits for the writer first (cmd.Wait before reading StdoutPipe), is stopped (Ctrl-Z, state T) or is too slow freezes the writer with no error.",
    fix: "Drain the pipe while the program runs (read it in a goroutine, or let os/exec collect it with cmd.Stdout = &buf or cmd.Output()); resume or repair a stopped or slow reader; decouple log output from slow consumers with a writer goroutine fed by a bounded channel that drops when full (a bufio.Writer only makes writes fewer: its Flush blocks on a full pipe like any write); bound writes with deadlines on pollable files."
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && r.blocked.target.kind === "pipe").map((run) => {
      const b = run.blocked;
      const waiting = run.channel.bytesWaiting !== null ? `${run.channel.bytesWaiting} bytes wait unread in it (the default capacity is 16 pages, 65536 bytes with 4 KiB pages)` : "the pipe is full";
      const fixes = [
        ...resumeFixes(run.peers),
        {
          kind: "manual",
          title: fixTitle("drainThePipeWhile"),
          url: "https://pkg.go.dev/os/exec#Cmd.StdoutPipe",
          steps: [
            "A Go parent using cmd.StdoutPipe()/StderrPipe() must read them to EOF before cmd.Wait(): start the reads in goroutines, or use cmd.Stdout = &buf or cmd.Output() and let os/exec copy.",
            "A shell pipeline: the consumer must keep reading; find it above (state T = stopped: `fg` or kill -CONT; a pager waiting for a key stops reading)."
          ]
        },
        {
          kind: "manual",
          title: fixTitle("keepASlowReader"),
          url: "https://pkg.go.dev/bufio#Writer.Flush",
          steps: [
            "Decouple: write from one goroutine fed by a bounded channel, and drop (and count) lines when the channel is full, so a slow reader loses output instead of stopping the program.",
            "A bufio.Writer does not decouple anything: it makes writes fewer and larger, but its Flush is a write(2) that blocks on a full pipe like any other.",
            "Bound writes with (*os.File).SetWriteDeadline on pollable files (os.Pipe, sockets); do not set O_NONBLOCK on an inherited stdout, the flag is shared with the reader's side of the open file description."
          ]
        }
      ];
      const simulated = run.mode === "stalled-pipe" && run.peers.every((p) => p.self);
      return {
        messageId: simulated ? "simulated" : "full",
        severity: simulated ? "info" : "error",
        // Under run, the blocked process may be a child of the command (found among its descendants).
        data: {
          command: commandText(run),
          syscall: b.syscall,
          fd: b.fd,
          blockedMs: blockedMs(b),
          waiting,
          readers: readersText(run.peers),
          process: run.command && run.process ? ` (blocked process: pid ${run.process.pid}, ${run.process.comm})` : ""
        },
        evidence: blockedEvidence(run),
        fixes
      };
    });
  }
});

// src/rules/hang/gd951-pty-output-not-drained.ts
var gd951 = defineRule({
  id: "GD951",
  name: "pty-output-not-drained",
  category: "hang",
  severity: "error",
  title: "Program blocked writing to a terminal nobody reads",
  requires: ["hang"],
  messages: {
    blocked: "{command} is blocked in {syscall}(fd {fd}), the terminal {tty}, for at least {blockedMs} ms: the pty master is held by {holders}, which does not drain it.",
    simulated: "On a terminal nobody reads, {command} blocks in {syscall}(fd {fd}) once the terminal's buffer is full, as every program writing to a terminal does: a stalled ssh, tmux or kubectl exec -t client freezes it the same way."
  },
  fixTitles: {
    ...RESUME_FIX_TITLES,
    makeTheTerminalS: "Make the terminal's reader keep up, or drop the terminal"
  },
  sources: ["man:pty(7)", "man:termios(3)", "man:stty(1)", "https://github.com/torvalds/linux/blob/master/drivers/tty/n_tty.c"],
  fixable: false,
  docs: {
    what: "Reports a process with a thread asleep in write(2) on a pseudo-terminal slave (/dev/pts/N) while it writes nothing, and names the process holding the pty master (/dev/ptmx with that tty-index) with what it is doing. Under `hang run --mode pty` godiag leaves the terminal undrained on purpose, so blocking there is what the program does under that condition (info); a real client that stops reading (`hang attach`) is an error.",
    why: "Output to a pty goes through the line discipline into a small kernel buffer that only the master side empties (pty(7)). When the holder of the master (ssh, tmux, script, kubectl exec -t, docker attach, containerd-shim) stops reading, or the terminal is stopped by XOFF (Ctrl-S with ixon), every write sleeps (n_tty_write) and the program freezes.",
    fix: "Repair or resume the client that holds the master; run batch jobs without a terminal (no -t, tty: false) so output goes to a pipe or file; press Ctrl-Q or run `stty -ixon` when flow control stopped the terminal."
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && (r.blocked.target.kind === "pty" || r.blocked.target.kind === "tty")).map((run) => {
      const b = run.blocked;
      const fixes = [
        ...resumeFixes(run.peers),
        {
          kind: "manual",
          title: fixTitle("makeTheTerminalS"),
          url: "https://man7.org/linux/man-pages/man7/pty.7.html",
          steps: [
            "Repair or resume the process holding the master (listed above): a stalled ssh/tmux client, a kubectl exec -t or docker attach whose client stopped reading.",
            "Batch jobs need no terminal: drop -t (docker run/exec, kubectl exec) or set tty: false, so output goes to a pipe or a file and is logged.",
            "If the terminal was stopped with Ctrl-S (XOFF), Ctrl-Q resumes it; `stty -ixon` turns that flow control off."
          ]
        }
      ];
      const simulated = run.mode === "pty";
      return {
        messageId: simulated ? "simulated" : "blocked",
        ...simulated ? { severity: "info" } : {},
        data: { command: commandText(run), syscall: b.syscall, fd: b.fd, tty: b.target.target, blockedMs: blockedMs(b), holders: readersText(run.peers) },
        evidence: blockedEvidence(run),
        fixes
      };
    });
  }
});

// src/rules/hang/gd952-killed-by-sigpipe.ts
var gd952 = defineRule({
  id: "GD952",
  name: "killed-by-sigpipe",
  category: "hang",
  severity: "warning",
  title: "Program killed by SIGPIPE when its reader went away",
  requires: ["hang"],
  messages: {
    killed: "{command} was killed by SIGPIPE (exit status 141 in a shell) after the reader of fd {fds} closed its end ({bytes} bytes read first): it wrote to a broken pipe on stdout or stderr without signal.Notify for SIGPIPE."
  },
  fixTitles: {
    turnSigpipeIntoEpipe: "Turn SIGPIPE into EPIPE and stop cleanly",
    orAcceptTheConventional: "Or accept the conventional death under `| head`"
  },
  sources: ["https://pkg.go.dev/os/signal#hdr-SIGPIPE", "src/os/signal/doc.go", "man:pipe(7)", "man:signal(7)"],
  fixable: false,
  docs: {
    what: "Reports a program that died of SIGPIPE after the reading end of its output pipe was closed, as under `prog | head -1` or when a log collector restarts. Under `hang run --mode closed-pipe` this is reported as what the program does under that condition (info): it is Go's default; elsewhere it is a warning.",
    why: "A Go program that has not called signal.Notify for SIGPIPE is killed by it when a write to a broken pipe happens on file descriptor 1 or 2; on other descriptors the write just returns EPIPE (os/signal docs). The process ends at once, with no error message and no deferred cleanup, and a shell reports status 141.",
    fix: "If the program must notice and clean up, call signal.Notify(c, syscall.SIGPIPE) (or signal.Ignore) so writes return EPIPE, and handle errors.Is(err, syscall.EPIPE). If dying quietly under `| head` is fine, make the caller accept 141 (pipefail)."
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.outcome.kind === "exited" && r.outcome.signal === "SIGPIPE").map((run) => ({
      messageId: "killed",
      // Under the closed-pipe condition this is Go's documented default (and every C program's):
      // what the program does, not a defect. A SIGPIPE death anywhere else lost a reader for real.
      ...run.mode === "closed-pipe" ? { severity: "info" } : {},
      data: { command: commandText(run), fds: run.fds.join(", "), bytes: run.channel.readerClosedAfter ?? run.channel.bytesRead },
      evidence: { mode: run.mode, exitSignal: "SIGPIPE", wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter },
      fixes: [
        { kind: "manual", title: fixTitle("turnSigpipeIntoEpipe"), steps: NOTIFY_STEPS, url: "https://pkg.go.dev/os/signal#hdr-SIGPIPE" },
        { kind: "manual", title: fixTitle("orAcceptTheConventional"), steps: ["A shell with `set -o pipefail` fails the pipeline on 141: allow that status where truncating the output is intended."] }
      ]
    }));
  }
});

// src/rules/hang/gd953-exited-on-epipe.ts
var gd953 = defineRule({
  id: "GD953",
  name: "exited-on-epipe",
  category: "hang",
  severity: "info",
  title: "Write returned EPIPE after the reader went away",
  requires: ["hang"],
  messages: {
    exited: "{command} exited with status {code} after the reader of fd {fds} closed its end: the write returned EPIPE instead of killing it (SIGPIPE caught with signal.Notify or ignored with signal.Ignore, or a descriptor other than 1 and 2) and the program handled the error.{stderr}",
    silent: "{command} exited with status {code} after the reader of fd {fds} closed its end, {said}: a pipeline (set -o pipefail) or a supervisor sees a failure with no reason. The write returned EPIPE (SIGPIPE caught with signal.Notify or ignored with signal.Ignore, or a descriptor other than 1 and 2).",
    ignored: "{command} kept running after the reader of fd {fds} closed its end: {calls} write calls failed in {ms} ms and were ignored, so its output is lost."
  },
  fixTitles: {
    exit0WhenTruncation: "Exit 0 when truncation by the reader is expected, or say why",
    exit0WhenTruncation2: "Exit 0 when truncation by the reader is expected",
    checkWriteErrorsAnd: "Check write errors and stop on EPIPE"
  },
  sources: ["https://pkg.go.dev/os/signal#hdr-SIGPIPE", "src/os/signal/doc.go", "src/runtime/signal_unix.go (sigpipe)", "man:pipe(7)", "man:proc(5)"],
  fixable: false,
  docs: {
    what: "Reports how a program reacted when the reading end of its output pipe was closed and its writes returned EPIPE: it exited with a status and a message (handled, info), it exited with a failure status and no message anyone could read (an error: it dies silently), or it kept calling write and ignoring the errors (an error: the write counters in /proc/PID/io show calls without bytes).",
    why: "A write to a pipe with no reader fails with EPIPE. Go turns that into a SIGPIPE death only on fd 1 and 2, and only while SIGPIPE is neither caught (signal.Notify) nor ignored with signal.Ignore (os/signal docs; src/runtime/signal_unix.go sigpipe); otherwise the error reaches the program, and a program that ignores write errors burns CPU and silently drops output.",
    fix: "Check write errors; on errors.Is(err, syscall.EPIPE) stop writing and exit (status 0 when truncation by the reader is expected)."
  },
  check({ hang }) {
    const out = [];
    for (const run of hang.runs) {
      if (run.mode !== "closed-pipe" || run.channel.readerClosedAfter === null) continue;
      const o = run.outcome;
      if (o.kind === "exited" && o.signal === null && o.code !== 0 && o.code !== null) {
        const said = run.stderrTail?.trim().split("\n").filter(Boolean).pop();
        if (!said) {
          out.push({
            messageId: "silent",
            severity: "error",
            data: { command: commandText(run), code: o.code, fds: run.fds.join(", "), said: run.stderrTail === null ? "with its stderr on that same closed pipe, so no message could reach anyone" : "without a word on stderr" },
            evidence: { mode: run.mode, exitCode: o.code, wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter },
            fixes: [{ kind: "manual", title: fixTitle("exit0WhenTruncation"), steps: NOTIFY_STEPS, url: "https://pkg.go.dev/os/signal#hdr-SIGPIPE" }]
          });
          continue;
        }
        out.push({
          messageId: "exited",
          data: { command: commandText(run), code: o.code, fds: run.fds.join(", "), stderr: said ? ` It said: ${said}` : "" },
          evidence: { mode: run.mode, exitCode: o.code, wiredFds: run.fds, readerClosedAfterBytes: run.channel.readerClosedAfter, ...said ? { stderr: said } : {} },
          fixes: [{ kind: "manual", title: fixTitle("exit0WhenTruncation2"), steps: NOTIFY_STEPS, url: "https://pkg.go.dev/os/signal#hdr-SIGPIPE" }]
        });
      } else if (run.failedWrites) {
        out.push({
          messageId: "ignored",
          severity: "error",
          data: { command: commandText(run), fds: run.fds.join(", "), calls: run.failedWrites.calls, ms: run.failedWrites.overMs },
          evidence: { mode: run.mode, failedWriteCalls: run.failedWrites.calls, overMs: run.failedWrites.overMs, bytesWritten: run.process?.io?.wchar ?? null },
          fixes: [{ kind: "manual", title: fixTitle("checkWriteErrorsAnd"), steps: NOTIFY_STEPS, url: "https://pkg.go.dev/os/signal#hdr-SIGPIPE" }]
        });
      }
    }
    return out;
  }
});

// src/rules/hang/gd954-output-socket-full.ts
var gd954 = defineRule({
  id: "GD954",
  name: "output-socket-full",
  category: "hang",
  severity: "error",
  title: "Program blocked writing to a socket nobody reads",
  requires: ["hang"],
  messages: {
    blocked: "{command} is blocked in {syscall}(fd {fd}), a socket ({target}), for at least {blockedMs} ms: the send buffer is full and the receiving side is not reading."
  },
  fixTitles: {
    findTheProcessAt: "Find the process at the other end (the peer is not in /proc; sock_diag has it)",
    makeTheReceiverKeep: "Make the receiver keep reading"
  },
  sources: ["man:unix(7)", "man:socket(7)", "man:ss(8)", "https://github.com/torvalds/linux/blob/master/net/core/sock.c"],
  fixable: false,
  docs: {
    what: "Reports a process with a thread asleep in write(2) on a socket (wait site sock_alloc_send_pskb or sk_stream_wait_memory) while the process writes nothing.",
    why: "A stream socket buffers a bounded amount (net.core.wmem_default and the receiver's queue, socket(7)); when the receiver stops reading, a blocking write sleeps. stdout is a socket when a parent such as Node.js (libuv uses socketpairs for child stdio), systemd (StandardOutput=journal) or a container runtime's log driver collects it, so a stalled collector freezes the program.",
    fix: "Find the receiver with `ss -xp` (Unix sockets) or `ss -tp` (TCP) and repair or restart it; a parent must keep reading its child's stdout; for services, check the journal or log driver."
  },
  check({ hang }) {
    return hang.runs.filter((r) => r.blocked && r.blocked.target.kind === "socket").map((run) => {
      const b = run.blocked;
      const inode = /^socket:\[(\d+)\]$/.exec(b.target.target)?.[1];
      return {
        messageId: "blocked",
        data: { command: commandText(run), syscall: b.syscall, fd: b.fd, target: b.target.target, blockedMs: blockedMs(b) },
        evidence: blockedEvidence(run),
        fixes: [
          ...inode ? [{ kind: "command", title: fixTitle("findTheProcessAt"), command: `ss -xp | grep -w ${inode}`, shell: "sh", safety: "safe" }] : [],
          { kind: "manual", title: fixTitle("makeTheReceiverKeep"), steps: ["A parent process (Node.js child_process, Python subprocess) must read the child's stdout continuously, not after it exits.", "A service logging to journald or a container log driver: check that the collector runs and is not stalled (journalctl, docker/containerd logs)."], url: "https://man7.org/linux/man-pages/man7/unix.7.html" }
        ]
      };
    });
  }
});

// src/rules/hang/index.ts
var HANG_RULES = [gd950, gd951, gd952, gd953, gd954];

export {
  HANG_RULES
};
