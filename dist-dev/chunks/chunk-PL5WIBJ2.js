import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  PROBE_CACHE,
  PROBE_CONFIG
} from "./chunk-XVVG7EUA.js";
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  HostFileError
} from "./chunk-DVE6XF4L.js";
import {
  parseDfP
} from "./chunk-SDAAKID4.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  resolveProgram
} from "./chunk-RGSSBWB6.js";
import {
  clampLength
} from "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/remote/remote-host.ts
import { createHash } from "node:crypto";
import { constants as osc } from "node:os";

// src/collectors/remote/session.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";

// src/collectors/remote/probe-script.ts
var PROBE_SCRIPT = String.raw`
umask 077
# Commands run with stdin and stray output on /dev/null; a root without it cannot be probed.
[ -c /dev/null ] || { printf '%s 0 - no-dev-null\n' "$M"; exit 96; }
W=$(pwd)
# The probe's own tools come from the system directories whatever PATH the target gives; the
# commands it runs get the environment godiag asks for (env -i), and the env request reports the
# environment the shell started with.
P0=$PATH
PATH=/bin:/usr/bin:/sbin:/usr/sbin:$PATH
T=$(mktemp -d "%{TMPDIR:-/tmp}/godiag-probe.XXXXXX" 2>/dev/null) || { T="%{TMPDIR:-/tmp}/godiag-probe.$$"; mkdir "$T" || exit 97; }
# Blob names are parsed from wc's output: a temporary directory whose path holds a newline is not used.
case $T in *'
'*) rmdir "$T"; T="/tmp/godiag-probe.$$"; mkdir "$T" || exit 97;; esac
trap 'rm -rf "$T"' EXIT
trap 'exit 129' HUP INT TERM
if head -c 1 </dev/null >/dev/null 2>&1; then cap() { head -c "$1"; }; else cap() { dd bs="$1" count=1 2>/dev/null; }; fi
# blen FILE sets b_n to its length: one process (wc), and no subshell around the function (a
# fork per answer). The shell's own arithmetic drops the padding some wc print.
blen() { b_n=$(wc -c <"$1"); b_n=$((b_n)); }
# answer ID "FIELDS" [FILE...]: the header, then each file's bytes. Several files cost one wc and
# one cat (a batch of reads is one request, not one process per file and per length).
answer() {
  a_id=$1; a_f=$2; shift 2; a_l=
  if [ $# -eq 1 ]; then blen "$1"; a_l="$b_n,"
  elif [ $# -gt 1 ]; then
    a_n=$#
    a_l=$(wc -c "$@" | { a_k=0; while [ "$a_k" -lt "$a_n" ] && read -r a_c a_r; do printf '%s,' "$((a_c))"; a_k=$((a_k + 1)); done; })
  fi
  printf '%s %s %s %s\n' "$M" "$a_id" "%{a_l:--}" "$a_f"
  [ $# -gt 0 ] && cat "$@"
}
# A program name resolved as execvp would, but only in absolute PATH entries (collectors/exec.ts).
resolve() {
  case $1 in /*) [ -f "$1" ] && [ -x "$1" ] && { echo "$1"; return 0; }; return 1;; */*) return 1;; esac
  r_ifs=$IFS; IFS=:
  for r_d in $2; do
    case $r_d in /*) if [ -f "$r_d/$1" ] && [ -x "$r_d/$1" ]; then IFS=$r_ifs; echo "$r_d/$1"; return 0; fi;; esac
  done
  IFS=$r_ifs; return 1
}
# sweep TAG [LOG]: kill every process whose environment holds TAG (Linux /proc), noting "PID COMM" in LOG.
sweep() {
  for s_p in /proc/[0-9]*; do
    [ -r "$s_p/environ" ] && tr '\000' '\n' <"$s_p/environ" 2>/dev/null | grep -qx "$1" || continue
    [ -n "$2" ] && printf '%s %s\n' "%{s_p#/proc/}" "$(cat "$s_p/comm" 2>/dev/null)" >>"$2"
    kill -9 "%{s_p#/proc/}" 2>/dev/null
  done
}
# stat fields: hex raw mode, size, uid, gid, mtime s, dev, inode.
st() { stat $1 -c '%f %s %u %g %Y %d %i' "$2" 2>/dev/null; }
# ID OP ARGS...
q() {
  q_id=$1; q_op=$2; shift 2
  case $q_op in
  read|tail)
    if [ -f "$1" ] && [ -r "$1" ]; then
      if [ "$q_op" = read ]; then cap "$2" <"$1" >"$T/b" 2>/dev/null; else tail -c "$2" <"$1" >"$T/b" 2>/dev/null; fi
      answer "$q_id" ok "$T/b"
    else answer "$q_id" none; fi;;
  range)
    # range FILE OFFSET LENGTH: dd seeks in whole blocks, tail drops the rest of the first one.
    if [ -f "$1" ] && [ -r "$1" ]; then
      r_s=$(($2 % 4096))
      dd if="$1" bs=4096 skip=$(($2 / 4096)) count=$((($3 + r_s + 4095) / 4096)) 2>/dev/null | tail -c +$((r_s + 1)) | cap "$3" >"$T/b"
      answer "$q_id" ok "$T/b"
    else answer "$q_id" none; fi;;
  reads|readlinks)
    # reads MAX PATH... / readlinks PATH...: a flag per path, 1 or 0, then the bytes of each path
    # flagged 1. One process for all where the target's tools allow it (cat of files no larger
    # than MAX, GNU readlink -z), checked by the byte and record counts it must give; otherwise
    # one process per path. Each path is shifted off and the kept ones appended back.
    if [ "$q_op" = reads ]; then q_max=$1; shift; fi
    q_n=$#; q_k=0; q_f=; q_nl=
    while [ "$q_k" -lt "$q_n" ]; do
      case $1 in *'
'*) q_nl=1;; esac
      if [ "$q_op" = reads ]; then if [ -f "$1" ] && [ -r "$1" ]; then q_ok=1; else q_ok=0; fi
      elif [ -h "$1" ]; then q_ok=1; else q_ok=0; fi
      q_f="%{q_f}$q_ok"; [ "$q_ok" = 1 ] && set -- "$@" "$1"; shift; q_k=$((q_k + 1))
    done
    if [ $# -gt 0 ] && [ -z "$q_nl" ]; then
      if [ "$q_op" = reads ]; then
        # Each size from one wc; the copy must hold exactly their sum (a file that changed meanwhile
        # sends the slow way).
        q_n=$#
        q_s=$(wc -c -- "$@" 2>/dev/null | { q_k=0; while [ "$q_k" -lt "$q_n" ] && read -r q_c q_r; do printf '%s,' "$((q_c))"; q_k=$((q_k + 1)); done; })
        q_t=0; q_ifs=$IFS; IFS=,
        for q_c in $q_s; do if [ "$q_c" -gt "$q_max" ]; then q_t=-1; break; fi; q_t=$((q_t + q_c)); done
        IFS=$q_ifs
        if [ "$q_t" -ge 0 ] && [ "%{q_s%,}" != "" ] && cat -- "$@" >"$T/r" 2>/dev/null && blen "$T/r" && [ "$b_n" = "$q_t" ]; then answer "$q_id" "okc $q_f %{q_s%,}" "$T/r"; return; fi
      elif readlink -z -- "$@" >"$T/r" 2>/dev/null && [ "$(tr -cd '\000' <"$T/r" | wc -c)" -eq $# ]; then
        answer "$q_id" "okz $q_f" "$T/r"; return
      fi
    fi
    q_n=$#; q_k=0
    while [ "$q_k" -lt "$q_n" ]; do
      if [ "$q_op" = reads ]; then cap "$q_max" <"$1" >"$T/r$q_k" 2>/dev/null; else readlink "$1" >"$T/r$q_k" 2>/dev/null; fi
      shift; set -- "$@" "$T/r$q_k"; q_k=$((q_k + 1))
    done
    answer "$q_id" "ok %{q_f:--}" "$@";;
  stat|lstat)
    # Through a file, not $(...): a subshell would be a second process per stat.
    if [ "$q_op" = stat ]; then st -L "$1" >"$T/s"; else st '' "$1" >"$T/s"; fi
    q_s=; read -r q_s <"$T/s"
    if [ -n "$q_s" ]; then answer "$q_id" "ok $q_s"; else answer "$q_id" none; fi;;
  readdir)
    if [ -d "$1" ] && [ -r "$1" ] && [ -x "$1" ]; then
      : >"$T/b"
      for q_e in "$1"/* "$1"/.*; do
        q_n=%{q_e##*/}
        case $q_n in .|..) continue;; esac
        if [ -h "$q_e" ]; then q_t=l; elif [ -d "$q_e" ]; then q_t=d; elif [ -f "$q_e" ]; then q_t=f; elif [ -p "$q_e" ]; then q_t=p; elif [ -S "$q_e" ]; then q_t=s; elif [ -c "$q_e" ] || [ -b "$q_e" ]; then q_t=c; elif [ -e "$q_e" ]; then q_t=o; else continue; fi
        printf '%s%s\000' "$q_t" "$q_n" >>"$T/b"
      done
      answer "$q_id" ok "$T/b"
    else answer "$q_id" none; fi;;
  readlink)
    if [ -h "$1" ] && readlink "$1" >"$T/b" 2>/dev/null; then answer "$q_id" ok "$T/b"; else answer "$q_id" none; fi;;
  realpath)
    if [ -e "$1" ] && readlink -f "$1" >"$T/b" 2>/dev/null; then answer "$q_id" ok "$T/b"; else answer "$q_id" none; fi;;
  exec)
    if [ -f "$1" ] && [ -x "$1" ]; then answer "$q_id" yes; else answer "$q_id" no; fi;;
  df)
    if df -Pk "$1" >"$T/b" 2>/dev/null; then answer "$q_id" ok "$T/b"; else answer "$q_id" none; fi;;
  where)
    printf '%s' "$W" >"$T/b"; printf '%s' "$T" >"$T/t"; answer "$q_id" ok "$T/b" "$T/t";;
  scratch)
    # scratch CACHE CONFIG: a fresh neutral directory for go, its telemetry off (collectors/neutral-dir.ts).
    q_d="$T/n$q_id"
    if mkdir -p "$q_d/$1" "$q_d/$2/go/telemetry" && echo off >"$q_d/$2/go/telemetry/mode"; then printf '%s' "$q_d" >"$T/b"; answer "$q_id" ok "$T/b"; else answer "$q_id" none; fi;;
  env)
    # What a command started now inherits (a login shell's profile included), with the PATH the
    # shell was given: a child's own /proc/self/environ is NUL-separated, so any value survives.
    q_c=$(command -v cat)
    if PATH=$P0 "$q_c" /proc/self/environ >"$T/b" 2>/dev/null && [ -s "$T/b" ]; then q_f=nul; else { env | grep -v '^PATH='; printf 'PATH=%s\n' "$P0"; } >"$T/b"; q_f=lines; fi
    answer "$q_id" "ok $q_f" "$T/b";;
  run)
    # run SECONDS MAXBYTES CWD PROGRAM ENVCOUNT NAME=VALUE... ARGS...
    q_to=$1; q_max=$2; q_cwd=$3; q_p=$4; q_n=$5; shift 5
    q_m=$(($# - q_n)); q_i=0; q_path=
    # "$@" is ENV... ARGS...; rotated to ARGS... ENV..., then ENV... PROGRAM ARGS... for env -i.
    while [ "$q_i" -lt "$q_n" ]; do case $1 in PATH=*) q_path=%{1#PATH=};; esac; set -- "$@" "$1"; shift; q_i=$((q_i + 1)); done
    if ! q_x=$(resolve "$q_p" "$q_path"); then printf '%s not found in the absolute PATH entries of the target' "$q_p" >"$T/e"; answer "$q_id" nostart "$T/e"; return; fi
    if ! cd "$q_cwd" 2>/dev/null; then printf 'cannot enter %s on the target' "$q_cwd" >"$T/e"; answer "$q_id" nostart "$T/e"; return; fi
    set -- "$@" "$q_x"; q_i=0
    while [ "$q_i" -lt "$q_m" ]; do set -- "$@" "$1"; shift; q_i=$((q_i + 1)); done
    rm -f "$T/rc" "$T/late" "$T/ef"; : >"$T/left"
    mkfifo "$T/ef" || { answer "$q_id" nostart; return; }
    cap $((q_max + 1)) <"$T/ef" >"$T/e" &
    # The command leads its own process group (setsid, where there is one), so the deadline kills
    # its children too; the tag in its environment finds those that left the group (a daemonizing
    # child keeping the output open), as collectors/exec.ts does on this machine. Once the deadline
    # has passed the watchdog ignores TERM: the end of the command must not cut its sweep short.
    q_tag="_GODIAG_RUN=probe.$$.$q_id"
    q_ss=; command -v setsid >/dev/null 2>&1 && q_ss=setsid
    {
      $q_ss env -i "$q_tag" "$@" </dev/null 2>"$T/ef" & q_c=$!
      ( trap 'kill "$q_s" 2>/dev/null; exit 0' TERM; sleep "$q_to" & q_s=$!; wait "$q_s"; trap '' TERM; : >"$T/late"; [ -n "$q_ss" ] && kill -9 -"$q_c" 2>/dev/null; kill -9 "$q_c" 2>/dev/null; sweep "$q_tag" "$T/left" ) >/dev/null 2>&1 &
      q_w=$!
      wait "$q_c"; echo $? >"$T/rc"; kill "$q_w" 2>/dev/null
      # Ended: what stays of its group goes; one that left the group and still holds the output
      # (a setsid grandchild) is swept after a second, unless the output closed by then.
      [ -n "$q_ss" ] && kill -9 -"$q_c" 2>/dev/null
      ( sleep 1; [ -e "$T/fin$q_id" ] || sweep "$q_tag" "$T/left" ) >/dev/null 2>&1 &
    } | cap $((q_max + 1)) >"$T/o"
    wait
    : >"$T/fin$q_id"
    cd /
    if [ -f "$T/late" ]; then q_l=late; else q_l=intime; fi
    answer "$q_id" "ran $(cat "$T/rc" 2>/dev/null || echo -) $q_l" "$T/o" "$T/e" "$T/left";;
  *) answer "$q_id" "unknown-op";;
  esac
}
printf '%s 0 - hello %s %s\n' "$M" "$(uname -s 2>/dev/null || echo unknown)" "$(uname -m 2>/dev/null || echo unknown)"
`.replace(/%\{/g, "${");

// src/collectors/remote/session.ts
var MAX_PREAMBLE = 64 * 1024;
var ANSWER_GRACE_MS = 5e3;
var ProbeSession = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  static {
    __name(this, "ProbeSession");
  }
  broken = null;
  hello = [];
  child = null;
  buf = Buffer.alloc(0);
  /** Pieces received since buf was last joined, and how long buf must be before it is parsed again. */
  more = [];
  moreBytes = 0;
  need = 0;
  /** Request lines not yet written: the ones asked in the same turn go out as one write. */
  outgoing = [];
  greeted = false;
  closing = false;
  nextId = 1;
  queue = [];
  stderr = "";
  mark = `@@GODIAG-${randomBytes(9).toString("hex")}`;
  /** Start the transport and wait for the probe's greeting. */
  start() {
    const [program, ...args] = this.opts.argv;
    if (!program) return Promise.reject(new Error("empty transport command"));
    return new Promise((resolve, reject) => {
      const env = {};
      for (const [k, v] of Object.entries(this.opts.env)) if (v !== void 0) env[k] = v;
      const resolved = resolveProgram(program, env.PATH);
      if ("error" in resolved) {
        reject(new Error(`could not start ${program}: ${resolved.error}`));
        return;
      }
      let child;
      try {
        child = spawn(resolved.path, args, { env, stdio: ["pipe", "pipe", "pipe"], detached: process.platform !== "win32" });
      } catch (e) {
        reject(new Error(`could not start ${program}: ${e.message}`));
        return;
      }
      this.child = child;
      const connectMs = this.opts.connectTimeoutMs ?? 3e4;
      const greet = {
        id: 0,
        op: "greeting",
        maxBytes: 0,
        timeoutMs: connectMs,
        deadline: setTimeout(() => this.fail(`no greeting from the target within ${connectMs} ms`), connectMs),
        resolve: /* @__PURE__ */ __name((a) => {
          this.hello = a.fields;
          resolve();
        }, "resolve"),
        reject
      };
      this.queue.push(greet);
      child.on("error", (e) => this.fail(`could not start ${program}: ${e.message}`));
      child.stdout.on("data", (b) => this.onData(b));
      child.stderr.on("data", (b) => {
        if (this.stderr.length < 4096) this.stderr += b.toString("utf8");
      });
      child.stdin.on("error", () => {
      });
      child.on("close", (code, signal) => {
        if (this.closing && !this.queue.length) return;
        const said = this.stderr.trim().split("\n").filter(Boolean).slice(-3).join(" / ");
        this.fail(`the target closed the session${this.queue.length ? " mid-answer" : ""} (${signal ?? `exit ${code}`})${said ? `: ${said}` : ""}`);
      });
      child.stdin.write(`M=${this.mark}
${PROBE_SCRIPT}
`);
    });
  }
  /**
   * One request. Requests are written at once (the shell reads them as it gets to them) and
   * answered in order; each one's deadline runs from when the answer before it arrived.
   */
  request(op, args, timeoutMs, maxBytes) {
    if (this.broken) return Promise.reject(new Error(this.broken));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const pending = { id, op, maxBytes, timeoutMs, resolve, reject };
      this.queue.push(pending);
      if (this.queue.length === 1) this.arm(pending);
      this.outgoing.push(`q ${id} ${op} ${args.map(shQuote).join(" ")}
`);
      if (this.outgoing.length === 1) queueMicrotask(() => this.flush());
    });
  }
  /** A write per request cost a wake-up of the target's shell each: collectors ask dozens at once. */
  flush() {
    if (!this.outgoing.length) return;
    const text = this.outgoing.join("");
    this.outgoing = [];
    if (!this.broken) this.child?.stdin?.write(text);
  }
  arm(p) {
    const ms = p.timeoutMs + ANSWER_GRACE_MS;
    p.deadline = setTimeout(() => this.fail(`the target did not answer ${p.op} within ${ms} ms`), ms);
  }
  /** Close stdin: the probe's shell exits and its EXIT trap removes the temporary directory. */
  async close() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const closed = new Promise((r) => child.once("close", () => r()));
    this.closing = true;
    this.flush();
    child.stdin.end();
    const t = setTimeout(() => this.kill(), 5e3);
    await closed;
    clearTimeout(t);
  }
  kill() {
    const pid = this.child?.pid;
    try {
      if (pid !== void 0 && process.platform !== "win32") process.kill(-pid, "SIGKILL");
      else this.child?.kill("SIGKILL");
    } catch {
    }
  }
  fail(reason) {
    if (!this.broken) this.broken = reason;
    for (const p of this.queue.splice(0)) {
      clearTimeout(p.deadline);
      p.reject(new Error(this.broken));
    }
    this.kill();
    this.child?.stdout?.destroy();
  }
  onData(b) {
    if (this.broken) return;
    this.more.push(b);
    this.moreBytes += b.length;
    if (this.buf.length + this.moreBytes < this.need) return;
    const parts = this.buf.length ? [this.buf, ...this.more] : this.more;
    this.buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    this.more = [];
    this.moreBytes = 0;
    this.need = 0;
    for (; ; ) {
      const head = this.buf.indexOf(this.mark + " ");
      if (head === -1) {
        if (this.buf.length > (this.greeted ? 0 : MAX_PREAMBLE) + this.mark.length) {
          return this.fail(this.greeted ? `the target printed output that is not an answer: ${preview(this.buf)}` : `the target printed ${this.buf.length} bytes without the probe's greeting: ${preview(this.buf)}`);
        }
        return;
      }
      if (head > 0) {
        if (this.greeted) return this.fail(`the target printed output that is not an answer: ${preview(this.buf.subarray(0, head))}`);
        this.buf = this.buf.subarray(head);
        continue;
      }
      const eol = this.buf.indexOf(10);
      if (eol === -1) {
        if (this.buf.length > 4096) return this.fail("the target printed an answer header longer than 4096 bytes");
        return;
      }
      const [, idText, lengthsText, ...fields] = this.buf.subarray(0, eol).toString("latin1").split(" ");
      const pending = this.queue[0];
      if (!pending || String(pending.id) !== idText) return this.fail(`the target answered request ${idText} while ${pending ? pending.id : "none"} was awaited`);
      const lengths = lengthsText === "-" ? [] : (lengthsText ?? "").split(",").filter(Boolean).map(Number);
      const total = lengths.reduce((a, n) => a + n, 0);
      if (lengths.some((n) => !Number.isSafeInteger(n) || n < 0) || total > pending.maxBytes * 2 + 1024) {
        return this.fail(`the target announced ${lengthsText} bytes for a request bounded at ${pending.maxBytes}`);
      }
      if (this.buf.length < eol + 1 + total) {
        this.need = eol + 1 + total;
        return;
      }
      const blobs = [];
      let at = eol + 1;
      for (const n of lengths) {
        blobs.push(Buffer.from(this.buf.subarray(at, at + n)));
        at += n;
      }
      this.buf = this.buf.subarray(at);
      this.queue.shift();
      clearTimeout(pending.deadline);
      if (this.queue[0]) this.arm(this.queue[0]);
      if (pending.id === 0) this.greeted = true;
      pending.resolve({ fields, blobs });
    }
  }
};
function preview(b) {
  return JSON.stringify(b.subarray(0, 80).toString("latin1"));
}
__name(preview, "preview");

