import type { HangRun } from '../../facts/schema/hang.js';
import type { ReportSection } from '../model.js';

/** The condition each mode puts the program under, in words. */
const CONDITIONS: Record<HangRun['mode'], string> = {
  'stalled-pipe': 'a reader that stops reading',
  'closed-pipe': 'a reader that reads 4096 bytes and closes (| head -c 4096)',
  pty: 'a terminal nobody reads',
  drained: 'a reader that keeps up',
  attach: 'as it runs',
};

/** What the program did under the run's condition, in one line (the findings judge it). */
export function behaviour(r: HangRun): string {
  const o = r.outcome;
  const b = r.blocked;
  if (o.kind === 'failed') return `could not start: ${o.error}`;
  if (b) {
    const where = `${b.syscall}(fd ${b.fd}) on ${b.target.kind === 'pty' || b.target.kind === 'tty' ? 'the terminal' : `a ${b.target.kind}`}`;
    if (r.mode === 'stalled-pipe' || r.mode === 'pty') return `blocks in ${where} once it is full, as every blocking writer does`;
    return `blocks in ${where}${r.mode === 'drained' ? ' although godiag kept reading its output' : ''}`;
  }
  if (o.kind === 'exited') {
    if (o.signal === 'SIGPIPE') return 'killed by SIGPIPE when the reader went away (Go\'s default on fd 1 and 2; a shell shows status 141)';
    if (o.signal) return `killed by ${o.signal}`;
    if (o.code === 0) return 'finishes with status 0';
    const said = r.stderrTail?.trim().split('\n').filter(Boolean).pop();
    return `exits with status ${o.code}${r.mode === 'closed-pipe' && r.channel.readerClosedAfter !== null ? ' after its write failed with EPIPE' : ''}${said ? `, saying: ${said}` : r.stderrTail === null ? ' (its stderr went to the same pipe)' : ', saying nothing'}`;
  }
  if (r.failedWrites) return `keeps running, ignoring ${r.failedWrites.calls} failed writes`;
  return r.mode === 'attach' ? 'running, not blocked in a write' : 'still running at the timeout, not blocked in a write';
}

/** One line per condition first: what the program does under each; then a section per run. */
export function hangSections(runs: readonly HangRun[]): ReportSection[] {
  const summary: ReportSection = { title: 'What the program does', lines: runs.map((r) => `  under ${CONDITIONS[r.mode]} (${r.mode}): ${behaviour(r)}`) };
  return [summary, ...runs.map((r) => {
    const lines: string[] = [];
    const o = r.outcome;
    lines.push(`  outcome: ${o.kind === 'exited' ? (o.signal ? `killed by ${o.signal}` : `exited with status ${o.code}`) : o.kind === 'failed' ? `failed to start: ${o.error}` : o.kind === 'blocked' ? 'blocked in a write' : 'still running, not blocked in a write'} (after ${r.elapsedMs} ms)`);
    if (o.kind === 'exited' && o.code === 0 && !o.signal) lines.push('  no problem: it finished with this reader');
    if (r.process) {
      const counts = new Map<string, number>();
      for (const t of r.process.threads) {
        const k = t.syscall ? `${t.syscall.name}${t.syscall.fd !== null && /write|read/.test(t.syscall.name) ? `(fd ${t.syscall.fd})` : ''}` : t.state === 'R' ? 'running' : t.wchan || t.state;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const summary = [...counts].map(([k, n]) => (n > 1 ? `${k} x${n}` : k)).join(', ');
      lines.push(`  process: ${r.process.comm} pid ${r.process.pid}, state ${r.process.state}, ${r.process.threads.length} thread(s): ${summary}`);
    }
    if (r.blocked) {
      const b = r.blocked;
      const first = b.detectedAtMs - b.stalledMs;
      lines.push(`  blocked: thread ${b.tid} (state ${b.state}) in ${b.syscall}(fd ${b.fd}) at ${b.wchan || '?'}: first seen there ${first} ms after start, still there at ${b.lastSeenMs} ms when godiag stopped it (blocked at least ${b.lastSeenMs - first} ms)`);
    }
    // stdio and the stuck fd; an attached server may have thousands of others.
    const shown = (r.process?.fds ?? []).filter((f) => f.fd <= 2 || r.fds.includes(f.fd));
    for (const f of shown) lines.push(`  fd ${f.fd} -> ${f.target} (${f.kind}${f.access ? `, ${f.access}` : ''}${f.nonBlocking ? ', O_NONBLOCK' : ''})`);
    // /proc/PID/io counts this one process's write-family calls to every descriptor (eventfds, files), not its children's.
    if (r.process?.io) lines.push(`  write calls by pid ${r.process.pid} (/proc/${r.process.pid}/io, to any descriptor, children not counted): ${r.process.io.syscw} calls, ${r.process.io.wchar} bytes`);
    if (r.channel.bytesWaiting !== null) lines.push(`  the pipe holds ${r.channel.bytesWaiting} unread bytes (${r.channel.note})`);
    if (r.channel.readerClosedAfter !== null) lines.push(`  reader closed its end after ${r.channel.readerClosedAfter} bytes`);
    if (r.mode === 'drained') lines.push(`  bytes read: ${r.channel.bytesRead}`);
    for (const p of r.peers) lines.push(`  other end: ${p.self ? 'godiag (this process, not reading on purpose)' : `${p.comm} pid ${p.pid}`} fd ${p.fd} (${p.access ?? '?'}), state ${p.state}, ${p.activity}: ${p.doing}`);
    if (r.blocked && r.peers.length === 0) lines.push('  other end: no process holds it for reading');
    if (r.goroutines) {
      lines.push(`  goroutines: ${r.goroutines.note}; ${r.goroutines.total} goroutines, ${r.goroutines.blockedInWrite.length} in a write`);
      for (const g of r.goroutines.blockedInWrite) lines.push(`    goroutine ${g.id} [${g.state}]: ${g.frames.slice(0, 6).join(' <- ')}${g.caller ? ` (from ${g.caller})` : ''}`);
    }
    if (r.stderrTail?.trim()) lines.push(`  stderr: ${r.stderrTail.trim().split('\n').slice(-3).join(' | ')}`);
    for (const n of r.notes) lines.push(`  note: ${n}`);
    const what = r.command ? r.command.join(' ') : `pid ${r.pid}`;
    return { title: `${r.mode}: ${what.length > 70 ? `${what.slice(0, 67)}...` : what}`, lines };
  })];
}
