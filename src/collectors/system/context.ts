import type { Host } from '../host.js';
import type { HungCommand, SystemSkip } from '../../facts/schema/system.js';
import { splitPathList } from '../../knowledge/path-list.js';

/** What each system probe gets: the host, and a place to say why a fact was skipped. */
export interface SysCtx {
  host: Host;
  timeoutMs: number;
  skipped: SystemSkip[];
  /** Programs killed at the timeout. */
  hung: HungCommand[];
}

export function skip(ctx: SysCtx, fact: string, reason: string): void {
  ctx.skipped.push({ fact, reason });
}

/** Read a small text file; null (and a skip reason when `fact` is given) when absent or unreadable. */
export async function readSmall(ctx: SysCtx, p: string, fact?: string, maxBytes = 256 * 1024): Promise<string | null> {
  const text = await ctx.host.readText(p, maxBytes);
  if (text === null && fact) skip(ctx, fact, `${p} is missing or unreadable`);
  return text;
}

/** stdout of a command that exited 0, else null. Never a shell string. */
export async function runOut(ctx: SysCtx, file: string, args: readonly string[]): Promise<string | null> {
  const r = await ctx.host.run(file, args, { timeoutMs: ctx.timeoutMs, maxBytes: 1024 * 1024 });
  if (r.timedOut) ctx.hung.push({ command: [file, ...args].join(' '), program: file, timeoutMs: ctx.timeoutMs });
  if (!r.ok || r.code !== 0 || r.timedOut) return null;
  return r.stdout;
}

/** Find a program on the host's PATH as Go's exec.LookPath would since Go 1.19 (names with a slash taken as is, PATH results from relative entries refused). */
export async function lookPath(host: Host, program: string): Promise<string | null> {
  const isWin = host.platform === 'win32';
  // A name with a slash is taken as Go takes it; the exec wrapper still never runs a relative one.
  if (program.includes('/') || (isWin && program.includes('\\'))) return (await host.isExecutable(program)) ? program : null;
  const exts = isWin ? ['', '.exe', '.bat', '.cmd'] : [''];
  for (const dir of splitPathList(host.env.PATH ?? host.env.Path, host.platform)) {
    // Empty and relative entries would find a program in the current directory (Go: exec.ErrDot).
    if (!(isWin ? /^([a-zA-Z]:)?[\\/]/.test(dir) : dir.startsWith('/'))) continue;
    for (const ext of exts) {
      const candidate = `${dir.replace(/[\\/]+$/, '')}${isWin ? '\\' : '/'}${program}${ext}`;
      if (await host.isExecutable(candidate)) return candidate;
    }
  }
  return null;
}