// src/collectors/remote/remote-host.ts
var FILE_REQUEST_MS = 15e3;
var DEFAULT_READ_BYTES = 1024 * 1024;
var REMEMBERED_OPS = /* @__PURE__ */ new Set(["read", "tail", "stat", "lstat", "readdir", "readlink", "realpath", "exec"]);
var REMEMBERED_BYTES = 256 * 1024;
var BATCH = 256;
var OPEN_FILE_CAP = 64 * 1024 * 1024;
var SPECIAL = { p: "fifo", s: "socket", c: "device", o: "other" };
var UNREADABLE = { error: true, code: "EIO", message: "absent or unreadable on the target" };
var S_IFMT = 61440;
var TYPE = { file: 32768, dir: 16384, link: 40960, fifo: 4096, socket: 49152, chr: 8192, blk: 24576 };
function platformOf(uname) {
  const known = { Linux: "linux", Darwin: "darwin", FreeBSD: "freebsd", OpenBSD: "openbsd", SunOS: "sunos", AIX: "aix" };
  return known[uname ?? ""] ?? "linux";
}
__name(platformOf, "platformOf");
function archOf(machine) {
  const known = { x86_64: "x64", amd64: "x64", aarch64: "arm64", arm64: "arm64", i686: "ia32", i386: "ia32", armv7l: "arm", ppc64le: "ppc64", s390x: "s390x", riscv64: "riscv64" };
  return known[machine ?? ""] ?? machine ?? "unknown";
}
__name(archOf, "archOf");
var SIGNAL_NAMES = new Map(Object.entries(osc.signals).map(([name, n]) => [n, name]));
function parseEnviron(b, format) {
  const env = {};
  for (const rec of b.toString("utf8").split(format === "nul" ? "\0" : "\n")) {
    const eq = rec.indexOf("=");
    if (eq > 0) env[rec.slice(0, eq)] = rec.slice(eq + 1);
  }
  return env;
}
__name(parseEnviron, "parseEnviron");
function parseStat(fields) {
  const [status, modeHex, size, uid, gid, mtime, dev, ino] = fields;
  if (status !== "ok") return null;
  const mode = parseInt(modeHex ?? "", 16);
  if (!Number.isFinite(mode)) return null;
  const t = mode & S_IFMT;
  return {
    isFile: t === TYPE.file,
    isDir: t === TYPE.dir,
    isSymlink: t === TYPE.link,
    isFIFO: t === TYPE.fifo,
    isSocket: t === TYPE.socket,
    isDevice: t === TYPE.chr || t === TYPE.blk,
    size: Number(size),
    mode,
    uid: Number(uid),
    gid: Number(gid),
    mtimeMs: Number(mtime) * 1e3,
    dev: Number(dev),
    ino: Number(ino)
  };
}
__name(parseStat, "parseStat");
function stripNewline(b) {
  const s = b.toString("utf8");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}
