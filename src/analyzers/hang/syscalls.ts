import { SYSCALL_NAMES } from './syscall-table.js';

/**
 * Names for the numbers in /proc/PID/syscall. Numbers differ per architecture; the table is
 * generated from Go's vendored golang.org/x/sys/unix (scripts/gen-syscalls.ts), which follows
 * arch/x86/entry/syscalls/syscall_64.tbl and include/uapi/asm-generic/unistd.h.
 */
const decoded = new Map<string, string[]>();

export function syscallName(nr: number, arch: string = process.arch): string {
  let names = decoded.get(arch);
  if (!names && SYSCALL_NAMES[arch] !== undefined) {
    names = SYSCALL_NAMES[arch]!.split(' ');
    decoded.set(arch, names);
  }
  return names?.[nr] || `syscall ${nr} (unknown on ${arch})`;
}

const WRITES = new Set(['write', 'writev', 'pwrite64', 'pwritev', 'pwritev2', 'sendto', 'sendmsg']);
const READS = new Set(['read', 'readv', 'pread64', 'preadv', 'preadv2', 'recvfrom', 'recvmsg']);

export const isWriteSyscall = (name: string) => WRITES.has(name);
export const isReadSyscall = (name: string) => READS.has(name);
