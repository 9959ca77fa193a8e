import type { Host } from '../host.js';
import type { FdTarget, ProcSnapshot, ThreadInfo } from '../../facts/schema/hang.js';
import { syscallName } from '../../analyzers/hang/syscalls.js';

/**
 * Readers for Linux /proc (man:proc(5)). Every read goes through Host so a recorded
 * /proc tree drives the same code; a vanished process reads as null, never a throw.
 */

export interface ProcStat {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  pgrp: number;
}

/** Parse /proc/PID/stat; comm may contain spaces and parentheses, so split at the last ')'. */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const rest = text.slice(close + 2).split(' ');
  const pid = Number(text.slice(0, open).trim());
  const [state, ppid, pgrp] = [rest[0], Number(rest[1]), Number(rest[2])];
  if (!state || !Number.isFinite(pid) || !Number.isFinite(ppid)) return null;
  return { pid, comm: text.slice(open + 1, close), state, ppid, pgrp };
}

/** Parse /proc/PID/syscall: "NR arg0 ... sp pc", "running", or "-1 sp pc" (not in a syscall). */
export function parseSyscall(text: string, arch?: string): ThreadInfo['syscall'] {
  const parts = text.trim().split(/\s+/);
  if (parts[0] === 'running' || parts.length < 3) return null;
  const nr = Number(parts[0]);
  if (!Number.isInteger(nr) || nr < 0) return null;
  const name = syscallName(nr, arch);
  const arg0 = parts.length >= 8 ? Number.parseInt(parts[1]!, 16) : NaN;
  return { nr, name, fd: Number.isFinite(arg0) && arg0 < 1 << 20 ? arg0 : null };
}

export interface FdInfo {
  flags: number | null;
  ttyIndex: number | null;
}

export function parseFdinfo(text: string): FdInfo {
  const flags = /^flags:\s+([0-7]+)$/m.exec(text);
  const tty = /^tty-index:\s+(\d+)$/m.exec(text);
  return { flags: flags ? Number.parseInt(flags[1]!, 8) : null, ttyIndex: tty ? Number(tty[1]) : null };
}

const O_ACCMODE = 0o3;
const O_NONBLOCK = 0o4000;

/** What kind of object a /proc/PID/fd link names. */
export function fdKind(target: string, isFifo = false): FdTarget['kind'] {
  if (target.startsWith('pipe:[') || isFifo) return 'pipe';
  if (target.startsWith('socket:[')) return 'socket';
  if (/^\/dev\/pts\/\d+$/.test(target) || target === '/dev/ptmx' || target === '/dev/pts/ptmx') return 'pty';
  if (/^\/dev\/(tty\w*|console)$/.test(target)) return 'tty';
  if (target === '/dev/null') return 'null';
  if (target.startsWith('/')) return 'file';
  return 'other';
}

export function describeFd(fd: number, target: string | null, info: FdInfo | null, isFifo: boolean): FdTarget {
  if (target === null) return { fd, target: '(closed)', kind: 'closed', access: null, nonBlocking: null, ttyIndex: null };
  const acc = info?.flags == null ? null : info.flags & O_ACCMODE;
  return {
    fd,
    target,
    kind: fdKind(target, isFifo),
    access: acc === null ? null : acc === 0 ? 'read' : acc === 1 ? 'write' : 'read-write',
    nonBlocking: info?.flags == null ? null : (info.flags & O_NONBLOCK) !== 0,
    ttyIndex: info?.ttyIndex ?? null,
  };
}

export async function readStat(host: Host, pid: number, tid?: number): Promise<ProcStat | null> {
  const p = tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
  const text = await host.readText(p, 4096);
  return text ? parseStat(text) : null;
}

export async function readFd(host: Host, pid: number, fd: number): Promise<FdTarget> {
  const link = await host.readlink(`/proc/${pid}/fd/${fd}`);
  if (link === null) return describeFd(fd, null, null, false);
  const info = await host.readText(`/proc/${pid}/fdinfo/${fd}`, 4096);
  // A named FIFO shows its path; only stat tells it is a pipe.
  const st = link.startsWith('/') && !link.startsWith('/dev/') ? await host.stat(`/proc/${pid}/fd/${fd}`) : undefined;
  const described = describeFd(fd, link, info ? parseFdinfo(info) : null, !!st?.isFIFO);
  // Unknowable once the process is gone: say so rather than guess "file".
  return st === null ? { ...described, kind: 'other' } : described;
}

