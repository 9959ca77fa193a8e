import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  HANG_RULES
} from "./chunk-76J5DVE5.js";
import {
  HANG_MODES
} from "./chunk-7SKT4MP4.js";
import "./chunk-7FXIZZF3.js";
import {
  factsOf,
  loadUserConfig,
  runCommand
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  parseFailOn,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  makeTempDir,
  remove
} from "./chunk-77TINIMA.js";
import {
  LocalHost
} from "./chunk-SDAAKID4.js";
import {
  absolutePathEntries,
  execFile,
  resolveProgram
} from "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/hang/child.ts
import { spawn } from "node:child_process";

// src/analyzers/hang/syscall-table.ts
var SYSCALL_NAMES = {
  // src/cmd/vendor/golang.org/x/sys/unix/zsysnum_linux_amd64.go
  x64: "read write open close stat fstat lstat poll lseek mmap mprotect munmap brk rt_sigaction rt_sigprocmask rt_sigreturn ioctl pread64 pwrite64 readv writev access pipe select sched_yield mremap msync mincore madvise shmget shmat shmctl dup dup2 pause nanosleep getitimer alarm setitimer getpid sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind listen getsockname getpeername socketpair setsockopt getsockopt clone fork vfork execve exit wait4 kill uname semget semop semctl shmdt msgget msgsnd msgrcv msgctl fcntl flock fsync fdatasync truncate ftruncate getdents getcwd chdir fchdir rename mkdir rmdir creat link unlink symlink readlink chmod fchmod chown fchown lchown umask gettimeofday getrlimit getrusage sysinfo times ptrace getuid syslog getgid setuid setgid geteuid getegid setpgid getppid getpgrp setsid setreuid setregid getgroups setgroups setresuid getresuid setresgid getresgid getpgid setfsuid setfsgid getsid capget capset rt_sigpending rt_sigtimedwait rt_sigqueueinfo rt_sigsuspend sigaltstack utime mknod uselib personality ustat statfs fstatfs sysfs getpriority setpriority sched_setparam sched_getparam sched_setscheduler sched_getscheduler sched_get_priority_max sched_get_priority_min sched_rr_get_interval mlock munlock mlockall munlockall vhangup modify_ldt pivot_root _sysctl prctl arch_prctl adjtimex setrlimit chroot sync acct settimeofday mount umount2 swapon swapoff reboot sethostname setdomainname iopl ioperm create_module init_module delete_module get_kernel_syms query_module quotactl nfsservctl getpmsg putpmsg afs_syscall tuxcall security gettid readahead setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr tkill time futex sched_setaffinity sched_getaffinity set_thread_area io_setup io_destroy io_getevents io_submit io_cancel get_thread_area lookup_dcookie epoll_create epoll_ctl_old epoll_wait_old remap_file_pages getdents64 set_tid_address restart_syscall semtimedop fadvise64 timer_create timer_settime timer_gettime timer_getoverrun timer_delete clock_settime clock_gettime clock_getres clock_nanosleep exit_group epoll_wait epoll_ctl tgkill utimes vserver mbind set_mempolicy get_mempolicy mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr kexec_load waitid add_key request_key keyctl ioprio_set ioprio_get inotify_init inotify_add_watch inotify_rm_watch migrate_pages openat mkdirat mknodat fchownat futimesat newfstatat unlinkat renameat linkat symlinkat readlinkat fchmodat faccessat pselect6 ppoll unshare set_robust_list get_robust_list splice tee sync_file_range vmsplice move_pages utimensat epoll_pwait signalfd timerfd_create eventfd fallocate timerfd_settime timerfd_gettime accept4 signalfd4 eventfd2 epoll_create1 dup3 pipe2 inotify_init1 preadv pwritev rt_tgsigqueueinfo perf_event_open recvmmsg fanotify_init fanotify_mark prlimit64 name_to_handle_at open_by_handle_at clock_adjtime syncfs sendmmsg setns getcpu process_vm_readv process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 seccomp getrandom memfd_create kexec_file_load bpf execveat userfaultfd membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc pkey_free statx io_pgetevents rseq uretprobe                                                                                         pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret process_mrelease futex_waitv set_mempolicy_home_node cachestat fchmodat2 map_shadow_stack futex_wake futex_wait futex_requeue statmount listmount lsm_get_self_attr lsm_set_self_attr lsm_list_modules mseal setxattrat getxattrat listxattrat removexattrat open_tree_attr",
  // src/cmd/vendor/golang.org/x/sys/unix/zsysnum_linux_arm64.go
  arm64: "io_setup io_destroy io_submit io_cancel io_getevents setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr getcwd lookup_dcookie eventfd2 epoll_create1 epoll_ctl epoll_pwait dup dup3 fcntl inotify_init1 inotify_add_watch inotify_rm_watch ioctl ioprio_set ioprio_get flock mknodat mkdirat unlinkat symlinkat linkat renameat umount2 mount pivot_root nfsservctl statfs fstatfs truncate ftruncate fallocate faccessat chdir fchdir chroot fchmod fchmodat fchownat fchown openat close vhangup pipe2 quotactl getdents64 lseek read write readv writev pread64 pwrite64 preadv pwritev sendfile pselect6 ppoll signalfd4 vmsplice splice tee readlinkat newfstatat fstat sync fsync fdatasync sync_file_range timerfd_create timerfd_settime timerfd_gettime utimensat acct capget capset personality exit exit_group waitid set_tid_address unshare futex set_robust_list get_robust_list nanosleep getitimer setitimer kexec_load init_module delete_module timer_create timer_gettime timer_getoverrun timer_settime timer_delete clock_settime clock_gettime clock_getres clock_nanosleep syslog ptrace sched_setparam sched_setscheduler sched_getscheduler sched_getparam sched_setaffinity sched_getaffinity sched_yield sched_get_priority_max sched_get_priority_min sched_rr_get_interval restart_syscall kill tkill tgkill sigaltstack rt_sigsuspend rt_sigaction rt_sigprocmask rt_sigpending rt_sigtimedwait rt_sigqueueinfo rt_sigreturn setpriority getpriority reboot setregid setgid setreuid setuid setresuid getresuid setresgid getresgid setfsuid setfsgid times setpgid getpgid getsid setsid getgroups setgroups uname sethostname setdomainname getrlimit setrlimit getrusage umask prctl getcpu gettimeofday settimeofday adjtimex getpid getppid getuid geteuid getgid getegid gettid sysinfo mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr msgget msgctl msgrcv msgsnd semget semctl semtimedop semop shmget shmctl shmat shmdt socket socketpair bind listen accept connect getsockname getpeername sendto recvfrom setsockopt getsockopt shutdown sendmsg recvmsg readahead brk munmap mremap add_key request_key keyctl clone execve mmap fadvise64 swapon swapoff mprotect msync mlock munlock mlockall munlockall mincore madvise remap_file_pages mbind get_mempolicy set_mempolicy migrate_pages move_pages rt_tgsigqueueinfo perf_event_open accept4 recvmmsg arch_specific_syscall                wait4 prlimit64 fanotify_init fanotify_mark name_to_handle_at open_by_handle_at clock_adjtime syncfs setns sendmmsg process_vm_readv process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 seccomp getrandom memfd_create bpf execveat userfaultfd membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc pkey_free statx io_pgetevents rseq kexec_file_load                                                                                                                                  pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret process_mrelease futex_waitv set_mempolicy_home_node cachestat fchmodat2 map_shadow_stack futex_wake futex_wait futex_requeue statmount listmount lsm_get_self_attr lsm_set_self_attr lsm_list_modules mseal setxattrat getxattrat listxattrat removexattrat open_tree_attr",
  // src/cmd/vendor/golang.org/x/sys/unix/zsysnum_linux_riscv64.go
  riscv64: "io_setup io_destroy io_submit io_cancel io_getevents setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr getcwd lookup_dcookie eventfd2 epoll_create1 epoll_ctl epoll_pwait dup dup3 fcntl inotify_init1 inotify_add_watch inotify_rm_watch ioctl ioprio_set ioprio_get flock mknodat mkdirat unlinkat symlinkat linkat  umount2 mount pivot_root nfsservctl statfs fstatfs truncate ftruncate fallocate faccessat chdir fchdir chroot fchmod fchmodat fchownat fchown openat close vhangup pipe2 quotactl getdents64 lseek read write readv writev pread64 pwrite64 preadv pwritev sendfile pselect6 ppoll signalfd4 vmsplice splice tee readlinkat newfstatat fstat sync fsync fdatasync sync_file_range timerfd_create timerfd_settime timerfd_gettime utimensat acct capget capset personality exit exit_group waitid set_tid_address unshare futex set_robust_list get_robust_list nanosleep getitimer setitimer kexec_load init_module delete_module timer_create timer_gettime timer_getoverrun timer_settime timer_delete clock_settime clock_gettime clock_getres clock_nanosleep syslog ptrace sched_setparam sched_setscheduler sched_getscheduler sched_getparam sched_setaffinity sched_getaffinity sched_yield sched_get_priority_max sched_get_priority_min sched_rr_get_interval restart_syscall kill tkill tgkill sigaltstack rt_sigsuspend rt_sigaction rt_sigprocmask rt_sigpending rt_sigtimedwait rt_sigqueueinfo rt_sigreturn setpriority getpriority reboot setregid setgid setreuid setuid setresuid getresuid setresgid getresgid setfsuid setfsgid times setpgid getpgid getsid setsid getgroups setgroups uname sethostname setdomainname getrlimit setrlimit getrusage umask prctl getcpu gettimeofday settimeofday adjtimex getpid getppid getuid geteuid getgid getegid gettid sysinfo mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr msgget msgctl msgrcv msgsnd semget semctl semtimedop semop shmget shmctl shmat shmdt socket socketpair bind listen accept connect getsockname getpeername sendto recvfrom setsockopt getsockopt shutdown sendmsg recvmsg readahead brk munmap mremap add_key request_key keyctl clone execve mmap fadvise64 swapon swapoff mprotect msync mlock munlock mlockall munlockall mincore madvise remap_file_pages mbind get_mempolicy set_mempolicy migrate_pages move_pages rt_tgsigqueueinfo perf_event_open accept4 recvmmsg arch_specific_syscall              riscv_hwprobe riscv_flush_icache wait4 prlimit64 fanotify_init fanotify_mark name_to_handle_at open_by_handle_at clock_adjtime syncfs setns sendmmsg process_vm_readv process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 seccomp getrandom memfd_create bpf execveat userfaultfd membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc pkey_free statx io_pgetevents rseq kexec_file_load                                                                                                                                  pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret process_mrelease futex_waitv set_mempolicy_home_node cachestat fchmodat2 map_shadow_stack futex_wake futex_wait futex_requeue statmount listmount lsm_get_self_attr lsm_set_self_attr lsm_list_modules mseal setxattrat getxattrat listxattrat removexattrat open_tree_attr"
};

