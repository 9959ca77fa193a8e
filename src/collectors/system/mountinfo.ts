import type { Mount } from '../../facts/schema/system.js';

export interface MountinfoEntry extends Mount {
  /** The root of the mount within its filesystem (field 4): cgroup paths are relative to it. */
  root: string;
  superOptions: string[];
}

/** Undo the octal escapes the kernel writes for space, tab, newline and backslash. */
function unescape(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/**
 * Parse /proc/<pid>/mountinfo (proc(5)): `id parent maj:min root mountpoint options [optional...] - fstype source superoptions`.
 * Malformed lines are returned as problems, never thrown.
 */
export function parseMountinfo(text: string): { mounts: MountinfoEntry[]; problems: string[] } {
  const mounts: MountinfoEntry[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const f = line.trim().split(/\s+/);
    const dash = f.indexOf('-', 6);
    if (f.length < 10 || dash < 0 || f.length < dash + 3 || !/^\d+$/.test(f[0]!)) {
      problems.push(`mountinfo line ${i + 1} is malformed: ${line.slice(0, 120)}`);
      return;
    }
    mounts.push({
      root: unescape(f[3]!),
      mountPoint: unescape(f[4]!),
      options: f[5]!.split(','),
      fsType: f[dash + 1]!,
      source: unescape(f[dash + 2]!),
      superOptions: (f[dash + 3] ?? '').split(','),
    });
  });
  return { mounts, problems };
}

/** The mount a path lives on: the longest mount point that contains it, later mounts winning. */
export function mountFor<M extends Mount>(mounts: readonly M[], p: string): M | null {
  let best: M | null = null;
  for (const m of mounts) {
    const mp = m.mountPoint;
    const inside = mp === '/' || p === mp || p.startsWith(mp.endsWith('/') ? mp : mp + '/');
    if (inside && (!best || mp.length >= best.mountPoint.length)) best = m;
  }
  return best;
}

