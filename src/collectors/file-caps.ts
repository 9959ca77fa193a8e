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
const PER_RUN = 200;
const TIMEOUT_MS = 10_000;

async function findTool(host: Host, name: string): Promise<string | null> {
  const onPath = await lookPath(host, name);
  if (onPath) return onPath;
  for (const dir of SBIN) if (await host.isExecutable(`${dir}/${name}`)) return `${dir}/${name}`;
  return null;
}

export type CapsReader = 'getcap' | 'getfattr';

/** `readers`: the programs to try, in order. */
export async function readFileCaps(host: Host, files: readonly string[], readers: readonly CapsReader[] = ['getcap', 'getfattr']): Promise<FileCapsResult> {
  const caps = new Map<string, FileCaps>();
  if (host.platform !== 'linux') return { reader: null, problem: `file capabilities are a Linux feature (this host is ${host.platform})`, caps };
  if (files.length === 0) return { reader: null, problem: null, caps };
  const getcap = readers.includes('getcap') ? await findTool(host, 'getcap') : null;
  const getfattr = getcap || !readers.includes('getfattr') ? null : await findTool(host, 'getfattr');
  if (!getcap && !getfattr) {
    return { reader: null, problem: 'neither getcap (libcap2-bin) nor getfattr (attr) is installed, and Node cannot read extended attributes itself: file capabilities not read', caps };
  }
  const reader = getcap ? 'getcap' : 'getfattr';
  const problems: string[] = [];
  for (let i = 0; i < files.length; i += PER_RUN) {
    const batch = files.slice(i, i + PER_RUN);
    // "--" so a file named like an option is a file. getcap exits 0 for files without capabilities;
    // getfattr exits 1 when one lacks the attribute, so its stdout is read whatever the code.
    const args = getcap ? ['--', ...batch] : ['-n', 'security.capability', '-e', 'hex', '--absolute-names', '--', ...batch];
    const r = await host.run(getcap ?? getfattr!, args, { timeoutMs: TIMEOUT_MS, maxBytes: 4 * 1024 * 1024, env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
    if (!r.ok || r.timedOut) {
      problems.push(`${reader} did not run: ${r.timedOut ? `killed after ${TIMEOUT_MS / 1000} s` : r.error ?? `exit ${r.code}`}`);
      continue;
    }
    const found = getcap ? parseGetcapOutput(r.stdout, batch) : parseGetfattrHex(r.stdout);
    for (const [f, c] of found) caps.set(f, c);
    if (getcap && r.code !== 0) problems.push(`getcap exited ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    if (!getcap) {
      const failed = r.stderr.split('\n').filter((l) => l.trim() && !/No such attribute|No data available/i.test(l));
      if (failed.length) problems.push(`getfattr: ${failed[0]}`);
    }
  }
  return { reader, problem: problems.length ? problems.join('; ') : null, caps };
}
