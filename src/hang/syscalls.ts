/**
 * The few syscall numbers /proc/PID/syscall needs decoding for. Numbers differ per
 * architecture (arch/x86/entry/syscalls/syscall_64.tbl; arm64 and riscv64 use the
 * generic table include/uapi/asm-generic/unistd.h).
 */
const TABLES: Record<string, Record<number, string>> = {
  x64: { 0: 'read', 1: 'write', 7: 'poll', 17: 'pread64', 18: 'pwrite64', 19: 'readv', 20: 'writev', 23: 'select', 202: 'futex', 232: 'epoll_wait', 270: 'pselect6', 271: 'ppoll', 281: 'epoll_pwait', 35: 'nanosleep', 230: 'clock_nanosleep', 61: 'wait4' },
  arm64: { 63: 'read', 64: 'write', 65: 'readv', 66: 'writev', 67: 'pread64', 68: 'pwrite64', 72: 'pselect6', 73: 'ppoll', 22: 'epoll_pwait', 98: 'futex', 101: 'nanosleep', 115: 'clock_nanosleep', 260: 'wait4' },
};
TABLES.riscv64 = TABLES.arm64!;

export function syscallName(nr: number, arch: string = process.arch): string {
  return TABLES[arch]?.[nr] ?? `syscall ${nr}`;
}

const WRITES = new Set(['write', 'writev', 'pwrite64']);
const READS = new Set(['read', 'readv', 'pread64']);

export const isWriteSyscall = (name: string) => WRITES.has(name);
export const isReadSyscall = (name: string) => READS.has(name);
