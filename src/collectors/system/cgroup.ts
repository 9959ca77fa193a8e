// cgroup v1/v2 CPU and memory limits, located the way Go's runtime finds them
// (src/internal/runtime/cgroup: /proc/self/cgroup + /proc/self/mountinfo, leaf cgroup only).
import type { CgroupFacts } from '../../facts/schema/system.js';
import { readSmall, skip, type SysCtx } from './context.js';
import type { MountinfoEntry } from './mountinfo.js';

export interface CgroupLine { id: string; controllers: string[]; path: string }

/** /proc/self/cgroup (cgroups(7)): `hierarchy-ID:controller-list:cgroup-path`. */
export function parseProcCgroup(text: string): { lines: CgroupLine[]; problems: string[] } {
  const lines: CgroupLine[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const m = /^(\d+):([^:]*):(\/.*)$/.exec(raw.trim());
    if (!m) { problems.push(`/proc/self/cgroup line ${i + 1} is malformed: ${raw.slice(0, 120)}`); return; }
    lines.push({ id: m[1]!, controllers: m[2] ? m[2].split(',') : [], path: m[3]! });
  });
  return { lines, problems };
}

/** Count CPUs in a list like "0-3,8,10-11"; null when malformed. */
export function countCpuList(list: string): number | null {
  const s = list.trim();
  if (!s) return null;
  let n = 0;
  for (const part of s.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) return null;
    n += b - a + 1;
  }
  return n;
}

/** The directory of a cgroup under its mount: mount point + path relative to the mount root. */
function cgroupDir(mount: MountinfoEntry, path: string): string {
  const root = mount.root === '/' ? '' : mount.root;
  const rel = root && (path === root || path.startsWith(root + '/')) ? path.slice(root.length) : root ? '' : path;
  return (mount.mountPoint + rel).replace(/\/+$/, '') || '/';
}

/** `cpu.max`: "max 100000" or "150000 100000". */
export function parseCpuMax(text: string): { quota: number | null; period: number } | null {
  const m = /^(max|\d+)\s+(\d+)\s*$/.exec(text.trim());
  if (!m || Number(m[2]) <= 0) return null;
  return { quota: m[1] === 'max' ? null : Number(m[1]), period: Number(m[2]) };
}

/** memory.max ("max" or bytes) / memory.limit_in_bytes (v1 uses a huge sentinel for no limit). */
export function parseMemoryLimit(text: string): { maxBytes: number | null } | null {
  const s = text.trim();
  if (s === 'max') return { maxBytes: null };
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return { maxBytes: n >= 2 ** 62 ? null : n };
}