export async function readFds(host: Host, pid: number, only?: readonly number[]): Promise<FdTarget[]> {
  const names = only ? only.map(String) : (await host.readdir(`/proc/${pid}/fd`)) ?? [];
  const fds = names.map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  return Promise.all(fds.map((fd) => readFd(host, pid, fd)));
}

export async function readThread(host: Host, pid: number, tid: number): Promise<ThreadInfo | null> {
  const base = `/proc/${pid}/task/${tid}`;
  const [stat, wchan, sys] = await Promise.all([
    readStat(host, pid, tid),
    host.readText(`${base}/wchan`, 256),
    host.readText(`${base}/syscall`, 512),
  ]);
  if (!stat) return null;
  return {
    tid,
    state: stat.state,
    wchan: wchan === null || wchan === '0' ? '' : wchan.trim(),
    syscall: sys === null ? null : parseSyscall(sys),
    syscallError: sys === null ? 'unreadable (needs ptrace access: same user and, with Yama ptrace_scope=1, an ancestor or root)' : null,
  };
}

export async function readThreads(host: Host, pid: number): Promise<ThreadInfo[]> {
  const tids = ((await host.readdir(`/proc/${pid}/task`)) ?? []).map(Number).filter(Number.isInteger);
  const threads = await Promise.all(tids.map((t) => readThread(host, pid, t)));
  return threads.filter((t): t is ThreadInfo => t !== null);
}

export async function readIo(host: Host, pid: number): Promise<ProcSnapshot['io']> {
  const text = await host.readText(`/proc/${pid}/io`, 4096);
  if (!text) return null;
  const wchar = /^wchar:\s+(\d+)$/m.exec(text);
  const syscw = /^syscw:\s+(\d+)$/m.exec(text);
  return wchar && syscw ? { wchar: Number(wchar[1]), syscw: Number(syscw[1]) } : null;
}

/** One look at a process: its state, every thread, the chosen fds, write counters. */
export async function snapshot(host: Host, pid: number, fds?: readonly number[]): Promise<ProcSnapshot | null> {
  const stat = await readStat(host, pid);
  if (!stat) return null;
  const [threads, fdList, io] = await Promise.all([readThreads(host, pid), readFds(host, pid, fds), readIo(host, pid)]);
  return { pid, comm: stat.comm, state: stat.state, ppid: stat.ppid, pgrp: stat.pgrp, threads, fds: fdList, io };
}

/** Every pid in /proc. */
export async function listPids(host: Host): Promise<number[]> {
  return ((await host.readdir('/proc')) ?? []).filter((n) => /^\d+$/.test(n)).map(Number);
}

/**
 * Descendants of a pid. /proc/PID/task/TID/children (CONFIG_PROC_CHILDREN) walks only the
 * tree; without it, fall back to the ppid field of every /proc/PID/stat.
 */
export async function descendants(host: Host, root: number): Promise<ProcStat[]> {
  const viaChildren = await descendantsViaChildren(host, root);
  if (viaChildren) return viaChildren;
  const stats = (await Promise.all((await listPids(host)).map((p) => readStat(host, p)))).filter((s): s is ProcStat => s !== null);
  const out: ProcStat[] = [];
  const frontier = [root];
  while (frontier.length) {
    const parent = frontier.pop()!;
    for (const s of stats) if (s.ppid === parent && !out.includes(s)) { out.push(s); frontier.push(s.pid); }
  }
  return out;
}

async function descendantsViaChildren(host: Host, root: number): Promise<ProcStat[] | null> {
  if (!(await host.stat(`/proc/${root}/task/${root}/children`))) return null;
  const out: ProcStat[] = [];
  const frontier = [root];
  while (frontier.length) {
    const pid = frontier.pop()!;
    const tids = (await host.readdir(`/proc/${pid}/task`)) ?? [];
    const texts = await Promise.all(tids.map((t) => host.readText(`/proc/${pid}/task/${t}/children`, 64 * 1024)));
    const kids = [...new Set(texts.flatMap((t) => (t ?? '').trim().split(/\s+/).filter(Boolean).map(Number)))];
    for (const k of kids) {
      const st = await readStat(host, k);
      if (st && !out.some((o) => o.pid === k)) { out.push(st); frontier.push(k); }
    }
  }
  return out;
}
