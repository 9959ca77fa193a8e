import type { HangRun, Peer } from '../../facts/schema/hang.js';
import type { Evidence, Fix } from '../../facts/findings.js';
import { fixTitle, type FixDraft } from '../../engine/define-rule.js';

/** Shared wording and evidence for the hang rules (pure helpers, no I/O). */

export function commandText(run: HangRun): string {
  if (!run.command) return run.process ? `${run.process.comm} (pid ${run.pid})` : `pid ${run.pid}`;
  const shown = run.command.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

export function peerText(p: Peer): string {
  if (p.self) return `godiag itself (pid ${p.pid}), holding it unread on purpose`;
  const phrase = { reading: 'reading it', stopped: 'stopped', writing: 'itself stuck writing', busy: 'busy elsewhere', idle: 'asleep elsewhere', unknown: 'in an unknown state' }[p.activity];
  return `${p.comm} (pid ${p.pid}), ${phrase}: ${p.doing}`;
}

/** "no process", one reader, or a list. */
export function readersText(peers: readonly Peer[]): string {
  if (peers.length === 0) return 'no process has it open for reading';
  return peers.map(peerText).join('; ');
}

/**
 * How long the write was seen blocked: from the first look that found the thread in it
 * (detectedAtMs - stalledMs) to the last (lastSeenMs, when godiag stopped the program). A lower
 * bound: it may have entered the write before the first look and would have stayed after.
 */
export function blockedMs(b: NonNullable<HangRun['blocked']>): number {
  return Math.max(b.stalledMs, b.lastSeenMs - (b.detectedAtMs - b.stalledMs));
}

export function blockedEvidence(run: HangRun): Evidence {
  const b = run.blocked!;
  return {
    mode: run.mode,
    pid: run.pid,
    thread: `${b.tid} state ${b.state} in ${b.syscall}(fd ${b.fd}), wchan ${b.wchan || '-'}`,
    fd: `${b.fd} -> ${b.target.target}`,
    firstSeenInWriteMs: b.detectedAtMs - b.stalledMs,
    lastSeenInWriteMs: b.lastSeenMs,
    blockedAtLeastMs: blockedMs(b),
    ...(run.process?.io ? { writeCallsOfThisProcess: run.process.io.syscw, bytesWrittenByThisProcess: run.process.io.wchar } : {}),
    ...(run.channel.bytesWaiting !== null ? { bytesWaiting: run.channel.bytesWaiting } : {}),
    otherEnd: run.peers.map((p) => ({ pid: p.pid, comm: p.comm, state: p.state, fd: p.fd, access: p.access, activity: p.activity, doing: p.doing })),
    ...(run.goroutines ? { goroutinesInWrite: run.goroutines.blockedInWrite.map((g) => `goroutine ${g.id} [${g.state}] ${g.caller ?? g.frames[0] ?? ''}`) } : {}),
  };
}

/** A stopped reader is resumed with SIGCONT; offered only for processes we saw in state T. */
/** Title of resumeFixes, for the fixTitles of the rules that offer them. */
export const RESUME_FIX_TITLES = { resumeStoppedReader: 'Resume the stopped reader {comm} (pid {pid})' };

export function resumeFixes(peers: readonly Peer[]): FixDraft[] {
  return peers.filter((p) => p.activity === 'stopped' && !p.self).map((p) => ({
    kind: 'command', title: fixTitle('resumeStoppedReader', { comm: p.comm, pid: p.pid }), command: `kill -CONT ${p.pid}`, shell: 'sh', safety: 'review',
  }));
}

/** Steps for programs that should notice a vanished reader instead of dying. */
export const NOTIFY_STEPS = [
  'Call signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) or signal.Ignore(syscall.SIGPIPE) early in main: a write to a closed pipe on fd 1 or 2 then returns EPIPE instead of killing the process.',
  'Check write errors (fmt.Println, bufio.Writer.Flush): on errors.Is(err, syscall.EPIPE) the reader is gone, so stop writing and exit, with status 0 when truncation is expected.',
];
