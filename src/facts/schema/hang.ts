import { z } from 'zod';

/** What a file descriptor points at, from readlink(/proc/PID/fd/N) and fdinfo. */
export const FdTargetSchema = z.object({
  fd: z.number(),
  /** The link text: pipe:[123], /dev/pts/4, socket:[9], /tmp/x (deleted) ... */
  target: z.string(),
  kind: z.enum(['pipe', 'pty', 'tty', 'file', 'socket', 'null', 'other', 'closed']),
  /** O_ACCMODE from fdinfo flags: which end of a pipe this is. */
  access: z.enum(['read', 'write', 'read-write']).nullable(),
  nonBlocking: z.boolean().nullable(),
  /** tty-index of a /dev/ptmx (pty master) fd, from fdinfo. */
  ttyIndex: z.number().nullable(),
});
export type FdTarget = z.infer<typeof FdTargetSchema>;

export const ThreadSchema = z.object({
  tid: z.number(),
  /** /proc/PID/task/TID/stat field 3: R running, S sleeping, D disk wait, T stopped, Z zombie ... */
  state: z.string(),
  /** Kernel function the thread sleeps in (anon_pipe_write, wait_woken ...), '' when running. */
  wchan: z.string(),
  /** Decoded /proc/PID/task/TID/syscall; null when running or unreadable. */
  syscall: z.object({ nr: z.number(), name: z.string(), fd: z.number().nullable() }).nullable(),
  /** Why syscall could not be read (EPERM without ptrace rights), when so. */
  syscallError: z.string().nullable(),
});
export type ThreadInfo = z.infer<typeof ThreadSchema>;

export const ProcSnapshotSchema = z.object({
  pid: z.number(),
  comm: z.string(),
  state: z.string(),
  ppid: z.number(),
  pgrp: z.number(),
  threads: z.array(ThreadSchema),
  fds: z.array(FdTargetSchema),
  /** /proc/PID/io: bytes and calls of write(2)-family syscalls so far. */
  io: z.object({ wchar: z.number(), syscw: z.number() }).nullable(),
});
export type ProcSnapshot = z.infer<typeof ProcSnapshotSchema>;

/** A process holding the other end of the blocked pipe or pty, and what it is doing. */
export const PeerSchema = z.object({
  pid: z.number(),
  comm: z.string(),
  state: z.string(),
  fd: z.number(),
  access: z.enum(['read', 'write', 'read-write']).nullable(),
  /** reading: a thread sits in read() on this fd; stopped: state T; writing: itself stuck in a write; busy: running; idle: asleep elsewhere. */
  activity: z.enum(['reading', 'stopped', 'writing', 'busy', 'idle', 'unknown']),
  /** What its threads are in, e.g. "poll (poll_schedule_timeout)". */
  doing: z.string(),
  /** This very godiag process (stalled-pipe mode holds the read end on purpose). */
  self: z.boolean(),
});
export type Peer = z.infer<typeof PeerSchema>;

export const BlockedWriteSchema = z.object({
  tid: z.number(),
  fd: z.number(),
  syscall: z.string(),
  wchan: z.string(),
  state: z.string(),
  /** How long the thread sat in that write with no byte written by the process. */
  stalledMs: z.number(),
  /** Milliseconds from start until the stall was reported; the thread was first seen in the write at detectedAtMs - stalledMs. */
  detectedAtMs: z.number(),
  /** The last look that still found the thread in that write (when godiag stopped the program). */
  lastSeenMs: z.number(),
  target: FdTargetSchema,
});
export type BlockedWrite = z.infer<typeof BlockedWriteSchema>;

export const GoroutineSchema = z.object({
  id: z.number(),
  state: z.string(),
  /** Function names, innermost first. */
  frames: z.array(z.string()),
  /** The first frame outside the runtime and standard I/O packages, with file:line. */
  caller: z.string().nullable(),
});
export type Goroutine = z.infer<typeof GoroutineSchema>;

export const HANG_MODES = ['stalled-pipe', 'closed-pipe', 'pty', 'drained'] as const;
export type HangMode = (typeof HANG_MODES)[number];

export const HangRunSchema = z.object({
  mode: z.enum([...HANG_MODES, 'attach']),
  command: z.array(z.string()).nullable(),
  pid: z.number().nullable(),
  /** The descriptors wired to the mode's pipe or pty. */
  fds: z.array(z.number()),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('exited'), code: z.number().nullable(), signal: z.string().nullable() }),
    z.object({ kind: z.literal('blocked') }),
    /** Still running at the timeout (or attached and not blocked). */
    z.object({ kind: z.literal('running') }),
    z.object({ kind: z.literal('failed'), error: z.string() }),
  ]),
  blocked: BlockedWriteSchema.nullable(),
  process: ProcSnapshotSchema.nullable(),
  peers: z.array(PeerSchema),
  channel: z.object({
    /** Bytes found unread in our end of the pipe once the writer was stopped; null when not measurable. */
    bytesWaiting: z.number().nullable(),
    /** Bytes the reader consumed (drained mode, or the head read before closing). */
    bytesRead: z.number(),
    /** closed-pipe: the reader closed its end after this many bytes. */
    readerClosedAfter: z.number().nullable(),
    /** How bytesWaiting was measured or why not. */
    note: z.string(),
  }),
  /** After the reader closed: write calls that kept failing (syscw grew, wchar did not). */
  failedWrites: z.object({ calls: z.number(), overMs: z.number() }).nullable(),
  goroutines: z.object({
    /** SIGQUIT was sent (ends the program). */
    sent: z.boolean(),
    total: z.number(),
    blockedInWrite: z.array(GoroutineSchema),
    note: z.string(),
  }).nullable(),
  /** Last bytes of stderr when godiag captured it (fd 2 not wired to the mode). */
  stderrTail: z.string().nullable(),
  elapsedMs: z.number(),
  notes: z.array(z.string()),
});
export type HangRun = z.infer<typeof HangRunSchema>;

export const HangSchema = z.object({
  runs: z.array(HangRunSchema),
});
export type HangFacts = z.infer<typeof HangSchema>;
