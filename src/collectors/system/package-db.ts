// Package databases made of blank-line-separated stanzas (dpkg's status file, Alpine's
// installed db). They run to megabytes, so stanzas are found by searching for their key line
// rather than by splitting the whole file.
import type { SysCtx } from './context.js';

export const DPKG_STATUS = '/var/lib/dpkg/status';
export const APK_INSTALLED = '/lib/apk/db/installed';

/** Every stanza holding exactly this line (e.g. "Package: libc6"), in file order. */
export function* stanzasWithLine(db: string, line: string): Generator<string> {
  for (let at = db.indexOf(line); at >= 0; at = db.indexOf(line, at + line.length)) {
    const lineEnd = at + line.length;
    if ((at > 0 && db[at - 1] !== '\n') || (lineEnd < db.length && db[lineEnd] !== '\n' && db[lineEnd] !== '\r')) continue;
    const start = stanzaBoundary(db, at, -1);
    const end = stanzaBoundary(db, lineEnd, 1);
    yield db.slice(start, end);
  }
}

/** Index of the blank line before (dir -1) or after (dir 1) position i, or the file's edge. */
function stanzaBoundary(db: string, i: number, dir: 1 | -1): number {
  const blank = /\n[ \t\r]*\n/g;
  if (dir === 1) {
    blank.lastIndex = i;
    const m = blank.exec(db);
    return m ? m.index : db.length;
  }
  let from = i;
  for (;;) {
    const nl = db.lastIndexOf('\n', from - 1);
    if (nl < 0) return 0;
    const prev = db.lastIndexOf('\n', nl - 1);
    if (db.slice(prev + 1, nl).trim() === '') return nl + 1;
    from = nl;
  }
}

const shared = new WeakMap<SysCtx, Map<string, Promise<string | null>>>();

/**
 * Read a package database once per collection: several probes look into the same file. As
 * latin1, which costs half of UTF-8 decoding: the fields read (Package, Status, Version,
 * Architecture) are ASCII, and only descriptions hold anything else.
 */
export function readPackageDb(ctx: SysCtx, p: string): Promise<string | null> {
  let files = shared.get(ctx);
  if (!files) shared.set(ctx, (files = new Map()));
  let text = files.get(p);
  if (!text) files.set(p, (text = ctx.host.readBytes(p, 16 * 1024 * 1024).then((b) => b?.toString('latin1') ?? null)));
  return text;
}
