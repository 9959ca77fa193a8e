import { closeSync, constants as fsc, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { execFile } from '../exec.js';

/**
 * The pipe the child writes into. Node's 'pipe' stdio is a socketpair (libuv), which
 * blocks and buffers like a socket, not like a pipe; a FIFO is a real kernel pipe
 * (fs/pipe.c, same 16-page default capacity, same SIGPIPE/EPIPE) whose read end we
 * hold without reading, so "bytes waiting" is measured on our own end: no FIONREAD.
 */
export interface Fifo {
  /** Our read end (O_NONBLOCK): read only when the mode says so. */
  readFd: number;
  /** The child's write end (blocking, as an inherited stdout normally is); closed after spawn. */
  writeFd: number;
  read(max?: number): { bytes: number; eof: boolean; data: Buffer };
  /** Put back what read() took (the writer must be stopped, so the order is kept). */
  unread(data: Buffer): void;
  closeRead(): void;
  closeWrite(): void;
}

export async function makeFifo(dir: string, name: string, env: Record<string, string | undefined>): Promise<Fifo> {
  const p = path.join(dir, name);
  const r = await execFile('mkfifo', ['-m', '600', p], { env: { PATH: [env.PATH, '/usr/bin:/bin'].filter(Boolean).join(':') }, timeoutMs: 5000 });
  if (!r.ok || r.code !== 0) throw new Error(`mkfifo ${p} failed: ${r.error ?? r.stderr.trim()}`);
  // Reader first, non-blocking: opening a FIFO for writing blocks until a reader exists.
  const readFd = openSync(p, fsc.O_RDONLY | fsc.O_NONBLOCK);
  const writeFd = openSync(p, fsc.O_WRONLY);
  unlinkSync(p);
  let readOpen = true;
  let writeOpen = true;
  const buf = Buffer.alloc(65536);
  return {
    readFd,
    writeFd,
    read(max = Infinity) {
      let bytes = 0;
      const chunks: Buffer[] = [];
      while (readOpen && bytes < max) {
        let n: number;
        try {
          n = readSync(readFd, buf, 0, Math.min(buf.length, max - bytes), null);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return { bytes, eof: false, data: Buffer.concat(chunks) };
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
      // The FIFO is unlinked; our read end's /proc link opens the same pipe for writing.
      const fd = openSync(`/proc/self/fd/${readFd}`, fsc.O_WRONLY | fsc.O_NONBLOCK);
      try {
        for (let off = 0; off < data.length;) off += writeSync(fd, data, off);
      } finally {
        closeSync(fd);
      }
    },
    closeRead() {
      if (readOpen) { readOpen = false; closeSync(readFd); }
    },
    closeWrite() {
      if (writeOpen) { writeOpen = false; closeSync(writeFd); }
    },
  };
}
