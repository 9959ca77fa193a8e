// Free space on a filesystem, as `df -P` reports it: the local machine asks statfs(2), a recorded
// machine answers from its recorded `df -Pk PATH` output.

export interface DiskSpace { freeBytes: number; totalBytes: number }

/** `df -Pk PATH` (POSIX format): the second line's Available and 1024-blocks columns. */
export function parseDfP(out: string): DiskSpace | null {
  const line = out.trim().split('\n')[1];
  if (!line) return null;
  // The filesystem name may contain spaces; count columns from the end.
  const f = line.trim().split(/\s+/);
  if (f.length < 6) return null;
  const total = Number(f[f.length - 5]);
  const avail = Number(f[f.length - 3]);
  if (!Number.isFinite(total) || !Number.isFinite(avail)) return null;
  return { freeBytes: avail * 1024, totalBytes: total * 1024 };
}
