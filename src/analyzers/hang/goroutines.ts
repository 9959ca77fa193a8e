import type { Goroutine } from '../../facts/schema/hang.js';

/**
 * Parse a Go traceback as printed on SIGQUIT with GOTRACEBACK=all (runtime/traceback.go):
 *   goroutine 1 gp=0x... m=0 mp=0x... [syscall]:      (gp/m fields since Go 1.23, with crash tracebacks)
 *   syscall.Syscall(0x1, 0x1, ...)
 *   \t/usr/local/go/src/syscall/syscall_linux.go:74 +0x25 ...
 */
const HEADER = /^goroutine (\d+)(?: [^[]*)? \[([^\]]+)\]:$/;
/** Go prints no parentheses inside an argument list, so the last (...) is the arguments. */
const ARGS = /\([^()]*\)$/;
const FILE = /^\t(\S+:\d+)/;

/** Frames of the write path: a goroutine with one of these is in (or under) a write. */
const WRITE_FRAMES = [/^syscall\.(write|Write|Syscall)$/, /^internal\/poll\.\(\*FD\)\.Write$/, /^os\.\(\*File\)\.Write/, /^bufio\.\(\*Writer\)\.Flush$/];
/** Packages between the program and the write; the caller is the first frame outside them. */
const PLUMBING = /^(runtime|syscall|internal\/|os\.|fmt\.|bufio\.|io\.|log\.|log\/slog\.)/;

export function parseGoroutines(text: string): Goroutine[] {
  type Parsed = Goroutine & { files: string[] };
  const out: Parsed[] = [];
  let cur: Parsed | null = null;
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    if (h) {
      cur = { id: Number(h[1]), state: h[2]!, frames: [], caller: null, files: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    if (line === '') { cur = null; continue; }
    const f = FILE.exec(line);
    if (f) { cur.files[cur.frames.length - 1] = f[1]!; continue; }
    if (line.startsWith('created by ')) { cur.frames.push(line); continue; }
    if (!line.startsWith('\t') && !line.startsWith('...')) cur.frames.push(line.replace(ARGS, ''));
  }
  return out.map(({ files, ...g }) => {
    const i = g.frames.findIndex((fr) => !PLUMBING.test(fr) && !fr.startsWith('created by '));
    return { ...g, caller: i < 0 ? null : `${g.frames[i]} at ${files[i] ?? '?'}` };
  });
}

/** Goroutines whose stack is in the write path, e.g. [syscall] in syscall.write under fmt.Println. */
export function blockedInWrite(gs: readonly Goroutine[]): Goroutine[] {
  return gs.filter((g) => g.frames.some((fr) => WRITE_FRAMES.some((re) => re.test(fr))));
}

/** Where the SIGQUIT dump starts in captured stderr (it follows whatever the program wrote). */
export function dumpStart(text: string): number {
  const i = text.search(/^SIGQUIT: quit$/m);
  return i < 0 ? text.search(/^goroutine \d+ /m) : i;
}