export async function collectCgroup(ctx: SysCtx, mounts: readonly MountinfoEntry[] | null): Promise<CgroupFacts> {
  const { host } = ctx;
  const result: CgroupFacts = {
    version: null, path: null,
    cpu: { quotaUs: null, periodUs: null, limit: null, source: null },
    cpuset: { cpus: null, count: null, source: null },
    memory: { maxBytes: null, source: null },
    affinityCpus: null, onlineCpus: null,
  };
  if (host.platform !== 'linux') return result;
  const status = await readSmall(ctx, '/proc/self/status', 'cgroup.affinity');
  const allowed = status && /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
  if (allowed) result.affinityCpus = countCpuList(allowed);
  const online = await readSmall(ctx, '/sys/devices/system/cpu/online');
  if (online) result.onlineCpus = countCpuList(online);
  result.affinityCpus ??= result.onlineCpus;

  const text = await readSmall(ctx, '/proc/self/cgroup', 'cgroup');
  if (text === null) return result;
  const { lines, problems } = parseProcCgroup(text);
  for (const p of problems) skip(ctx, 'cgroup', p);
  if (!mounts) { skip(ctx, 'cgroup', 'no mountinfo: cannot locate the cgroup filesystem'); return result; }

  const v1 = (ctrl: string) => lines.find((l) => l.id !== '0' && l.controllers.includes(ctrl));
  const v2 = lines.find((l) => l.id === '0' && l.controllers.length === 0);
  const v1Mount = (ctrl: string) => mounts.find((m) => m.fsType === 'cgroup' && m.superOptions.includes(ctrl));
  const v2Mount = mounts.find((m) => m.fsType === 'cgroup2');

  /** Read a controller file from the leaf, or skip with a reason. */
  const read = async (dir: string, file: string) => {
    const p = `${dir}/${file}`;
    const t = await readSmall(ctx, p);
    return t === null ? null : { path: p, text: t };
  };

  const cpuV1 = v1('cpu');
  const cpuMountV1 = v1Mount('cpu');
  if (cpuV1 && cpuMountV1) {
    result.version = 1;
    result.path = cpuV1.path;
    const dir = cgroupDir(cpuMountV1, cpuV1.path);
    const q = await read(dir, 'cpu.cfs_quota_us');
    const per = await read(dir, 'cpu.cfs_period_us');
    if (q && per && /^-?\d+$/.test(q.text.trim()) && /^\d+$/.test(per.text.trim())) {
      const quota = Number(q.text.trim());
      result.cpu = { quotaUs: quota < 0 ? null : quota, periodUs: Number(per.text.trim()), limit: quota < 0 ? null : quota / Number(per.text.trim()), source: q.path };
    } else skip(ctx, 'cgroup.cpu', `${dir}/cpu.cfs_quota_us or cpu.cfs_period_us is missing or malformed`);
  } else if (v2 && v2Mount) {
    result.version = 2;
    result.path = v2.path;
    const dir = cgroupDir(v2Mount, v2.path);
    const cm = await read(dir, 'cpu.max');
    const parsed = cm && parseCpuMax(cm.text);
    if (parsed) result.cpu = { quotaUs: parsed.quota, periodUs: parsed.period, limit: parsed.quota === null ? null : parsed.quota / parsed.period, source: cm.path };
    else if (cm) skip(ctx, 'cgroup.cpu', `${cm.path} is malformed: ${JSON.stringify(cm.text.trim().slice(0, 60))}`);
    // The root cgroup has no cpu.max: no limit, nothing to say.
  } else if (lines.length) {
    skip(ctx, 'cgroup', 'no cgroup filesystem for the cpu controller in mountinfo');
  }

  // cpuset and memory: v2 files sit in the same leaf; v1 has a hierarchy per controller.
  if (result.version === 2 && v2 && v2Mount) {
    const dir = cgroupDir(v2Mount, v2.path);
    const cs = await read(dir, 'cpuset.cpus.effective');
    if (cs) result.cpuset = { cpus: cs.text.trim(), count: countCpuList(cs.text), source: cs.path };
    const mm = await read(dir, 'memory.max');
    const mem = mm && parseMemoryLimit(mm.text);
    if (mem) result.memory = { maxBytes: mem.maxBytes, source: mm.path };
    else if (mm) skip(ctx, 'cgroup.memory', `${mm.path} is malformed`);
  } else {
    const csLine = v1('cpuset');
    const csMount = v1Mount('cpuset');
    if (csLine && csMount) {
      const cs = await read(cgroupDir(csMount, csLine.path), 'cpuset.effective_cpus');
      if (cs) result.cpuset = { cpus: cs.text.trim(), count: countCpuList(cs.text), source: cs.path };
    }
    const memLine = v1('memory');
    const memMount = v1Mount('memory');
    if (memLine && memMount) {
      const mm = await read(cgroupDir(memMount, memLine.path), 'memory.limit_in_bytes');
      const mem = mm && parseMemoryLimit(mm.text);
      if (mem) result.memory = { maxBytes: mem.maxBytes, source: mm.path };
      else if (mm) skip(ctx, 'cgroup.memory', `${mm.path} is malformed`);
    }
  }
  return result;
}