__name(stripNewline, "stripNewline");
var RemoteHost = class _RemoteHost {
  constructor(session, target) {
    this.session = session;
    this.target = target;
  }
  session;
  target;
  static {
    __name(this, "RemoteHost");
  }
  kind = "remote";
  platform = "linux";
  arch = "unknown";
  env = {};
  /** The directory the target's shell started in (the login directory for ssh, WORKDIR for docker). */
  startDir = "/";
  /** The probe's own temporary directory on the target (removed when the session closes). */
  tempDir = "";
  /** Answers to the questions in REMEMBERED_OPS since the last command ran (see ask). */
  remembered = /* @__PURE__ */ new Map();
  /** Start the transport and learn the target's platform, environment and directories. */
  static async connect(target, opts) {
    const session = new ProbeSession(opts);
    await session.start();
    if (session.hello[0] !== "hello") {
      await session.close();
      throw new Error(session.hello[0] === "no-dev-null" ? "the target has no /dev/null (a chroot needs /dev: mount or create it)" : `unexpected greeting ${JSON.stringify(session.hello.join(" "))}`);
    }
    const host = new _RemoteHost(session, target);
    const [, uname, machine] = session.hello;
    host.platform = platformOf(uname);
    host.arch = archOf(machine);
    const [where, env] = await Promise.all([
      session.request("where", [], FILE_REQUEST_MS, 64 * 1024),
      session.request("env", [], FILE_REQUEST_MS, DEFAULT_MAX_BYTES)
    ]);
    host.startDir = where.blobs[0]?.toString("utf8") || "/";
    host.tempDir = where.blobs[1]?.toString("utf8") ?? "";
    host.env = parseEnviron(env.blobs[0] ?? Buffer.alloc(0), env.fields[1] ?? "lines");
    return host;
  }
  /** Why the session broke, or null while it works. */
  get broken() {
    return this.session.broken;
  }
  close() {
    return this.session.close();
  }
  /**
   * One request, or the answer to the same question asked since the last command ran: the shell
   * collectors ask each context about the same startup files and PATH entries, and every round
   * trip costs the target processes. A command may change files, so running one forgets all.
   */
  ask(op, args, maxBytes = 64 * 1024) {
    if (!REMEMBERED_OPS.has(op)) return this.askTarget(op, args, maxBytes);
    const key = `${op}\0${args.join("\0")}`;
    let answer = this.remembered.get(key);
    if (!answer) {
      answer = this.askTarget(op, args, maxBytes);
      this.remembered.set(key, answer);
      void answer.then((a) => {
        if (a && a.blobs.reduce((n, b) => n + b.length, 0) > REMEMBERED_BYTES) this.remembered.delete(key);
      });
    }
    return answer;
  }
  async askTarget(op, args, maxBytes) {
    try {
      return await this.session.request(op, args, FILE_REQUEST_MS, maxBytes);
    } catch {
      return null;
    }
  }
  async readBytes(p, maxBytes = DEFAULT_READ_BYTES) {
    const a = await this.ask("read", [p, String(maxBytes)], maxBytes);
    return a?.fields[0] === "ok" ? (a.blobs[0] ?? Buffer.alloc(0)).subarray(0, maxBytes) : null;
  }
  async readText(p, maxBytes = DEFAULT_READ_BYTES) {
    return (await this.readBytes(p, maxBytes))?.toString("utf8") ?? null;
  }
  async readTail(p, maxBytes) {
    const a = await this.ask("tail", [p, String(maxBytes)], maxBytes);
    return a?.fields[0] === "ok" ? (a.blobs[0] ?? Buffer.alloc(0)).subarray(-maxBytes).toString("utf8") : null;
  }
  async stat(p) {
    const a = await this.ask("stat", [p]);
    return a ? parseStat(a.fields) : null;
  }
  async lstat(p) {
    const a = await this.ask("lstat", [p]);
    return a ? parseStat(a.fields) : null;
  }
  async readdirTyped(p) {
    const a = await this.ask("readdir", [p], DEFAULT_MAX_BYTES);
    if (a?.fields[0] !== "ok") return null;
    return (a.blobs[0] ?? Buffer.alloc(0)).toString("utf8").split("\0").filter(Boolean).map((rec) => ({ name: rec.slice(1), isFile: rec[0] === "f", isDir: rec[0] === "d", isSymlink: rec[0] === "l", ...SPECIAL[rec[0]] ? { special: SPECIAL[rec[0]] } : {} })).sort((x, y) => compareText(x.name, y.name));
  }
  async readdir(p) {
    return (await this.readdirTyped(p))?.map((e) => e.name).sort() ?? null;
  }
  async readlink(p) {
    const a = await this.ask("readlink", [p]);
    return a?.fields[0] === "ok" ? stripNewline(a.blobs[0] ?? Buffer.alloc(0)) : null;
  }
  async realpath(p) {
    const a = await this.ask("realpath", [p]);
    return a?.fields[0] === "ok" ? stripNewline(a.blobs[0] ?? Buffer.alloc(0)) || null : null;
  }
  async isExecutable(p) {
    const a = await this.ask("exec", [p]);
    return a?.fields[0] === "yes";
  }
  /**
   * A target's file for positional reads: ranges fetched through the probe (dd) in chunks, a few
   * kept, so a binary's headers and build info cost a few requests, not the whole file.
   */
  async openFile(p, opts = {}) {
    const st = await this.stat(p);
    if (!st) return UNREADABLE;
    if (st.isDir) return { error: true, code: "EISDIR", message: "is a directory" };
    if (!st.isFile) return { error: true, code: "ENOTREG", message: "not a regular file (FIFO, socket or device): not opened" };
    const source = new RemoteRanges(st.size, async (offset, length) => {
      const a = await this.ask("range", [p, String(offset), String(length)], length);
      if (a?.fields[0] !== "ok") throw new HostFileError({ error: true, code: "EIO", message: `could not read ${p} on the target${this.broken ? `: ${this.broken}` : ""}` });
      return (a.blobs[0] ?? Buffer.alloc(0)).subarray(0, length);
    });
    let head;
    try {
      head = await source.read(0, opts.headBytes ?? 0);
    } catch {
      return UNREADABLE;
    }
    return { size: source.size, read: /* @__PURE__ */ __name((o, n) => source.read(o, n), "read"), head, close() {
    } };
  }
  async readFiles(paths, maxBytes) {
    return this.batched("reads", [String(maxBytes)], paths, maxBytes, (b) => b.subarray(0, maxBytes));
  }
  async readlinks(paths) {
    return this.batched("readlinks", [], paths, 4096, stripNewline);
  }
  /**
   * One request per BATCH paths (probe ops reads, readlinks): a flag per path, then the bytes of
   * each path flagged 1 — a blob each (`ok`), one blob cut at the listed sizes (`okc`), or one
   * blob of NUL-terminated records (`okz`).
   */
  async batched(op, args, paths, maxEach, decode) {
    const out = [];
    for (let i = 0; i < paths.length; i += BATCH) {
      const part = paths.slice(i, i + BATCH);
      const a = await this.ask(op, [...args, ...part], maxEach * part.length);
      const [status, flags = ""] = a?.fields ?? [];
      const kept = status?.startsWith("ok") ? splitBatch(status, a.fields[2], a.blobs) : null;
      let k = 0;
      for (let j = 0; j < part.length; j++) out.push(kept && flags[j] === "1" ? decode(kept[k++] ?? Buffer.alloc(0)) : null);
    }
    return out;
  }
  async readHeads(paths, bytes) {
    return (await this.readFiles(paths, bytes)).map((b) => b ?? UNREADABLE);
  }
  async statWhy(p, opts = {}) {
    return await (opts.noFollow ? this.lstat(p) : this.stat(p)) ?? { error: true, code: "ENOENT", message: "no such file or directory on the target" };
  }
  async readdirWhy(p) {
    return await this.readdirTyped(p) ?? UNREADABLE;
  }
  /** Hashed here from the bytes the probe sends (capped like openFile): the target may lack sha256sum. */
  async hashFile(p, algorithm) {
    const st = await this.stat(p);
    if (!st?.isFile || st.size > OPEN_FILE_CAP) return null;
    const bytes = await this.readBytes(p, OPEN_FILE_CAP);
    return bytes && bytes.length === st.size ? createHash(algorithm).update(bytes).digest("hex") : null;
  }
  /** An empty directory in the probe's temporary directory, telemetry off, for running go. */
  async neutralDir() {
    const a = await this.ask("scratch", [PROBE_CACHE, PROBE_CONFIG]);
    return a?.fields[0] === "ok" ? (a.blobs[0] ?? Buffer.alloc(0)).toString("utf8") : "/";
  }
  async diskSpace(p) {
    const a = await this.ask("df", [p]);
    return a?.fields[0] === "ok" ? parseDfP((a.blobs[0] ?? Buffer.alloc(0)).toString("utf8")) : null;
  }
  /**
   * Run a program on the target: resolved in the absolute PATH entries of opts.env, started with
   * exactly that environment (env -i), stdin from /dev/null, killed at the deadline.
   */
  async run(file, args, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    const start = performance.now();
    const envWords = Object.entries(opts.env ?? this.env).flatMap(([k, v]) => v === void 0 || k.includes("=") ? [] : [`${k}=${v}`]);
    const failed = /* @__PURE__ */ __name((error) => ({
      ok: false,
      code: null,
      signal: null,
      stdout: "",
      stderr: "",
      stdoutBytes: Buffer.alloc(0),
      timedOut: false,
      truncated: false,
      error,
      ms: Math.round(performance.now() - start)
    }), "failed");
    if (opts.input !== void 0) return failed("input to a command on a remote target is not supported");
    let a;
    this.remembered.clear();
    try {
      a = await this.session.request("run", [String(Math.max(1, Math.ceil(timeoutMs / 1e3))), String(maxBytes), opts.cwd ?? "/", file, String(envWords.length), ...envWords, ...args], timeoutMs, maxBytes);
    } catch (e) {
      return failed(e.message);
    }
    const [status, rcText, when] = a.fields;
    if (status !== "ran") return failed(`spawn ${file} ENOENT: ${(a.blobs[0] ?? Buffer.alloc(0)).toString("utf8") || "could not start on the target"}`);
    const out = a.blobs[0] ?? Buffer.alloc(0);
    const err = a.blobs[1] ?? Buffer.alloc(0);
    const truncated = out.length > maxBytes || err.length > maxBytes;
    const stdoutBytes = out.subarray(0, maxBytes);
    const rc = Number(rcText);
    const timedOut = when === "late";
    const leftover = (a.blobs[2] ?? Buffer.alloc(0)).toString("utf8").split("\n").flatMap((l) => {
      const m = /^(\d+) (.*)$/.exec(l);
      return m ? [{ pid: Number(m[1]), command: m[2] }] : [];
    });
    const signal = rc > 128 ? SIGNAL_NAMES.get(rc - 128) ?? null : null;
    return {
      ok: !timedOut && Number.isInteger(rc),
      code: signal || !Number.isInteger(rc) ? null : rc,
      signal,
      stdout: stdoutBytes.toString("utf8"),
      stderr: err.subarray(0, maxBytes).toString("utf8"),
      stdoutBytes,
      timedOut,
      truncated,
      ...timedOut ? { error: `timed out after ${timeoutMs} ms` } : {},
      ...leftover.length ? { leftover } : {},
      ms: Math.round(performance.now() - start)
    };
  }
};
function splitBatch(status, sizes, blobs) {
  const all = blobs[0] ?? Buffer.alloc(0);
  if (status === "okc") {
    let at = 0;
    return (sizes ?? "").split(",").map((n) => all.subarray(at, at += Number(n)));
  }
  if (status === "okz") {
    const out = [];
    for (let at = 0, nul = all.indexOf(0); nul >= 0; at = nul + 1, nul = all.indexOf(0, at)) out.push(all.subarray(at, nul));
    return out;
  }
  return [...blobs];
}
__name(splitBatch, "splitBatch");
var RemoteRanges = class _RemoteRanges {
  constructor(size, fetch) {
    this.size = size;
    this.fetch = fetch;
  }
  size;
  fetch;
  static {
    __name(this, "RemoteRanges");
  }
  static CHUNK = 256 * 1024;
  static KEPT = 16;
  chunks = /* @__PURE__ */ new Map();
  async read(offset, length) {
    const len = clampLength(offset, length, this.size);
    if (len === 0) return Buffer.alloc(0);
    const C = _RemoteRanges.CHUNK;
    const first = Math.floor(offset / C), last = Math.floor((offset + len - 1) / C);
    if (last - first >= 4) return this.fetch(offset, len);
    const parts = [];
    for (let i = first; i <= last; i++) parts.push(await this.chunk(i));
    const all = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    return all.subarray(offset - first * C, offset - first * C + len);
  }
  chunk(i) {
    let c = this.chunks.get(i);
    if (!c) {
      c = this.fetch(i * _RemoteRanges.CHUNK, Math.min(_RemoteRanges.CHUNK, this.size - i * _RemoteRanges.CHUNK));
      c.catch(() => this.chunks.delete(i));
      this.chunks.set(i, c);
      if (this.chunks.size > _RemoteRanges.KEPT) this.chunks.delete(this.chunks.keys().next().value);
    }
    return c;
  }
};

export {
  archOf,
  parseEnviron,
  RemoteHost
};
