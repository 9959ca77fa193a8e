// The probe: POSIX sh that a target runs as `sh -s`, reading its requests from the same stdin.
// It uses only what busybox has (head, tail, dd, wc, cat, stat, readlink, df, env, mktemp, kill, sleep):
// no bash, no coreutils, no Node. Each request is one shell command line, `q ID OP ARGS...`, whose
// arguments godiag quotes with shQuote (knowledge/shell-quote.ts), so the shell's own parser splits
// them and a path holding quotes, `$(...)` or a newline stays one value.
//
// Each answer is a header line `MARK ID LENGTHS FIELDS...` followed by the blobs whose byte counts
// LENGTHS lists (comma-separated, `-` for none). Blobs are raw bytes: ssh, docker/podman/kubectl
// exec without a TTY and chroot pass stdout through unchanged, and a length-prefixed raw copy is
// binary-safe at no encoding cost (an `od -tx1` dump triples the bytes and its parsing dominates;
// see bench/remote-transfer.ts). Every blob is first copied, bounded (head -c), into the probe's
// temporary directory, so its length is known before a byte is sent and a file growing meanwhile
// cannot break the framing.
//
// Every command run gets stdin from /dev/null (it would otherwise eat the requests), its output
// bounded through head -c, and a watchdog that kills it at its deadline. The temporary directory
// is removed when stdin closes (EXIT trap) and on HUP/INT/TERM, and nothing the probe started
// outlives it.

// `%{` stands for `${` (parameter expansion), which a template literal would take for its own.
export const PROBE_SCRIPT = String.raw`
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
# Sleepers still waiting to sweep after a run (files sl<ID>: the subshell's PID) go with the
# session: woken after the directory is gone, one would sweep /proc and reopen /dev/null in a
# root being torn down. A sleeping subshell's TERM trap takes its sleep with it: the trap names
# $!, which the shell sets when it starts the sleep, before any trap can run (a variable assigned
# after it could still be empty when TERM came in between).
trap 'for t_f in "$T"/sl*; do [ -f "$t_f" ] && kill $(cat "$t_f") 2>/dev/null; done; rm -rf "$T"' EXIT
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
    # Most paths asked about do not exist (where a setting could be): the shell's own test says
    # so without a process. Otherwise through a file, not $(...): a subshell is a second process.
    if [ "$q_op" = stat ]; then [ -e "$1" ] || { answer "$q_id" none; return; }; st -L "$1" >"$T/s"
    else { [ -e "$1" ] || [ -h "$1" ]; } || { answer "$q_id" none; return; }; st '' "$1" >"$T/s"; fi
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
      ( trap 'kill $! 2>/dev/null; exit 0' TERM; sleep "$q_to" & wait $!; trap '' TERM; : >"$T/late"; [ -n "$q_ss" ] && kill -9 -"$q_c" 2>/dev/null; kill -9 "$q_c" 2>/dev/null; sweep "$q_tag" "$T/left" ) >/dev/null 2>&1 &
      q_w=$!
      wait "$q_c"; echo $? >"$T/rc"; kill "$q_w" 2>/dev/null
      # Ended: what stays of its group goes; one that left the group and still holds the output
      # (a setsid grandchild) is swept after a second, unless the output closed by then.
      [ -n "$q_ss" ] && kill -9 -"$q_c" 2>/dev/null
      ( trap 'kill $! 2>/dev/null; exit 0' TERM; sleep 1 & wait $!; rm -f "$T/sl$q_id"; [ -e "$T/fin$q_id" ] || sweep "$q_tag" "$T/left" ) >/dev/null 2>&1 &
      echo "$!" >"$T/sl$q_id"
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
`.replace(/%\{/g, '${');
