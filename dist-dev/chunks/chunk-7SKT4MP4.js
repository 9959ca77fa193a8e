import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-7FXIZZF3.js";

// src/facts/schema/hang.ts
var FdTargetSchema = external_exports.object({
  fd: external_exports.number(),
  /** The link text: pipe:[123], /dev/pts/4, socket:[9], /tmp/x (deleted) ... */
  target: external_exports.string(),
  kind: external_exports.enum(["pipe", "pty", "tty", "file", "socket", "null", "other", "closed"]),
  /** O_ACCMODE from fdinfo flags: which end of a pipe this is. */
  access: external_exports.enum(["read", "write", "read-write"]).nullable(),
  nonBlocking: external_exports.boolean().nullable(),
  /** tty-index of a /dev/ptmx (pty master) fd, from fdinfo. */
  ttyIndex: external_exports.number().nullable()
});
var ThreadSchema = external_exports.object({
  tid: external_exports.number(),
  /** /proc/PID/task/TID/stat field 3: R running, S sleeping, D disk wait, T stopped, Z zombie ... */
  state: external_exports.string(),
  /** Kernel function the thread sleeps in (anon_pipe_write, wait_woken ...), '' when running. */
  wchan: external_exports.string(),
  /** Decoded /proc/PID/task/TID/syscall; null when running or unreadable. */
  syscall: external_exports.object({ nr: external_exports.number(), name: external_exports.string(), fd: external_exports.number().nullable() }).nullable(),
  /** Why syscall could not be read (EPERM without ptrace rights), when so. */
  syscallError: external_exports.string().nullable()
});
var ProcSnapshotSchema = external_exports.object({
  pid: external_exports.number(),
  comm: external_exports.string(),
  state: external_exports.string(),
  ppid: external_exports.number(),
  pgrp: external_exports.number(),
  threads: external_exports.array(ThreadSchema),
  fds: external_exports.array(FdTargetSchema),
  /** /proc/PID/io: bytes and calls of write(2)-family syscalls so far. */
  io: external_exports.object({ wchar: external_exports.number(), syscw: external_exports.number() }).nullable()
});
var PeerSchema = external_exports.object({
  pid: external_exports.number(),
  comm: external_exports.string(),
  state: external_exports.string(),
  fd: external_exports.number(),
  access: external_exports.enum(["read", "write", "read-write"]).nullable(),
  /** reading: a thread sits in read() on this fd; stopped: state T; writing: itself stuck in a write; busy: running; idle: asleep elsewhere. */
  activity: external_exports.enum(["reading", "stopped", "writing", "busy", "idle", "unknown"]),
  /** What its threads are in, e.g. "poll (poll_schedule_timeout)". */
  doing: external_exports.string(),
  /** This very godiag process (stalled-pipe mode holds the read end on purpose). */
  self: external_exports.boolean()
});
var BlockedWriteSchema = external_exports.object({
  tid: external_exports.number(),
  fd: external_exports.number(),
  syscall: external_exports.string(),
  wchan: external_exports.string(),
  state: external_exports.string(),
  /** How long the thread sat in that write with no byte written by the process. */
  stalledMs: external_exports.number(),
  /** Milliseconds from start until the stall was reported; the thread was first seen in the write at detectedAtMs - stalledMs. */
  detectedAtMs: external_exports.number(),
  /** The last look that still found the thread in that write (when godiag stopped the program). */
  lastSeenMs: external_exports.number(),
  target: FdTargetSchema
});
var GoroutineSchema = external_exports.object({
  id: external_exports.number(),
  state: external_exports.string(),
  /** Function names, innermost first. */
  frames: external_exports.array(external_exports.string()),
  /** The first frame outside the runtime and standard I/O packages, with file:line. */
  caller: external_exports.string().nullable()
});
var HANG_MODES = ["stalled-pipe", "closed-pipe", "pty", "drained"];
var HangRunSchema = external_exports.object({
  mode: external_exports.enum([...HANG_MODES, "attach"]),
  command: external_exports.array(external_exports.string()).nullable(),
  pid: external_exports.number().nullable(),
  /** The descriptors wired to the mode's pipe or pty. */
  fds: external_exports.array(external_exports.number()),
  outcome: external_exports.discriminatedUnion("kind", [
    external_exports.object({ kind: external_exports.literal("exited"), code: external_exports.number().nullable(), signal: external_exports.string().nullable() }),
    external_exports.object({ kind: external_exports.literal("blocked") }),
    /** Still running at the timeout (or attached and not blocked). */
    external_exports.object({ kind: external_exports.literal("running") }),
    external_exports.object({ kind: external_exports.literal("failed"), error: external_exports.string() })
  ]),
  blocked: BlockedWriteSchema.nullable(),
  process: ProcSnapshotSchema.nullable(),
  peers: external_exports.array(PeerSchema),
  channel: external_exports.object({
    /** Bytes found unread in our end of the pipe once the writer was stopped; null when not measurable. */
    bytesWaiting: external_exports.number().nullable(),
    /** Bytes the reader consumed (drained mode, or the head read before closing). */
    bytesRead: external_exports.number(),
    /** closed-pipe: the reader closed its end after this many bytes. */
    readerClosedAfter: external_exports.number().nullable(),
    /** How bytesWaiting was measured or why not. */
    note: external_exports.string()
  }),
  /** After the reader closed: write calls that kept failing (syscw grew, wchar did not). */
  failedWrites: external_exports.object({ calls: external_exports.number(), overMs: external_exports.number() }).nullable(),
  goroutines: external_exports.object({
    /** SIGQUIT was sent (ends the program). */
    sent: external_exports.boolean(),
    total: external_exports.number(),
    blockedInWrite: external_exports.array(GoroutineSchema),
    note: external_exports.string()
  }).nullable(),
  /** Last bytes of stderr when godiag captured it (fd 2 not wired to the mode). */
  stderrTail: external_exports.string().nullable(),
  elapsedMs: external_exports.number(),
  notes: external_exports.array(external_exports.string())
});
var HangSchema = external_exports.object({
  runs: external_exports.array(HangRunSchema)
});

export {
  HANG_MODES,
  HangSchema
};
