import type { Host } from '../host.js';
import type { FdTarget, Peer, ThreadInfo } from '../../facts/schema/hang.js';
import { isReadSyscall, isWriteSyscall } from '../../analyzers/hang/syscalls.js';
import { listPids, readFd, readStat, readThreads } from './procfs.js';

/**
 * Who holds the other end of a pipe or pty, and are they reading it? Linux has no
 * reverse index from a pipe to its holders, so scan /proc/PID/fd of every process
 * (what `lsof` and `fuser` do), then look at the holders' threads.
 */

/** Does this fd link name the same object as the blocked fd (pipe inode, FIFO path, or pty master of pts N)? */
function sameObject(link: string, blocked: FdTarget): boolean {
  if (blocked.kind === 'pipe') return link === blocked.target || link === blocked.target.replace(/ \(deleted\)$/, '');
  if (blocked.kind === 'pty') return link === '/dev/ptmx' || link === '/dev/pts/ptmx';
  return false;
}

/** What a reader's threads are doing, in the terms the finding needs. */
export function activityOf(state: string, threads: readonly ThreadInfo[], fd: number): Pick<Peer, 'activity' | 'doing'> {
  const doing = [...new Set(threads.map((t) => t.syscall ? `${t.syscall.name}${t.wchan ? ` (${t.wchan})` : ''}` : t.state === 'R' ? 'running' : t.wchan || t.state))].join(', ');
  if (state === 'T' || state === 't') return { activity: 'stopped', doing: `stopped (${state === 'T' ? 'by a signal, e.g. Ctrl-Z' : 'by a tracer'})` };
  if (threads.some((t) => t.syscall && isReadSyscall(t.syscall.name) && t.syscall.fd === fd)) return { activity: 'reading', doing };
  if (threads.some((t) => t.state === 'R')) return { activity: 'busy', doing };
  if (threads.some((t) => t.syscall && isWriteSyscall(t.syscall.name) && t.state !== 'R')) return { activity: 'writing', doing };
  if (threads.every((t) => t.syscallError)) return { activity: 'unknown', doing: doing || 'threads unreadable' };
  return { activity: 'idle', doing };
}

export async function findPeers(host: Host, blocked: FdTarget, exclude: number, selfPid = process.pid): Promise<Peer[]> {
  if (blocked.kind !== 'pipe' && blocked.kind !== 'pty') return [];
  const pids = (await listPids(host)).filter((p) => p !== exclude);
  const peers: Peer[] = [];
  await Promise.all(pids.map(async (pid) => {
    const names = await host.readdir(`/proc/${pid}/fd`);
    if (!names) return;
    for (const n of names) {
      const link = await host.readlink(`/proc/${pid}/fd/${n}`);
      if (link === null || !sameObject(link, blocked)) continue;
      const fd = await readFd(host, pid, Number(n));
      if (blocked.kind === 'pty' && fd.ttyIndex !== Number(/\d+$/.exec(blocked.target)?.[0])) continue;
      // The writers of a pipe are not its readers.
      if (blocked.kind === 'pipe' && fd.access === 'write') continue;
      const [stat, threads] = await Promise.all([readStat(host, pid), readThreads(host, pid)]);
      if (!stat) continue;
      peers.push({ pid, comm: stat.comm, state: stat.state, fd: fd.fd, access: fd.access, ...activityOf(stat.state, threads, fd.fd), self: pid === selfPid });
    }
  }));
  return peers.sort((a, b) => a.pid - b.pid);
}
