// The directories Go writes to and executes from: mount, owner, writability, free space.
import * as path from 'node:path';
import type { DirFact } from '../../facts/schema/system.js';
import type { DiskSpace } from '../disk-space.js';
import { skip, type SysCtx } from './context.js';
import type { GoSettings } from './go-context.js';
import { mountFor, type MountinfoEntry } from './mountinfo.js';
import { splitPathList } from '../../knowledge/path-list.js';

export interface Identity { uid: number | null; gids: number[] }

/** `Uid:` and `Groups:` of /proc/self/status. */
export function identityFromStatus(status: string): Identity {
  const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
  const gid = /^Gid:\s+(\d+)/m.exec(status)?.[1];
  const groups = /^Groups:\s*(.*)$/m.exec(status)?.[1]?.trim().split(/\s+/).filter(Boolean).map(Number) ?? [];
  return { uid: uid === undefined ? null : Number(uid), gids: gid === undefined ? groups : [Number(gid), ...groups] };
}

function canWrite(id: Identity, st: { uid: number; gid: number; mode: number }, readOnly: boolean): boolean | null {
  if (readOnly) return false;
  if (id.uid === null) return null;
  if (id.uid === 0) return true;
  if (st.uid === id.uid) return (st.mode & 0o200) !== 0;
  if (id.gids.includes(st.gid)) return (st.mode & 0o020) !== 0;
  return (st.mode & 0o002) !== 0;
}

export async function collectDirs(ctx: SysCtx, get: GoSettings, mounts: readonly MountinfoEntry[] | null, id: Identity): Promise<DirFact[]> {
  const { host } = ctx;
  const isWin = host.platform === 'win32';
  const entries: { role: DirFact['role']; value: string; source: string }[] = [];
  const tmp = isWin ? host.env.TMP ?? host.env.TEMP : host.env.TMPDIR;
  entries.push({ role: 'TMPDIR', value: tmp || (isWin ? '' : '/tmp'), source: tmp ? 'env' : 'default' });
  for (const role of ['GOTMPDIR', 'GOCACHE', 'GOMODCACHE', 'GOPATH', 'GOROOT'] as const) {
    const s = get(role);
    if (!s || !s.value || (role === 'GOCACHE' && s.value === 'off')) continue;
    const value = role === 'GOPATH' ? splitPathList(s.value, host.platform)[0]! : s.value;
    entries.push({ role, value, source: s.source });
  }
  const out: DirFact[] = [];
  // One question per filesystem: the caches usually share one.
  const spaceByMount = new Map<string, Promise<DiskSpace | null>>();
  const spaceOf = (key: string, p: string) => {
    if (!spaceByMount.has(key)) {
      spaceByMount.set(key, host.diskSpace(p));
    }
    return spaceByMount.get(key)!;
  };
  const one = async (e: (typeof entries)[number]): Promise<DirFact | null> => {
    if (!e.value) return null;
    const p = isWin ? e.value : path.posix.resolve('/', e.value);
    const st = await host.stat(p);
    // A cache that does not exist yet is created by go: judge its nearest existing ancestor.
    let examined: string | null = p;
    let est = st;
    while (!est && examined) {
      const parent: string = isWin ? path.win32.dirname(examined) : path.posix.dirname(examined);
      examined = parent === examined ? null : parent;
      est = examined ? await host.stat(examined) : null;
    }
    const real = examined ? (await host.realpath(examined)) ?? examined : null;
    const m = real && mounts ? mountFor(mounts, real) : null;
    let space: { freeBytes: number; totalBytes: number } | null = null;
    if (real && !isWin) {
      space = await spaceOf(m ? `${m.mountPoint}\0${m.source}` : real, real);
      if (!space) skip(ctx, `dirs.${e.role}.space`, `the free space of ${real} is unknown (statfs or df -Pk gave no usable answer)`);
    }
    return {
      role: e.role, path: p, source: e.source, exists: !!st, examined,
      ownerUid: est?.uid ?? null, mode: est ? est.mode & 0o7777 : null,
      writable: est && !isWin ? canWrite(id, est, !!m?.options.includes('ro')) : null,
      mount: m ? { mountPoint: m.mountPoint, fsType: m.fsType, source: m.source, options: m.options } : null,
      freeBytes: space?.freeBytes ?? null, totalBytes: space?.totalBytes ?? null,
    };
  };
  for (const d of await Promise.all(entries.map(one))) if (d) out.push(d);
  return out;
}