// src/analyzers/hang/syscalls.ts
var decoded = /* @__PURE__ */ new Map();
function syscallName(nr, arch = process.arch) {
  let names = decoded.get(arch);
  if (!names && SYSCALL_NAMES[arch] !== void 0) {
    names = SYSCALL_NAMES[arch].split(" ");
    decoded.set(arch, names);
  }
  return names?.[nr] || `syscall ${nr} (unknown on ${arch})`;
}
__name(syscallName, "syscallName");
var WRITES = /* @__PURE__ */ new Set(["write", "writev", "pwrite64", "pwritev", "pwritev2", "sendto", "sendmsg"]);
var READS = /* @__PURE__ */ new Set(["read", "readv", "pread64", "preadv", "preadv2", "recvfrom", "recvmsg"]);
var isWriteSyscall = /* @__PURE__ */ __name((name) => WRITES.has(name), "isWriteSyscall");
var isReadSyscall = /* @__PURE__ */ __name((name) => READS.has(name), "isReadSyscall");

// src/collectors/hang/procfs.ts
function parseStat(text) {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const rest = text.slice(close + 2).split(" ");
  const pid = Number(text.slice(0, open).trim());
  const [state, ppid, pgrp] = [rest[0], Number(rest[1]), Number(rest[2])];
  if (!state || !Number.isFinite(pid) || !Number.isFinite(ppid)) return null;
  return { pid, comm: text.slice(open + 1, close), state, ppid, pgrp };
}
__name(parseStat, "parseStat");
function parseSyscall(text, arch) {
  const parts = text.trim().split(/\s+/);
  if (parts[0] === "running" || parts.length < 3) return null;
  const nr = Number(parts[0]);
  if (!Number.isInteger(nr) || nr < 0) return null;
  const name = syscallName(nr, arch);
  const arg0 = parts.length >= 8 ? Number.parseInt(parts[1], 16) : NaN;
  return { nr, name, fd: Number.isFinite(arg0) && arg0 < 1 << 20 ? arg0 : null };
}
__name(parseSyscall, "parseSyscall");
function parseFdinfo(text) {
  const flags = /^flags:\s+([0-7]+)$/m.exec(text);
  const tty = /^tty-index:\s+(\d+)$/m.exec(text);
  return { flags: flags ? Number.parseInt(flags[1], 8) : null, ttyIndex: tty ? Number(tty[1]) : null };
}
__name(parseFdinfo, "parseFdinfo");
var O_ACCMODE = 3;
var O_NONBLOCK = 2048;
function fdKind(target, isFifo = false) {
  if (target.startsWith("pipe:[") || isFifo) return "pipe";
  if (target.startsWith("socket:[")) return "socket";
  if (/^\/dev\/pts\/\d+$/.test(target) || target === "/dev/ptmx" || target === "/dev/pts/ptmx") return "pty";
  if (/^\/dev\/(tty\w*|console)$/.test(target)) return "tty";
  if (target === "/dev/null") return "null";
  if (target.startsWith("/")) return "file";
  return "other";
}
__name(fdKind, "fdKind");
function describeFd(fd, target, info, isFifo) {
  if (target === null) return { fd, target: "(closed)", kind: "closed", access: null, nonBlocking: null, ttyIndex: null };
  const acc = info?.flags == null ? null : info.flags & O_ACCMODE;
  return {
    fd,
    target,
    kind: fdKind(target, isFifo),
    access: acc === null ? null : acc === 0 ? "read" : acc === 1 ? "write" : "read-write",
    nonBlocking: info?.flags == null ? null : (info.flags & O_NONBLOCK) !== 0,
    ttyIndex: info?.ttyIndex ?? null
  };
}
__name(describeFd, "describeFd");
async function readStat(host, pid, tid) {
  const p = tid === void 0 ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`;
  const text = await host.readText(p, 4096);
  return text ? parseStat(text) : null;
}
__name(readStat, "readStat");
async function readFd(host, pid, fd) {
  const link = await host.readlink(`/proc/${pid}/fd/${fd}`);
  if (link === null) return describeFd(fd, null, null, false);
  const info = await host.readText(`/proc/${pid}/fdinfo/${fd}`, 4096);
  const st = link.startsWith("/") && !link.startsWith("/dev/") ? await host.stat(`/proc/${pid}/fd/${fd}`) : void 0;
  const described = describeFd(fd, link, info ? parseFdinfo(info) : null, !!st?.isFIFO);
  return st === null ? { ...described, kind: "other" } : described;
}
__name(readFd, "readFd");
async function readFds(host, pid, only) {
  const names = only ? only.map(String) : await host.readdir(`/proc/${pid}/fd`) ?? [];
  const fds = names.map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  return Promise.all(fds.map((fd) => readFd(host, pid, fd)));
}
__name(readFds, "readFds");
async function readThread(host, pid, tid) {
  const base = `/proc/${pid}/task/${tid}`;
  const [stat, wchan, sys] = await Promise.all([
    readStat(host, pid, tid),
    host.readText(`${base}/wchan`, 256),
    host.readText(`${base}/syscall`, 512)
  ]);
  if (!stat) return null;
  return {
    tid,
    state: stat.state,
    wchan: wchan === null || wchan === "0" ? "" : wchan.trim(),
    syscall: sys === null ? null : parseSyscall(sys),
    syscallError: sys === null ? "unreadable (needs ptrace access: same user and, with Yama ptrace_scope=1, an ancestor or root)" : null
  };
}
__name(readThread, "readThread");
async function readThreads(host, pid) {
  const tids = (await host.readdir(`/proc/${pid}/task`) ?? []).map(Number).filter(Number.isInteger);
  const threads = await Promise.all(tids.map((t) => readThread(host, pid, t)));
  return threads.filter((t) => t !== null);
}
__name(readThreads, "readThreads");
async function readIo(host, pid) {
  const text = await host.readText(`/proc/${pid}/io`, 4096);
  if (!text) return null;
  const wchar = /^wchar:\s+(\d+)$/m.exec(text);
  const syscw = /^syscw:\s+(\d+)$/m.exec(text);
  return wchar && syscw ? { wchar: Number(wchar[1]), syscw: Number(syscw[1]) } : null;
}
__name(readIo, "readIo");
async function snapshot(host, pid, fds) {
  const stat = await readStat(host, pid);
  if (!stat) return null;
  const [threads, fdList, io] = await Promise.all([readThreads(host, pid), readFds(host, pid, fds), readIo(host, pid)]);
  return { pid, comm: stat.comm, state: stat.state, ppid: stat.ppid, pgrp: stat.pgrp, threads, fds: fdList, io };
}
__name(snapshot, "snapshot");
async function listPids(host) {
  return (await host.readdir("/proc") ?? []).filter((n) => /^\d+$/.test(n)).map(Number);
}
__name(listPids, "listPids");
async function descendants(host, root) {
  const viaChildren = await descendantsViaChildren(host, root);
  if (viaChildren) return viaChildren;
  const stats = (await Promise.all((await listPids(host)).map((p) => readStat(host, p)))).filter((s) => s !== null);
  const out = [];
  const frontier = [root];
  while (frontier.length) {
    const parent = frontier.pop();
    for (const s of stats) if (s.ppid === parent && !out.includes(s)) {
      out.push(s);
      frontier.push(s.pid);
    }
  }
  return out;
}
__name(descendants, "descendants");
async function descendantsViaChildren(host, root) {
  if (!await host.stat(`/proc/${root}/task/${root}/children`)) return null;
  const out = [];
  const frontier = [root];
  while (frontier.length) {
    const pid = frontier.pop();
    const tids = await host.readdir(`/proc/${pid}/task`) ?? [];
    const texts = await Promise.all(tids.map((t) => host.readText(`/proc/${pid}/task/${t}/children`, 64 * 1024)));
    const kids = [...new Set(texts.flatMap((t) => (t ?? "").trim().split(/\s+/).filter(Boolean).map(Number)))];
    for (const k of kids) {
      const st = await readStat(host, k);
      if (st && !out.some((o) => o.pid === k)) {
        out.push(st);
        frontier.push(k);
      }
    }
  }
  return out;
}
__name(descendantsViaChildren, "descendantsViaChildren");

// src/collectors/hang/child.ts
var liveGroups = /* @__PURE__ */ new Set();
function killGroup(pgid, signal = "SIGKILL") {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
__name(killGroup, "killGroup");
function killAllGroups() {
  for (const g of liveGroups) killGroup(g);
  liveGroups.clear();
}
__name(killAllGroups, "killAllGroups");
var handlersInstalled = false;
function installSignalHandlers(onSignal) {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", killAllGroups);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(sig, () => {
      killAllGroups();
      onSignal?.(sig);
      process.exit(128 + (sig === "SIGINT" ? 2 : sig === "SIGTERM" ? 15 : 1));
    });
  }
}
__name(installSignalHandlers, "installSignalHandlers");
async function waitStopped(host, pids, boundMs) {
  const deadline = performance.now() + boundMs;
  while (performance.now() < deadline) {
    const states = await Promise.all(pids.map(async (pid) => {
      const tids = await host.readdir(`/proc/${pid}/task`) ?? [];
      return Promise.all(tids.map((t) => host.readText(`/proc/${pid}/task/${t}/stat`, 512)));
    }));
    const running = states.flat().some((st) => st !== null && !/^ [TtZX] /.test(st.slice(st.lastIndexOf(")") + 1)));
    if (!running) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}
__name(waitStopped, "waitStopped");
function spawnWatched(file, args, opts) {
  const found = file.includes("/") ? { path: file } : resolveProgram(file, opts.env.PATH);
  const env = "path" in found ? opts.env : { ...opts.env, PATH: absolutePathEntries(opts.env.PATH) };
  const child = spawn("path" in found ? found.path : file, [...args], { env, cwd: opts.cwd, stdio: opts.stdio, detached: true });
  const groups = /* @__PURE__ */ new Set();
  const pids = /* @__PURE__ */ new Set();
  let done = false;
  const exited = new Promise((resolve) => {
    child.once("error", (e) => {
      done = true;
      resolve({ code: null, signal: null, error: e.message });
    });
    child.once("exit", (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  const track = /* @__PURE__ */ __name((g) => {
    if (g > 1 && g !== process.pid) {
      groups.add(g);
      liveGroups.add(g);
    }
  }, "track");
  if (child.pid !== void 0) track(child.pid);
  return {
    child,
    exited,
    isDone: /* @__PURE__ */ __name(() => done, "isDone"),
    track,
    async freeze(host) {
      for (const g of groups) killGroup(g, "SIGSTOP");
      const known = child.pid === void 0 ? [] : [child.pid, ...(await descendants(host, child.pid)).map((d) => d.pid)];
      await waitStopped(host, known, 2e3);
    },
    thaw() {
      for (const g of groups) killGroup(g, "SIGCONT");
    },
    async kill(host) {
      if (child.pid !== void 0) {
        for (const d of await descendants(host, child.pid)) {
          track(d.pgrp);
          pids.add(d.pid);
        }
      }
      for (const g of groups) {
        killGroup(g);
        liveGroups.delete(g);
      }
      for (const p of pids) {
        try {
          process.kill(p, "SIGKILL");
        } catch {
        }
      }
      try {
        child.kill("SIGKILL");
      } catch {
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3e3).unref())]);
      const deadline = performance.now() + 3e3;
      while (performance.now() < deadline) {
        const states = await Promise.all([...pids].map((p) => host.readText(`/proc/${p}/stat`, 512)));
        if (states.every((st) => st === null || / Z /.test(st.slice(st.lastIndexOf(")"))))) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
}
__name(spawnWatched, "spawnWatched");

// src/collectors/hang/fifo.ts
import { closeSync, constants as fsc, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import * as path from "node:path";
async function makeFifo(dir, name, env) {
  const p = path.join(dir, name);
  const r = await execFile("mkfifo", ["-m", "600", p], { env: { PATH: [env.PATH, "/usr/bin:/bin"].filter(Boolean).join(":") }, timeoutMs: 5e3 });
  if (!r.ok || r.code !== 0) throw new Error(`mkfifo ${p} failed: ${r.error ?? r.stderr.trim()}`);
  const readFd2 = openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK);
  const writeFd = openSync(p, fsc.O_WRONLY);
  unlinkSync(p);
  let readOpen = true;
  let writeOpen = true;
  const buf = Buffer.alloc(65536);
  return {
    readFd: readFd2,
    writeFd,
    read(max = Infinity) {
      let bytes = 0;
      const chunks = [];
      while (readOpen && bytes < max) {
        let n;
        try {
          n = readSync(readFd2, buf, 0, Math.min(buf.length, max - bytes), null);
        } catch (e) {
          if (e.code === "EAGAIN") return { bytes, eof: false, data: Buffer.concat(chunks) };
          throw e;
        }
        if (n === 0) return { bytes, eof: true, data: Buffer.concat(chunks) };
        bytes += n;
        chunks.push(Buffer.from(buf.subarray(0, n)));
      }
      return { bytes, eof: false, data: Buffer.concat(chunks) };
    },
    unread(data) {
      if (!data.length) return;
      const fd = openSync(`/proc/self/fd/${readFd2}`, fsc.O_WRONLY | fsc.O_NONBLOCK);
      try {
        for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
      } finally {
        closeSync(fd);
      }
    },
    closeRead() {
      if (readOpen) {
        readOpen = false;
        closeSync(readFd2);
      }
    },
    closeWrite() {
      if (writeOpen) {
        writeOpen = false;
        closeSync(writeFd);
      }
    }
  };
}
__name(makeFifo, "makeFifo");

// src/collectors/hang/peers.ts
function sameObject(link, blocked) {
  if (blocked.kind === "pipe") return link === blocked.target || link === blocked.target.replace(/ \(deleted\)$/, "");
  if (blocked.kind === "pty") return link === "/dev/ptmx" || link === "/dev/pts/ptmx";
  return false;
}
__name(sameObject, "sameObject");
function activityOf(state, threads, fd) {
  const doing = [...new Set(threads.map((t) => t.syscall ? `${t.syscall.name}${t.wchan ? ` (${t.wchan})` : ""}` : t.state === "R" ? "running" : t.wchan || t.state))].join(", ");
  if (state === "T" || state === "t") return { activity: "stopped", doing: `stopped (${state === "T" ? "by a signal, e.g. Ctrl-Z" : "by a tracer"})` };
  if (threads.some((t) => t.syscall && isReadSyscall(t.syscall.name) && t.syscall.fd === fd)) return { activity: "reading", doing };
  if (threads.some((t) => t.state === "R")) return { activity: "busy", doing };
  if (threads.some((t) => t.syscall && isWriteSyscall(t.syscall.name) && t.state !== "R")) return { activity: "writing", doing };
  if (threads.every((t) => t.syscallError)) return { activity: "unknown", doing: doing || "threads unreadable" };
  return { activity: "idle", doing };
}
__name(activityOf, "activityOf");
async function findPeers(host, blocked, exclude, selfPid = process.pid) {
  if (blocked.kind !== "pipe" && blocked.kind !== "pty") return [];
  const pids = (await listPids(host)).filter((p) => p !== exclude);
  const peers = [];
  await Promise.all(pids.map(async (pid) => {
    const names = await host.readdir(`/proc/${pid}/fd`);
    if (!names) return;
    for (const n of names) {
      const link = await host.readlink(`/proc/${pid}/fd/${n}`);
      if (link === null || !sameObject(link, blocked)) continue;
      const fd = await readFd(host, pid, Number(n));
      if (blocked.kind === "pty" && fd.ttyIndex !== Number(/\d+$/.exec(blocked.target)?.[0])) continue;
      if (blocked.kind === "pipe" && fd.access === "write") continue;
      const [stat, threads] = await Promise.all([readStat(host, pid), readThreads(host, pid)]);
      if (!stat) continue;
      peers.push({ pid, comm: stat.comm, state: stat.state, fd: fd.fd, access: fd.access, ...activityOf(stat.state, threads, fd.fd), self: pid === selfPid });
    }
  }));
  return peers.sort((a, b) => a.pid - b.pid);
}
__name(findPeers, "findPeers");

// src/collectors/hang/pty.ts
function scriptArgv(argv, userShell) {
  const restore = userShell === void 0 ? "unset SHELL" : `SHELL=${shQuote(userShell)}; export SHELL`;
  const command = `${restore}; exec ${argv.map(shQuote).join(" ")}`;
  return { file: "script", args: ["-q", "-e", "-c", command, "/dev/null"], shell: "/bin/sh" };
}
__name(scriptArgv, "scriptArgv");

// src/analyzers/hang/stall.ts
var PIPE_WAITS = /* @__PURE__ */ new Set(["anon_pipe_write", "pipe_write", "fifo_pipe_write"]);
var TTY_WAITS = /* @__PURE__ */ new Set(["n_tty_write", "wait_woken", "tty_write", "file_tty_write"]);
var SOCKET_WAITS = /* @__PURE__ */ new Set(["sock_alloc_send_pskb", "sk_stream_wait_memory", "unix_wait_for_peer"]);
function candidates(snap, watched) {
  const out = [];
  for (const t of snap.threads) {
    if (t.state !== "S" && t.state !== "D") continue;
    if (t.syscall) {
      if (isWriteSyscall(t.syscall.name) && t.syscall.fd !== null && (watched.length === 0 || watched.includes(t.syscall.fd))) {
        out.push({ tid: t.tid, fd: t.syscall.fd, syscall: t.syscall.name, thread: t });
      }
      continue;
    }
    const kind = PIPE_WAITS.has(t.wchan) ? "pipe" : TTY_WAITS.has(t.wchan) ? "pty" : SOCKET_WAITS.has(t.wchan) ? "socket" : null;
    const fd = kind && snap.fds.find((f) => (f.kind === kind || kind === "pty" && f.kind === "tty") && (watched.length === 0 || watched.includes(f.fd)));
    if (fd) out.push({ tid: t.tid, fd: fd.fd, syscall: "write?", thread: t });
  }
  return out;
}
__name(candidates, "candidates");
var StallTracker = class {
  constructor(watched, stallMs) {
    this.watched = watched;
    this.stallMs = stallMs;
  }
  watched;
  stallMs;
  static {
    __name(this, "StallTracker");
  }
  since = /* @__PURE__ */ new Map();
  lastWchar = null;
  feed(snap, atMs) {
    const wchar = snap.io?.wchar ?? null;
    const progressed = wchar !== null && this.lastWchar !== null && wchar !== this.lastWchar;
    this.lastWchar = wchar;
    const now = candidates(snap, this.watched);
    const keys = new Set(now.map((c) => `${c.tid}:${c.fd}`));
    for (const k of [...this.since.keys()]) if (!keys.has(k) || progressed) this.since.delete(k);
    for (const c of now) {
      const key = `${c.tid}:${c.fd}`;
      if (!this.since.has(key)) this.since.set(key, atMs);
      const stalled = atMs - this.since.get(key);
      if (stalled >= this.stallMs) {
        const target = snap.fds.find((f) => f.fd === c.fd) ?? { fd: c.fd, target: "(not read)", kind: "other", access: null, nonBlocking: null, ttyIndex: null };
        return { tid: c.tid, fd: c.fd, syscall: c.syscall, wchan: c.thread.wchan, state: c.thread.state, stalledMs: stalled, detectedAtMs: atMs, lastSeenMs: atMs, target };
      }
    }
    return null;
  }
};

// src/analyzers/hang/goroutines.ts
var HEADER = /^goroutine (\d+)(?: [^[]*)? \[([^\]]+)\]:$/;
var ARGS = /\([^()]*\)$/;
var FILE = /^\t(\S+:\d+)/;
var WRITE_FRAMES = [/^syscall\.(write|Write|Syscall)$/, /^internal\/poll\.\(\*FD\)\.Write$/, /^os\.\(\*File\)\.Write/, /^bufio\.\(\*Writer\)\.Flush$/];
var PLUMBING = /^(runtime|syscall|internal\/|os\.|fmt\.|bufio\.|io\.|log\.|log\/slog\.)/;
function parseGoroutines(text) {
  const out = [];
  let cur = null;
  for (const line of text.split("\n")) {
    const h = HEADER.exec(line);
    if (h) {
      cur = { id: Number(h[1]), state: h[2], frames: [], caller: null, files: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    if (line === "") {
      cur = null;
      continue;
    }
    const f = FILE.exec(line);
    if (f) {
      cur.files[cur.frames.length - 1] = f[1];
      continue;
    }
    if (line.startsWith("created by ")) {
      cur.frames.push(line);
      continue;
    }
    if (!line.startsWith("	") && !line.startsWith("...")) cur.frames.push(line.replace(ARGS, ""));
  }
  return out.map(({ files, ...g }) => {
    const i = g.frames.findIndex((fr) => !PLUMBING.test(fr) && !fr.startsWith("created by "));
    return { ...g, caller: i < 0 ? null : `${g.frames[i]} at ${files[i] ?? "?"}` };
  });
}
__name(parseGoroutines, "parseGoroutines");
function blockedInWrite(gs) {
  return gs.filter((g) => g.frames.some((fr) => WRITE_FRAMES.some((re) => re.test(fr))));
}
__name(blockedInWrite, "blockedInWrite");
function dumpStart(text) {
  const i = text.search(/^SIGQUIT: quit$/m);
  return i < 0 ? text.search(/^goroutine \d+ /m) : i;
}
__name(dumpStart, "dumpStart");

// src/collectors/hang/dump.ts
var DUMP_WAIT_MS = 1e4;
async function collectDump(o) {
  try {
    process.kill(o.pid, "SIGQUIT");
  } catch (e) {
    return { sent: false, total: 0, blockedInWrite: [], note: `SIGQUIT not sent: ${e.message}` };
  }
  let text = "";
  const deadline = performance.now() + DUMP_WAIT_MS;
  let gone = false;
  void o.exited.then(() => {
    gone = true;
  });
  while (performance.now() < deadline) {
    text = o.read();
    if (gone) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 50));
  text = o.read();
  const at = dumpStart(text);
  if (at < 0) return { sent: true, total: 0, blockedInWrite: [], note: "SIGQUIT sent, but no goroutine dump was printed (not a Go program, or SIGQUIT is handled by signal.Notify)" };
  const all = parseGoroutines(text.slice(at));
  return { sent: true, total: all.length, blockedInWrite: blockedInWrite(all), note: "SIGQUIT sent with GOTRACEBACK=all; the program printed its goroutines and exited" };
}
__name(collectDump, "collectDump");

// src/collectors/hang/run.ts
var STDERR_TAIL = 16 * 1024;
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
function cleanEnv(env) {
  return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== void 0));
}
__name(cleanEnv, "cleanEnv");
function tailOf(stream, cap) {
  let buf = Buffer.alloc(0);
  stream?.on("data", (b) => {
    buf = Buffer.concat([buf, b]);
    if (buf.length > cap * 2) buf = buf.subarray(buf.length - cap);
  });
  return () => buf.subarray(Math.max(0, buf.length - cap)).toString("utf8");
}
__name(tailOf, "tailOf");
async function runMode(o) {
  const start = performance.now();
  const elapsed = /* @__PURE__ */ __name(() => Math.round(performance.now() - start), "elapsed");
  const interval = o.intervalMs ?? 100;
  const notes = [];
  const dir = makeTempDir("godiag-hang-");
  let fifo = null;
  let w = null;
  try {
    fifo = await makeFifo(dir, "out", o.env);
    remove(dir, { recursive: true });
    const pty = o.mode === "pty";
    const fds = pty ? [1, 2] : [...new Set(o.fds)].sort((a, b) => a - b);
    const env = cleanEnv(o.goroutines ? { ...o.env, GOTRACEBACK: "all" } : o.env);
    let file = o.argv[0];
    let args = o.argv.slice(1);
    let stdio;
    if (pty) {
      const s = scriptArgv(o.argv, o.env.SHELL);
      file = s.file;
      args = s.args;
      env.SHELL = s.shell;
      stdio = ["ignore", fifo.writeFd, "pipe"];
    } else {
      const n = Math.max(2, ...fds) + 1;
      stdio = Array.from({ length: n }, (_, i) => fds.includes(i) ? fifo.writeFd : i === 0 || i > 2 ? "ignore" : "pipe");
    }
    w = spawnWatched(file, args, { env, cwd: o.cwd, stdio });
    fifo.closeWrite();
    const stderrTail = tailOf(pty ? null : w.child.stderr, STDERR_TAIL);
    const scriptErr = tailOf(pty ? w.child.stderr : null, 4096);
    tailOf(!fds.includes(1) && !pty ? w.child.stdout : null, 1024);
    if (w.child.pid === void 0) {
      const end2 = await w.exited;
      const error = pty && /ENOENT/.test(end2.error ?? "") ? "pty mode needs script(1) from util-linux on PATH (Debian/Ubuntu: bsdutils; Fedora/RHEL/Arch: util-linux; Alpine: util-linux-misc)" : end2.error ?? "could not start";
      return emptyRun(o, fds, { kind: "failed", error }, elapsed(), notes);
    }
    const trackers = /* @__PURE__ */ new Map();
    const head = o.headBytes ?? 4096;
    let bytesRead = 0;
    let closedAfter = null;
    let closedIo = null;
    let closedAt = 0;
    let rootPid = pty ? null : w.child.pid;
    let watched = rootPid === null ? [] : [rootPid];
    let tick = 1;
    let targetPid = null;
    let last = null;
    let blocked = null;
    let end = null;
    w.exited.then((e) => {
      end = e;
    });
    while (elapsed() < o.timeoutMs) {
      if (o.mode === "drained") bytesRead += fifo.read().bytes;
      if (o.mode === "closed-pipe" && closedAfter === null) {
        const r = fifo.read(head - bytesRead);
        bytesRead += r.bytes;
        if (bytesRead >= head || r.eof) {
          fifo.closeRead();
          closedAfter = bytesRead;
          closedAt = elapsed();
          o.progress?.(`reader closed after ${bytesRead} bytes`);
        }
      }
      if (end || w.isDone()) break;
      if (rootPid === null) {
        const kids = await descendants(o.host, w.child.pid);
        rootPid = kids.find((k) => k.ppid === w.child.pid)?.pid ?? null;
        if (rootPid !== null) watched = [rootPid];
      }
      if (rootPid !== null && tick++ % 3 === 0) {
        watched = [rootPid, ...(await descendants(o.host, rootPid)).map((d) => d.pid)];
      }
      for (const pid of watched) {
        const snap = await snapshot(o.host, pid, fds);
        if (!snap) continue;
        w.track(snap.pgrp);
        if (pid === rootPid) {
          last = snap;
          if (closedAfter !== null && !closedIo && elapsed() - closedAt >= 200) closedIo = { at: elapsed(), io: snap.io };
        }
        if (!trackers.has(pid)) trackers.set(pid, new StallTracker(fds, o.stallMs));
        blocked = trackers.get(pid).feed(snap, elapsed());
        if (blocked) {
          targetPid = pid;
          last = snap;
          break;
        }
      }
      if (blocked) break;
      await Promise.race([sleep(o.mode === "drained" ? Math.min(interval, 10) : interval), w.exited]);
    }
    targetPid ??= rootPid;
    let peers = [];
    let goroutines = null;
    let bytesWaiting = null;
    let note = "";
    let failedWrites = null;
    if (blocked && targetPid !== null) {
      o.progress?.(`blocked: thread ${blocked.tid} in ${blocked.syscall}(fd ${blocked.fd}) for ${blocked.stalledMs} ms`);
      last = await snapshot(o.host, targetPid, [.../* @__PURE__ */ new Set([0, 1, 2, ...fds])]) ?? last;
      const tid = blocked.tid;
      const still = last?.threads.find((t) => t.tid === tid);
      if (still && (still.syscall?.name === blocked.syscall || !still.syscall && still.wchan === blocked.wchan)) blocked.lastSeenMs = elapsed();
      peers = await findPeers(o.host, blocked.target, targetPid);
      if (o.goroutines) {
        const dumpOnPipe = pty || fds.includes(2);
        if (o.mode === "stalled-pipe" && dumpOnPipe) {
          await w.freeze(o.host);
          const waiting = fifo.read().data;
          bytesWaiting = waiting.length;
          fifo.unread(waiting);
          w.thaw();
        }
        let piped = "";
        goroutines = await collectDump({
          pid: targetPid,
          exited: w.exited,
          // pty: the dump travels through the pty and script into our FIFO; a wired fd 2 straight into it.
          read: dumpOnPipe ? () => piped += fifo.read().data.toString("utf8").replace(/\r\n/g, "\n") : stderrTail
        });
      }
    }
    if (!end && !w.isDone() && o.mode === "closed-pipe" && closedIo?.io && last?.io) {
      const calls = last.io.syscw - closedIo.io.syscw;
      const bytes = last.io.wchar - closedIo.io.wchar;
      if (calls > 10 && bytes < calls) failedWrites = { calls, overMs: elapsed() - closedIo.at };
    }
    await w.freeze(o.host);
    if (o.mode === "stalled-pipe") {
      bytesWaiting ??= fifo.read().bytes;
      note = "read from godiag's own end of the pipe after stopping the writer";
    } else if (o.mode === "pty") {
      note = "a pty's queue cannot be read without ioctl(TIOCOUTQ); the blocked write and the undrained master are the evidence";
    } else {
      note = o.mode === "drained" ? "godiag read everything as it came" : "the reader was closed";
    }
    if (o.mode === "drained") bytesRead += fifo.read().bytes;
    const ended = end;
    await w.kill(o.host);
    const outcome = blocked ? { kind: "blocked" } : ended ? ended.error ? { kind: "failed", error: ended.error } : { kind: "exited", code: ended.code, signal: ended.signal } : { kind: "running" };
    if (outcome.kind === "running") notes.push(`still running after the ${o.timeoutMs} ms timeout, and not blocked in a write; killed.`);
    if (pty && ended && !blocked && scriptErr()) notes.push(`script(1): ${scriptErr().trim()}`);
    return {
      mode: o.mode,
      command: o.argv,
      pid: targetPid,
      fds,
      outcome,
      blocked,
      process: last,
      peers,
      channel: { bytesWaiting, bytesRead, readerClosedAfter: closedAfter, note },
      failedWrites,
      goroutines,
      stderrTail: pty || fds.includes(2) ? null : beforeDump(stderrTail()),
      elapsedMs: elapsed(),
      notes
    };
  } finally {
    if (w && !w.isDone()) await w.kill(o.host);
    fifo?.closeRead();
    fifo?.closeWrite();
    remove(dir, { recursive: true });
  }
}
__name(runMode, "runMode");
function beforeDump(text) {
  const at = dumpStart(text);
  return (at < 0 ? text : text.slice(0, at)).slice(-2048);
}
__name(beforeDump, "beforeDump");
function emptyRun(o, fds, outcome, elapsedMs, notes) {
  return {
    mode: o.mode,
    command: o.argv,
    pid: null,
    fds,
    outcome,
    blocked: null,
    process: null,
    peers: [],
    channel: { bytesWaiting: null, bytesRead: 0, readerClosedAfter: null, note: "not started" },
    failedWrites: null,
    goroutines: null,
    stderrTail: null,
    elapsedMs,
    notes
  };
}
__name(emptyRun, "emptyRun");

// src/collectors/hang/attach.ts
var sleep2 = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function attach(o) {
  const start = performance.now();
  const elapsed = /* @__PURE__ */ __name(() => Math.round(performance.now() - start), "elapsed");
  const interval = o.intervalMs ?? 100;
  const cmdline = await o.host.readText(`/proc/${o.pid}/cmdline`, 64 * 1024);
  let last = await snapshot(o.host, o.pid);
  if (!last) return null;
  const tracker = new StallTracker([], o.stallMs);
  let blocked = tracker.feed(last, elapsed());
  while (!blocked && elapsed() < 2 * o.stallMs + interval * 2) {
    await sleep2(interval);
    const s = await snapshot(o.host, o.pid);
    if (!s) break;
    last = s;
    blocked = tracker.feed(s, elapsed());
  }
  const gone = await o.host.readText(`/proc/${o.pid}/stat`, 4096) === null;
  const focus = blocked?.target ?? last.fds.find((f) => (f.fd === 1 || f.fd === 2) && (f.kind === "pipe" || f.kind === "pty"));
  const peers = focus ? await findPeers(o.host, focus, o.pid) : [];
  const notes = [];
  if (last.threads.some((t) => t.syscallError)) notes.push(`/proc/${o.pid}/syscall was unreadable (${last.threads.find((t) => t.syscallError).syscallError}); the wait site (wchan) and the fds were used instead.`);
  const goroutines = o.sigquit ? await quitAndRead(o.host, o.pid, last) : null;
  return {
    mode: "attach",
    command: cmdline ? cmdline.split("\0").filter((a, i, all) => a !== "" || i < all.length - 1) : null,
    pid: o.pid,
    fds: blocked ? [blocked.fd] : [1, 2],
    outcome: gone ? { kind: "exited", code: null, signal: null } : blocked ? { kind: "blocked" } : { kind: "running" },
    blocked,
    process: last,
    peers,
    channel: { bytesWaiting: null, bytesRead: 0, readerClosedAfter: null, note: "not measured: reading someone else's pipe would steal its data" },
    failedWrites: null,
    goroutines,
    stderrTail: null,
    elapsedMs: elapsed(),
    notes
  };
}
__name(attach, "attach");
async function quitAndRead(host, pid, snap) {
  const err = snap.fds.find((f) => f.fd === 2);
  const file = err?.kind === "file" && !err.target.endsWith(" (deleted)") ? err.target : null;
  const before = file ? (await host.stat(file))?.size ?? 0 : 0;
  try {
    process.kill(pid, "SIGQUIT");
  } catch (e) {
    return { sent: false, total: 0, blockedInWrite: [], note: `SIGQUIT not sent: ${e.message}` };
  }
  if (!file) return { sent: true, total: 0, blockedInWrite: [], note: `SIGQUIT sent; the dump went to the program's stderr (${err?.target ?? "closed"}), which godiag cannot read` };
  let text = "";
  for (let i = 0; i < 30; i++) {
    await sleep2(100);
    const buf = await host.readBytes(file, 64 * 1024 * 1024);
    text = buf ? buf.subarray(before).toString("utf8") : "";
    if (await host.readText(`/proc/${pid}/stat`, 4096) === null && text) break;
  }
  const all = parseGoroutines(text);
  return { sent: true, total: all.length, blockedInWrite: blockedInWrite(all), note: `SIGQUIT sent; dump read from ${file}${all.length ? "" : " (none found: GOTRACEBACK=none, a SIGQUIT handler, or not a Go program)"}` };
}
__name(quitAndRead, "quitAndRead");

