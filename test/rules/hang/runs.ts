// Builders of observed hang runs, shaped like what src/collectors/hang/run.ts records on Linux.
import type { BlockedWrite, FdTarget, HangRun, Peer } from '../../../src/facts/schema/hang.js';
import { factsWith } from '../../helpers/rules.js';

export function fd(n: number, target: string, kind: FdTarget['kind'], access: FdTarget['access'] = 'write'): FdTarget {
  return { fd: n, target, kind, access, nonBlocking: false, ttyIndex: null };
}

export function blockedOn(target: FdTarget, o: Partial<BlockedWrite> = {}): BlockedWrite {
  return { tid: 4242, fd: target.fd, syscall: 'write', wchan: target.kind === 'pipe' ? 'anon_pipe_write' : 'wait_woken', state: 'S', stalledMs: 600, detectedAtMs: 700, lastSeenMs: 900, target, ...o };
}

export function peer(o: Partial<Peer> & { pid: number; comm: string }): Peer {
  return { state: 'S', fd: 0, access: 'read', activity: 'idle', doing: 'clock_nanosleep (hrtimer_nanosleep)', self: false, ...o };
}

export function hangRun(o: Partial<HangRun> = {}): HangRun {
  return {
    mode: 'stalled-pipe', command: ['./writer'], pid: 4242, fds: [1, 2], outcome: { kind: 'exited', code: 0, signal: null },
    blocked: null, process: null, peers: [],
    channel: { bytesWaiting: null, bytesRead: 0, readerClosedAfter: null, note: '' },
    failedWrites: null, goroutines: null, stderrTail: null, elapsedMs: 800, notes: [], ...o,
  };
}

export const hangFacts = (...runs: HangRun[]) => factsWith({ hang: { runs } });
