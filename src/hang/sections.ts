import type { HangRun } from '../facts/schema/hang.js';
import type { ReportSection } from '../report/model.js';

/** Human summary of each run: what happened, where it blocked, who holds the other end. */
export function hangSections(runs: readonly HangRun[]): ReportSection[] {
  return runs.map((r) => {
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
      lines.push(`  blocked: thread ${b.tid} (state ${b.state}) in ${b.syscall}(fd ${b.fd}) at ${b.wchan || '?'} for ${b.stalledMs} ms, reported ${b.detectedAtMs} ms after start`);
    }
    // stdio and the stuck fd; an attached server may have thousands of others.
    const shown = (r.process?.fds ?? []).filter((f) => f.fd <= 2 || r.fds.includes(f.fd));
    for (const f of shown) lines.push(`  fd ${f.fd} -> ${f.target} (${f.kind}${f.access ? `, ${f.access}` : ''}${f.nonBlocking ? ', O_NONBLOCK' : ''})`);
    if (r.process?.io) lines.push(`  written so far: ${r.process.io.wchar} bytes in ${r.process.io.syscw} write calls`);
    if (r.channel.bytesWaiting !== null) lines.push(`  bytes waiting in the pipe: ${r.channel.bytesWaiting} (${r.channel.note})`);
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
  });
}