// src/report/sections/hang.ts
var CONDITIONS = {
  "stalled-pipe": "a reader that stops reading",
  "closed-pipe": "a reader that reads 4096 bytes and closes (| head -c 4096)",
  pty: "a terminal nobody reads",
  drained: "a reader that keeps up",
  attach: "as it runs"
};
function behaviour(r) {
  const o = r.outcome;
  const b = r.blocked;
  if (o.kind === "failed") return `could not start: ${o.error}`;
  if (b) {
    const where = `${b.syscall}(fd ${b.fd}) on ${b.target.kind === "pty" || b.target.kind === "tty" ? "the terminal" : `a ${b.target.kind}`}`;
    if (r.mode === "stalled-pipe" || r.mode === "pty") return `blocks in ${where} once it is full, as every blocking writer does`;
    return `blocks in ${where}${r.mode === "drained" ? " although godiag kept reading its output" : ""}`;
  }
  if (o.kind === "exited") {
    if (o.signal === "SIGPIPE") return "killed by SIGPIPE when the reader went away (Go's default on fd 1 and 2; a shell shows status 141)";
    if (o.signal) return `killed by ${o.signal}`;
    if (o.code === 0) return "finishes with status 0";
    const said = r.stderrTail?.trim().split("\n").filter(Boolean).pop();
    return `exits with status ${o.code}${r.mode === "closed-pipe" && r.channel.readerClosedAfter !== null ? " after its write failed with EPIPE" : ""}${said ? `, saying: ${said}` : r.stderrTail === null ? " (its stderr went to the same pipe)" : ", saying nothing"}`;
  }
  if (r.failedWrites) return `keeps running, ignoring ${r.failedWrites.calls} failed writes`;
  return r.mode === "attach" ? "running, not blocked in a write" : "still running at the timeout, not blocked in a write";
}
__name(behaviour, "behaviour");
function hangSections(runs) {
  const summary = { title: "What the program does", lines: runs.map((r) => `  under ${CONDITIONS[r.mode]} (${r.mode}): ${behaviour(r)}`) };
  return [summary, ...runs.map((r) => {
    const lines = [];
    const o = r.outcome;
    lines.push(`  outcome: ${o.kind === "exited" ? o.signal ? `killed by ${o.signal}` : `exited with status ${o.code}` : o.kind === "failed" ? `failed to start: ${o.error}` : o.kind === "blocked" ? "blocked in a write" : "still running, not blocked in a write"} (after ${r.elapsedMs} ms)`);
    if (o.kind === "exited" && o.code === 0 && !o.signal) lines.push("  no problem: it finished with this reader");
    if (r.process) {
      const counts = /* @__PURE__ */ new Map();
      for (const t of r.process.threads) {
        const k = t.syscall ? `${t.syscall.name}${t.syscall.fd !== null && /write|read/.test(t.syscall.name) ? `(fd ${t.syscall.fd})` : ""}` : t.state === "R" ? "running" : t.wchan || t.state;
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      const summary2 = [...counts].map(([k, n]) => n > 1 ? `${k} x${n}` : k).join(", ");
      lines.push(`  process: ${r.process.comm} pid ${r.process.pid}, state ${r.process.state}, ${r.process.threads.length} thread(s): ${summary2}`);
    }
    if (r.blocked) {
      const b = r.blocked;
      const first = b.detectedAtMs - b.stalledMs;
      lines.push(`  blocked: thread ${b.tid} (state ${b.state}) in ${b.syscall}(fd ${b.fd}) at ${b.wchan || "?"}: first seen there ${first} ms after start, still there at ${b.lastSeenMs} ms when godiag stopped it (blocked at least ${b.lastSeenMs - first} ms)`);
    }
    const shown = (r.process?.fds ?? []).filter((f) => f.fd <= 2 || r.fds.includes(f.fd));
    for (const f of shown) lines.push(`  fd ${f.fd} -> ${f.target} (${f.kind}${f.access ? `, ${f.access}` : ""}${f.nonBlocking ? ", O_NONBLOCK" : ""})`);
    if (r.process?.io) lines.push(`  write calls by pid ${r.process.pid} (/proc/${r.process.pid}/io, to any descriptor, children not counted): ${r.process.io.syscw} calls, ${r.process.io.wchar} bytes`);
    if (r.channel.bytesWaiting !== null) lines.push(`  the pipe holds ${r.channel.bytesWaiting} unread bytes (${r.channel.note})`);
    if (r.channel.readerClosedAfter !== null) lines.push(`  reader closed its end after ${r.channel.readerClosedAfter} bytes`);
    if (r.mode === "drained") lines.push(`  bytes read: ${r.channel.bytesRead}`);
    for (const p of r.peers) lines.push(`  other end: ${p.self ? "godiag (this process, not reading on purpose)" : `${p.comm} pid ${p.pid}`} fd ${p.fd} (${p.access ?? "?"}), state ${p.state}, ${p.activity}: ${p.doing}`);
    if (r.blocked && r.peers.length === 0) lines.push("  other end: no process holds it for reading");
    if (r.goroutines) {
      lines.push(`  goroutines: ${r.goroutines.note}; ${r.goroutines.total} goroutines, ${r.goroutines.blockedInWrite.length} in a write`);
      for (const g of r.goroutines.blockedInWrite) lines.push(`    goroutine ${g.id} [${g.state}]: ${g.frames.slice(0, 6).join(" <- ")}${g.caller ? ` (from ${g.caller})` : ""}`);
    }
    if (r.stderrTail?.trim()) lines.push(`  stderr: ${r.stderrTail.trim().split("\n").slice(-3).join(" | ")}`);
    for (const n of r.notes) lines.push(`  note: ${n}`);
    const what = r.command ? r.command.join(" ") : `pid ${r.pid}`;
    return { title: `${r.mode}: ${what.length > 70 ? `${what.slice(0, 67)}...` : what}`, lines };
  })];
}
__name(hangSections, "hangSections");

// src/cli/commands/hang.ts
var HELP = `usage: godiag hang run [flags] -- CMD [ARGS...]
       godiag hang attach PID [flags]

Find out why a program's output blocks (full pipe, undrained pty) or why it dies when
its reader goes away (SIGPIPE vs EPIPE), from /proc: thread states, wait sites,
syscalls, what fd 1 and 2 point at and who holds the other end.

run: start CMD (in its own process group, killed on exit, timeout or Ctrl-C) with its
output wired as --mode says:
  stalled-pipe   a pipe whose reader never reads (a paused pager, Wait before reading)
  closed-pipe    a reader that reads 4096 bytes and closes its end (| head -c 4096)
  pty            a pseudo-terminal whose master is not drained (uses script(1))
  drained        a reader that keeps up (the control)
  all            each of the above in turn (default)

flags (run):
      --mode MODE          one of the modes above
      --timeout S          give up on a mode after S seconds (default 10)
      --stall MS           a write with no progress this long is a hang (default 500)
      --fds LIST           descriptors wired to the mode's pipe (default 1,2; e.g. 1,3)
      --goroutines         for a blocked Go program: SIGQUIT with GOTRACEBACK=all and
                           show the goroutines blocked in write (this ends the program);
                           the wiring and the verdict are those of a run without it
attach: look at running process PID for --stall ms; never changes it, unless
      --sigquit            send SIGQUIT for a goroutine dump: this ENDS a Go program.
                           The dump goes to its stderr; read back when that is a file.
Each mode says what the program does under its condition. Blocking under stalled-pipe or
pty and dying of SIGPIPE under closed-pipe are what every program does (info); exit 1 is for
misbehaviour: a silent failure status or ignored write errors after EPIPE, or a block while
a reader kept up (drained, or a real reader found by attach).

exit status: 0 behaves, 1 findings at or above --fail-on, 2 usage error or CMD could not start.

common:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence and sources
      --config FILE                       .godiag.yaml/.json: rules: {GD952: off|info|warning|error}
                                          (default: looked up from the current directory upward)
      --no-color
`;
var FLAGS = {
  format: COMMON_FLAGS.format,
  "fail-on": COMMON_FLAGS["fail-on"],
  verbose: COMMON_FLAGS.verbose,
  "no-color": COMMON_FLAGS["no-color"],
  baseline: COMMON_FLAGS.baseline,
  "update-baseline": COMMON_FLAGS["update-baseline"],
  config: COMMON_FLAGS.config,
  help: COMMON_FLAGS.help,
  mode: { type: "string", default: "all" },
  timeout: { type: "string", default: "10" },
  stall: { type: "string", default: "500" },
  fds: { type: "string", default: "1,2" },
  goroutines: { type: "boolean", default: false },
  sigquit: { type: "boolean", default: false }
};
function positiveNumber(name, v, max) {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`--${name} must be a number in (0, ${max}] (got ${JSON.stringify(v)})`);
  return n;
}
__name(positiveNumber, "positiveNumber");
function parseFds(v) {
  const fds = v.split(",").map((s) => s.trim()).filter(Boolean).map(Number);
  if (fds.length === 0 || fds.some((f) => !Number.isInteger(f) || f < 1 || f > 64)) throw new UsageError(`--fds must list descriptors 1..64, like 1,2 or 1,3 (got ${JSON.stringify(v)})`);
  return fds;
}
__name(parseFds, "parseFds");
var NOT_LINUX = /* @__PURE__ */ __name((platform) => `godiag hang needs Linux: it reads /proc/PID/{stat,wchan,syscall,task,fd,fdinfo,io} to see where a write sleeps and who holds the other end of a pipe or pty. ${platform} has no such /proc, so nothing here is available. ` + (platform === "darwin" ? "On macOS, `sample PID` and `lsof -p PID` show a stuck write and its pipe by hand.\n" : "Run it on a Linux machine or in a Linux container.\n"), "NOT_LINUX");
async function run(argv, io, platform = process.platform) {
  const dash = argv.indexOf("--");
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  const { values, positionals } = parseFlags(own, FLAGS);
  if (values.help || positionals.length === 0) {
    io.stdout(HELP);
    return values.help ? 0 : 2;
  }
  const [sub, ...rest] = positionals;
  if (sub !== "run" && sub !== "attach") throw new UsageError(`unknown subcommand ${JSON.stringify(sub)}: use run or attach`);
  parseFailOn(values["fail-on"]);
  const stallMs = positiveNumber("stall", values.stall, 6e4);
  if (platform !== "linux") {
    io.stderr(NOT_LINUX(platform));
    return 2;
  }
  const config = await loadUserConfig(values.config, io.cwd);
  const host = new LocalHost(io.env);
  const progress = io.isTTY ? (l) => io.stderr(`godiag hang: ${l}
`) : void 0;
  let runs;
  if (sub === "run") {
    if (rest.length) throw new UsageError(`unexpected ${JSON.stringify(rest[0])}: put the command after --`);
    if (command.length === 0) throw new UsageError("no command: godiag hang run [flags] -- CMD [ARGS...]");
    if (values.sigquit) throw new UsageError("--sigquit is for attach; run uses --goroutines");
    const mode = values.mode;
    if (mode !== "all" && !HANG_MODES.includes(mode)) throw new UsageError(`--mode must be one of ${[...HANG_MODES, "all"].join(", ")} (got ${JSON.stringify(mode)})`);
    const modes = mode === "all" ? [...HANG_MODES] : [mode];
    const timeoutMs = positiveNumber("timeout", values.timeout, 3600) * 1e3;
    const fds = parseFds(values.fds);
    installSignalHandlers();
    runs = [];
    for (const m of modes) {
      progress?.(`${m}: ${command.join(" ")}`);
      const r = await runMode({ host, mode: m, argv: command, env: io.env, cwd: io.cwd, timeoutMs, stallMs, fds, goroutines: values.goroutines, progress });
      if (r.outcome.kind === "failed") {
        io.stderr(`godiag hang run: ${m}: cannot start ${JSON.stringify(command[0])}: ${r.outcome.error}
`);
        return 2;
      }
      runs.push(r);
    }
  } else {
    if (rest.length !== 1 || !/^\d+$/.test(rest[0])) throw new UsageError("attach takes one PID: godiag hang attach PID [--sigquit]");
    if (values.goroutines) throw new UsageError("attach sends SIGQUIT only with --sigquit (it ends a Go program)");
    const pid = Number(rest[0]);
    if (values.sigquit) io.stderr(`godiag hang: sending SIGQUIT to pid ${pid} after looking at it: a Go program prints its goroutines to its stderr and EXITS.
`);
    const r = await attach({ host, pid, stallMs, sigquit: values.sigquit });
    if (!r) {
      io.stderr(`godiag hang attach: no process ${pid} (or /proc/${pid} is not readable)
`);
      return 2;
    }
    runs = [r];
  }
  return runCommand(io, {
    command: `hang ${sub}`,
    facts: factsOf(host, io.cwd, { hang: { ok: true, value: { runs } } }),
    rules: HANG_RULES,
    config,
    timings: Object.fromEntries(runs.map((r) => [r.mode, r.elapsedMs])),
    sections: hangSections(runs)
  }, values);
}
__name(run, "run");
export {
  NOT_LINUX,
  run
};
