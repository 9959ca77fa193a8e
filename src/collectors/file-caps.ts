// File capabilities of a set of files, through the Host. Node has no extended-attribute call and
// /proc shows no file's attributes, so reading security.capability without a native module
// means asking a program: getcap (libcap2-bin) first, getfattr (attr) second. Both take many
// files per run and print only the files that carry capabilities, so a tree of binaries costs a
// few runs. Both live in /usr/sbin, which an unprivileged user's PATH often lacks.
import type { Host } from './host.js';
import { lookPath } from './system/context.js';
import { parseGetcapOutput, parseGetfattrHex, type FileCaps } from '../analyzers/binary/file-caps.js';

export interface FileCapsResult {
  /** The program that read the attribute, or null when none could. */
  reader: CapsReader | null;
  /** Why capabilities are unknown (no reader, a run failed); null when every file was read. */
  problem: string | null;
  /** Files that carry capabilities; a file asked for and absent here has none. */
  caps: Map<string, FileCaps>;
}

const SBIN = ['/usr/sbin', '/sbin', '/usr/bin', '/bin'];
// A run takes as many files as its command line holds safely (Linux allows 2 MiB of arguments and
// environment with the default 8 MiB stack): each run costs a process start, 8-15 ms from Node.
const PER_RUN = 1000;
const ARG_BYTES = 128 * 1024;
/** What a path takes of the command line: its UTF-8 bytes and the NUL after it. */
const argBytes = (f: string) => Buffer.byteLength(f) + 1;
const TIMEOUT_MS = 10_000;

async function findTool(host: Host, name: string): Promise<string | null> {
  const onPath = await lookPath(host, name);
  if (onPath) return onPath;
  for (const dir of SBIN) if (await host.isExecutable(`${dir}/${name}`)) return `${dir}/${name}`;
  return null;
}

export type CapsReader = 'getcap' | 'getfattr';
const READERS: readonly CapsReader[] = ['getcap', 'getfattr'];

/** `readers`: the programs to try, in order. */
export function readFileCaps(host: Host, files: readonly string[], readers: readonly CapsReader[] = READERS): Promise<FileCapsResult> {
  const caps = fileCapsReader(host, readers);
  caps.add(files);
  return caps.finish();
}

/** Capabilities of files named while they are still being found (see fileCapsReader). */
export interface FileCapsReader {
  add(files: readonly string[]): void;
  /** Reads what waits now, or as soon as the run going ends (a caller that found no file for a while). */
  flush(): void;
  /** Reads what is still waiting, and the result of every run. */
  finish(): Promise<FileCapsResult>;
}

/**
 * A walk names its binaries one by one: a run starts as soon as a full command line of files
 * waits and none is running (or on flush), so the program reads while the walk goes on and only
 * the rest waits for finish() (inspect of a tree of 322 binaries ran getcap twice after its
 * walk: 35-40 ms, 8 % of the run).
 */
export function fileCapsReader(host: Host, readers: readonly CapsReader[] = READERS): FileCapsReader {
  const caps = new Map<string, FileCaps>();
  const problems: string[] = [];
  let waiting: string[] = [];
  let waitingBytes = 0;
  let running: Promise<void> | null = null;
  // A flush asked for while a run was going: the files waiting then start when it ends.
  let flushWanted = false;
  let tool: Promise<{ path: string; reader: CapsReader } | null> | null = null;
  const findReader = () => (tool ??= (async () => {
    const getcap = readers.includes('getcap') ? await findTool(host, 'getcap') : null;
    if (getcap) return { path: getcap, reader: 'getcap' as const };
    const getfattr = readers.includes('getfattr') ? await findTool(host, 'getfattr') : null;
    return getfattr ? { path: getfattr, reader: 'getfattr' as const } : null;
  })());
  // A run's failure is a problem to report, never a rejection: nothing may be waiting for it yet.
  const runBatch = async (batch: string[]) => {
    try {
      const t = await findReader();
      if (t) await readBatch(host, t, batch, caps, problems);
    } catch (e) {
      problems.push(`file capabilities not read: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const start = (all: boolean) => {
    if (running || waiting.length === 0 || (!all && !flushWanted && waiting.length < PER_RUN && waitingBytes < ARG_BYTES)) return;
    let n = 0;
    for (let bytes = 0; n < waiting.length && n < PER_RUN && (n === 0 || bytes + argBytes(waiting[n]!) < ARG_BYTES); n++) bytes += argBytes(waiting[n]!);
    const batch = waiting.slice(0, n);
    waiting = waiting.slice(n);
    waitingBytes = waiting.reduce((sum, f) => sum + argBytes(f), 0);
    if (waiting.length === 0) flushWanted = false;
    running = runBatch(batch).finally(() => {
      running = null;
      start(false);
    });
  };
  return {
    add(files) {
      if (host.platform !== 'linux') return;
      for (const f of files) {
        waiting.push(f);
        waitingBytes += argBytes(f);
      }
      start(false);
    },
    flush() {
      flushWanted = waiting.length > 0;
      start(false);
    },
    async finish() {
      if (host.platform !== 'linux') return { reader: null, problem: `file capabilities are a Linux feature (this host is ${host.platform})`, caps };
      for (;;) {
        if (running) await running;
        else if (waiting.length) start(true);
        else break;
      }
      if (!tool) return { reader: null, problem: null, caps };
      // A failed lookup is already among the problems.
      const t = await tool.catch(() => null);
      // Each run that fails the same way says so once.
      const problem = problems.length ? [...new Set(problems)].join('; ') : null;
      if (!t) return { reader: null, problem: problem ?? 'neither getcap (libcap2-bin) nor getfattr (attr) is installed, and Node cannot read extended attributes itself: file capabilities not read', caps };
      return { reader: t.reader, problem, caps };
    },
  };
}

async function readBatch(host: Host, t: { path: string; reader: CapsReader }, batch: readonly string[], caps: Map<string, FileCaps>, problems: string[]): Promise<void> {
  const getcap = t.reader === 'getcap';
  // "--" so a file named like an option is a file. getcap exits 0 for files without capabilities;
  // getfattr exits 1 when one lacks the attribute, so its stdout is read whatever the code.
  const args = getcap ? ['--', ...batch] : ['-n', 'security.capability', '-e', 'hex', '--absolute-names', '--', ...batch];
  const r = await host.run(t.path, args, { timeoutMs: TIMEOUT_MS, maxBytes: 4 * 1024 * 1024, env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
  if (!r.ok || r.timedOut) {
    problems.push(`${t.reader} did not run: ${r.timedOut ? `killed after ${TIMEOUT_MS / 1000} s` : r.error ?? `exit ${r.code}`}`);
    return;
  }
  const found = getcap ? parseGetcapOutput(r.stdout, batch) : parseGetfattrHex(r.stdout);
  for (const [f, c] of found) caps.set(f, c);
  if (getcap && r.code !== 0) problems.push(`getcap exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  if (!getcap) {
    const failed = r.stderr.split('\n').filter((l) => l.trim() && !/No such attribute|No data available/i.test(l));
    if (failed.length) problems.push(`getfattr: ${failed[0]}`);
  }
}
